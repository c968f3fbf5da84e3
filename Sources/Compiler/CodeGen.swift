// Code generation, following CPython 3.13's Python/compile.c: one CodeUnit per code object
// being built, a stack of enclosing units, and helpers mirroring compile.c's ADDOP macros.
// The statement, expression, comprehension, exception and call parts live in CodeGen*.swift.

import BigInt
import QuickenSyntax

enum ScopeType { case module, class_, function, lambda, comprehension }

enum FBlockType {
    case whileLoop, forLoop, tryExcept, finallyTry, finallyEnd, with, handlerCleanup, popValue
    case exceptionHandler, stopIteration
}

struct FBlock {
    var type: FBlockType
    var block: Int          // label
    var exit: Int           // label
    var loc: Position
    var finalBody: [Stmt] = []
    var handlerName: String? = nil
}

final class CodeUnit {
    let ste: SymbolTableEntry
    let scopeType: ScopeType
    let name: String
    var qualname: String
    var firstLineNo: Int
    var consts: [ConstantValue] = []
    var constIndex: [String: Int] = [:]
    var names = IndexedNames()
    var varnames: IndexedNames
    var cellvars = IndexedNames()
    var freevars: [String: Int] = [:]
    var freevarOrder: [String] = []
    var fastHidden: [String: Bool] = [:]
    var argCount = 0
    var posOnlyArgCount = 0
    var kwOnlyArgCount = 0
    var instrs: [Instr] = []
    var labelPos: [Int] = []      // label id -> instruction index (-1 until used)
    var fblocks: [FBlock] = []
    var inInlinedComp = 0
    var `private`: String?
    var staticAttributes: Set<String>? = nil

    init(ste: SymbolTableEntry, scopeType: ScopeType, name: String, firstLineNo: Int) {
        self.ste = ste
        self.scopeType = scopeType
        self.name = name
        self.qualname = name
        self.firstLineNo = firstLineNo
        self.varnames = IndexedNames(ste.varnames)
    }

    func addConst(_ c: ConstantValue) -> Int {
        let k = constKey(c)
        if let i = constIndex[k] { return i }
        constIndex[k] = consts.count
        consts.append(c)
        return consts.count - 1
    }
}

final class CodeGen {
    let filename: String
    let st: SymbolTable
    var interactive = false
    /// Features enabled by `from __future__ import ...` (future.c).
    var futureFlags: CodeFlags = []
    /// Location of the last leading `from __future__` import (ff_location).
    var futureLocation = Position.none
    var u: CodeUnit!
    var stack: [CodeUnit] = []
    var nestLevel = 0

    init(filename: String, symtable: SymbolTable) {
        self.filename = filename
        self.st = symtable
    }

    func error(_ msg: String, _ loc: Position) -> SyntaxError {
        compileError(msg, filename: filename,
                     range: SourceRange(line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn))
    }

    // MARK: Emitting

    func addop(_ op: Opcode, _ arg: Int = 0, _ loc: Position) {
        u.instrs.append(Instr(op: op, arg: arg, loc: loc))
    }

    func newLabel() -> Int {
        u.labelPos.append(-1)
        return u.labelPos.count - 1
    }

    func useLabel(_ l: Int) { u.labelPos[l] = u.instrs.count }

    func addJump(_ op: Opcode, _ label: Int, _ loc: Position) { addop(op, label, loc) }

    func loadConst(_ c: ConstantValue, _ loc: Position) {
        addop(.LOAD_CONST, u.addConst(c), loc)
    }

    /// compiler_addop_name: mangles, and folds the LOAD_ATTR/LOAD_METHOD/LOAD_SUPER_* encodings.
    func addopName(_ op: Opcode, _ name: String, _ loc: Position) {
        let mangled = mangle(u.private, name)
        var arg = u.names.add(mangled)
        var op = op
        switch op {
        case .LOAD_ATTR: arg <<= 1
        case .LOAD_METHOD: op = .LOAD_ATTR; arg = (arg << 1) | 1
        case .LOAD_SUPER_ATTR: arg = (arg << 2) | 2
        case .LOAD_SUPER_METHOD: op = .LOAD_SUPER_ATTR; arg = (arg << 2) | 3
        case .LOAD_ZERO_SUPER_ATTR: op = .LOAD_SUPER_ATTR; arg = arg << 2
        case .LOAD_ZERO_SUPER_METHOD: op = .LOAD_SUPER_ATTR; arg = (arg << 2) | 1
        default: break
        }
        addop(op, arg, loc)
    }

    /// ADDOP_N(..., varnames): fast-local ops by name.
    func addopVarname(_ op: Opcode, _ name: String, _ loc: Position) {
        addop(op, u.varnames.add(mangle(u.private, name)), loc)
    }

    func pushFBlock(_ t: FBlockType, _ loc: Position, block: Int, exit: Int, finalBody: [Stmt] = [],
                    handlerName: String? = nil) throws(SyntaxError) {
        if u.fblocks.count >= 20 {
            throw error("too many statically nested blocks", loc)
        }
        u.fblocks.append(FBlock(type: t, block: block, exit: exit, loc: loc, finalBody: finalBody, handlerName: handlerName))
    }

    func popFBlock() { u.fblocks.removeLast() }

    // MARK: Scopes

    func enterScope(_ name: String, _ scopeType: ScopeType, _ ste: SymbolTableEntry, firstLineNo: Int,
                    argCount: Int = 0, posOnly: Int = 0, kwOnly: Int = 0) {
        let unit = CodeUnit(ste: ste, scopeType: scopeType, name: name, firstLineNo: firstLineNo)
        unit.argCount = argCount
        unit.posOnlyArgCount = posOnly
        unit.kwOnlyArgCount = kwOnly
        // Cells: names whose scope is CELL (or comprehension cells), sorted; then __class__.
        var cells: [String] = []
        var frees: [String] = []
        for (name, flags) in ste.symbols.items {
            let scope = (flags >> SymFlags.scopeOffset) & SymFlags.scopeMask
            if scope == Scope.cell.rawValue || (flags & SymFlags.defCompCell) != 0 { cells.append(name) }
            if scope == Scope.free.rawValue || (flags & SymFlags.defFreeClass) != 0 { frees.append(name) }
        }
        for c in cells.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) { _ = unit.cellvars.add(c) }
        if ste.needsClassClosure { _ = unit.cellvars.add("__class__") }
        for (i, f) in frees.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }).enumerated() {
            unit.freevars[f] = unit.cellvars.count + i
            unit.freevarOrder.append(f)
        }
        if scopeType == .class_ {
            unit.private = name
        } else if let parent = u {
            unit.private = parent.private
        }
        if let parent = u { stack.append(parent) }
        u = unit
        nestLevel += 1
        var loc = Position.line(firstLineNo)
        if scopeType == .module {
            loc.line = 0
        } else {
            setQualname()
        }
        addop(.RESUME, 0, loc)
    }

    func exitScope() {
        nestLevel -= 1
        u = stack.popLast()
    }

    private func setQualname() {
        guard let parent = stack.last, stack.count > 1 else {
            u.qualname = u.name
            return
        }
        var forceGlobal = false
        if u.scopeType == .function || u.scopeType == .class_ {
            let mangled = mangle(parent.private, u.name)
            if parent.ste.scope(of: mangled) == .globalExplicit { forceGlobal = true }
        }
        if forceGlobal {
            u.qualname = u.name
        } else if parent.scopeType == .function || parent.scopeType == .lambda {
            u.qualname = parent.qualname + ".<locals>." + u.name
        } else {
            u.qualname = parent.qualname + "." + u.name
        }
    }

    /// Assembles the current unit into a code object (optimize_and_assemble).
    func assemble(addNone: Bool) throws(SyntaxError) -> CodeObject {
        let flags = computeCodeFlags()
        if addNone { loadConst(.none, .none) }
        addop(.RETURN_VALUE, 0, .none)
        if let observe = Compiler.codegenObserver {
            // The raw instruction sequence in _testinternalcapi.compiler_codegen's tuple format.
            var lines: [String] = []
            for ins in u.instrs {
                let arg: String
                if ins.op.hasTarget { arg = String(u.labelPos[ins.arg]) }
                else if ins.op.hasArg || ins.op.isPseudo && ins.op != .POP_BLOCK { arg = String(ins.arg) }
                else { arg = "None" }
                lines.append("(\(ins.op.rawValue), \(arg), \(ins.loc.line), \(ins.loc.endLine), \(ins.loc.column), \(ins.loc.endColumn))")
            }
            observe(u.qualname, lines.joined(separator: "\n"))
        }
        return try Assembler.makeCode(unit: u, flags: flags, filename: filename)
    }

    func computeCodeFlags() -> CodeFlags {
        var f: CodeFlags = []
        let ste = u.ste
        if ste.isFunctionLike {
            f.insert(.newLocals)
            f.insert(.optimized)
            if ste.nested { f.insert(.nested) }
            if ste.generator { f.insert(.generator) }
            if ste.varargs { f.insert(.varargs) }
            if ste.varkeywords { f.insert(.varkeywords) }
        }
        return f.union(futureFlags)
    }

    // MARK: Names

    func isFunctionLike() -> Bool { u.ste.isFunctionLike }

    func nameop(_ name: String, _ ctx: ExprContext, _ loc: Position) throws(SyntaxError) {
        if name == "__debug__" && ctx != .load {
            throw error(ctx == .store ? "cannot assign to __debug__" : "cannot delete __debug__", loc)
        }
        let mangled = mangle(u.private, name)
        enum OpType { case fast, global, deref, name }
        var optype = OpType.name
        let scope = u.ste.scope(of: mangled)
        switch scope {
        case .free, .cell: optype = .deref
        case .local:
            if isFunctionLike() || u.fastHidden[mangled] == true { optype = .fast }
        case .globalImplicit:
            if isFunctionLike() { optype = .global }
        case .globalExplicit: optype = .global
        case .none: break
        }
        switch optype {
        case .deref:
            let idx: Int
            if scope == .free {
                idx = u.freevars[mangled]!
            } else {
                idx = u.cellvars.lookup(mangled) ?? u.cellvars.add(mangled)
            }
            switch ctx {
            case .load:
                if u.ste.type == .class_ && u.inInlinedComp == 0 {
                    addop(.LOAD_LOCALS, 0, loc)
                    addop(.LOAD_FROM_DICT_OR_DEREF, idx, loc)
                } else {
                    addop(.LOAD_DEREF, idx, loc)
                }
            case .store: addop(.STORE_DEREF, idx, loc)
            case .del: addop(.DELETE_DEREF, idx, loc)
            }
        case .fast:
            let i = u.varnames.add(mangled)
            switch ctx {
            case .load: addop(.LOAD_FAST, i, loc)
            case .store: addop(.STORE_FAST, i, loc)
            case .del: addop(.DELETE_FAST, i, loc)
            }
        case .global:
            let i = u.names.add(mangled)
            switch ctx {
            case .load: addop(.LOAD_GLOBAL, i << 1, loc)
            case .store: addop(.STORE_GLOBAL, i, loc)
            case .del: addop(.DELETE_GLOBAL, i, loc)
            }
        case .name:
            let i = u.names.add(mangled)
            switch ctx {
            case .load:
                if u.ste.type == .class_ && u.inInlinedComp > 0 {
                    addop(.LOAD_GLOBAL, i << 1, loc)
                } else {
                    addop(.LOAD_NAME, i, loc)
                }
            case .store: addop(.STORE_NAME, i, loc)
            case .del: addop(.DELETE_NAME, i, loc)
            }
        }
    }

    /// get_ref_type for building closures.
    func refType(_ name: String) -> Scope {
        if u.scopeType == .class_ && (name == "__class__" || name == "__classdict__") { return .cell }
        return u.ste.scope(of: mangle(u.private, name))
    }

    /// compiler_make_closure
    func makeClosure(_ co: CodeObject, flags: Int, _ loc: Position) {
        var flags = flags
        let nfree = co.localsPlusKinds.filter { $0.contains(.free) }.count
        if nfree > 0 {
            for (i, kind) in co.localsPlusKinds.enumerated() where kind.contains(.free) {
                let name = co.localsPlusNames[i]
                let arg: Int
                if refType(name) == .cell {
                    arg = u.cellvars.lookup(name) ?? u.cellvars.add(name)
                } else {
                    arg = u.freevars[name] ?? u.cellvars.lookup(name) ?? 0
                }
                addop(.LOAD_CLOSURE, arg, loc)
            }
            flags |= FunctionAttr.closure
            addop(.BUILD_TUPLE, nfree, loc)
        }
        loadConst(.code(co), loc)
        addop(.MAKE_FUNCTION, 0, loc)
        for f in [FunctionAttr.closure, FunctionAttr.annotations, FunctionAttr.kwdefaults, FunctionAttr.defaults]
            where (flags & f) != 0 {
            addop(.SET_FUNCTION_ATTRIBUTE, f, loc)
        }
    }

    // MARK: Bodies

    /// _PyAST_GetDocString
    func docstring(_ body: [Stmt]) -> String? {
        guard let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let s)) = e.kind else { return nil }
        return s
    }

    /// compiler_body: SETUP_ANNOTATIONS, the module/class docstring, then the statements.
    func body(_ loc: Position, _ stmts: [Stmt]) throws(SyntaxError) {
        if findAnn(stmts) { addop(.SETUP_ANNOTATIONS, 0, loc) }
        if stmts.isEmpty { return }
        var first = 0
        if !interactive, let doc = docstring(stmts) {
            first = 1
            if case .expr(let e) = stmts[0].kind {
                loadConst(.str(cleanDoc(doc)), Position(e.range))
            }
            try nameop("__doc__", .store, .none)
        }
        for s in stmts[first...] { try visitStmt(s) }
    }

    func findAnn(_ stmts: [Stmt]) -> Bool {
        for s in stmts {
            switch s.kind {
            case .annAssign: return true
            case .for_(_, _, let b, let o), .while_(_, let b, let o), .if_(_, let b, let o):
                if findAnn(b) || findAnn(o) { return true }
            case .with(_, let b):
                if findAnn(b) { return true }
            case .try_(let b, let hs, let o, let f):
                for h in hs where findAnn(h.body) { return true }
                if findAnn(b) || findAnn(f) || findAnn(o) { return true }
            default: break
            }
        }
        return false
    }
}

extension CodeGen {
    /// future_parse: the `from __future__` imports that start the module (after a docstring).
    func parseFuture(_ body: [Stmt]) throws(SyntaxError) {
        var i = docstring(body) != nil ? 1 : 0
        while i < body.count {
            guard case .importFrom(let module, let names, let level) = body[i].kind, level == 0, module == "__future__" else { return }
            let loc = Position(body[i].range)
            for a in names {
                switch a.name {
                case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                     "print_function", "unicode_literals", "generator_stop":
                    break
                case "barry_as_FLUFL": futureFlags.insert(.futureBarryAsBDFL)
                case "annotations": futureFlags.insert(.futureAnnotations)
                case "braces": throw error("not a chance", loc)
                default: throw error("future feature \(a.name) is not defined", loc)
                }
            }
            futureLocation = loc
            i += 1
        }
    }
}

/// _PyCompile_CleanDoc (3.13): expand tabs, drop the first line's leading spaces and the common
/// indentation of the following lines.
func cleanDoc(_ doc: String) -> String {
    let expanded = expandTabs(doc)
    let lines = expanded.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    var margin = Int.max
    for line in lines.dropFirst() {
        let indent = line.prefix(while: { $0 == " " }).count
        if indent < line.count { margin = min(margin, indent) }
    }
    if margin == Int.max { margin = 0 }
    let firstIndent = lines[0].prefix(while: { $0 == " " }).count
    if firstIndent == 0 && margin == 0 { return expanded }
    var out: [String] = [String(String.UnicodeScalarView(lines[0].dropFirst(firstIndent)))]
    for line in lines.dropFirst() {
        let drop = min(margin, line.prefix(while: { $0 == " " }).count)
        out.append(String(String.UnicodeScalarView(line.dropFirst(drop))))
    }
    return out.joined(separator: "\n")
}

func expandTabs(_ s: String, tabSize: Int = 8) -> String {
    if !s.contains("\t") { return s }
    var out = String.UnicodeScalarView()
    var col = 0
    for u in s.unicodeScalars {
        if u == "\t" {
            let n = tabSize - (col % tabSize)
            for _ in 0..<n { out.append(" ") }
            col += n
        } else {
            out.append(u)
            col = (u == "\n" || u == "\r") ? 0 : col + 1
        }
    }
    return String(out)
}
