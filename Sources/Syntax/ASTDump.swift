// `ast.dump` in CPython 3.13's format (default options: field names shown, None-valued
// optional fields and empty lists omitted), for differential tests against CPython.

/// The text of `ast.dump(ast.parse(src))` for a parsed module.
public func dump(_ module: Module) -> String {
    dump(module, includeAttributes: false)
}

/// `ast.dump(..., include_attributes=True)`: also prints positions.
public func dump(_ module: Module, includeAttributes: Bool) -> String {
    withLargeStack {
        var d = ASTDumper(includeAttributes: includeAttributes)
        return d.module(module)
    }
}

/// `ast.dump` of a single expression node.
public func dump(_ expr: Expr, includeAttributes: Bool = false) -> String {
    withLargeStack {
        var d = ASTDumper(includeAttributes: includeAttributes)
        return d.expr(expr)
    }
}

private struct ASTDumper {
    let includeAttributes: Bool

    /// Builds `Name(field=value, ...)`; nil values and empty lists are left out.
    private func node(_ name: String, _ fields: [(String, String?)], _ range: SourceRange? = nil) -> String {
        var parts: [String] = []
        for (k, v) in fields {
            if let v = v { parts.append("\(k)=\(v)") }
        }
        if includeAttributes, let r = range {
            parts.append("lineno=\(r.line)")
            parts.append("col_offset=\(r.column)")
            parts.append("end_lineno=\(r.endLine)")
            parts.append("end_col_offset=\(r.endColumn)")
        }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }

    private func list(_ items: [String]) -> String? {
        items.isEmpty ? nil : "[\(items.joined(separator: ", "))]"
    }

    private func str(_ s: String?) -> String? { s.map(pyRepr) }

    mutating func module(_ m: Module) -> String {
        node("Module", [("body", list(m.body.map { stmt($0) }))])
    }

    mutating func stmts(_ s: [Stmt]) -> String? { list(s.map { stmt($0) }) }
    mutating func exprs(_ e: [Expr]) -> String? { list(e.map { expr($0) }) }
    mutating func opt(_ e: Expr?) -> String? { e.map { expr($0) } }

    mutating func stmt(_ s: Stmt) -> String {
        let r = s.range
        switch s.kind {
        case .functionDef(let f):
            return node("FunctionDef", [("name", pyRepr(f.name)), ("args", arguments(f.args)), ("body", stmts(f.body)),
                                        ("decorator_list", exprs(f.decorators)), ("returns", opt(f.returns))], r)
        case .classDef(let c):
            return node("ClassDef", [("name", pyRepr(c.name)), ("bases", exprs(c.bases)),
                                     ("keywords", list(c.keywords.map { keyword($0) })), ("body", stmts(c.body)),
                                     ("decorator_list", exprs(c.decorators))], r)
        case .return_(let v):
            return node("Return", [("value", opt(v))], r)
        case .delete(let t):
            return node("Delete", [("targets", exprs(t))], r)
        case .assign(let targets, let value):
            return node("Assign", [("targets", exprs(targets)), ("value", expr(value))], r)
        case .augAssign(let target, let op, let value):
            return node("AugAssign", [("target", expr(target)), ("op", binop(op)), ("value", expr(value))], r)
        case .annAssign(let target, let annotation, let value, let simple):
            return node("AnnAssign", [("target", expr(target)), ("annotation", expr(annotation)), ("value", opt(value)),
                                      ("simple", simple ? "1" : "0")], r)
        case .for_(let target, let iter, let body, let orelse):
            return node("For", [("target", expr(target)), ("iter", expr(iter)), ("body", stmts(body)),
                                ("orelse", stmts(orelse))], r)
        case .while_(let test, let body, let orelse):
            return node("While", [("test", expr(test)), ("body", stmts(body)), ("orelse", stmts(orelse))], r)
        case .if_(let test, let body, let orelse):
            return node("If", [("test", expr(test)), ("body", stmts(body)), ("orelse", stmts(orelse))], r)
        case .with(let items, let body):
            let its = items.map { i in
                node("withitem", [("context_expr", expr(i.contextExpr)), ("optional_vars", opt(i.optionalVars))])
            }
            return node("With", [("items", list(its)), ("body", stmts(body))], r)
        case .raise(let exc, let cause):
            return node("Raise", [("exc", opt(exc)), ("cause", opt(cause))], r)
        case .try_(let body, let handlers, let orelse, let finalbody):
            let hs = handlers.map { h in
                node("ExceptHandler", [("type", opt(h.type)), ("name", str(h.name)), ("body", stmts(h.body))], h.range)
            }
            return node("Try", [("body", stmts(body)), ("handlers", list(hs)), ("orelse", stmts(orelse)),
                                ("finalbody", stmts(finalbody))], r)
        case .assert(let test, let msg):
            return node("Assert", [("test", expr(test)), ("msg", opt(msg))], r)
        case .import_(let names):
            return node("Import", [("names", list(names.map { alias($0) }))], r)
        case .importFrom(let module, let names, let level):
            return node("ImportFrom", [("module", str(module)), ("names", list(names.map { alias($0) })),
                                       ("level", String(level))], r)
        case .global(let names):
            return node("Global", [("names", list(names.map { pyRepr($0) }))], r)
        case .nonlocal(let names):
            return node("Nonlocal", [("names", list(names.map { pyRepr($0) }))], r)
        case .expr(let e):
            return node("Expr", [("value", expr(e))], r)
        case .pass:
            return node("Pass", [], r)
        case .break_:
            return node("Break", [], r)
        case .continue_:
            return node("Continue", [], r)
        }
    }

    func alias(_ a: Alias) -> String {
        node("alias", [("name", pyRepr(a.name)), ("asname", str(a.asname))], a.range)
    }

    mutating func keyword(_ k: Keyword) -> String {
        node("keyword", [("arg", str(k.arg)), ("value", expr(k.value))], k.range)
    }

    mutating func arg(_ a: Arg) -> String {
        node("arg", [("arg", pyRepr(a.name)), ("annotation", opt(a.annotation))], a.range)
    }

    mutating func arguments(_ a: Arguments) -> String {
        node("arguments", [
            ("posonlyargs", list(a.posonlyargs.map { arg($0) })),
            ("args", list(a.args.map { arg($0) })),
            ("vararg", a.vararg.map { arg($0) }),
            ("kwonlyargs", list(a.kwonlyargs.map { arg($0) })),
            ("kw_defaults", list(a.kwDefaults.map { $0.map { expr($0) } ?? "None" })),
            ("kwarg", a.kwarg.map { arg($0) }),
            ("defaults", exprs(a.defaults)),
        ])
    }

    func ctx(_ c: ExprContext) -> String {
        switch c {
        case .load: return "Load()"
        case .store: return "Store()"
        case .del: return "Del()"
        }
    }

    func binop(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "Add()"
        case .bitAnd: return "BitAnd()"
        case .floorDiv: return "FloorDiv()"
        case .lshift: return "LShift()"
        case .matMult: return "MatMult()"
        case .mult: return "Mult()"
        case .mod: return "Mod()"
        case .bitOr: return "BitOr()"
        case .pow: return "Pow()"
        case .rshift: return "RShift()"
        case .sub: return "Sub()"
        case .div: return "Div()"
        case .bitXor: return "BitXor()"
        }
    }

    func cmpop(_ op: CmpOperator) -> String {
        switch op {
        case .eq: return "Eq()"
        case .notEq: return "NotEq()"
        case .lt: return "Lt()"
        case .ltE: return "LtE()"
        case .gt: return "Gt()"
        case .gtE: return "GtE()"
        case .is_: return "Is()"
        case .isNot: return "IsNot()"
        case .in_: return "In()"
        case .notIn: return "NotIn()"
        }
    }

    mutating func comprehensions(_ gens: [Comprehension]) -> String? {
        list(gens.map { g in
            node("comprehension", [("target", expr(g.target)), ("iter", expr(g.iter)), ("ifs", exprs(g.ifs)),
                                   ("is_async", "0")])
        })
    }

    mutating func expr(_ e: Expr) -> String {
        let r = e.range
        switch e.kind {
        case .boolOp(let op, let values):
            return node("BoolOp", [("op", op == .and ? "And()" : "Or()"), ("values", exprs(values))], r)
        case .namedExpr(let target, let value):
            return node("NamedExpr", [("target", expr(target)), ("value", expr(value))], r)
        case .binOp(let l, let op, let rr):
            return node("BinOp", [("left", expr(l)), ("op", binop(op)), ("right", expr(rr))], r)
        case .unaryOp(let op, let operand):
            let o: String
            switch op {
            case .invert: o = "Invert()"
            case .not: o = "Not()"
            case .uAdd: o = "UAdd()"
            case .uSub: o = "USub()"
            }
            return node("UnaryOp", [("op", o), ("operand", expr(operand))], r)
        case .lambda(let args, let body):
            return node("Lambda", [("args", arguments(args)), ("body", expr(body))], r)
        case .ifExp(let test, let body, let orelse):
            return node("IfExp", [("test", expr(test)), ("body", expr(body)), ("orelse", expr(orelse))], r)
        case .dict(let keys, let values):
            return node("Dict", [("keys", list(keys.map { $0.map { expr($0) } ?? "None" })), ("values", exprs(values))], r)
        case .set(let elts):
            return node("Set", [("elts", exprs(elts))], r)
        case .listComp(let elt, let gens):
            return node("ListComp", [("elt", expr(elt)), ("generators", comprehensions(gens))], r)
        case .setComp(let elt, let gens):
            return node("SetComp", [("elt", expr(elt)), ("generators", comprehensions(gens))], r)
        case .dictComp(let key, let value, let gens):
            return node("DictComp", [("key", expr(key)), ("value", expr(value)), ("generators", comprehensions(gens))], r)
        case .generatorExp(let elt, let gens):
            return node("GeneratorExp", [("elt", expr(elt)), ("generators", comprehensions(gens))], r)
        case .yield(let v):
            return node("Yield", [("value", opt(v))], r)
        case .yieldFrom(let v):
            return node("YieldFrom", [("value", expr(v))], r)
        case .compare(let left, let ops, let comparators):
            return node("Compare", [("left", expr(left)), ("ops", list(ops.map { cmpop($0) })),
                                    ("comparators", exprs(comparators))], r)
        case .call(let f, let args, let keywords):
            return node("Call", [("func", expr(f)), ("args", exprs(args)), ("keywords", list(keywords.map { keyword($0) }))], r)
        case .formattedValue(let v, let conversion, let spec):
            return node("FormattedValue", [("value", expr(v)), ("conversion", String(conversion)), ("format_spec", opt(spec))], r)
        case .joinedStr(let values):
            return node("JoinedStr", [("values", exprs(values))], r)
        case .constant(let c):
            return node("Constant", [("value", constant(c))], r)
        case .attribute(let v, let attr, let c):
            return node("Attribute", [("value", expr(v)), ("attr", pyRepr(attr)), ("ctx", ctx(c))], r)
        case .subscript_(let v, let slice, let c):
            return node("Subscript", [("value", expr(v)), ("slice", expr(slice)), ("ctx", ctx(c))], r)
        case .starred(let v, let c):
            return node("Starred", [("value", expr(v)), ("ctx", ctx(c))], r)
        case .name(let id, let c):
            return node("Name", [("id", pyRepr(id)), ("ctx", ctx(c))], r)
        case .list(let elts, let c):
            return node("List", [("elts", exprs(elts)), ("ctx", ctx(c))], r)
        case .tuple(let elts, let c):
            return node("Tuple", [("elts", exprs(elts)), ("ctx", ctx(c))], r)
        case .slice(let lower, let upper, let step):
            return node("Slice", [("lower", opt(lower)), ("upper", opt(upper)), ("step", opt(step))], r)
        }
    }

    func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return i.description
        case .float(let d): return pyFloatRepr(d)
        case .imaginary(let d):
            var s = pyFloatRepr(d)
            if s.hasSuffix(".0") { s.removeLast(2) }
            return s + "j"
        case .str(let s): return pyRepr(s)
        case .bytes(let b): return pyBytesRepr(b)
        }
    }
}

/// Python's repr() of a float: the shortest round-tripping digits, in exponent form when the
/// decimal exponent is below -4 or at least 16.
func pyFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    // Swift's description gives the shortest round-trip digits; re-layout them Python's way.
    let desc = "\(d.magnitude)"
    var digits = ""
    var exp = 0
    if let eIdx = desc.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        let mant = desc[..<eIdx]
        exp = Int(desc[desc.index(after: eIdx)...]) ?? 0
        let parts = mant.split(separator: ".", omittingEmptySubsequences: false)
        digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        exp += parts[0].count - 1
    } else {
        let parts = desc.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0])
        let frac = parts.count > 1 ? String(parts[1]) : ""
        if intPart != "0" {
            digits = intPart + frac
            exp = intPart.count - 1
        } else {
            let lead = frac.prefix(while: { $0 == "0" }).count
            digits = String(frac.dropFirst(lead))
            exp = -lead - 1
        }
    }
    while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
    while digits.count > 1 && digits.hasPrefix("0") { digits.removeFirst() }
    let sign = d < 0 ? "-" : ""
    if exp < -4 || exp >= 16 {
        var m = String(digits.first!)
        if digits.count > 1 { m += "." + digits.dropFirst() }
        let es = exp < 0 ? "-" + (abs(exp) < 10 ? "0" : "") + String(abs(exp)) : "+" + (exp < 10 ? "0" : "") + String(exp)
        return sign + m + "e" + es
    }
    if exp < 0 {
        return sign + "0." + String(repeating: "0", count: -exp - 1) + digits
    }
    if digits.count <= exp + 1 {
        return sign + digits + String(repeating: "0", count: exp + 1 - digits.count) + ".0"
    }
    let i = digits.index(digits.startIndex, offsetBy: exp + 1)
    return sign + digits[..<i] + "." + digits[i...]
}

/// Python's repr() of bytes.
func pyBytesRepr(_ b: [UInt8]) -> String {
    let useDouble = b.contains(39) && !b.contains(34)
    let q: UInt8 = useDouble ? 34 : 39
    var out = "b" + String(UnicodeScalar(q))
    for c in b {
        switch c {
        case 92: out += "\\\\"
        case 9: out += "\\t"
        case 10: out += "\\n"
        case 13: out += "\\r"
        case q: out += "\\" + String(UnicodeScalar(q))
        case 32..<127: out.unicodeScalars.append(UnicodeScalar(c))
        default: out += "\\x" + hex2(UInt32(c))
        }
    }
    out += String(UnicodeScalar(q))
    return out
}
