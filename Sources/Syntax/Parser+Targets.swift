// Assignment, deletion and loop targets: setting ExprContext and CPython's
// "cannot assign to ..." / "cannot delete ..." errors.

enum TargetsKind { case starTargets, delTargets, forTargets }

/// Targets parsed as a comma-separated list (`a, *b` or a single `x`).
struct TargetList {
    var elts: [Expr]
    var isTuple: Bool
    var range: SourceRange
}

extension PyParser {
    /// CPython's _PyPegen_get_expr_name.
    func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript_: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target.
    func invalidTarget(_ e: Expr, _ kind: TargetsKind) -> Expr? {
        switch e.kind {
        case .list(let elts, _), .tuple(let elts, _):
            for x in elts {
                if let bad = invalidTarget(x, kind) { return bad }
            }
            return nil
        case .starred(let v, _):
            if kind == .delTargets { return e }
            return invalidTarget(v, kind)
        case .compare(let left, let ops, _):
            if kind == .forTargets {
                if ops.first == .in_ { return invalidTarget(left, kind) }
                return nil
            }
            return e
        case .name, .subscript_, .attribute:
            return nil
        default:
            return e
        }
    }

    func targetError(_ bad: Expr, _ kind: TargetsKind) -> SyntaxError {
        let verb = kind == .delTargets ? "cannot delete" : "cannot assign to"
        return errorAt(bad.range, "\(verb) \(exprName(bad))")
    }

    /// Rewrites the context of a (valid) target expression.
    func withContext(_ e: Expr, _ ctx: ExprContext) -> Expr {
        switch e.kind {
        case .name(let n, _): return Expr(.name(n, ctx), e.range)
        case .attribute(let v, let a, _): return Expr(.attribute(v, attr: a, ctx), e.range)
        case .subscript_(let v, let s, _): return Expr(.subscript_(v, slice: s, ctx), e.range)
        case .starred(let v, _): return Expr(.starred(withContext(v, ctx), ctx), e.range)
        case .tuple(let elts, _): return Expr(.tuple(elts.map { withContext($0, ctx) }, ctx), e.range)
        case .list(let elts, _): return Expr(.list(elts.map { withContext($0, ctx) }, ctx), e.range)
        default: return e
        }
    }

    /// Validates and converts one target expression.
    func toTarget(_ e: Expr, _ ctx: ExprContext, _ kind: TargetsKind) throws(SyntaxError) -> Expr {
        if let bad = invalidTarget(e, kind) { throw targetError(bad, kind) }
        return withContext(e, ctx)
    }

    /// `star_targets` for `for` loops and comprehensions: items are `'*'? bitwise_or` so that
    /// the `in` keyword is not taken as a comparison.
    mutating func targetItems() throws(SyntaxError) -> TargetList {
        let start = current
        var elts = [try targetItem()]
        var isTuple = false
        while check(.comma) {
            advance()
            isTuple = true
            let k = peek()
            if !(k.startsExpression || k == .star) { break }
            elts.append(try targetItem())
        }
        return TargetList(elts: elts, isTuple: isTuple, range: rangeFrom(start))
    }

    mutating func targetItem() throws(SyntaxError) -> Expr {
        if check(.star) {
            let star = advance()
            let v = try bitwiseOr()
            return Expr(.starred(v, .load), rangeFrom(star))
        }
        return try bitwiseOr()
    }

    func makeTarget(_ list: TargetList, ctx: ExprContext, kind: TargetsKind) throws(SyntaxError) -> Expr {
        for e in list.elts {
            if let bad = invalidTarget(e, kind) { throw targetError(bad, kind) }
        }
        if list.isTuple {
            return Expr(.tuple(list.elts.map { withContext($0, ctx) }, ctx), list.range)
        }
        return withContext(list.elts[0], ctx)
    }
}
