// Expression → source text, as CPython's Python/ast_unparse.c writes it. Used for annotations
// under `from __future__ import annotations`, which are stored as strings.

import QuickenSyntax

private enum Prec: Int {
    case tuple = 0, test, or, and, not, cmp, bor, bxor, band, shift, arith, term, factor, power, await, atom
}

enum Unparser {
    static func unparse(_ e: Expr) -> String {
        var out = ""
        expr(e, .test, &out)
        return out
    }

    private static func binop(_ op: BinaryOperator) -> (String, Prec) {
        switch op {
        case .add: return (" + ", .arith)
        case .sub: return (" - ", .arith)
        case .mult: return (" * ", .term)
        case .matMult: return (" @ ", .term)
        case .div: return (" / ", .term)
        case .mod: return (" % ", .term)
        case .floorDiv: return (" // ", .term)
        case .lshift: return (" << ", .shift)
        case .rshift: return (" >> ", .shift)
        case .bitOr: return (" | ", .bor)
        case .bitXor: return (" ^ ", .bxor)
        case .bitAnd: return (" & ", .band)
        case .pow: return (" ** ", .power)
        }
    }

    private static func cmpop(_ op: CmpOperator) -> String {
        switch op {
        case .eq: return " == "
        case .notEq: return " != "
        case .lt: return " < "
        case .ltE: return " <= "
        case .gt: return " > "
        case .gtE: return " >= "
        case .is_: return " is "
        case .isNot: return " is not "
        case .in_: return " in "
        case .notIn: return " not in "
        }
    }

    private static func constant(_ c: Constant) -> String {
        switch c {
        case .ellipsis: return "..."
        case .float(let d) where d.isInfinite: return d < 0 ? "-1e309" : "1e309"
        case .imaginary(let d) where d.isInfinite: return d < 0 ? "-1e309j" : "1e309j"
        default: return ConstantValue(c).pyRepr
        }
    }

    private static func expr(_ e: Expr, _ level: Prec, _ out: inout String) {
        func paren(_ p: Prec, _ body: (inout String) -> Void) {
            let need = level.rawValue > p.rawValue
            if need { out += "(" }
            body(&out)
            if need { out += ")" }
        }
        switch e.kind {
        case .boolOp(let op, let values):
            let p: Prec = op == .and ? .and : .or
            paren(p) { o in
                for (i, v) in values.enumerated() {
                    if i > 0 { o += op == .and ? " and " : " or " }
                    expr(v, Prec(rawValue: p.rawValue + 1)!, &o)
                }
            }
        case .binOp(let l, let op, let r):
            let (s, p) = binop(op)
            let rassoc = op == .pow ? 1 : 0
            paren(p) { o in
                expr(l, Prec(rawValue: p.rawValue + rassoc)!, &o)
                o += s
                expr(r, Prec(rawValue: p.rawValue + 1 - rassoc)!, &o)
            }
        case .unaryOp(let op, let operand):
            let (s, p): (String, Prec)
            switch op {
            case .invert: (s, p) = ("~", .factor)
            case .not: (s, p) = ("not ", .not)
            case .uAdd: (s, p) = ("+", .factor)
            case .uSub: (s, p) = ("-", .factor)
            }
            paren(p) { o in
                o += s
                expr(operand, p, &o)
            }
        case .lambda(let args, let body):
            paren(.test) { o in
                o += "lambda"
                let a = arguments(args)
                if !a.isEmpty { o += " " + a }
                o += ": "
                expr(body, .test, &o)
            }
        case .ifExp(let test, let body, let orelse):
            paren(.test) { o in
                expr(body, .or, &o)
                o += " if "
                expr(test, .or, &o)
                o += " else "
                expr(orelse, .test, &o)
            }
        case .dict(let keys, let values):
            out += "{"
            for (i, (k, v)) in zip(keys, values).enumerated() {
                if i > 0 { out += ", " }
                if let k {
                    expr(k, .test, &out)
                    out += ": "
                    expr(v, .test, &out)
                } else {
                    out += "**"
                    expr(v, .bor, &out)
                }
            }
            out += "}"
        case .set(let elts):
            if elts.isEmpty { out += "{*()}"; return }
            out += "{"
            for (i, x) in elts.enumerated() {
                if i > 0 { out += ", " }
                expr(x, .test, &out)
            }
            out += "}"
        case .listComp(let elt, let gens):
            out += "["; expr(elt, .test, &out); comprehensions(gens, &out); out += "]"
        case .setComp(let elt, let gens):
            out += "{"; expr(elt, .test, &out); comprehensions(gens, &out); out += "}"
        case .dictComp(let k, let v, let gens):
            out += "{"; expr(k, .test, &out); out += ": "; expr(v, .test, &out); comprehensions(gens, &out); out += "}"
        case .generatorExp(let elt, let gens):
            out += "("; expr(elt, .test, &out); comprehensions(gens, &out); out += ")"
        case .yield(let v):
            out += "(yield"
            if let v { out += " "; expr(v, .test, &out) }
            out += ")"
        case .yieldFrom(let v):
            out += "(yield from "
            expr(v, .test, &out)
            out += ")"
        case .compare(let left, let ops, let cs):
            paren(.cmp) { o in
                expr(left, Prec(rawValue: Prec.cmp.rawValue + 1)!, &o)
                for (op, c) in zip(ops, cs) {
                    o += cmpop(op)
                    expr(c, Prec(rawValue: Prec.cmp.rawValue + 1)!, &o)
                }
            }
        case .call(let f, let args, let kws):
            expr(f, .atom, &out)
            if args.count == 1 && kws.isEmpty, case .generatorExp = args[0].kind {
                expr(args[0], .test, &out)
                return
            }
            out += "("
            var first = true
            for a in args {
                if !first { out += ", " }
                first = false
                expr(a, .test, &out)
            }
            for k in kws {
                if !first { out += ", " }
                first = false
                if let name = k.arg { out += name + "=" } else { out += "**" }
                expr(k.value, .test, &out)
            }
            out += ")"
        case .formattedValue:
            out += "f" + pyRepr(fstringBody([e]))
        case .joinedStr(let values):
            out += "f" + pyRepr(fstringBody(values))
        case .constant(let c):
            out += constant(c)
        case .attribute(let v, let attr, _):
            expr(v, .atom, &out)
            if case .constant(.int) = v.kind { out += " " }
            out += "." + attr
        case .subscript_(let v, let slice, _):
            expr(v, .atom, &out)
            out += "["
            expr(slice, .tuple, &out)
            out += "]"
        case .starred(let v, _):
            out += "*"
            expr(v, .bor, &out)
        case .name(let id, _):
            out += id
        case .list(let elts, _):
            out += "["
            for (i, x) in elts.enumerated() {
                if i > 0 { out += ", " }
                expr(x, .test, &out)
            }
            out += "]"
        case .tuple(let elts, _):
            if elts.isEmpty { out += "()"; return }
            let need = level.rawValue > Prec.tuple.rawValue
            if need { out += "(" }
            for (i, x) in elts.enumerated() {
                if i > 0 { out += ", " }
                expr(x, .test, &out)
            }
            if elts.count == 1 { out += "," }
            if need { out += ")" }
        case .slice(let lo, let hi, let step):
            if let lo { expr(lo, .test, &out) }
            out += ":"
            if let hi { expr(hi, .test, &out) }
            if let step { out += ":"; expr(step, .test, &out) }
        case .namedExpr(let target, let value):
            let need = level.rawValue > Prec.tuple.rawValue
            if need { out += "(" }
            expr(target, .atom, &out)
            out += " := "
            expr(value, .atom, &out)
            if need { out += ")" }
        }
    }

    private static func comprehensions(_ gens: [Comprehension], _ out: inout String) {
        for g in gens {
            out += " for "
            expr(g.target, .tuple, &out)
            out += " in "
            expr(g.iter, Prec(rawValue: Prec.test.rawValue + 1)!, &out)
            for c in g.ifs {
                out += " if "
                expr(c, Prec(rawValue: Prec.test.rawValue + 1)!, &out)
            }
        }
    }

    private static func arguments(_ a: Arguments) -> String {
        var parts: [String] = []
        let positional = a.posonlyargs + a.args
        let firstDefault = positional.count - a.defaults.count
        for (i, arg) in positional.enumerated() {
            var s = arg.name
            if i >= firstDefault { s += "=" + unparse(a.defaults[i - firstDefault]) }
            parts.append(s)
            if i == a.posonlyargs.count - 1 { parts.append("/") }
        }
        if let v = a.vararg { parts.append("*" + v.name) } else if !a.kwonlyargs.isEmpty { parts.append("*") }
        for (i, arg) in a.kwonlyargs.enumerated() {
            var s = arg.name
            if i < a.kwDefaults.count, let d = a.kwDefaults[i] { s += "=" + unparse(d) }
            parts.append(s)
        }
        if let k = a.kwarg { parts.append("**" + k.name) }
        return parts.joined(separator: ", ")
    }

    /// The inside of an f-string literal.
    private static func fstringBody(_ values: [Expr]) -> String {
        var out = ""
        for v in values {
            switch v.kind {
            case .constant(.str(let s)):
                out += s.replacingAll("{", with: "{{").replacingAll("}", with: "}}")
            case .formattedValue(let value, let conversion, let spec):
                var inner = ""
                expr(value, Prec(rawValue: Prec.test.rawValue + 1)!, &inner)
                out += "{" + (inner.hasPrefix("{") ? " " : "") + inner
                if conversion >= 0, let u = Unicode.Scalar(conversion) { out += "!" + String(Character(u)) }
                if let spec {
                    if case .joinedStr(let parts) = spec.kind { out += ":" + fstringBody(parts) }
                    else if case .constant(.str(let s)) = spec.kind { out += ":" + s }
                }
                out += "}"
            default:
                break
            }
        }
        return out
    }
}
