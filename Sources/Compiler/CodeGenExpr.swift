// Expressions: compiler_visit_expr1 and the helpers for boolean operators, comparisons,
// conditional jumps, containers, f-strings, attributes, subscripts and names.

import BigInt
import QuickenSyntax

private let stackUseGuideline = 30

extension CodeGen {
    func visitExpr(_ e0: Expr) throws(SyntaxError) {
        if let c = constValue(e0) {
            loadConst(c, Position(e0.range))
            return
        }
        let e = rewritten(e0)
        let loc = Position(e.range)
        switch e.kind {
        case .namedExpr(let target, let value):
            try visitExpr(value)
            addop(.COPY, 1, loc)
            try visitExpr(target)
        case .boolOp(let op, let values):
            let jump: Opcode = op == .and ? .POP_JUMP_IF_FALSE : .POP_JUMP_IF_TRUE
            let end = newLabel()
            for v in values.dropLast() {
                try visitExpr(v)
                addop(.COPY, 1, loc)
                addop(.TO_BOOL, 0, loc)
                addJump(jump, end, loc)
                addop(.POP_TOP, 0, loc)
            }
            try visitExpr(values[values.count - 1])
            useLabel(end)
        case .binOp(let l, let op, let r):
            try visitExpr(l)
            try visitExpr(r)
            addop(.BINARY_OP, op.rawValue, loc)
        case .unaryOp(let op, let operand):
            try visitExpr(operand)
            switch op {
            case .uAdd: addop(.CALL_INTRINSIC_1, Intrinsic1.unaryPositive.rawValue, loc)
            case .not:
                addop(.TO_BOOL, 0, loc)
                addop(.UNARY_NOT, 0, loc)
            case .invert: addop(.UNARY_INVERT, 0, loc)
            case .uSub: addop(.UNARY_NEGATIVE, 0, loc)
            }
        case .lambda(let args, let body): try lambda(e, args, body)
        case .ifExp(let test, let body, let orelse):
            let end = newLabel(), next = newLabel()
            try jumpIf(loc, test, next, cond: false)
            try visitExpr(body)
            addJump(.JUMP_NO_INTERRUPT, end, .none)
            useLabel(next)
            try visitExpr(orelse)
            useLabel(end)
        case .dict(let keys, let values): try dict(e, keys, values)
        case .set(let elts):
            try starunpackHelper(loc, elts, pushed: 0, build: .BUILD_SET, add: .SET_ADD, extend: .SET_UPDATE, tuple: false)
        case .generatorExp(let elt, let gens):
            try comprehension(e, .generator, "<genexpr>", gens, elt, nil)
        case .listComp(let elt, let gens):
            try comprehension(e, .list, "<listcomp>", gens, elt, nil)
        case .setComp(let elt, let gens):
            try comprehension(e, .set, "<setcomp>", gens, elt, nil)
        case .dictComp(let k, let v, let gens):
            try comprehension(e, .dict, "<dictcomp>", gens, k, v)
        case .yield(let v):
            if !isFunctionLike() { throw error("'yield' outside function", loc) }
            if let v { try visitExpr(v) } else { loadConst(.none, loc) }
            addYield(loc)
        case .yieldFrom(let v):
            if !isFunctionLike() { throw error("'yield' outside function", loc) }
            try visitExpr(v)
            addop(.GET_YIELD_FROM_ITER, 0, loc)
            loadConst(.none, loc)
            addYieldFrom(loc)
        case .compare(let left, let ops, let comparators): try compare(e, left, ops, comparators)
        case .call(let f, let args, let kws): try call(e, f, args, kws)
        case .constant(let c): loadConst(ConstantValue(c), loc)
        case .joinedStr(let values): try joinedStr(e, values)
        case .formattedValue(let value, let conversion, let spec):
            try visitExpr(value)
            switch conversion {
            case 115: addop(.CONVERT_VALUE, 1, loc)   // 's'
            case 114: addop(.CONVERT_VALUE, 2, loc)   // 'r'
            case 97: addop(.CONVERT_VALUE, 3, loc)    // 'a'
            default: break
            }
            if let spec {
                try visitExpr(spec)
                addop(.FORMAT_WITH_SPEC, 0, loc)
            } else {
                addop(.FORMAT_SIMPLE, 0, loc)
            }
        case .attribute(let value, let attr, let ctx):
            if ctx == .load, canOptimizeSuperCall(e) {
                try loadArgsForSuper(value)
                let nargs: Int
                if case .call(_, let a, _) = value.kind { nargs = a.count } else { nargs = 0 }
                addopName(nargs > 0 ? .LOAD_SUPER_ATTR : .LOAD_ZERO_SUPER_ATTR, attr, loc)
                addop(.NOP, 0, updateStartLocationToMatchAttr(loc, e))
                return
            }
            maybeAddStaticAttribute(e)
            try visitExpr(value)
            let aloc = updateStartLocationToMatchAttr(loc, e)
            switch ctx {
            case .load: addopName(.LOAD_ATTR, attr, aloc)
            case .store:
                if attr == "__debug__" { throw error("cannot assign to __debug__", aloc) }
                addopName(.STORE_ATTR, attr, aloc)
            case .del: addopName(.DELETE_ATTR, attr, aloc)
            }
        case .subscript_(let value, let slice, let ctx):
            try visitExpr(value)
            if isTwoElementSlice(slice) && ctx != .del {
                try sliceParts(slice)
                addop(ctx == .load ? .BINARY_SLICE : .STORE_SLICE, 0, loc)
            } else {
                try visitExpr(slice)
                switch ctx {
                case .load: addop(.BINARY_SUBSCR, 0, loc)
                case .store: addop(.STORE_SUBSCR, 0, loc)
                case .del: addop(.DELETE_SUBSCR, 0, loc)
                }
            }
        case .starred(_, let ctx):
            if ctx == .store {
                throw error("starred assignment target must be in a list or tuple", loc)
            }
            throw error("can't use starred expression here", loc)
        case .slice:
            let n = try sliceParts(e)
            addop(.BUILD_SLICE, n, loc)
        case .name(let id, let ctx):
            try nameop(id, ctx, loc)
        case .list(let elts, let ctx):
            switch ctx {
            case .store: try assignmentHelper(loc, elts)
            case .load:
                try starunpackHelper(loc, elts, pushed: 0, build: .BUILD_LIST, add: .LIST_APPEND, extend: .LIST_EXTEND, tuple: false)
            case .del: for x in elts { try visitExpr(x) }
            }
        case .tuple(let elts, let ctx):
            switch ctx {
            case .store: try assignmentHelper(loc, elts)
            case .load:
                try starunpackHelper(loc, elts, pushed: 0, build: .BUILD_LIST, add: .LIST_APPEND, extend: .LIST_EXTEND, tuple: true)
            case .del: for x in elts { try visitExpr(x) }
            }
        }
    }

    func addYield(_ loc: Position) {
        addop(.YIELD_VALUE, 0, loc)
        addop(.RESUME, 1, loc)
    }

    /// compiler_add_yield_from
    func addYieldFrom(_ loc: Position) {
        let send = newLabel(), fail = newLabel(), exit = newLabel()
        useLabel(send)
        addJump(.SEND, exit, loc)
        addJump(.SETUP_FINALLY, fail, loc)
        addop(.YIELD_VALUE, 1, loc)
        addop(.POP_BLOCK, 0, .none)
        addop(.RESUME, 2, loc)
        addJump(.JUMP_NO_INTERRUPT, send, loc)
        useLabel(fail)
        addop(.CLEANUP_THROW, 0, loc)
        useLabel(exit)
        addop(.END_SEND, 0, loc)
    }

    func updateStartLocationToMatchAttr(_ loc: Position, _ attr: Expr) -> Position {
        guard case .attribute(_, let name, _) = attr.kind else { return loc }
        var loc = loc
        if loc.line != attr.range.endLine {
            loc.line = attr.range.endLine
            let len = Int32(name.unicodeScalars.count)
            if len <= attr.range.endColumn {
                loc.column = attr.range.endColumn - len
            } else {
                loc.column = -1
                loc.endColumn = -1
            }
            loc.endLine = max(loc.line, loc.endLine)
        }
        return loc
    }

    func maybeAddStaticAttribute(_ e: Expr) {
        guard case .attribute(let v, let attr, .store) = e.kind, case .name("self", _) = v.kind else { return }
        for unit in stack.reversed() where unit.scopeType == .class_ {
            unit.staticAttributes?.insert(attr)
            break
        }
    }

    func isTwoElementSlice(_ s: Expr) -> Bool {
        if case .slice(_, _, nil) = s.kind { return true }
        return false
    }

    @discardableResult
    func sliceParts(_ s: Expr) throws(SyntaxError) -> Int {
        guard case .slice(let lo, let hi, let step) = s.kind else { return 0 }
        let loc = Position(s.range)
        if let lo { try visitExpr(lo) } else { loadConst(.none, loc) }
        if let hi { try visitExpr(hi) } else { loadConst(.none, loc) }
        if let step {
            try visitExpr(step)
            return 3
        }
        return 2
    }

    // MARK: Comparisons and conditional jumps

    func addCompare(_ loc: Position, _ op: CmpOperator) {
        let cmp: Int
        switch op {
        case .lt: cmp = 0
        case .ltE: cmp = 1
        case .eq: cmp = 2
        case .notEq: cmp = 3
        case .gt: cmp = 4
        case .gtE: cmp = 5
        case .is_: addop(.IS_OP, 0, loc); return
        case .isNot: addop(.IS_OP, 1, loc); return
        case .in_: addop(.CONTAINS_OP, 0, loc); return
        case .notIn: addop(.CONTAINS_OP, 1, loc); return
        }
        // Low four bits: the comparison mask the specialized forms use (< 2, > 4, == 8).
        let masks = [2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8]
        addop(.COMPARE_OP, (cmp << 5) | masks[cmp], loc)
    }

    /// The comparator visited for `in`/`not in`: list/set literals fold to tuple/frozenset.
    func visitComparator(_ e: Expr, _ op: CmpOperator, isLast: Bool) throws(SyntaxError) {
        if isLast && (op == .in_ || op == .notIn) {
            if let fs = constSetValue(e) {
                loadConst(fs, Position(e.range))
                return
            }
            try visitExpr(foldIter(e))
            return
        }
        try visitExpr(e)
    }

    func compare(_ e: Expr, _ left: Expr, _ ops: [CmpOperator], _ cs: [Expr]) throws(SyntaxError) {
        let loc = Position(e.range)
        try visitExpr(left)
        let n = ops.count - 1
        if n == 0 {
            try visitComparator(cs[0], ops[0], isLast: true)
            addCompare(loc, ops[0])
            return
        }
        let cleanup = newLabel()
        for i in 0..<n {
            try visitExpr(cs[i])
            addop(.SWAP, 2, loc)
            addop(.COPY, 2, loc)
            addCompare(loc, ops[i])
            addop(.COPY, 1, loc)
            addop(.TO_BOOL, 0, loc)
            addJump(.POP_JUMP_IF_FALSE, cleanup, loc)
            addop(.POP_TOP, 0, loc)
        }
        try visitComparator(cs[n], ops[n], isLast: true)
        addCompare(loc, ops[n])
        let end = newLabel()
        addJump(.JUMP_NO_INTERRUPT, end, .none)
        useLabel(cleanup)
        addop(.SWAP, 2, loc)
        addop(.POP_TOP, 0, loc)
        useLabel(end)
    }

    /// compiler_jump_if: jump to `next` if the truth of `e` equals `cond`.
    func jumpIf(_ loc: Position, _ e0: Expr, _ next: Int, cond: Bool) throws(SyntaxError) {
        let e = constValue(e0) != nil ? e0 : rewritten(e0)
        if constValue(e) == nil {
            switch e.kind {
            case .unaryOp(.not, let operand):
                return try jumpIf(loc, operand, next, cond: !cond)
            case .boolOp(let op, let values):
                let cond2 = op == .or
                var next2 = next
                if cond2 != cond { next2 = newLabel() }
                for v in values.dropLast() { try jumpIf(loc, v, next2, cond: cond2) }
                try jumpIf(loc, values[values.count - 1], next, cond: cond)
                if next2 != next { useLabel(next2) }
                return
            case .ifExp(let test, let body, let orelse):
                let end = newLabel(), next2 = newLabel()
                try jumpIf(loc, test, next2, cond: false)
                try jumpIf(loc, body, next, cond: cond)
                addJump(.JUMP_NO_INTERRUPT, end, .none)
                useLabel(next2)
                try jumpIf(loc, orelse, next, cond: cond)
                useLabel(end)
                return
            case .compare(let left, let ops, let cs) where ops.count > 1:
                let eloc = Position(e.range)
                let cleanup = newLabel()
                try visitExpr(left)
                let n = ops.count - 1
                for i in 0..<n {
                    try visitExpr(cs[i])
                    addop(.SWAP, 2, eloc)
                    addop(.COPY, 2, eloc)
                    addCompare(eloc, ops[i])
                    addop(.TO_BOOL, 0, eloc)
                    addJump(.POP_JUMP_IF_FALSE, cleanup, eloc)
                }
                try visitComparator(cs[n], ops[n], isLast: true)
                addCompare(eloc, ops[n])
                addop(.TO_BOOL, 0, eloc)
                addJump(cond ? .POP_JUMP_IF_TRUE : .POP_JUMP_IF_FALSE, next, eloc)
                let end = newLabel()
                addJump(.JUMP_NO_INTERRUPT, end, .none)
                useLabel(cleanup)
                addop(.POP_TOP, 0, eloc)
                if !cond { addJump(.JUMP_NO_INTERRUPT, next, .none) }
                useLabel(end)
                return
            default:
                break
            }
        }
        try visitExpr(e)
        let eloc = Position(e.range)
        addop(.TO_BOOL, 0, eloc)
        addJump(cond ? .POP_JUMP_IF_TRUE : .POP_JUMP_IF_FALSE, next, eloc)
    }

    // MARK: Containers

    func isConstList(_ elts: ArraySlice<Expr>) -> [ConstantValue]? {
        var out: [ConstantValue] = []
        for e in elts {
            // are_all_items_const looks for Constant nodes (after folding).
            guard let c = constValue(e) else { return nil }
            out.append(c)
        }
        return out
    }

    func starunpackHelper(_ loc: Position, _ elts: [Expr], pushed: Int, build: Opcode, add: Opcode,
                          extend: Opcode, tuple: Bool) throws(SyntaxError) {
        let n = elts.count
        if n > 2, let items = isConstList(elts[...]) {
            if tuple && pushed == 0 {
                loadConst(.tuple(items), loc)
            } else {
                addop(build, pushed, loc)
                var folded: ConstantValue = .tuple(items)
                if add == .SET_ADD {
                    var uniq: [ConstantValue] = []
                    for i in items where !uniq.contains(where: { $0.pyEquals(i) }) { uniq.append(i) }
                    folded = .frozenset(uniq)
                }
                loadConst(folded, loc)
                addop(extend, 1, loc)
                if tuple { addop(.CALL_INTRINSIC_1, Intrinsic1.listToTuple.rawValue, loc) }
            }
            return
        }
        let big = n + pushed > stackUseGuideline
        let seenStar = elts.contains { if case .starred = $0.kind { return true }; return false }
        if !seenStar && !big {
            for x in elts { try visitExpr(x) }
            addop(tuple ? .BUILD_TUPLE : build, n + pushed, loc)
            return
        }
        var built = false
        if big {
            addop(build, pushed, loc)
            built = true
        }
        for (i, x) in elts.enumerated() {
            if case .starred(let v, _) = x.kind {
                if !built {
                    addop(build, i + pushed, loc)
                    built = true
                }
                try visitExpr(v)
                addop(extend, 1, loc)
            } else {
                try visitExpr(x)
                if built { addop(add, 1, loc) }
            }
        }
        if tuple { addop(.CALL_INTRINSIC_1, Intrinsic1.listToTuple.rawValue, loc) }
    }

    private func subdict(_ loc: Position, _ keys: [Expr?], _ values: [Expr], _ begin: Int, _ end: Int) throws(SyntaxError) {
        let n = end - begin
        let big = n * 2 > stackUseGuideline
        if n > 1 && !big, let ks = isConstList(keys[begin..<end].map { $0! }[...]) {
            for i in begin..<end { try visitExpr(values[i]) }
            loadConst(.tuple(ks), loc)
            addop(.BUILD_CONST_KEY_MAP, n, loc)
            return
        }
        if big { addop(.BUILD_MAP, 0, loc) }
        for i in begin..<end {
            try visitExpr(keys[i]!)
            try visitExpr(values[i])
            if big { addop(.MAP_ADD, 1, loc) }
        }
        if !big { addop(.BUILD_MAP, n, loc) }
    }

    func dict(_ e: Expr, _ keys: [Expr?], _ values: [Expr]) throws(SyntaxError) {
        let loc = Position(e.range)
        let n = values.count
        var haveDict = false
        var elements = 0
        for i in 0..<n {
            if keys[i] == nil {
                if elements > 0 {
                    try subdict(loc, keys, values, i - elements, i)
                    if haveDict { addop(.DICT_UPDATE, 1, loc) }
                    haveDict = true
                    elements = 0
                }
                if !haveDict {
                    addop(.BUILD_MAP, 0, loc)
                    haveDict = true
                }
                try visitExpr(values[i])
                addop(.DICT_UPDATE, 1, loc)
            } else {
                if elements * 2 > stackUseGuideline {
                    try subdict(loc, keys, values, i - elements, i + 1)
                    if haveDict { addop(.DICT_UPDATE, 1, loc) }
                    haveDict = true
                    elements = 0
                } else {
                    elements += 1
                }
            }
        }
        if elements > 0 {
            try subdict(loc, keys, values, n - elements, n)
            if haveDict { addop(.DICT_UPDATE, 1, loc) }
            haveDict = true
        }
        if !haveDict { addop(.BUILD_MAP, 0, loc) }
    }

    func joinedStr(_ e: Expr, _ values: [Expr]) throws(SyntaxError) {
        let loc = Position(e.range)
        if values.count > stackUseGuideline {
            loadConst(.str(""), loc)
            addopName(.LOAD_METHOD, "join", loc)
            addop(.BUILD_LIST, 0, loc)
            for v in values {
                try visitExpr(v)
                addop(.LIST_APPEND, 1, loc)
            }
            addop(.CALL, 1, loc)
        } else {
            for v in values { try visitExpr(v) }
            if values.count > 1 {
                addop(.BUILD_STRING, values.count, loc)
            } else if values.isEmpty {
                loadConst(.str(""), loc)
            }
        }
    }

    // MARK: Lambda

    func lambda(_ e: Expr, _ args: Arguments, _ body: Expr) throws(SyntaxError) {
        try checkDebugArgs(args)
        let loc = Position(e.range)
        let funcFlags = try defaultArguments(loc, args)
        guard let ste = st.lookup(e.range) else { throw error("internal: no symbol table for lambda", loc) }
        enterScope("<lambda>", .lambda, ste, firstLineNo: Int(e.range.line),
                   argCount: args.args.count, posOnly: args.posonlyargs.count, kwOnly: args.kwonlyargs.count)
        _ = u.addConst(.none)
        try visitExpr(body)
        let co: CodeObject
        if u.ste.generator {
            co = try assemble(addNone: false)
        } else {
            addop(.RETURN_VALUE, 0, Position(body.range))
            co = try assemble(addNone: true)
        }
        exitScope()
        makeClosure(co, flags: funcFlags, loc)
    }
}
