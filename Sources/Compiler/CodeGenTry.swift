// try/except/else/finally, with, and the frame-block unwinding that return/break/continue need.

import QuickenSyntax

extension CodeGen {
    /// compiler_unwind_fblock
    func unwindFBlock(_ loc: inout Position, _ info: FBlock, preserveTOS: Bool) throws(SyntaxError) {
        switch info.type {
        case .whileLoop, .exceptionHandler, .stopIteration:
            return
        case .forLoop:
            if preserveTOS { addop(.SWAP, 2, loc) }
            addop(.POP_TOP, 0, loc)
        case .tryExcept:
            addop(.POP_BLOCK, 0, loc)
        case .finallyTry:
            addop(.POP_BLOCK, 0, loc)
            if preserveTOS {
                try pushFBlock(.popValue, loc, block: -1, exit: -1)
            }
            try visitStmts(info.finalBody)
            if preserveTOS { popFBlock() }
            loc = .none
        case .finallyEnd:
            if preserveTOS { addop(.SWAP, 2, loc) }
            addop(.POP_TOP, 0, loc)
            if preserveTOS { addop(.SWAP, 2, loc) }
            addop(.POP_BLOCK, 0, loc)
            addop(.POP_EXCEPT, 0, loc)
        case .with:
            loc = info.loc
            addop(.POP_BLOCK, 0, loc)
            if preserveTOS { addop(.SWAP, 2, loc) }
            callExitWithNones(loc)
            addop(.POP_TOP, 0, loc)
            loc = .none
        case .handlerCleanup:
            if info.handlerName != nil { addop(.POP_BLOCK, 0, loc) }
            if preserveTOS { addop(.SWAP, 2, loc) }
            addop(.POP_BLOCK, 0, loc)
            addop(.POP_EXCEPT, 0, loc)
            if let name = info.handlerName {
                loadConst(.none, loc)
                try nameop(name, .store, loc)
                try nameop(name, .del, loc)
            }
        case .popValue:
            if preserveTOS { addop(.SWAP, 2, loc) }
            addop(.POP_TOP, 0, loc)
        }
    }

    /// compiler_unwind_fblock_stack; with `stopAtLoop`, stops at (and returns) the innermost loop.
    @discardableResult
    func unwindFBlockStack(_ loc: inout Position, preserveTOS: Bool, stopAtLoop: Bool) throws(SyntaxError) -> FBlock? {
        guard let top = u.fblocks.last else { return nil }
        if stopAtLoop && (top.type == .whileLoop || top.type == .forLoop) {
            return top
        }
        u.fblocks.removeLast()
        defer { u.fblocks.append(top) }
        try unwindFBlock(&loc, top, preserveTOS: preserveTOS)
        return try unwindFBlockStack(&loc, preserveTOS: preserveTOS, stopAtLoop: stopAtLoop)
    }

    func callExitWithNones(_ loc: Position) {
        loadConst(.none, loc)
        loadConst(.none, loc)
        loadConst(.none, loc)
        addop(.CALL, 2, loc)
    }

    func popExceptAndReraise(_ loc: Position) {
        addop(.COPY, 3, loc)
        addop(.POP_EXCEPT, 0, loc)
        addop(.RERAISE, 1, loc)
    }

    func tryFinally(_ s: Stmt) throws(SyntaxError) {
        guard case .try_(let tbody, let handlers, _, let finalbody) = s.kind else { return }
        let loc = Position(s.range)
        let bodyLabel = newLabel(), end = newLabel(), exit = newLabel(), cleanup = newLabel()
        addJump(.SETUP_FINALLY, end, loc)
        useLabel(bodyLabel)
        try pushFBlock(.finallyTry, loc, block: bodyLabel, exit: end, finalBody: finalbody)
        if !handlers.isEmpty {
            try tryExcept(s)
        } else {
            try visitStmts(tbody)
        }
        addop(.POP_BLOCK, 0, .none)
        popFBlock()
        try visitStmts(finalbody)
        addJump(.JUMP_NO_INTERRUPT, exit, .none)
        useLabel(end)
        addJump(.SETUP_CLEANUP, cleanup, .none)
        addop(.PUSH_EXC_INFO, 0, .none)
        try pushFBlock(.finallyEnd, .none, block: end, exit: -1)
        try visitStmts(finalbody)
        popFBlock()
        addop(.RERAISE, 0, .none)
        useLabel(cleanup)
        popExceptAndReraise(.none)
        useLabel(exit)
    }

    func tryExcept(_ s: Stmt) throws(SyntaxError) {
        guard case .try_(let tbody, let handlers, let orelse, _) = s.kind else { return }
        let loc = Position(s.range)
        let bodyLabel = newLabel(), end = newLabel(), cleanup = newLabel()
        var except = newLabel()
        addJump(.SETUP_FINALLY, except, loc)
        useLabel(bodyLabel)
        try pushFBlock(.tryExcept, loc, block: bodyLabel, exit: -1)
        try visitStmts(tbody)
        popFBlock()
        addop(.POP_BLOCK, 0, .none)
        try visitStmts(orelse)
        addJump(.JUMP_NO_INTERRUPT, end, .none)
        useLabel(except)
        addJump(.SETUP_CLEANUP, cleanup, .none)
        addop(.PUSH_EXC_INFO, 0, .none)
        try pushFBlock(.exceptionHandler, loc, block: -1, exit: -1)
        for (i, h) in handlers.enumerated() {
            let hloc = Position(h.range)
            if h.type == nil && i < handlers.count - 1 {
                throw error("default 'except:' must be last", hloc)
            }
            except = newLabel()
            if let t = h.type {
                try visitExpr(t)
                addop(.CHECK_EXC_MATCH, 0, hloc)
                addJump(.POP_JUMP_IF_FALSE, except, hloc)
            }
            if let name = h.name {
                let cleanupEnd = newLabel(), cleanupBody = newLabel()
                try nameop(name, .store, hloc)
                addJump(.SETUP_CLEANUP, cleanupEnd, hloc)
                useLabel(cleanupBody)
                try pushFBlock(.handlerCleanup, hloc, block: cleanupBody, exit: -1, handlerName: name)
                try visitStmts(h.body)
                popFBlock()
                addop(.POP_BLOCK, 0, .none)
                addop(.POP_BLOCK, 0, .none)
                addop(.POP_EXCEPT, 0, .none)
                loadConst(.none, .none)
                try nameop(name, .store, .none)
                try nameop(name, .del, .none)
                addJump(.JUMP_NO_INTERRUPT, end, .none)
                useLabel(cleanupEnd)
                loadConst(.none, .none)
                try nameop(name, .store, .none)
                try nameop(name, .del, .none)
                addop(.RERAISE, 1, .none)
            } else {
                let cleanupBody = newLabel()
                addop(.POP_TOP, 0, hloc)
                useLabel(cleanupBody)
                try pushFBlock(.handlerCleanup, hloc, block: cleanupBody, exit: -1)
                try visitStmts(h.body)
                popFBlock()
                addop(.POP_BLOCK, 0, .none)
                addop(.POP_EXCEPT, 0, .none)
                addJump(.JUMP_NO_INTERRUPT, end, .none)
            }
            useLabel(except)
        }
        popFBlock()
        addop(.RERAISE, 0, .none)
        useLabel(cleanup)
        popExceptAndReraise(.none)
        useLabel(end)
    }

    func withStmt(_ s: Stmt, _ pos: Int) throws(SyntaxError) {
        guard case .with(let items, let wbody) = s.kind else { return }
        let item = items[pos]
        let block = newLabel(), final = newLabel(), exit = newLabel(), cleanup = newLabel()
        try visitExpr(item.contextExpr)
        let loc = Position(item.contextExpr.range)
        addop(.BEFORE_WITH, 0, loc)
        addJump(.SETUP_WITH, final, loc)
        useLabel(block)
        try pushFBlock(.with, loc, block: block, exit: final)
        if let v = item.optionalVars {
            try visitExpr(v)
        } else {
            addop(.POP_TOP, 0, loc)
        }
        if pos + 1 == items.count {
            try visitStmts(wbody)
        } else {
            try withStmt(s, pos + 1)
        }
        addop(.POP_BLOCK, 0, .none)
        popFBlock()
        callExitWithNones(loc)
        addop(.POP_TOP, 0, loc)
        addJump(.JUMP, exit, loc)
        useLabel(final)
        addJump(.SETUP_CLEANUP, cleanup, loc)
        addop(.PUSH_EXC_INFO, 0, loc)
        addop(.WITH_EXCEPT_START, 0, loc)
        // compiler_with_except_finish
        let suppress = newLabel()
        addop(.TO_BOOL, 0, .none)
        addJump(.POP_JUMP_IF_TRUE, suppress, .none)
        addop(.RERAISE, 2, .none)
        useLabel(suppress)
        addop(.POP_TOP, 0, .none)
        addop(.POP_BLOCK, 0, .none)
        addop(.POP_EXCEPT, 0, .none)
        addop(.POP_TOP, 0, .none)
        addop(.POP_TOP, 0, .none)
        let exit2 = newLabel()
        addJump(.JUMP_NO_INTERRUPT, exit2, .none)
        useLabel(cleanup)
        popExceptAndReraise(.none)
        useLabel(exit2)
        useLabel(exit)
    }
}
