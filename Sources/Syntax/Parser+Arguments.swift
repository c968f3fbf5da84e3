// Call arguments and function/lambda parameter lists.

extension PyParser {
    // MARK: call arguments

    /// `'(' [arguments] ')'` of a call or class definition, including the bare generator
    /// expression form `f(x for x in y)`. The current token is '('.
    mutating func callArguments(allowBareGenexp: Bool = true) throws(SyntaxError) -> ([Expr], [Keyword]) {
        let open = advance()
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawKeywordUnpacking = false
        var deferredError: String? = nil
        var first = true

        while !check(.rpar) {
            if !first {
                guard accept(.comma) != nil else { break }
                if check(.rpar) { break }
            }
            switch peek() {
            case .star:
                let starIdx = pos
                let star = advance()
                let v: Expr
                do throws(SyntaxError) {
                    v = try expression()
                } catch {
                    // 3.13 raises this in its first pass (an alternative `'*'` of starred_expression).
                    if isSoftFailure(error) { throw errorAtLast("Invalid star expression", hard: true) }
                    throw error
                }
                if check(.equal) {
                    advance()
                    let rhs = try expression()
                    throw errorAt(Self.span(tokRange(star), rhs.range), "cannot assign to iterable argument unpacking")
                }
                if sawKeywordUnpacking {
                    let comma = tokens[max(starIdx - 1, 0)]
                    throw errorStartingFrom(tokRange(comma), "iterable argument unpacking follows keyword argument unpacking")
                }
                args.append(Expr(.starred(v, .load), rangeFrom(star)))
            case .doubleStar:
                let dstar = advance()
                let v = try expression()
                if check(.equal) {
                    advance()
                    let rhs = try expression()
                    throw errorAt(Self.span(tokRange(dstar), rhs.range), "cannot assign to keyword argument unpacking")
                }
                keywords.append(Keyword(arg: nil, value: v, range: rangeFrom(dstar)))
                sawKeyword = true
                sawKeywordUnpacking = true
            case .name where peek(1) == .equal:
                let nameTok = advance()
                let eq = advance()
                if check(.comma) || check(.rpar) {
                    throw errorAt(Self.span(tokRange(nameTok), tokRange(eq)), "expected argument value expression")
                }
                let v = try expression()
                if check(.kwFor) {
                    throw errorAt(Self.span(tokRange(nameTok), tokRange(eq)),
                                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                }
                keywords.append(Keyword(arg: text(nameTok), value: v, range: rangeFrom(nameTok)))
                sawKeyword = true
            default:
                if (check(.kwTrue) || check(.kwFalse) || check(.kwNone)) && peek(1) == .equal {
                    let kw = advance()
                    let eq = advance()
                    throw errorAt(Self.span(tokRange(kw), tokRange(eq)), "cannot assign to \(text(kw))")
                }
                let e: Expr
                if check(.name) && peek(1) == .colonEqual {
                    e = try assignmentExpression()
                } else {
                    e = try expression()
                }
                if check(.equal) {
                    let eq = current
                    throw errorAt(Self.span(e.range, tokRange(eq)),
                                  "expression cannot contain assignment, perhaps you meant \"==\"?")
                }
                if atComprehension() {
                    let forPos = pos
                    let gens = try forIfClauses()
                    let last = gens[gens.count - 1]
                    let lastItem = last.ifs.last ?? last.iter
                    if first && check(.rpar) && allowBareGenexp {
                        let close = advance()
                        let r = SourceRange(line: open.line, column: open.col, endLine: close.endLine, endColumn: close.endCol)
                        return ([Expr(.generatorExp(elt: e, generators: gens), r)], [])
                    }
                    if first && check(.rpar) {
                        // A sole bare generator expression where a call is not allowed (class bases).
                        throw errorAtToken(tokens[forPos], "invalid syntax")
                    }
                    // invalid_arguments: a first-argument genexp needs a ',' after it to be reported.
                    if !first || check(.comma) {
                        throw errorAt(Self.span(e.range, lastItem.range), "Generator expression must be parenthesized")
                    }
                    throw invalidSyntax()
                }
                if sawKeyword && deferredError == nil {
                    deferredError = sawKeywordUnpacking
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument"
                }
                args.append(e)
            }
            first = false
        }
        if let msg = deferredError {
            throw errorAtLast(msg)
        }
        _ = try expect(.rpar)
        return (args, keywords)
    }

    // MARK: parameters

    /// Parameters of a `def` (up to, not including, ')') or of a lambda (up to ':').
    mutating func parameters(lambda: Bool) throws(SyntaxError) -> Arguments {
        let terminator: TokenKind = lambda ? .colon : .rpar
        var a = Arguments()
        var plain: [Arg] = []
        var seenSlash = false
        var seenStar = false
        var seenDefault = false

        func endOfItem(_ p: inout PyParser) throws(SyntaxError) -> Bool {
            if p.accept(.comma) != nil { return p.check(terminator) }
            if p.check(terminator) { return true }
            throw p.invalidSyntax()
        }

        if check(terminator) { return a }
        while true {
            let t = current
            switch peek() {
            case .slash:
                if seenStar {
                    throw errorAtToken(t, "/ must be ahead of *")
                }
                if seenSlash {
                    throw errorAtToken(t, "/ may appear only once")
                }
                if plain.isEmpty {
                    if peekQuiet(1) == .comma {
                        throw errorAtToken(t, "at least one argument must precede /")
                    }
                    throw invalidSyntax()
                }
                advance()
                if check(.star) && !seenStar {
                    throw errorAtToken(current, "expected comma between / and *")
                }
                a.posonlyargs = plain
                plain = []
                seenSlash = true
                if try endOfItem(&self) { break }
                continue
            case .star:
                if seenStar {
                    throw errorAtToken(t, "* argument may appear only once")
                }
                advance()
                seenStar = true
                if check(.comma) {
                    let k = peek(1)
                    if k == terminator || k == .doubleStar {
                        throw lambda ? errorAtLast("named arguments must follow bare *")
                                     : errorAtToken(t, "named arguments must follow bare *")
                    }
                    advance()
                    continue
                }
                if check(terminator) {
                    throw lambda ? errorAtLast("named arguments must follow bare *")
                                 : errorAtToken(t, "named arguments must follow bare *")
                }
                let p = try parameter(lambda: lambda, starAnnotation: true)
                if check(.equal) {
                    throw errorAtToken(current, "var-positional argument cannot have default value")
                }
                a.vararg = p
                if try endOfItem(&self) { break }
                continue
            case .doubleStar:
                advance()
                let p = try parameter(lambda: lambda, starAnnotation: false)
                if check(.equal) {
                    throw errorAtToken(current, "var-keyword argument cannot have default value")
                }
                a.kwarg = p
                if accept(.comma) != nil {
                    if check(terminator) { break }
                    switch peek() {
                    case .name:
                        let q = try parameter(lambda: lambda, starAnnotation: false)
                        throw errorAt(q.range, "arguments cannot follow var-keyword argument")
                    case .star, .doubleStar, .slash:
                        throw errorAtToken(current, "arguments cannot follow var-keyword argument")
                    default:
                        throw invalidSyntax()
                    }
                }
                if check(terminator) { break }
                throw invalidSyntax()
            case .name:
                let p = try parameter(lambda: lambda, starAnnotation: false)
                var def: Expr? = nil
                if check(.equal) {
                    let eq = advance()
                    if check(.comma) || check(terminator) {
                        throw errorAtToken(eq, "expected default value expression")
                    }
                    def = try expression()
                }
                if seenStar {
                    a.kwonlyargs.append(p)
                    a.kwDefaults.append(def)
                } else {
                    if let d = def {
                        a.defaults.append(d)
                        seenDefault = true
                    } else if seenDefault {
                        if check(.comma) || check(terminator) {
                            throw errorAt(p.range, "parameter without a default follows parameter with a default")
                        }
                        throw invalidSyntax()
                    }
                    plain.append(p)
                }
                if try endOfItem(&self) { break }
                continue
            case .lpar where !lambda:
                // `def f((a, b)):`
                let openPos = pos
                let furthestBefore = furthest
                let open = advance()
                var names = 0
                while check(.name) {
                    advance()
                    names += 1
                    if accept(.comma) == nil { break }
                }
                if names > 0, check(.rpar) {
                    let close = current
                    throw errorAt(Self.span(tokRange(open), tokRange(close)), "Function parameters cannot be parenthesized")
                }
                furthest = max(furthestBefore, openPos)
                throw invalidSyntax()
            case .lpar:
                let openPos = pos
                let furthestBefore = furthest
                let open = advance()
                var names = 0
                while check(.name) {
                    advance()
                    names += 1
                    if accept(.comma) == nil { break }
                }
                if names > 0, check(.rpar) {
                    let close = current
                    throw errorAt(Self.span(tokRange(open), tokRange(close)), "Lambda expression parameters cannot be parenthesized")
                }
                furthest = max(furthestBefore, openPos)
                throw invalidSyntax()
            default:
                throw invalidSyntax()
            }
            break
        }
        a.args = plain
        return a
    }

    /// `param`: NAME [':' expression] (annotations only in `def`; `*args: *Ts` allowed).
    private mutating func parameter(lambda: Bool, starAnnotation: Bool) throws(SyntaxError) -> Arg {
        guard check(.name) else { throw invalidSyntax() }
        let nameTok = advance()
        var annotation: Expr? = nil
        if !lambda && accept(.colon) != nil {
            annotation = starAnnotation ? try starExpression() : try expression()
        }
        return Arg(name: text(nameTok), annotation: annotation, range: rangeFrom(nameTok))
    }
}
