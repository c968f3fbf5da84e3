// The compiler's public entry points: module ("exec"), expression ("eval") and interactive
// ("single") compilation, as CPython's compile() does them.

import QuickenSyntax

public enum Compiler {
    /// Returns the source text of a file name, so that SyntaxErrors raised by the compiler can
    /// carry the offending line (CPython reads it back from the file).
    nonisolated(unsafe) public static var sourceProvider: ((String) -> String?)?

    /// Debugging: receives each code unit's raw instruction sequence before optimization.
    nonisolated(unsafe) package static var codegenObserver: ((String, String) -> Void)?

    public static func compileModule(_ module: Module, filename: String) throws(SyntaxError) -> CodeObject {
        let st = try SymbolTable.build(module: module, filename: filename)
        let cg = CodeGen(filename: filename, symtable: st)
        try cg.parseFuture(module.body)
        cg.enterScope("<module>", .module, st.top, firstLineNo: 1)
        let loc = module.body.first.map { Position($0.range) } ?? Position(line: 1, endLine: 1, column: 0, endColumn: 0)
        try cg.body(loc, module.body)
        return try cg.assemble(addNone: true)
    }

    public static func compileExpression(_ expr: Expr, filename: String) throws(SyntaxError) -> CodeObject {
        let st = try SymbolTable.build(expression: expr, filename: filename)
        let cg = CodeGen(filename: filename, symtable: st)
        cg.enterScope("<module>", .module, st.top, firstLineNo: 1)
        try cg.visitExpr(expr)
        return try cg.assemble(addNone: false)
    }

    public static func compileInteractive(_ module: Module, filename: String) throws(SyntaxError) -> CodeObject {
        let st = try SymbolTable.build(module: module, filename: filename)
        let cg = CodeGen(filename: filename, symtable: st)
        cg.interactive = true
        try cg.parseFuture(module.body)
        cg.enterScope("<module>", .module, st.top, firstLineNo: 1)
        if cg.findAnn(module.body) {
            cg.addop(.SETUP_ANNOTATIONS, 0, Position(line: 1, endLine: 1, column: 0, endColumn: 0))
        }
        try cg.visitStmts(module.body)
        return try cg.assemble(addNone: true)
    }
}
