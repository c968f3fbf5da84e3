// Expressions: from `star_expressions` down to atoms, following the 3.13 grammar.

extension TokenKind {
    /// Tokens that can begin an expression (used by the "forgot a comma" check).
    var startsExpression: Bool {
        switch self {
        case .name, .number, .string, .fstringStart, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde,
             .kwNot, .kwLambda, .kwNone, .kwTrue, .kwFalse, .ellipsis, .kwAwait:
            return true
        default:
            return false
        }
    }
}

extension PyParser {
    // MARK: comma-separated forms

    /// `expressions`: expression (',' expression)* [','] — a tuple if there is a comma.
    mutating func expressions() throws(SyntaxError) -> Expr {
        let start = current
        let first = try expression()
        guard check(.comma) else { return first }
        var elts = [first]
        while accept(.comma) != nil {
            if !peek().startsExpression { break }
            elts.append(try expression())
        }
        return Expr(.tuple(elts, .load), rangeFrom(start))
    }

    /// `star_expressions`.
    mutating func starExpressions() throws(SyntaxError) -> Expr {
        let start = current
        let first = try starExpression()
        guard check(.comma) else { return first }
        var elts = [first]
        while accept(.comma) != nil {
            let k = peek()
            if !(k.startsExpression || k == .star) { break }
            elts.append(try starExpression())
        }
        return Expr(.tuple(elts, .load), rangeFrom(start))
    }

    /// `star_expression`: '*' bitwise_or | expression.
    mutating func starExpression() throws(SyntaxError) -> Expr {
        if check(.star) {
            let star = advance()
            let v = try bitwiseOr()
            return Expr(.starred(v, .load), rangeFrom(star))
        }
        return try expression()
    }

    /// `star_named_expression`: '*' bitwise_or | named_expression.
    mutating func starNamedExpression() throws(SyntaxError) -> Expr {
        if check(.star) {
            let star = advance()
            let v = try bitwiseOr()
            return Expr(.starred(v, .load), rangeFrom(star))
        }
        if check(.doubleStar) {
            // 3.13 reports a generic error at '**' here.
            throw invalidSyntax()
        }
        return try namedExpression()
    }

    /// `named_expression`: NAME ':=' expression | expression !':='.
    mutating func namedExpression() throws(SyntaxError) -> Expr {
        if check(.name) && peek(1) == .colonEqual {
            return try assignmentExpression()
        }
        let startPos = pos
        let e = try expression()
        if check(.colonEqual) {
            throw errorAt(e.range, "cannot use assignment expressions with \(exprName(e))")
        }
        if check(.equal) {
            try checkInvalidNamedEquals(e, startPos: startPos)
        }
        return e
    }

    /// `assignment_expression`: NAME ':=' ~ expression.
    mutating func assignmentExpression() throws(SyntaxError) -> Expr {
        let nameTok = advance()
        advance()  // ':='
        let value = try expression()
        let target = Expr(.name(text(nameTok), .store), tokRange(nameTok))
        return Expr(.namedExpr(target: target, value: value), rangeFrom(nameTok))
    }

    /// `expression`: lambdef | disjunction ['if' disjunction 'else' expression].
    mutating func expression() throws(SyntaxError) -> Expr {
        try enter()
        defer { leave() }
        if check(.kwLambda) { return try lambdef() }
        let start = current
        let startPos = pos
        let a = try disjunction()
        if check(.kwIf) {
            let ifPos = pos
            advance()
            do throws(SyntaxError) {
                let b = try disjunction()
                if accept(.kwElse) == nil {
                    if !check(.colon) {
                        throw errorAt(Self.span(a.range, b.range), "expected 'else' after 'if' expression")
                    }
                    throw invalidSyntax()
                }
                let c = try expression()
                return Expr(.ifExp(test: b, body: a, orelse: c), rangeFrom(start))
            } catch {
                // PEG semantics: without the conditional part, `a` alone still parses.
                if !isSoftFailure(error) { throw error }
                pos = ifPos
                return a
            }
        }
        if peek().startsExpression {
            try checkMissingComma(a, startPos: startPos)
        }
        return a
    }

    // MARK: boolean and comparison

    mutating func disjunction() throws(SyntaxError) -> Expr {
        if !disjunctionMemo.isEmpty, let (e, end) = disjunctionMemo[pos] {
            guard let e = e else { throw invalidSyntax() }
            pos = end
            return e
        }
        if noInvalid == 0 { return try disjunctionBody() }
        let startPos = pos
        do throws(SyntaxError) {
            let e = try disjunctionBody()
            disjunctionMemo[startPos] = (e, pos)
            return e
        } catch {
            if isSoftFailure(error) { disjunctionMemo[startPos] = (nil, startPos) }
            throw error
        }
    }

    private mutating func disjunctionBody() throws(SyntaxError) -> Expr {
        let start = current
        let first = try conjunction()
        guard check(.kwOr) else { return first }
        var values = [first]
        while check(.kwOr) {
            let opPos = pos
            advance()
            do throws(SyntaxError) {
                values.append(try conjunction())
            } catch {
                if !isSoftFailure(error) { throw error }
                pos = opPos
                break
            }
        }
        if values.count == 1 { return first }
        return Expr(.boolOp(.or, values), rangeFrom(start))
    }

    mutating func conjunction() throws(SyntaxError) -> Expr {
        let start = current
        let first = try inversion()
        guard check(.kwAnd) else { return first }
        var values = [first]
        while check(.kwAnd) {
            let opPos = pos
            advance()
            do throws(SyntaxError) {
                values.append(try inversion())
            } catch {
                if !isSoftFailure(error) { throw error }
                pos = opPos
                break
            }
        }
        if values.count == 1 { return first }
        return Expr(.boolOp(.and, values), rangeFrom(start))
    }

    mutating func inversion() throws(SyntaxError) -> Expr {
        if check(.kwNot) {
            let notTok = advance()
            try enter()
            defer { leave() }
            let operand = try inversion()
            return Expr(.unaryOp(.not, operand), rangeFrom(notTok))
        }
        return try comparison()
    }

    mutating func comparison() throws(SyntaxError) -> Expr {
        let start = current
        let left = try bitwiseOr()
        var ops: [CmpOperator] = []
        var comparators: [Expr] = []
        while true {
            var op: CmpOperator? = nil
            switch peek() {
            case .eqEqual: op = .eq
            case .notEqual: op = .notEq
            case .lessEqual: op = .ltE
            case .less: op = .lt
            case .greaterEqual: op = .gtE
            case .greater: op = .gt
            case .kwIn: op = .in_
            case .kwNot:
                if peek(1) == .kwIn {
                    advance()
                    op = .notIn
                }
            case .kwIs:
                if peek(1) == .kwNot {
                    advance()
                    op = .isNot
                } else {
                    op = .is_
                }
            default:
                break
            }
            guard let o = op else { break }
            let opPos = pos
            advance()
            do throws(SyntaxError) {
                comparators.append(try bitwiseOr())
            } catch {
                if !isSoftFailure(error) { throw error }
                pos = o == .notIn || o == .isNot ? opPos - 1 : opPos
                break
            }
            ops.append(o)
        }
        if ops.isEmpty { return left }
        return Expr(.compare(left, ops: ops, comparators: comparators), rangeFrom(start))
    }

    // MARK: binary operators

    @inline(__always) private func binaryOperator(_ k: TokenKind) -> (BinaryOperator, Int)? {
        switch k {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lshift, 4)
        case .rightShift: return (.rshift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mult, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMult, 6)
        default: return nil
        }
    }

    /// `bitwise_or` and everything down to `term`, by precedence climbing. Nodes span from the
    /// first token of their leftmost operand, as CPython's left-recursive rules do.
    mutating func bitwiseOr() throws(SyntaxError) -> Expr {
        try binary(minLevel: 1)
    }

    private mutating func binary(minLevel: Int) throws(SyntaxError) -> Expr {
        let start = current
        var left = try factor()
        var chain = 0
        defer { depth -= chain }
        while let (op, level) = binaryOperator(peek()), level >= minLevel {
            let opPos = pos
            advance()
            if level >= 5 && check(.kwNot) { try notAfterOperator() }
            chain += 1
            try enter()
            let right: Expr
            do throws(SyntaxError) {
                right = level == 6 ? try factor() : try binary(minLevel: level + 1)
            } catch {
                // PEG semantics: keep the longest operand chain that parses.
                if !isSoftFailure(error) { throw error }
                pos = opPos
                return left
            }
            left = Expr(.binOp(left, op, right), rangeFrom(start))
        }
        return left
    }

    mutating func factor() throws(SyntaxError) -> Expr {
        let op: UnaryOperator
        switch peek() {
        case .plus: op = .uAdd
        case .minus: op = .uSub
        case .tilde: op = .invert
        default: return try power()
        }
        let opTok = advance()
        try enter()
        defer { leave() }
        if check(.kwNot) { try notAfterOperator() }
        let operand = try factor()
        return Expr(.unaryOp(op, operand), rangeFrom(opTok))
    }

    /// invalid_arithmetic / invalid_factor: `a + not b`, `-not b`.
    private mutating func notAfterOperator() throws(SyntaxError) {
        if noInvalid > 0 { return }
        let saved = (pos, furthest)
        let notTok = current
        if let b = try? inversion() {
            throw errorAt(Self.span(tokRange(notTok), b.range), "'not' after an operator must be parenthesized")
        }
        (pos, furthest) = saved
    }

    mutating func power() throws(SyntaxError) -> Expr {
        let start = current
        let base: Expr
        if check(.kwAwait) {
            let awaitTok = advance()
            base = try primary()
            noteUnsupported(tokRange(awaitTok), "'await' expressions are not supported")
        } else {
            base = try primary()
        }
        if accept(.doubleStar) != nil {
            try enter()
            defer { leave() }
            let exp = try factor()
            return Expr(.binOp(base, .pow, exp), rangeFrom(start))
        }
        return base
    }

    // MARK: primaries

    mutating func primary() throws(SyntaxError) -> Expr {
        let start = current
        var e = try atom()
        var chain = 0
        defer { depth -= chain }
        while true {
            switch peek() {
            case .dot:
                guard peek(1) == .name else {
                    // PEG semantics: `a.` without a name leaves `a` parsed.
                    _ = peek(1)
                    return e
                }
                advance()
                let name = advance()
                e = Expr(.attribute(e, attr: text(name), .load), rangeFrom(start))
            case .lpar:
                let trailerPos = pos
                do throws(SyntaxError) {
                    let (args, keywords) = try callArguments()
                    e = Expr(.call(func: e, args: args, keywords: keywords), rangeFrom(start))
                } catch {
                    // PEG semantics: without the trailer, the primary still parses.
                    if !isSoftFailure(error) { throw error }
                    pos = trailerPos
                    return e
                }
            case .lsqb:
                let trailerPos = pos
                do throws(SyntaxError) {
                    advance()
                    let slice = try slices()
                    _ = try expect(.rsqb)
                    e = Expr(.subscript_(e, slice: slice, .load), rangeFrom(start))
                } catch {
                    if !isSoftFailure(error) { throw error }
                    pos = trailerPos
                    return e
                }
            default:
                return e
            }
            chain += 1
            try enter()
        }
    }

    /// `slices`: a single slice, or a tuple of slices / starred expressions.
    mutating func slices() throws(SyntaxError) -> Expr {
        let start = current
        let first = try sliceItem()
        guard check(.comma) else {
            if case .starred = first.kind {
                return Expr(.tuple([first], .load), rangeFrom(start))
            }
            return first
        }
        var elts = [first]
        while accept(.comma) != nil {
            if check(.rsqb) { break }
            elts.append(try sliceItem())
        }
        return Expr(.tuple(elts, .load), rangeFrom(start))
    }

    /// `slice | starred_expression`.
    private mutating func sliceItem() throws(SyntaxError) -> Expr {
        let start = current
        if check(.star) {
            advance()
            let v: Expr
            do throws(SyntaxError) {
                v = try expression()
            } catch {
                if isSoftFailure(error) { throw errorAtLast("Invalid star expression", hard: true) }
                throw error
            }
            return Expr(.starred(v, .load), rangeFrom(start))
        }
        var lower: Expr? = nil
        if !check(.colon) {
            let e = try namedExpression()
            guard check(.colon) else { return e }
            if case .namedExpr = e.kind, e.range.column == start.col, e.range.line == start.line {
                // `a[x := 1 : 2]`: a slice bound must be a plain expression.
                throw invalidSyntax()
            }
            lower = e
        }
        advance()  // ':'
        var upper: Expr? = nil
        if peek().startsExpression { upper = try expression() }
        var step: Expr? = nil
        if accept(.colon) != nil {
            if peek().startsExpression { step = try expression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), rangeFrom(start))
    }

    // MARK: atoms

    mutating func atom() throws(SyntaxError) -> Expr {
        let t = current
        switch peek() {
        case .name:
            advance()
            return Expr(.name(text(t), .load), tokRange(t))
        case .kwTrue:
            advance()
            return Expr(.constant(.bool(true)), tokRange(t))
        case .kwFalse:
            advance()
            return Expr(.constant(.bool(false)), tokRange(t))
        case .kwNone:
            advance()
            return Expr(.constant(.none), tokRange(t))
        case .ellipsis:
            advance()
            return Expr(.constant(.ellipsis), tokRange(t))
        case .number:
            advance()
            return Expr(.constant(try numberValue(t)), tokRange(t))
        case .string, .fstringStart:
            return try strings()
        case .lpar:
            return try parenAtom()
        case .lsqb:
            return try listAtom()
        case .lbrace:
            return try braceAtom()
        default:
            throw invalidSyntax()
        }
    }

    private mutating func parenAtom() throws(SyntaxError) -> Expr {
        let openPos = pos
        let open = advance()
        if accept(.rpar) != nil {
            return Expr(.tuple([], .load), rangeFrom(open))
        }
        if check(.kwYield) {
            let y = try yieldExpr()
            _ = try expect(.rpar)
            return y
        }
        if check(.doubleStar) {
            let saved = (pos, furthest)
            let dstar = advance()
            if (try? expression()) != nil, check(.rpar) {
                throw errorAtToken(dstar, "cannot use double starred expression here")
            }
            (pos, furthest) = saved
            throw invalidSyntax()
        }
        let first = try starNamedExpression()
        if atComprehension() {
            if case .starred = first.kind {
                throw errorAt(first.range, "iterable unpacking cannot be used in comprehension")
            }
            let gens = try forIfClauses()
            _ = try expect(.rpar)
            return Expr(.generatorExp(elt: first, generators: gens), rangeFrom(open))
        }
        if check(.comma) {
            var elts = [first]
            while accept(.comma) != nil {
                if check(.rpar) { break }
                elts.append(try starNamedExpression())
            }
            _ = try expect(.rpar)
            return Expr(.tuple(elts, .load), rangeFrom(open))
        }
        if case .starred = first.kind, !check(.rpar) {
            // invalid_group: `( *expression )`, the star taking a whole expression.
            let saved = (pos, furthest)
            pos = openPos + 1
            let star = advance()
            if let v = try? expression(), check(.rpar) {
                throw errorAt(Self.span(tokRange(star), v.range), "cannot use starred expression here")
            }
            (pos, furthest) = saved
        }
        _ = try expect(.rpar)
        if case .starred = first.kind {
            throw errorAt(first.range, "cannot use starred expression here")
        }
        return first
    }

    private mutating func listAtom() throws(SyntaxError) -> Expr {
        let open = advance()
        if accept(.rsqb) != nil {
            return Expr(.list([], .load), rangeFrom(open))
        }
        let first = try starNamedExpression()
        if atComprehension() {
            if case .starred = first.kind {
                throw errorAt(first.range, "iterable unpacking cannot be used in comprehension")
            }
            let gens = try forIfClauses()
            _ = try expect(.rsqb)
            return Expr(.listComp(elt: first, generators: gens), rangeFrom(open))
        }
        var elts = [first]
        while check(.comma) {
            let comma = advance()
            if check(.rsqb) { break }
            if check(.kwFor) {
                try comprehensionTargetError(first: first, comma: comma, elts: elts)
            }
            elts.append(try starNamedExpression())
        }
        if check(.kwFor) && elts.count > 1 {
            try comprehensionTargetError(first: first, comma: nil, elts: elts)
        }
        _ = try expect(.rsqb)
        return Expr(.list(elts, .load), rangeFrom(open))
    }

    /// `[a, b for ...]`: CPython's invalid_comprehension, raised once the clauses parse.
    private mutating func comprehensionTargetError(first: Expr, comma: Token?, elts: [Expr]) throws(SyntaxError) {
        let saved = (pos, furthest)
        if (try? forIfClauses()) == nil {
            (pos, furthest) = saved
            throw invalidSyntax()
        }
        let end = comma.map { tokRange($0) } ?? elts[elts.count - 1].range
        throw errorAt(Self.span(first.range, end), "did you forget parentheses around the comprehension target?")
    }

    private mutating func braceAtom() throws(SyntaxError) -> Expr {
        let open = advance()
        if accept(.rbrace) != nil {
            return Expr(.dict(keys: [], values: []), rangeFrom(open))
        }
        if check(.doubleStar) {
            let dstar = advance()
            let v = try bitwiseOr()
            if check(.kwFor) {
                throw errorAtToken(dstar, "dict unpacking cannot be used in dict comprehension")
            }
            return try dictRest(open: open, keys: [nil], values: [v])
        }
        let first = try starNamedExpression()
        if check(.colon) {
            if case .starred = first.kind { throw invalidSyntax() }
            let colon = advance()
            if check(.rbrace) || check(.comma) {
                throw errorAtToken(colon, "expression expected after dictionary key and ':'")
            }
            try checkStarredDictValue()
            let value = try expression()
            if atComprehension() {
                let gens = try forIfClauses()
                _ = try expect(.rbrace)
                return Expr(.dictComp(key: first, value: value, generators: gens), rangeFrom(open))
            }
            return try dictRest(open: open, keys: [first], values: [value])
        }
        if atComprehension() {
            if case .starred = first.kind {
                throw errorAt(first.range, "iterable unpacking cannot be used in comprehension")
            }
            let gens = try forIfClauses()
            _ = try expect(.rbrace)
            return Expr(.setComp(elt: first, generators: gens), rangeFrom(open))
        }
        var elts = [first]
        while check(.comma) {
            let comma = advance()
            if check(.rbrace) { break }
            if check(.kwFor) {
                try comprehensionTargetError(first: first, comma: comma, elts: elts)
            }
            elts.append(try starNamedExpression())
        }
        if check(.kwFor) && elts.count > 1 {
            try comprehensionTargetError(first: first, comma: nil, elts: elts)
        }
        _ = try expect(.rbrace)
        return Expr(.set(elts), rangeFrom(open))
    }

    /// The remaining `, key: value` / `, **mapping` items of a dict display.
    private mutating func dictRest(open: Token, keys: [Expr?], values: [Expr]) throws(SyntaxError) -> Expr {
        var keys = keys, values = values
        while accept(.comma) != nil {
            if check(.rbrace) { break }
            if check(.doubleStar) {
                advance()
                keys.append(nil)
                values.append(try bitwiseOr())
                continue
            }
            let k = try expression()
            guard check(.colon) else {
                if check(.comma) || check(.rbrace) {
                    let l = Int(k.range.endLine)
                    let off = src.charColumn(line: l, byteCol: Int(k.range.endColumn) - 1) + 1
                    throw src.error(.syntaxError, "':' expected after dictionary key", line: Int(k.range.line),
                                    col: 0, endLine: l, rawOffset: off, rawEnd: 0)
                }
                throw invalidSyntax()
            }
            let colon = advance()
            if check(.rbrace) || check(.comma) {
                throw errorAtToken(colon, "expression expected after dictionary key and ':'")
            }
            try checkStarredDictValue()
            keys.append(k)
            values.append(try expression())
        }
        _ = try expect(.rbrace)
        return Expr(.dict(keys: keys, values: values), rangeFrom(open))
    }

    /// invalid_kvpair: `key: *value` (reported up to the end of the value).
    private mutating func checkStarredDictValue() throws(SyntaxError) {
        guard check(.star) else { return }
        let star = current
        let saved = (pos, furthest)
        advance()
        if (try? bitwiseOr()) != nil {
            throw errorStartingFrom(tokRange(star), "cannot use a starred expression in a dictionary value")
        }
        (pos, furthest) = saved
    }

    // MARK: comprehensions

    /// Whether a comprehension clause (`for` or `async for`) starts here.
    mutating func atComprehension() -> Bool {
        check(.kwFor) || (check(.kwAsync) && peek(1) == .kwFor)
    }

    /// `for_if_clauses` (at least one clause).
    mutating func forIfClauses() throws(SyntaxError) -> [Comprehension] {
        var gens: [Comprehension] = []
        while true {
            if check(.kwAsync) && peek(1) == .kwFor {
                noteUnsupported(tokRange(current), "asynchronous comprehensions are not supported")
                advance()
            }
            guard check(.kwFor) else { break }
            advance()
            let items = try targetItems()
            if !check(.kwIn) {
                throw errorAtLast("'in' expected after for-loop variables")
            }
            let target = try makeTarget(items, ctx: .store, kind: .forTargets)
            advance()  // 'in'
            let iter = try disjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) != nil {
                ifs.append(try disjunction())
            }
            gens.append(Comprehension(target: target, iter: iter, ifs: ifs))
        }
        if gens.isEmpty { throw invalidSyntax() }
        return gens
    }

    // MARK: lambda and yield

    mutating func lambdef() throws(SyntaxError) -> Expr {
        let lambdaTok = advance()
        let args = try parameters(lambda: true)
        let colon = try expect(.colon)
        if check(.fstringMiddle) {
            throw errorAt(Self.span(tokRange(lambdaTok), tokRange(colon)),
                          "f-string: lambda expressions are not allowed without parentheses")
        }
        let body = try expression()
        return Expr(.lambda(args, body: body), rangeFrom(lambdaTok))
    }

    /// `yield_expr`: 'yield' 'from' expression | 'yield' [star_expressions].
    mutating func yieldExpr() throws(SyntaxError) -> Expr {
        let y = advance()
        if accept(.kwFrom) != nil {
            let e = try expression()
            return Expr(.yieldFrom(e), rangeFrom(y))
        }
        let k = peek()
        if k.startsExpression || k == .star {
            let v = try starExpressions()
            return Expr(.yield(v), rangeFrom(y))
        }
        return Expr(.yield(nil), rangeFrom(y))
    }

    // MARK: CPython's specialised errors for common mistakes

    /// invalid_expression (`a b` inside brackets: "Perhaps you forgot a comma?") and
    /// invalid_legacy_expression (Python 2 `print x` / `exec x`).
    private mutating func checkMissingComma(_ a: Expr, startPos: Int) throws(SyntaxError) {
        if noInvalid > 0 { return }
        let first = tokens[startPos]
        let saved = (pos, furthest)
        defer { (pos, furthest) = saved }
        var skipComma = false
        if first.kind == .name {
            let nextKind = tokens[min(startPos + 1, tokens.count - 1)].kind
            if nextKind == .string || nextKind == .fstringStart { skipComma = true }
            if isSoftKeywordPrefix(first) { skipComma = true }
        }
        var isLegacyName = false
        if case .name(let n, _) = a.kind, a.range.line == first.line && a.range.column == first.col {
            isLegacyName = n == "print" || n == "exec"
        }
        if !skipComma && !isLegacyName, let b = try? expressionWithoutInvalid(), tokens[max(pos - 1, 0)].level != 0 {
            throw errorAt(Self.span(a.range, b.range), "invalid syntax. Perhaps you forgot a comma?")
        }
        // CPython parses `star_expressions` after any name here; that lookahead can reach the
        // end of input or a tokenizer error (recorded in `fetched`).
        pos = saved.0
        guard case .name(let n, _) = a.kind, first.kind == .name, startPos + 1 == pos, !check(.lpar) else { return }
        // Errors found inside this lookahead are reported (CPython's second pass raises them),
        // except where its memoized results skip the re-parse (see `disjunctionMemo`).
        let b: Expr
        do throws(SyntaxError) {
            b = try starExpressions()
        } catch {
            if isSoftFailure(error) { return }
            throw error
        }
        if isLegacyName {
            throw errorAt(Self.span(a.range, b.range), "Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?")
        }
    }

    /// CPython's SOFT_KEYWORD check compares only the token's length of characters, so any
    /// prefix of "match", "case" or "type" (and "_") counts as a soft keyword.
    func isSoftKeywordPrefix(_ t: Token) -> Bool {
        guard t.kind == .name else { return false }
        let n = Int(t.end - t.start)
        for kw in ["_", "case", "match", "type"] where n <= kw.utf8.count {
            var ok = true
            var i = Int(t.start)
            for u in kw.utf8.prefix(n) {
                if src.bytes[i] != u { ok = false; break }
                i += 1
            }
            if ok { return true }
        }
        return false
    }

    /// `expression_without_invalid`, used only to look ahead for error messages.
    private mutating func expressionWithoutInvalid() throws(SyntaxError) -> Expr {
        noInvalid += 1
        defer { noInvalid -= 1 }
        if check(.kwLambda) { return try lambdef() }
        let start = current
        let a = try disjunction()
        if check(.kwIf) {
            let ifPos = pos
            advance()
            do throws(SyntaxError) {
                let b = try disjunction()
                _ = try expect(.kwElse)
                let c = try expression()
                return Expr(.ifExp(test: b, body: a, orelse: c), rangeFrom(start))
            } catch {
                if !isSoftFailure(error) { throw error }
                pos = ifPos
            }
        }
        return a
    }

    /// invalid_named_expression: `if x = 1:` and friends.
    private mutating func checkInvalidNamedEquals(_ e: Expr, startPos: Int) throws(SyntaxError) {
        if let err = namedExpressionEqualsError(e, startPos: startPos, equalPos: pos) { throw err }
    }

    /// The alternatives of CPython's invalid_named_expression for `e` (parsed from `startPos`)
    /// followed by '=' at `equalPos`; nil if neither applies.
    mutating func namedExpressionEqualsError(_ e: Expr, startPos: Int, equalPos: Int) -> SyntaxError? {
        let saved = (pos, furthest)
        defer { (pos, furthest) = saved }
        let first = tokens[startPos]
        // a=NAME '=' b=bitwise_or !('='|':=')
        if case .name = e.kind, first.kind == .name, equalPos == startPos + 1 {
            pos = equalPos + 1
            if let b = try? bitwiseOr(), !check(.equal), !check(.colonEqual) {
                return errorAt(Self.span(e.range, b.range), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            }
            return nil
        }
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        if !isWrappedInParens(startPos, equalPos - 1) && !isBitwiseOrLevel(e) { return nil }
        switch first.kind {
        case .kwTrue, .kwFalse, .kwNone: return nil
        case .lsqb, .lpar:
            pos = startPos
            if let a = try? atom() {
                switch a.kind {
                case .list, .tuple, .generatorExp:
                    if tokens[startPos].kind == .lsqb || isTupleOrGenexpDisplay(a, first) { return nil }
                default: break
                }
            }
        default: break
        }
        pos = equalPos + 1
        if (try? bitwiseOr()) != nil, !check(.equal), !check(.colonEqual) {
            return errorAt(e.range, "cannot assign to \(exprName(e)) here. Maybe you meant '==' instead of '='?")
        }
        return nil
    }

    /// Whether an atom that starts with '(' is itself a tuple or generator expression display
    /// (rather than a parenthesized tuple/genexp inside a group such as `((a, b))`).
    private func isTupleOrGenexpDisplay(_ a: Expr, _ open: Token) -> Bool {
        a.range.line == open.line && a.range.column == open.col
    }

    /// Whether tokens `from...to` are one parenthesized group `( ... )`.
    func isWrappedInParens(_ from: Int, _ to: Int) -> Bool {
        guard from < to, tokens[from].kind == .lpar, tokens[to].kind == .rpar else { return false }
        let inner = tokens[from].level
        var i = from + 1
        while i < to {
            if tokens[i].level < inner { return false }
            i += 1
        }
        return true
    }

    /// True for nodes produced at or below `bitwise_or` (so not comparisons, boolean operators,
    /// `not`, conditional expressions, lambdas or walrus).
    func isBitwiseOrLevel(_ e: Expr) -> Bool {
        switch e.kind {
        case .compare, .boolOp, .ifExp, .lambda, .namedExpr, .yield, .yieldFrom, .starred: return false
        case .unaryOp(let op, _): return op != .not
        default: return true
        }
    }
}
