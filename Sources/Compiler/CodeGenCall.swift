// Calls: method calls (LOAD_ATTR with the method bit), zero-argument super(), keyword
// arguments (CALL_KW), and the general *args/**kwargs form (CALL_FUNCTION_EX).

import QuickenSyntax

private let stackUseGuideline = 30

extension CodeGen {
    func validateKeywords(_ kws: [Keyword]) throws(SyntaxError) {
        for (i, k) in kws.enumerated() {
            guard let name = k.arg else { continue }
            if name == "__debug__" { throw error("cannot assign to __debug__", Position(k.range)) }
            for other in kws[(i + 1)...] where other.arg == name {
                throw error("keyword argument repeated: \(name)", Position(other.range))
            }
        }
    }

    func call(_ e: Expr, _ f: Expr, _ args: [Expr], _ kws: [Keyword]) throws(SyntaxError) {
        try validateKeywords(kws)
        if try maybeOptimizeMethodCall(e, f, args, kws) { return }
        try visitExpr(f)
        addop(.PUSH_NULL, 0, Position(f.range))
        try callHelper(Position(e.range), pushed: 0, args, kws)
    }

    /// is_import_originated: the name is bound by an import at module level.
    private func isImportOriginated(_ e: Expr) -> Bool {
        guard case .name(let id, _) = e.kind else { return false }
        return (st.top.flags(of: id) & SymFlags.defImport) != 0
    }

    private func maybeOptimizeMethodCall(_ e: Expr, _ meth: Expr, _ args: [Expr], _ kws: [Keyword]) throws(SyntaxError) -> Bool {
        guard case .attribute(let value, let attr, .load) = meth.kind else { return false }
        if isImportOriginated(value) { return false }
        if args.count + kws.count + (kws.isEmpty ? 0 : 1) >= stackUseGuideline { return false }
        if args.contains(where: { if case .starred = $0.kind { return true }; return false }) { return false }
        if kws.contains(where: { $0.arg == nil }) { return false }
        var loc = Position(meth.range)
        if canOptimizeSuperCall(meth) {
            try loadArgsForSuper(value)
            let nargs: Int
            if case .call(_, let a, _) = value.kind { nargs = a.count } else { nargs = 0 }
            addopName(nargs > 0 ? .LOAD_SUPER_METHOD : .LOAD_ZERO_SUPER_METHOD, attr, loc)
            loc = updateStartLocationToMatchAttr(loc, meth)
            addop(.NOP, 0, loc)
        } else {
            try visitExpr(value)
            loc = updateStartLocationToMatchAttr(loc, meth)
            addopName(.LOAD_METHOD, attr, loc)
        }
        for a in args { try visitExpr(a) }
        if !kws.isEmpty {
            for k in kws { try visitExpr(k.value) }
            loadConst(.tuple(kws.map { .str($0.arg!) }), loc)
            addop(.CALL_KW, args.count + kws.count, updateStartLocationToMatchAttr(Position(e.range), meth))
        } else {
            addop(.CALL, args.count, updateStartLocationToMatchAttr(Position(e.range), meth))
        }
        return true
    }

    func canOptimizeSuperCall(_ attrExpr: Expr) -> Bool {
        guard case .attribute(let e, let attr, _) = attrExpr.kind,
              case .call(let f, let args, let kws) = e.kind,
              case .name("super", _) = f.kind, attr != "__class__", kws.isEmpty else { return false }
        if u.ste.scope(of: "super") != .globalImplicit { return false }
        if st.top.scope(of: "super") != .none { return false }
        if args.count == 2 {
            return !args.contains { if case .starred = $0.kind { return true }; return false }
        }
        if !args.isEmpty { return false }
        if u.argCount == 0 && u.posOnlyArgCount == 0 { return false }
        return refType("__class__") == .free
    }

    func loadArgsForSuper(_ e: Expr) throws(SyntaxError) {
        guard case .call(let f, let args, _) = e.kind, case .name(let superName, _) = f.kind else { return }
        let loc = Position(e.range)
        try nameop(superName, .load, Position(f.range))
        if args.count == 2 {
            try visitExpr(args[0])
            try visitExpr(args[1])
            return
        }
        try nameop("__class__", .load, loc)
        try nameop(u.varnames.list[0], .load, loc)
    }

    /// compiler_call_helper: `pushed` arguments are already on the stack.
    func callHelper(_ loc: Position, pushed n: Int, _ args: [Expr], _ kws: [Keyword]) throws(SyntaxError) {
        try validateKeywords(kws)
        let nelts = args.count, nkw = kws.count
        var exCall = nelts + nkw * 2 > stackUseGuideline
        if args.contains(where: { if case .starred = $0.kind { return true }; return false }) { exCall = true }
        if kws.contains(where: { $0.arg == nil }) { exCall = true }
        if !exCall {
            for a in args { try visitExpr(a) }
            if nkw > 0 {
                for k in kws { try visitExpr(k.value) }
                loadConst(.tuple(kws.map { .str($0.arg!) }), loc)
                addop(.CALL_KW, n + nelts + nkw, loc)
            } else {
                addop(.CALL, n + nelts, loc)
            }
            return
        }
        if n == 0 && nelts == 1, case .starred(let v, _) = args[0].kind {
            try visitExpr(v)
        } else {
            try starunpackHelper(loc, args, pushed: n, build: .BUILD_LIST, add: .LIST_APPEND, extend: .LIST_EXTEND, tuple: true)
        }
        if nkw > 0 {
            var haveDict = false
            var nseen = 0
            for (i, k) in kws.enumerated() {
                if k.arg == nil {
                    if nseen > 0 {
                        try subkwargs(loc, kws, i - nseen, i)
                        if haveDict { addop(.DICT_MERGE, 1, loc) }
                        haveDict = true
                        nseen = 0
                    }
                    if !haveDict {
                        addop(.BUILD_MAP, 0, loc)
                        haveDict = true
                    }
                    try visitExpr(k.value)
                    addop(.DICT_MERGE, 1, loc)
                } else {
                    nseen += 1
                }
            }
            if nseen > 0 {
                try subkwargs(loc, kws, nkw - nseen, nkw)
                if haveDict { addop(.DICT_MERGE, 1, loc) }
            }
        }
        addop(.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0, loc)
    }

    private func subkwargs(_ loc: Position, _ kws: [Keyword], _ begin: Int, _ end: Int) throws(SyntaxError) {
        let n = end - begin
        let big = n * 2 > stackUseGuideline
        if n > 1 && !big {
            for k in kws[begin..<end] { try visitExpr(k.value) }
            loadConst(.tuple(kws[begin..<end].map { .str($0.arg!) }), loc)
            addop(.BUILD_CONST_KEY_MAP, n, loc)
            return
        }
        if big { addop(.BUILD_MAP, 0, .none) }
        for k in kws[begin..<end] {
            loadConst(.str(k.arg!), loc)
            try visitExpr(k.value)
            if big { addop(.MAP_ADD, 1, .none) }
        }
        if !big { addop(.BUILD_MAP, n, loc) }
    }
}
