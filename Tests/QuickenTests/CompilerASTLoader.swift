// Test-only: builds a Quicken AST from the JSON that Tools/gen-dis-golden.sh dumps from
// CPython's `ast` module, so the compiler can be tested against CPython independently of
// Quicken's parser.

import BigInt
import Foundation
import QuickenSyntax

enum ASTLoaderError: Error { case bad(String) }

struct CompilerASTLoader {
    typealias J = [String: Any]

    static func loadModule(json: Data) throws -> Module {
        guard let root = try JSONSerialization.jsonObject(with: json) as? J else { throw ASTLoaderError.bad("root") }
        return Module(body: try stmts(root["body"]))
    }

    static func range(_ d: J) -> SourceRange {
        guard let p = d["pos"] as? [Any] else { return .none }
        func i(_ k: Int) -> Int32 { Int32((p[k] as? NSNumber)?.intValue ?? -1) }
        return SourceRange(line: i(0), column: i(1), endLine: i(2), endColumn: i(3))
    }

    static func list(_ v: Any?) -> [J] { (v as? [Any])?.compactMap { $0 as? J } ?? [] }
    static func str(_ v: Any?) -> String? { v as? String }

    static func stmts(_ v: Any?) throws -> [Stmt] { try list(v).map(stmt) }
    static func exprs(_ v: Any?) throws -> [Expr] { try list(v).map(expr) }
    static func optExpr(_ v: Any?) throws -> Expr? { if let d = v as? J { return try expr(d) }; return nil }

    static func stmt(_ d: J) throws -> Stmt {
        let r = range(d)
        let t = d["_"] as! String
        switch t {
        case "FunctionDef":
            return Stmt(.functionDef(FunctionDef(name: str(d["name"])!, args: try arguments(d["args"] as! J),
                body: try stmts(d["body"]), decorators: try exprs(d["decorator_list"]), returns: try optExpr(d["returns"]))), r)
        case "ClassDef":
            return Stmt(.classDef(ClassDef(name: str(d["name"])!, bases: try exprs(d["bases"]),
                keywords: try list(d["keywords"]).map(keyword), body: try stmts(d["body"]),
                decorators: try exprs(d["decorator_list"]))), r)
        case "Return": return Stmt(.return_(try optExpr(d["value"])), r)
        case "Delete": return Stmt(.delete(try exprs(d["targets"])), r)
        case "Assign": return Stmt(.assign(targets: try exprs(d["targets"]), value: try expr(d["value"] as! J)), r)
        case "AugAssign":
            return Stmt(.augAssign(target: try expr(d["target"] as! J), op: binop(d["op"]), value: try expr(d["value"] as! J)), r)
        case "AnnAssign":
            return Stmt(.annAssign(target: try expr(d["target"] as! J), annotation: try expr(d["annotation"] as! J),
                                   value: try optExpr(d["value"]), simple: ((d["simple"] as? NSNumber)?.intValue ?? 0) != 0), r)
        case "For":
            return Stmt(.for_(target: try expr(d["target"] as! J), iter: try expr(d["iter"] as! J),
                              body: try stmts(d["body"]), orelse: try stmts(d["orelse"])), r)
        case "While":
            return Stmt(.while_(test: try expr(d["test"] as! J), body: try stmts(d["body"]), orelse: try stmts(d["orelse"])), r)
        case "If":
            return Stmt(.if_(test: try expr(d["test"] as! J), body: try stmts(d["body"]), orelse: try stmts(d["orelse"])), r)
        case "With":
            let items = try list(d["items"]).map { WithItem(contextExpr: try expr($0["context_expr"] as! J), optionalVars: try optExpr($0["optional_vars"])) }
            return Stmt(.with(items: items, body: try stmts(d["body"])), r)
        case "Raise": return Stmt(.raise(exc: try optExpr(d["exc"]), cause: try optExpr(d["cause"])), r)
        case "Try":
            let hs = try list(d["handlers"]).map {
                ExceptHandler(type: try optExpr($0["type"]), name: str($0["name"]), body: try stmts($0["body"]), range: range($0))
            }
            return Stmt(.try_(body: try stmts(d["body"]), handlers: hs, orelse: try stmts(d["orelse"]), finalbody: try stmts(d["finalbody"])), r)
        case "Assert": return Stmt(.assert(test: try expr(d["test"] as! J), msg: try optExpr(d["msg"])), r)
        case "Import": return Stmt(.import_(list(d["names"]).map(alias)), r)
        case "ImportFrom":
            return Stmt(.importFrom(module: str(d["module"]), names: list(d["names"]).map(alias), level: (d["level"] as? NSNumber)?.intValue ?? 0), r)
        case "Global": return Stmt(.global((d["names"] as? [String]) ?? []), r)
        case "Nonlocal": return Stmt(.nonlocal((d["names"] as? [String]) ?? []), r)
        case "Expr": return Stmt(.expr(try expr(d["value"] as! J)), r)
        case "Pass": return Stmt(.pass, r)
        case "Break": return Stmt(.break_, r)
        case "Continue": return Stmt(.continue_, r)
        default: throw ASTLoaderError.bad("unsupported statement \(t)")
        }
    }

    static func alias(_ d: J) -> Alias { Alias(name: str(d["name"])!, asname: str(d["asname"]), range: range(d)) }
    static func keyword(_ d: J) throws -> Keyword { Keyword(arg: str(d["arg"]), value: try expr(d["value"] as! J), range: range(d)) }
    static func arg(_ d: J) throws -> Arg { Arg(name: str(d["arg"])!, annotation: try optExpr(d["annotation"]), range: range(d)) }

    static func arguments(_ d: J) throws -> Arguments {
        Arguments(posonlyargs: try list(d["posonlyargs"]).map(arg), args: try list(d["args"]).map(arg),
                  vararg: try (d["vararg"] as? J).map(arg), kwonlyargs: try list(d["kwonlyargs"]).map(arg),
                  kwDefaults: try ((d["kw_defaults"] as? [Any]) ?? []).map { try optExpr($0) },
                  kwarg: try (d["kwarg"] as? J).map(arg), defaults: try exprs(d["defaults"]))
    }

    static func binop(_ v: Any?) -> BinaryOperator {
        switch v as! String {
        case "Add": return .add
        case "BitAnd": return .bitAnd
        case "FloorDiv": return .floorDiv
        case "LShift": return .lshift
        case "MatMult": return .matMult
        case "Mult": return .mult
        case "Mod": return .mod
        case "BitOr": return .bitOr
        case "Pow": return .pow
        case "RShift": return .rshift
        case "Sub": return .sub
        case "Div": return .div
        default: return .bitXor
        }
    }

    static func ctx(_ v: Any?) -> ExprContext {
        switch v as? String { case "Store": return .store; case "Del": return .del; default: return .load }
    }

    static func cmpop(_ v: Any?) -> CmpOperator {
        switch v as! String {
        case "Eq": return .eq
        case "NotEq": return .notEq
        case "Lt": return .lt
        case "LtE": return .ltE
        case "Gt": return .gt
        case "GtE": return .gtE
        case "Is": return .is_
        case "IsNot": return .isNot
        case "In": return .in_
        default: return .notIn
        }
    }

    static func comprehensions(_ v: Any?) throws -> [Comprehension] {
        try list(v).map { Comprehension(target: try expr($0["target"] as! J), iter: try expr($0["iter"] as! J), ifs: try exprs($0["ifs"])) }
    }

    static func hexFloat(_ s: String) -> Double {
        var s = s
        var neg = false
        if s.hasPrefix("-") { neg = true; s.removeFirst() }
        let v: Double
        if s == "inf" { v = .infinity } else if s == "nan" { v = .nan } else { v = strtod(s, nil) }
        return neg ? -v : v
    }

    static func constant(_ d: J) -> Constant {
        let c = d["value"] as! J
        switch c["k"] as! String {
        case "none": return .none
        case "ellipsis": return .ellipsis
        case "bool": return .bool((c["v"] as! NSNumber).boolValue)
        case "int": return .int(BigInt(c["v"] as! String)!)
        case "float": return .float(hexFloat(c["v"] as! String))
        case "imag": return .imaginary(hexFloat(c["v"] as! String))
        case "str": return .str(c["v"] as! String)
        default:
            let hex = Array((c["v"] as! String).utf8)
            var bytes: [UInt8] = []
            var i = 0
            while i + 1 < hex.count {
                bytes.append(UInt8(String(decoding: hex[i...i+1], as: UTF8.self), radix: 16)!)
                i += 2
            }
            return .bytes(bytes)
        }
    }

    static func expr(_ d: J) throws -> Expr {
        let r = range(d)
        let t = d["_"] as! String
        switch t {
        case "BoolOp": return Expr(.boolOp((d["op"] as! String) == "And" ? .and : .or, try exprs(d["values"])), r)
        case "NamedExpr": return Expr(.namedExpr(target: try expr(d["target"] as! J), value: try expr(d["value"] as! J)), r)
        case "BinOp": return Expr(.binOp(try expr(d["left"] as! J), binop(d["op"]), try expr(d["right"] as! J)), r)
        case "UnaryOp":
            let op: UnaryOperator
            switch d["op"] as! String { case "Invert": op = .invert; case "Not": op = .not; case "UAdd": op = .uAdd; default: op = .uSub }
            return Expr(.unaryOp(op, try expr(d["operand"] as! J)), r)
        case "Lambda": return Expr(.lambda(try arguments(d["args"] as! J), body: try expr(d["body"] as! J)), r)
        case "IfExp": return Expr(.ifExp(test: try expr(d["test"] as! J), body: try expr(d["body"] as! J), orelse: try expr(d["orelse"] as! J)), r)
        case "Dict": return Expr(.dict(keys: try ((d["keys"] as? [Any]) ?? []).map { try optExpr($0) }, values: try exprs(d["values"])), r)
        case "Set": return Expr(.set(try exprs(d["elts"])), r)
        case "ListComp": return Expr(.listComp(elt: try expr(d["elt"] as! J), generators: try comprehensions(d["generators"])), r)
        case "SetComp": return Expr(.setComp(elt: try expr(d["elt"] as! J), generators: try comprehensions(d["generators"])), r)
        case "DictComp":
            return Expr(.dictComp(key: try expr(d["key"] as! J), value: try expr(d["value"] as! J), generators: try comprehensions(d["generators"])), r)
        case "GeneratorExp": return Expr(.generatorExp(elt: try expr(d["elt"] as! J), generators: try comprehensions(d["generators"])), r)
        case "Yield": return Expr(.yield(try optExpr(d["value"])), r)
        case "YieldFrom": return Expr(.yieldFrom(try expr(d["value"] as! J)), r)
        case "Compare":
            return Expr(.compare(try expr(d["left"] as! J), ops: ((d["ops"] as? [Any]) ?? []).map(cmpop), comparators: try exprs(d["comparators"])), r)
        case "Call": return Expr(.call(func: try expr(d["func"] as! J), args: try exprs(d["args"]), keywords: try list(d["keywords"]).map(keyword)), r)
        case "FormattedValue":
            return Expr(.formattedValue(try expr(d["value"] as! J), conversion: (d["conversion"] as? NSNumber)?.intValue ?? -1,
                                        formatSpec: try optExpr(d["format_spec"])), r)
        case "JoinedStr": return Expr(.joinedStr(try exprs(d["values"])), r)
        case "Constant": return Expr(.constant(constant(d)), r)
        case "Attribute": return Expr(.attribute(try expr(d["value"] as! J), attr: str(d["attr"])!, ctx(d["ctx"])), r)
        case "Subscript": return Expr(.subscript_(try expr(d["value"] as! J), slice: try expr(d["slice"] as! J), ctx(d["ctx"])), r)
        case "Starred": return Expr(.starred(try expr(d["value"] as! J), ctx(d["ctx"])), r)
        case "Name": return Expr(.name(str(d["id"])!, ctx(d["ctx"])), r)
        case "List": return Expr(.list(try exprs(d["elts"]), ctx(d["ctx"])), r)
        case "Tuple": return Expr(.tuple(try exprs(d["elts"]), ctx(d["ctx"])), r)
        case "Slice": return Expr(.slice(lower: try optExpr(d["lower"]), upper: try optExpr(d["upper"]), step: try optExpr(d["step"])), r)
        default: throw ASTLoaderError.bad("unsupported expression \(t)")
        }
    }
}
