// Statements: the file/eval/single start rules, simple statements and compound statements.

extension PyParser {
    // MARK: start rules

    mutating func parseFile() throws(SyntaxError) -> Module {
        var body: [Stmt] = []
        while !check(.endMarker) {
            try statement(into: &body)
        }
        if let u = unsupported { throw u }
        return Module(body: body)
    }

    /// `eval`: expressions NEWLINE* ENDMARKER.
    mutating func parseEval() throws(SyntaxError) -> Expr {
        let e = try expressions()
        while accept(.newline) != nil {}
        if !check(.endMarker) { throw invalidSyntax() }
        if let u = unsupported { throw u }
        return e
    }

    /// `interactive`: one compound statement or one line of simple statements.
    mutating func parseSingle() throws(SyntaxError) -> Module {
        if check(.endMarker) || check(.newline) {
            throw errorAtToken(current, "invalid syntax")
        }
        var body: [Stmt] = []
        let compound = isCompoundStart()
        try statement(into: &body)
        if !check(.endMarker) {
            if compound { throw invalidSyntax() }
            // CPython checks that nothing but blanks and comments follows the statement.
            throw errorAtToken(tokens[pos - 1], "multiple statements found while compiling a single statement")
        }
        if let u = unsupported { throw u }
        return Module(body: body)
    }

    private mutating func isCompoundStart() -> Bool {
        switch peek() {
        case .kwDef, .at, .kwIf, .kwClass, .kwWith, .kwFor, .kwTry, .kwWhile, .kwAsync: return true
        default: return false
        }
    }

    // MARK: statements

    /// `statement`: a compound statement or a line of simple statements.
    mutating func statement(into body: inout [Stmt]) throws(SyntaxError) {
        switch peek() {
        case .kwDef, .at, .kwClass:
            body.append(try decorated())
        case .kwIf:
            body.append(try ifStatement())
        case .kwWhile:
            body.append(try whileStatement())
        case .kwFor:
            body.append(try forStatement())
        case .kwWith:
            body.append(try withStatement())
        case .kwTry:
            body.append(try tryStatement())
        case .kwAsync:
            body.append(try asyncStatement())
        case .name where isName(current, "match"):
            matchStatements.append(pos)
            let saved = pos
            do throws(SyntaxError) {
                try simpleStmts(into: &body)
            } catch {
                if let e = unsupportedSoftKeywordStatement(from: saved) { throw e }
                throw error
            }
        default:
            try simpleStmts(into: &body)
        }
    }

    /// After a failed parse of a line starting with `match`: the error for the unsupported
    /// statement, if the line looks like one.
    private func unsupportedSoftKeywordStatement(from start: Int) -> SyntaxError? {
        let first = tokens[start]
        var i = start + 1
        var last = first
        while i < tokens.count, tokens[i].kind != .newline, tokens[i].kind != .endMarker, tokens[i].kind != .errorToken {
            last = tokens[i]
            i += 1
        }
        if last.kind == .colon && start + 2 < i {
            return errorAtToken(first, "'match' statements are not supported")
        }
        return nil
    }

    /// `async def/for/with`: parsed like the synchronous forms, then reported as unsupported.
    private mutating func asyncStatement() throws(SyntaxError) -> Stmt {
        let asyncTok = advance()
        switch peek() {
        case .kwDef:
            noteUnsupported(Self.span(tokRange(asyncTok), tokRange(current)), "'async def' is not supported")
            return try functionDef(decorators: [])
        case .kwFor:
            noteUnsupported(Self.span(tokRange(asyncTok), tokRange(current)), "'async for' is not supported")
            return try forStatement()
        case .kwWith:
            noteUnsupported(Self.span(tokRange(asyncTok), tokRange(current)), "'async with' is not supported")
            return try withStatement()
        default:
            throw invalidSyntax()
        }
    }

    /// `simple_stmts`: simple statements separated by ';' ending in NEWLINE.
    mutating func simpleStmts(into body: inout [Stmt]) throws(SyntaxError) {
        var start = pos
        do throws(SyntaxError) {
            body.append(try simpleStmt())
            while accept(.semi) != nil {
                if check(.newline) { break }
                start = pos
                body.append(try simpleStmt())
            }
            if accept(.newline) == nil {
                throw invalidSyntax()
            }
        } catch {
            if isSoftFailure(error), let e = invalidAssignmentTupleProbe(start) { throw e }
            throw error
        }
    }

    /// CPython's invalid_assignment alternative `star_named_expression ',' star_named_expressions*
    /// ':' expression`, tried for a failing statement that starts with a tuple: its elements are
    /// parsed as named expressions (and juxtaposed lists are accepted), so `a, b c = 1` reports
    /// the '=' after `c`. Returns the specialised error if one is found.
    private mutating func invalidAssignmentTupleProbe(_ start: Int) -> SyntaxError? {
        let saved = (pos, furthest)
        defer { (pos, furthest) = saved }
        pos = start
        guard peek().startsExpression || check(.star) else { return nil }
        // Only reached when CPython's `assignment` rule fails, i.e. the statement does not
        // start with valid targets and '=' (an assignment whose value fails to parse still
        // matches with a shorter value, by backtracking).
        if let targets = try? targetItems(), check(.equal),
           targets.elts.allSatisfy({ invalidTarget($0, .starTargets) == nil }) {
            return nil
        }
        pos = start
        do throws(SyntaxError) {
            _ = try starNamedExpression()
            guard accept(.comma) != nil else { return nil }
            while peek().startsExpression || check(.star) {
                _ = try starNamedExpression()
                _ = accept(.comma)
            }
        } catch {
            return isSoftFailure(error) ? nil : error
        }
        return nil
    }

    mutating func simpleStmt() throws(SyntaxError) -> Stmt {
        let start = current
        switch peek() {
        case .kwPass:
            advance()
            return Stmt(.pass, tokRange(start))
        case .kwBreak:
            advance()
            return Stmt(.break_, tokRange(start))
        case .kwContinue:
            advance()
            return Stmt(.continue_, tokRange(start))
        case .kwReturn:
            advance()
            var value: Expr? = nil
            if peek().startsExpression || check(.star) {
                value = try starExpressions()
            }
            return Stmt(.return_(value), rangeFrom(start))
        case .kwRaise:
            return try raiseStatement()
        case .kwGlobal, .kwNonlocal:
            let isGlobal = check(.kwGlobal)
            advance()
            var names: [String] = []
            repeat {
                guard check(.name) else { throw invalidSyntax() }
                names.append(text(advance()))
            } while accept(.comma) != nil
            return Stmt(isGlobal ? .global(names) : .nonlocal(names), rangeFrom(start))
        case .kwDel:
            return try delStatement()
        case .kwAssert:
            advance()
            let test = try expression()
            var msg: Expr? = nil
            if accept(.comma) != nil {
                msg = try expression()
            }
            return Stmt(.assert(test: test, msg: msg), rangeFrom(start))
        case .kwImport:
            return try importStatement()
        case .kwFrom:
            return try fromImportStatement()
        case .name where isName(start, "type") && peek(1) == .name && (peek(2) == .equal || peek(2) == .lsqb):
            // `type X[T] = ...` (3.12): parsed, then reported as unsupported.
            advance()
            advance()
            if check(.lsqb) { try typeParams() }
            _ = try expect(.equal)
            _ = try expression()
            noteUnsupported(tokRange(start), "'type' statements are not supported")
            return Stmt(.pass, rangeFrom(start))
        default:
            return try expressionStatement()
        }
    }

    private mutating func raiseStatement() throws(SyntaxError) -> Stmt {
        let start = advance()
        if !(peek().startsExpression) {
            return Stmt(.raise(exc: nil, cause: nil), rangeFrom(start))
        }
        let exc = try expression()
        var cause: Expr? = nil
        if accept(.kwFrom) != nil {
            cause = try expression()
        }
        return Stmt(.raise(exc: exc, cause: cause), rangeFrom(start))
    }

    /// `del_stmt`: del targets are primaries (names, attributes, subscripts, and tuples or lists
    /// of those); anything else is reported by invalid_del_stmt, which parses star_expressions.
    private mutating func delStatement() throws(SyntaxError) -> Stmt {
        let start = advance()
        let targetsStart = pos
        var items: [Expr] = []
        var ok = true
        do throws(SyntaxError) {
            repeat {
                if !peek().startsExpression { break }
                items.append(try primary())
            } while accept(.comma) != nil
            ok = !items.isEmpty && (check(.semi) || check(.newline))
                && items.allSatisfy { invalidTarget($0, .delTargets) == nil }
        } catch {
            if !isSoftFailure(error) { throw error }
            ok = false
        }
        if !ok {
            let saved = (pos, furthest)
            pos = targetsStart
            if let e = try? starExpressions(), let bad = invalidTarget(e, .delTargets) {
                throw targetError(bad, .delTargets)
            }
            (pos, furthest) = saved
            throw invalidSyntax()
        }
        return Stmt(.delete(items.map { withContext($0, .del) }), rangeFrom(start))
    }

    // MARK: expression statements and assignments

    private mutating func expressionStatement() throws(SyntaxError) -> Stmt {
        let start = current
        let startPos = pos
        let first = check(.kwYield) ? try yieldExpr() : try starExpressions()
        switch peek() {
        case .colon:
            return try annotatedAssignment(first, start: start, startPos: startPos)
        case .equal:
            return try assignment(first, start: start, startPos: startPos)
        default:
            if let op = augmentedOperator(peek()) {
                advance()
                let value = check(.kwYield) ? try yieldExpr() : try starExpressions()
                switch first.kind {
                case .name, .attribute, .subscript_:
                    return Stmt(.augAssign(target: withContext(first, .store), op: op, value: value), rangeFrom(start))
                default:
                    throw errorAt(first.range, "'\(exprName(first))' is an illegal expression for augmented assignment")
                }
            }
            return Stmt(.expr(first), rangeFrom(start))
        }
    }

    private func augmentedOperator(_ k: TokenKind) -> BinaryOperator? {
        switch k {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .amperEqual: return .bitAnd
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lshift
        case .rightShiftEqual: return .rshift
        case .doubleStarEqual: return .pow
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }

    private func isParenthesized(_ e: Expr, start: Token) -> Bool {
        !(e.range.line == start.line && e.range.column == start.col)
    }

    private mutating func annotatedAssignment(_ target: Expr, start: Token, startPos: Int) throws(SyntaxError) -> Stmt {
        let simple: Bool
        switch target.kind {
        case .name:
            simple = !isParenthesized(target, start: start)
        case .attribute, .subscript_:
            simple = false
        default:
            // invalid_ann_assign_target etc.; each needs `':' expression` to follow.
            let saved = (pos, furthest)
            pos += 1
            var annotationParses = true
            do throws(SyntaxError) {
                _ = try expression()
            } catch {
                if !isSoftFailure(error) { throw error }
                annotationParses = false
            }
            pos = startPos
            let display = annAssignTupleOrList()
            let displayFollowed = check(.colon)
            (pos, furthest) = saved
            guard annotationParses else { throw invalidSyntax() }
            if let a = display, displayFollowed {
                throw errorAt(a.range, "only single target (not \(exprName(a))) can be annotated")
            }
            if case .tuple(let elts, _) = target.kind, !elts.isEmpty {
                throw errorAt(elts[0].range, "only single target (not tuple) can be annotated")
            }
            throw errorAt(target.range, "illegal target for annotation")
        }
        advance()  // ':'
        let annotation = try expression()
        var value: Expr? = nil
        if accept(.equal) != nil {
            value = check(.kwYield) ? try yieldExpr() : try starExpressions()
        }
        return Stmt(.annAssign(target: withContext(target, .store), annotation: annotation, value: value, simple: simple),
                    rangeFrom(start))
    }

    private mutating func annAssignTupleOrList() -> Expr? {
        guard check(.lsqb) || check(.lpar) else { return nil }
        let saved = pos
        if let a = try? atom() {
            switch a.kind {
            case .tuple, .list: return a
            default: break
            }
        }
        pos = saved
        if accept(.lpar) != nil, let inner = annAssignTupleOrList(), accept(.rpar) != nil {
            return inner
        }
        pos = saved
        return nil
    }

    private mutating func assignment(_ first: Expr, start: Token, startPos: Int) throws(SyntaxError) -> Stmt {
        // Each target is checked as soon as its '=' is seen: CPython reports a bad target
        // even when what follows does not parse.
        var targets: [Expr] = []
        var value = first
        let firstEqualPos = pos
        while check(.equal) {
            if let bad = invalidTarget(value, .starTargets) {
                if let e = assignmentHereError(first, startPos: startPos, equalPos: firstEqualPos) { throw e }
                switch value.kind {
                case .yield, .yieldFrom:
                    throw errorAt(value.range, "assignment to yield expression not possible")
                default:
                    throw targetError(bad, .starTargets)
                }
            }
            targets.append(value)
            advance()  // '='
            value = check(.kwYield) ? try yieldExpr() : try starExpressions()
        }
        let converted = targets.map { withContext($0, .store) }
        return Stmt(.assign(targets: converted, value: value), rangeFrom(start))
    }

    /// CPython's invalid_named_expression as reached from invalid_assignment: the expression
    /// right before the first '=' (the last item of an unparenthesized tuple) gets
    /// "Maybe you meant '=='..." messages.
    private mutating func assignmentHereError(_ first: Expr, startPos: Int, equalPos: Int) -> SyntaxError? {
        var cand = first
        var candPos = startPos
        if case .tuple(let elts, _) = first.kind, !isWrappedInParens(startPos, equalPos - 1) {
            guard let last = elts.last else { return nil }
            if case .starred = last.kind { return nil }
            var i = equalPos - 1
            while i > startPos && !(tokens[i].kind == .comma && tokens[i].level == 0) { i -= 1 }
            cand = last
            candPos = i + 1
        }
        return namedExpressionEqualsError(cand, startPos: candPos, equalPos: equalPos)
    }

    // MARK: imports    // MARK: imports

    private mutating func dottedName() throws(SyntaxError) -> String {
        guard check(.name) else { throw invalidSyntax() }
        var s = text(advance())
        while check(.dot) && peek(1) == .name {
            advance()
            s += "." + text(advance())
        }
        return s
    }

    private mutating func importStatement() throws(SyntaxError) -> Stmt {
        let start = advance()
        if check(.newline) {
            throw errorStartingFrom(tokRange(current), "Expected one or more names after 'import'")
        }
        var names: [Alias] = []
        repeat {
            let t = current
            let name = try dottedName()
            var asname: String? = nil
            if accept(.kwAs) != nil {
                guard check(.name) else { throw invalidSyntax() }
                asname = text(advance())
            }
            names.append(Alias(name: name, asname: asname, range: rangeFrom(t)))
        } while accept(.comma) != nil
        if check(.kwFrom) {
            let saved = (pos, furthest)
            advance()
            if (try? dottedName()) != nil {
                throw errorStartingFrom(tokRange(start), "Did you mean to use 'from ... import ...' instead?")
            }
            (pos, furthest) = saved
        }
        return Stmt(.import_(names), rangeFrom(start))
    }

    private mutating func fromImportStatement() throws(SyntaxError) -> Stmt {
        let start = advance()
        var level = 0
        while true {
            if accept(.dot) != nil { level += 1 } else if accept(.ellipsis) != nil { level += 3 } else { break }
        }
        var module: String? = nil
        if check(.name) {
            module = try dottedName()
        } else if level == 0 {
            throw invalidSyntax()
        }
        _ = try expect(.kwImport)
        var names: [Alias] = []
        if check(.star) {
            let t = advance()
            names.append(Alias(name: "*", asname: nil, range: tokRange(t)))
        } else if accept(.lpar) != nil {
            names = try importAsNames()
            _ = accept(.comma)
            _ = try expect(.rpar)
        } else {
            if check(.newline) {
                throw errorStartingFrom(tokRange(current), "Expected one or more names after 'import'")
            }
            names = try importAsNames()
            if check(.comma) {
                if peek(1) == .newline {
                    advance()
                    throw errorAtLast("trailing comma not allowed without surrounding parentheses")
                }
                throw invalidSyntax()
            }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), rangeFrom(start))
    }

    private mutating func importAsNames() throws(SyntaxError) -> [Alias] {
        var names: [Alias] = []
        while true {
            guard check(.name) else { throw invalidSyntax() }
            let t = advance()
            var asname: String? = nil
            if accept(.kwAs) != nil {
                guard check(.name) else { throw invalidSyntax() }
                asname = text(advance())
            }
            names.append(Alias(name: text(t), asname: asname, range: rangeFrom(t)))
            if check(.comma) && peek(1) == .name {
                advance()
                continue
            }
            break
        }
        return names
    }

    // MARK: blocks

    /// `block`: NEWLINE INDENT statements DEDENT | simple_stmts. `header` names the statement
    /// for CPython's "expected an indented block after ..." message.
    mutating func block(after header: String, line: Int32) throws(SyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        if check(.newline) {
            advance()
            if !check(.indent) {
                throw errorAtLast("expected an indented block after \(header) on line \(line)", kind: .indentationError)
            }
            advance()
            try enter()
            defer { leave() }
            repeat {
                try statement(into: &body)
            } while !check(.dedent) && !check(.endMarker)
            if accept(.dedent) == nil { throw invalidSyntax() }
            return body
        }
        try simpleStmts(into: &body)
        return body
    }

    /// The ':' ending a compound statement header; NEWLINE in its place gives "expected ':'".
    private mutating func headerColon() throws(SyntaxError) {
        if accept(.colon) != nil { return }
        if check(.newline) { throw errorAtLast("expected ':'") }
        throw invalidSyntax()
    }

    // MARK: compound statements

    private mutating func ifStatement() throws(SyntaxError) -> Stmt {
        let start = advance()  // 'if' or 'elif'
        let header = start.kind == .kwIf ? "'if' statement" : "'elif' statement"
        let test = try namedExpression()
        try headerColon()
        let body = try block(after: header, line: start.line)
        var orelse: [Stmt] = []
        if check(.kwElif) {
            orelse = [try ifStatement()]
        } else if check(.kwElse) {
            orelse = try elseBlock()
        }
        return Stmt(.if_(test: test, body: body, orelse: orelse), rangeFrom(start))
    }

    private mutating func elseBlock() throws(SyntaxError) -> [Stmt] {
        let elseTok = advance()
        _ = try expectForced(.colon, ":")
        return try block(after: "'else' statement", line: elseTok.line)
    }

    private mutating func whileStatement() throws(SyntaxError) -> Stmt {
        let start = advance()
        let test = try namedExpression()
        try headerColon()
        let body = try block(after: "'while' statement", line: start.line)
        var orelse: [Stmt] = []
        if check(.kwElse) { orelse = try elseBlock() }
        return Stmt(.while_(test: test, body: body, orelse: orelse), rangeFrom(start))
    }

    private mutating func forStatement() throws(SyntaxError) -> Stmt {
        let start = advance()
        let targetStart = pos
        let items = try targetItems()
        if !check(.kwIn) {
            // invalid_for_target: report a bad target even if 'in' is missing.
            let saved = (pos, furthest)
            pos = targetStart
            if let e = try? starExpressions(), let bad = invalidTarget(e, .forTargets) {
                throw targetError(bad, .forTargets)
            }
            (pos, furthest) = saved
            throw invalidSyntax()
        }
        let target = try makeTarget(items, ctx: .store, kind: .forTargets)
        advance()  // 'in'
        let iter = try starExpressions()
        try headerColon()
        let body = try block(after: "'for' statement", line: start.line)
        var orelse: [Stmt] = []
        if check(.kwElse) { orelse = try elseBlock() }
        return Stmt(.for_(target: target, iter: iter, body: body, orelse: orelse), rangeFrom(start))
    }

    private mutating func withStatement() throws(SyntaxError) -> Stmt {
        let start = advance()
        var items: [WithItem]
        if check(.lpar) {
            let saved = pos
            do throws(SyntaxError) {
                advance()
                var list: [WithItem] = []
                repeat {
                    if check(.rpar) && !list.isEmpty { break }
                    list.append(try withItem())
                } while accept(.comma) != nil
                _ = try expect(.rpar)
                if !check(.colon) { throw invalidSyntax() }
                items = list
            } catch {
                let first = error
                pos = saved
                do throws(SyntaxError) {
                    items = try withItems()
                } catch {
                    if first.message != "invalid syntax" && first.kind == .syntaxError { throw first }
                    throw error
                }
            }
        } else {
            items = try withItems()
        }
        try headerColon()
        let body = try block(after: "'with' statement", line: start.line)
        return Stmt(.with(items: items, body: body), rangeFrom(start))
    }

    private mutating func withItems() throws(SyntaxError) -> [WithItem] {
        var items: [WithItem] = []
        repeat {
            items.append(try withItem())
        } while accept(.comma) != nil
        return items
    }

    private mutating func withItem() throws(SyntaxError) -> WithItem {
        let e = try expression()
        guard accept(.kwAs) != nil else { return WithItem(contextExpr: e, optionalVars: nil) }
        let t = try targetItem()
        if let bad = invalidTarget(t, .starTargets) {
            if check(.comma) || check(.rpar) || check(.colon) { throw targetError(bad, .starTargets) }
            throw invalidSyntax()
        }
        return WithItem(contextExpr: e, optionalVars: withContext(t, .store))
    }

    private mutating func tryStatement() throws(SyntaxError) -> Stmt {
        let start = advance()
        _ = try expectForced(.colon, ":")
        let body = try block(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        while check(.kwExcept) {
            handlers.append(try exceptBlock())
        }
        if handlers.isEmpty && !check(.kwFinally) {
            throw errorAtLast("expected 'except' or 'finally' block")
        }
        if !handlers.isEmpty && check(.kwElse) {
            orelse = try elseBlock()
        }
        if check(.kwFinally) {
            let f = advance()
            _ = try expectForced(.colon, ":")
            finalbody = try block(after: "'finally' statement", line: f.line)
        }
        return Stmt(.try_(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), rangeFrom(start))
    }

    private mutating func exceptBlock() throws(SyntaxError) -> ExceptHandler {
        let start = advance()
        if check(.star) {
            noteUnsupported(Self.span(tokRange(start), tokRange(current)), "'except*' is not supported")
            advance()
            if check(.colon) || check(.newline) {
                throw errorAtLast("expected one or more exception types")
            }
        }
        var type: Expr? = nil
        var name: String? = nil
        if accept(.colon) == nil {
            if check(.newline) { throw errorAtLast("expected ':'") }
            let e = try expression()
            if check(.comma) {
                let saved = (pos, furthest)
                advance()
                if (try? expressions()) != nil {
                    if accept(.kwAs) != nil { _ = accept(.name) }
                    if check(.colon) {
                        throw errorStartingFrom(e.range, "multiple exception types must be parenthesized")
                    }
                }
                (pos, furthest) = saved
            }
            type = e
            if accept(.kwAs) != nil {
                guard check(.name) else { throw invalidSyntax() }
                name = text(advance())
            }
            try headerColon()
        }
        let body = try block(after: "'except' statement", line: start.line)
        return ExceptHandler(type: type, name: name, body: body, range: rangeFrom(start))
    }

    // MARK: definitions

    private mutating func decorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) != nil {
            decorators.append(try namedExpression())
            _ = try expect(.newline)
        }
        switch peek() {
        case .kwDef: return try functionDef(decorators: decorators)
        case .kwClass: return try classDef(decorators: decorators)
        case .kwAsync:
            let asyncTok = advance()
            guard check(.kwDef) else { throw invalidSyntax() }
            noteUnsupported(Self.span(tokRange(asyncTok), tokRange(current)), "'async def' is not supported")
            return try functionDef(decorators: decorators)
        default: throw invalidSyntax()
        }
    }

    private mutating func functionDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let start = advance()
        guard check(.name) else { throw invalidSyntax() }
        let name = text(advance())
        if check(.lsqb) {
            let saved = pos
            do throws(SyntaxError) {
                try typeParams()
            } catch {
                if !isSoftFailure(error) { throw error }
                pos = saved
            }
        }
        _ = try expectForced(.lpar, "(")
        let args = try parameters(lambda: false)
        _ = try expect(.rpar)
        var returns: Expr? = nil
        if check(.rarrow) {
            let arrowPos = pos
            advance()
            do throws(SyntaxError) {
                returns = try expression()
            } catch {
                if !isSoftFailure(error) { throw error }
                pos = arrowPos
            }
        }
        _ = try expectForced(.colon, ":")
        let body = try block(after: "function definition", line: start.line)
        let def = FunctionDef(name: name, args: args, body: body, decorators: decorators, returns: returns)
        return Stmt(.functionDef(def), rangeFrom(start))
    }

    /// A type parameter list `[T, *Ts, **P]` (3.12): parsed, then reported as unsupported.
    mutating func typeParams() throws(SyntaxError) {
        let open = advance()
        if check(.rsqb) {
            throw errorStartingFrom(tokRange(current), "Type parameter list cannot be empty")
        }
        repeat {
            if check(.rsqb) { break }
            if accept(.star) != nil {
                guard check(.name) else { throw invalidSyntax() }
                advance()
                if check(.colon) { throw invalidSyntax() }
                if accept(.equal) != nil { _ = try starExpression() }
            } else if accept(.doubleStar) != nil {
                guard check(.name) else { throw invalidSyntax() }
                advance()
                if check(.colon) { throw invalidSyntax() }
                if accept(.equal) != nil { _ = try expression() }
            } else {
                guard check(.name) else { throw invalidSyntax() }
                advance()
                if accept(.colon) != nil { _ = try expression() }
                if accept(.equal) != nil { _ = try expression() }
            }
        } while accept(.comma) != nil
        let close = try expect(.rsqb)
        noteUnsupported(Self.span(tokRange(open), tokRange(close)), "type parameter lists are not supported")
    }

    private mutating func classDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let start = advance()
        guard check(.name) else { throw invalidSyntax() }
        let name = text(advance())
        if check(.lsqb) { try typeParams() }
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if check(.lpar) {
            let (a, k) = try callArguments(allowBareGenexp: false)
            bases = a
            keywords = k
        }
        try headerColon()
        let body = try block(after: "class definition", line: start.line)
        let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(def), rangeFrom(start))
    }
}
