// Comprehensions. List/set/dict comprehensions are inlined into the enclosing code object
// (PEP 709): their bound names are saved with LOAD_FAST_AND_CLEAR, the comprehension runs
// under a cleanup handler, and the saved values are restored with STORE_FAST. Generator
// expressions get their own code object.

import QuickenSyntax

private struct InlinedComprehensionState {
    var pushedLocals: [String] = []
    var tempSymbols: [(String, Int?)] = []
    var fastHidden: [String] = []
    var cleanup = -1
    var end = -1
}

extension CodeGen {
    func comprehension(_ e: Expr, _ kind: ComprehensionKind, _ name: String, _ gens: [Comprehension],
                       _ elt: Expr, _ val: Expr?) throws(SyntaxError) {
        let loc = Position(e.range)
        guard let entry = st.lookup(e.range) else { throw error("internal: no symbol table for comprehension", loc) }
        let isInlined = entry.compInlined
        let outermost = gens[0]
        var state = InlinedComprehensionState()
        if isInlined {
            try visitIterable(outermost.iter)
            addop(.GET_ITER, 0, Position(outermost.iter.range))
            state = pushInlinedComprehensionState(loc, entry)
        } else {
            enterScope(name, .comprehension, entry, firstLineNo: Int(e.range.line))
        }
        if kind != .generator {
            let op: Opcode = kind == .list ? .BUILD_LIST : (kind == .set ? .BUILD_SET : .BUILD_MAP)
            addop(op, 0, loc)
            if isInlined { addop(.SWAP, 2, loc) }
        }
        try comprehensionGenerator(loc, gens, 0, 0, elt, val, kind, iterOnStack: isInlined)
        if isInlined {
            try popInlinedComprehensionState(loc, state)
            return
        }
        if kind != .generator {
            addop(.RETURN_VALUE, 0, loc)
        } else {
            wrapInStopIterationHandler()
        }
        let co = try assemble(addNone: true)
        exitScope()
        makeClosure(co, flags: 0, loc)
        try visitIterable(outermost.iter)
        addop(.GET_ITER, 0, Position(outermost.iter.range))
        addop(.CALL, 0, loc)
    }

    private func comprehensionGenerator(_ loc: Position, _ gens: [Comprehension], _ genIndex: Int, _ depth: Int,
                                        _ elt: Expr, _ val: Expr?, _ kind: ComprehensionKind,
                                        iterOnStack: Bool) throws(SyntaxError) {
        var depth = depth
        var start: Int? = newLabel()
        let ifCleanup = newLabel(), anchor = newLabel()
        let gen = gens[genIndex]
        if !iterOnStack {
            if genIndex == 0 {
                u.argCount = 1
                addop(.LOAD_FAST, 0, loc)
            } else {
                // Fast path for the temporary-variable idiom `for y in [f(x)]`.
                var elts: [Expr]? = nil
                switch gen.iter.kind {
                case .list(let es, _), .tuple(let es, _): elts = es
                default: break
                }
                if let elts, elts.count == 1 {
                    if case .starred = elts[0].kind {} else {
                        try visitExpr(elts[0])
                        start = nil
                    }
                }
                if start != nil {
                    try visitIterable(gen.iter)
                    addop(.GET_ITER, 0, Position(gen.iter.range))
                }
            }
        }
        if let start {
            depth += 1
            useLabel(start)
            addJump(.FOR_ITER, anchor, Position(gen.iter.range))
        }
        try visitExpr(gen.target)
        for cond in gen.ifs { try jumpIf(loc, cond, ifCleanup, cond: false) }
        if genIndex + 1 < gens.count {
            try comprehensionGenerator(loc, gens, genIndex + 1, depth, elt, val, kind, iterOnStack: false)
        }
        var eltLoc = Position(elt.range)
        if genIndex + 1 >= gens.count {
            switch kind {
            case .generator:
                try visitExpr(elt)
                addYield(eltLoc)
                addop(.POP_TOP, 0, eltLoc)
            case .list:
                try visitExpr(elt)
                addop(.LIST_APPEND, depth + 1, eltLoc)
            case .set:
                try visitExpr(elt)
                addop(.SET_ADD, depth + 1, eltLoc)
            case .dict:
                try visitExpr(elt)
                try visitExpr(val!)
                eltLoc = Position(line: elt.range.line, endLine: val!.range.endLine,
                                  column: elt.range.column, endColumn: val!.range.endColumn)
                addop(.MAP_ADD, depth + 1, eltLoc)
            case .none: break
            }
        }
        useLabel(ifCleanup)
        if let start {
            addJump(.JUMP, start, eltLoc)
            useLabel(anchor)
            addop(.END_FOR, 0, .none)
            addop(.POP_TOP, 0, .none)
        }
    }

    private func pushInlinedComprehensionState(_ loc: Position, _ entry: SymbolTableEntry) -> InlinedComprehensionState {
        var state = InlinedComprehensionState()
        let inClassBlock = u.ste.type == .class_ && u.inInlinedComp == 0
        u.inInlinedComp += 1
        for (k, symbol) in entry.symbols.items {
            let scope = (symbol >> SymFlags.scopeOffset) & SymFlags.scopeMask
            let outv = u.ste.symbols[k]
            let outsc = ((outv ?? 0) >> SymFlags.scopeOffset) & SymFlags.scopeMask
            if (scope != outsc && scope != Scope.free.rawValue && !(scope == Scope.cell.rawValue && outsc == Scope.free.rawValue))
                || inClassBlock {
                // Compile the comprehension's names with their in-comprehension scope.
                u.ste.symbols[k] = symbol
                state.tempSymbols.append((k, outv))
            }
            if ((symbol & SymFlags.defLocal) != 0 && (symbol & SymFlags.defNonlocal) == 0) || inClassBlock {
                if !u.ste.isFunctionLike {
                    if u.fastHidden[k] != true {
                        u.fastHidden[k] = true
                        state.fastHidden.append(k)
                    }
                }
                addop(.LOAD_FAST_AND_CLEAR, u.varnames.add(k), loc)
                if scope == Scope.cell.rawValue {
                    if outsc == Scope.free.rawValue {
                        addop(.MAKE_CELL, u.freevars[k] ?? 0, loc)
                    } else {
                        addop(.MAKE_CELL, u.cellvars.lookup(k) ?? u.cellvars.add(k), loc)
                    }
                }
                state.pushedLocals.append(k)
            }
        }
        if !state.pushedLocals.isEmpty {
            addop(.SWAP, state.pushedLocals.count + 1, loc)
            state.cleanup = newLabel()
            state.end = newLabel()
            addJump(.SETUP_FINALLY, state.cleanup, loc)
        }
        return state
    }

    private func restoreInlinedComprehensionLocals(_ loc: Position, _ state: InlinedComprehensionState) {
        addop(.SWAP, state.pushedLocals.count + 1, loc)
        for k in state.pushedLocals.reversed() {
            addop(.STORE_FAST_MAYBE_NULL, u.varnames.add(k), loc)
        }
    }

    private func popInlinedComprehensionState(_ loc: Position, _ state: InlinedComprehensionState) throws(SyntaxError) {
        u.inInlinedComp -= 1
        if !state.pushedLocals.isEmpty {
            addop(.POP_BLOCK, 0, .none)
            addJump(.JUMP_NO_INTERRUPT, state.end, .none)
            useLabel(state.cleanup)
            // Discard the incomplete result (beneath the exception).
            addop(.SWAP, 2, .none)
            addop(.POP_TOP, 0, .none)
            restoreInlinedComprehensionLocals(loc, state)
            addop(.RERAISE, 0, .none)
            useLabel(state.end)
            restoreInlinedComprehensionLocals(loc, state)
        }
        for (k, v) in state.tempSymbols {
            u.ste.symbols[k] = v ?? 0
        }
        for k in state.fastHidden { u.fastHidden[k] = false }
    }
}
