// Statements: compiler_visit_stmt and friends (functions, classes, loops, if, imports, ...).

import BigInt
import QuickenSyntax

extension CodeGen {
    func visitStmts(_ ss: [Stmt]) throws(SyntaxError) { for s in ss { try visitStmt(s) } }

    func visitStmt(_ s: Stmt) throws(SyntaxError) {
        let loc = Position(s.range)
        switch s.kind {
        case .functionDef(let f): try function(s, f)
        case .classDef(let c): try classDef(s, c)
        case .return_(let v): try returnStmt(s, v)
        case .delete(let targets):
            for t in targets { try visitExpr(t) }
        case .assign(let targets, let value):
            try visitExpr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { addop(.COPY, 1, loc) }
                try visitExpr(t)
            }
        case .augAssign(let target, let op, let value): try augAssign(s, target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            try annAssign(s, target, annotation, value, simple)
        case .for_(let target, let iter, let body, let orelse): try forStmt(s, target, iter, body, orelse)
        case .while_(let test, let body, let orelse): try whileStmt(s, test, body, orelse)
        case .if_(let test, let body, let orelse):
            let end = newLabel()
            let next = orelse.isEmpty ? end : newLabel()
            try jumpIf(loc, test, next, cond: false)
            try visitStmts(body)
            if !orelse.isEmpty {
                addJump(.JUMP_NO_INTERRUPT, end, .none)
                useLabel(next)
                try visitStmts(orelse)
            }
            useLabel(end)
        case .with: try withStmt(s, 0)
        case .raise(let exc, let cause):
            var n = 0
            if let exc {
                try visitExpr(exc)
                n += 1
                if let cause {
                    try visitExpr(cause)
                    n += 1
                }
            }
            addop(.RAISE_VARARGS, n, loc)
        case .try_(_, _, _, let finalbody):
            if !finalbody.isEmpty { try tryFinally(s) } else { try tryExcept(s) }
        case .assert(let test, let msg):
            let end = newLabel()
            try jumpIf(loc, test, end, cond: true)
            addop(.LOAD_ASSERTION_ERROR, 0, loc)
            if let msg {
                try visitExpr(msg)
                addop(.CALL, 0, loc)
            }
            addop(.RAISE_VARARGS, 1, Position(test.range))
            useLabel(end)
        case .import_(let names): try importStmt(loc, names)
        case .importFrom(let module, let names, let level): try importFrom(s, module, names, level)
        case .global, .nonlocal: break
        case .expr(let value): try stmtExpr(loc, value)
        case .pass: addop(.NOP, 0, loc)
        case .break_: try breakStmt(loc)
        case .continue_: try continueStmt(loc)
        }
    }

    func stmtExpr(_ loc: Position, _ value: Expr) throws(SyntaxError) {
        if interactive && nestLevel <= 1 {
            try visitExpr(value)
            addop(.CALL_INTRINSIC_1, Intrinsic1.print.rawValue, loc)
            addop(.POP_TOP, 0, .none)
            return
        }
        if constValue(value) != nil {
            addop(.NOP, 0, loc)
            return
        }
        try visitExpr(value)
        addop(.POP_TOP, 0, .none)
    }

    func returnStmt(_ s: Stmt, _ value: Expr?) throws(SyntaxError) {
        var loc = Position(s.range)
        let constVal = value.flatMap { constValue($0) }
        let preserveTOS = value != nil && constVal == nil
        if !isFunctionLike() {
            throw error("'return' outside function", loc)
        }
        if preserveTOS {
            try visitExpr(value!)
        } else if let value {
            loc = Position(value.range)
            addop(.NOP, 0, loc)
        }
        if value == nil || value!.range.line != s.range.line {
            loc = Position(s.range)
            addop(.NOP, 0, loc)
        }
        try unwindFBlockStack(&loc, preserveTOS: preserveTOS, stopAtLoop: false)
        if value == nil {
            loadConst(.none, loc)
        } else if !preserveTOS {
            loadConst(constVal!, loc)
        }
        addop(.RETURN_VALUE, 0, loc)
    }

    // MARK: Functions and classes

    func defaultArguments(_ loc: Position, _ args: Arguments) throws(SyntaxError) -> Int {
        var flags = 0
        if !args.defaults.isEmpty {
            for d in args.defaults { try visitExpr(d) }
            addop(.BUILD_TUPLE, args.defaults.count, loc)
            flags |= FunctionAttr.defaults
        }
        var keys: [ConstantValue] = []
        for (i, arg) in args.kwonlyargs.enumerated() {
            if i < args.kwDefaults.count, let d = args.kwDefaults[i] {
                keys.append(.str(mangle(u.private, arg.name)))
                try visitExpr(d)
            }
        }
        if !keys.isEmpty {
            loadConst(.tuple(keys), loc)
            addop(.BUILD_CONST_KEY_MAP, keys.count, loc)
            flags |= FunctionAttr.kwdefaults
        }
        return flags
    }

    func checkDebugArgs(_ args: Arguments) throws(SyntaxError) {
        var all = args.posonlyargs + args.args + args.kwonlyargs
        if let v = args.vararg { all.append(v) }
        if let k = args.kwarg { all.append(k) }
        for a in all where a.name == "__debug__" {
            throw error("cannot assign to __debug__", Position(a.range))
        }
    }

    func function(_ s: Stmt, _ f: FunctionDef) throws(SyntaxError) {
        try checkDebugArgs(f.args)
        for d in f.decorators { try visitExpr(d) }
        var firstLineNo = Int(s.range.line)
        if let d = f.decorators.first { firstLineNo = Int(d.range.line) }
        let loc = Position(s.range)
        var funcFlags = try defaultArguments(loc, f.args)
        if try annotations(f.args, returns: f.returns, loc) { funcFlags |= FunctionAttr.annotations }
        guard let ste = st.lookup(s.range) else { throw error("internal: no symbol table for function", loc) }
        enterScope(f.name, .function, ste, firstLineNo: firstLineNo,
                   argCount: f.args.args.count, posOnly: f.args.posonlyargs.count, kwOnly: f.args.kwonlyargs.count)
        var first = 0
        var doc: String? = nil
        if let d = docstring(f.body) {
            first = 1
            doc = cleanDoc(d)
        }
        _ = u.addConst(doc.map { .str($0) } ?? .none)
        for st in f.body[first...] { try visitStmt(st) }
        if u.ste.generator { wrapInStopIterationHandler() }
        let co = try assemble(addNone: true)
        exitScope()
        makeClosure(co, flags: funcFlags, loc)
        for d in f.decorators.reversed() { addop(.CALL, 0, Position(d.range)) }
        try nameop(f.name, .store, loc)
    }

    /// compiler_visit_annotations: a flat (name, value, ...) tuple, evaluated at definition time
    /// (or unparsed strings under `from __future__ import annotations`).
    func annotations(_ args: Arguments, returns: Expr?, _ loc: Position) throws(SyntaxError) -> Bool {
        var count = 0
        func add(_ name: String, _ e: Expr?) throws(SyntaxError) {
            guard let e else { return }
            loadConst(.str(mangle(u.private, name)), loc)
            if futureFlags.contains(.futureAnnotations) {
                loadConst(.str(Unparser.unparse(e)), Position(e.range))
            } else {
                try visitExpr(e)
            }
            count += 1
        }
        for a in args.posonlyargs + args.args { try add(a.name, a.annotation) }
        if let v = args.vararg { try add(v.name, v.annotation) }
        for a in args.kwonlyargs { try add(a.name, a.annotation) }
        if let k = args.kwarg { try add(k.name, k.annotation) }
        try add("return", returns)
        if count == 0 { return false }
        addop(.BUILD_TUPLE, count * 2, loc)
        return true
    }

    func wrapInStopIterationHandler() {
        let handler = newLabel()
        // SETUP_CLEANUP goes right before RESUME so the handler covers the whole body.
        let resume = u.instrs.firstIndex { $0.op == .RESUME } ?? 0
        u.instrs.insert(Instr(op: .SETUP_CLEANUP, arg: handler, loc: .none), at: resume)
        for i in u.labelPos.indices where u.labelPos[i] >= resume { u.labelPos[i] += 1 }
        loadConst(.none, .none)
        addop(.RETURN_VALUE, 0, .none)
        useLabel(handler)
        addop(.CALL_INTRINSIC_1, Intrinsic1.stopIterationError.rawValue, .none)
        addop(.RERAISE, 1, .none)
    }

    func classDef(_ s: Stmt, _ c: ClassDef) throws(SyntaxError) {
        for d in c.decorators { try visitExpr(d) }
        var firstLineNo = Int(s.range.line)
        if let d = c.decorators.first { firstLineNo = Int(d.range.line) }
        guard let ste = st.lookup(s.range) else { throw error("internal: no symbol table for class", Position(s.range)) }
        enterScope(c.name, .class_, ste, firstLineNo: firstLineNo)
        u.staticAttributes = []
        let bloc = Position.line(firstLineNo)
        try nameop("__name__", .load, bloc)
        try nameop("__module__", .store, bloc)
        loadConst(.str(u.qualname), bloc)
        try nameop("__qualname__", .store, bloc)
        loadConst(.int(BigInt(u.firstLineNo)), bloc)
        try nameop("__firstlineno__", .store, bloc)
        try body(bloc, c.body)
        let attrs = (u.staticAttributes ?? []).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        loadConst(.tuple(attrs.map { .str($0) }), .none)
        try nameop("__static_attributes__", .store, .none)
        if u.ste.needsClassClosure {
            let i = u.cellvars.lookup("__class__")!
            addop(.LOAD_CLOSURE, i, .none)
            addop(.COPY, 1, .none)
            try nameop("__classcell__", .store, .none)
        } else {
            loadConst(.none, .none)
        }
        addop(.RETURN_VALUE, 0, .none)
        let co = try assemble(addNone: true)
        exitScope()
        let loc = Position(s.range)
        addop(.LOAD_BUILD_CLASS, 0, loc)
        addop(.PUSH_NULL, 0, loc)
        makeClosure(co, flags: 0, loc)
        loadConst(.str(c.name), loc)
        try callHelper(loc, pushed: 2, c.bases, c.keywords)
        for d in c.decorators.reversed() { addop(.CALL, 0, Position(d.range)) }
        try nameop(c.name, .store, loc)
    }

    // MARK: Loops

    func forStmt(_ s: Stmt, _ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxError) {
        let start = newLabel(), bodyLabel = newLabel(), cleanup = newLabel(), end = newLabel()
        try pushFBlock(.forLoop, Position(s.range), block: start, exit: end)
        try visitIterable(iter)
        let loc = Position(iter.range)
        addop(.GET_ITER, 0, loc)
        useLabel(start)
        addJump(.FOR_ITER, cleanup, loc)
        addop(.NOP, 0, Position(target.range))
        useLabel(bodyLabel)
        try visitExpr(target)
        try visitStmts(body)
        addJump(.JUMP, start, .none)
        useLabel(cleanup)
        addop(.END_FOR, 0, .none)
        addop(.POP_TOP, 0, .none)
        popFBlock()
        try visitStmts(orelse)
        useLabel(end)
    }

    /// An iterable of `for` or a comprehension, after fold_iter.
    func visitIterable(_ iter: Expr) throws(SyntaxError) {
        if let fs = constSetValue(iter) {
            loadConst(fs, Position(iter.range))
            return
        }
        try visitExpr(foldIter(iter))
    }

    func whileStmt(_ s: Stmt, _ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxError) {
        let loop = newLabel(), bodyLabel = newLabel(), end = newLabel(), anchor = newLabel()
        let loc = Position(s.range)
        useLabel(loop)
        try pushFBlock(.whileLoop, loc, block: loop, exit: end)
        try jumpIf(loc, test, anchor, cond: false)
        useLabel(bodyLabel)
        try visitStmts(body)
        try jumpIf(loc, test, bodyLabel, cond: true)
        popFBlock()
        useLabel(anchor)
        try visitStmts(orelse)
        useLabel(end)
    }

    func breakStmt(_ loc: Position) throws(SyntaxError) {
        var loc = loc
        let origin = loc
        addop(.NOP, 0, loc)
        guard let loop = try unwindFBlockStack(&loc, preserveTOS: false, stopAtLoop: true) else {
            throw error("'break' outside loop", origin)
        }
        try unwindFBlock(&loc, loop, preserveTOS: false)
        addJump(.JUMP, loop.exit, loc)
    }

    func continueStmt(_ loc: Position) throws(SyntaxError) {
        var loc = loc
        let origin = loc
        addop(.NOP, 0, loc)
        guard let loop = try unwindFBlockStack(&loc, preserveTOS: false, stopAtLoop: true) else {
            throw error("'continue' not properly in loop", origin)
        }
        addJump(.JUMP, loop.block, loc)
    }

    // MARK: Imports

    func importStmt(_ loc: Position, _ names: [Alias]) throws(SyntaxError) {
        for a in names {
            loadConst(.int(0), loc)
            loadConst(.none, loc)
            addopName(.IMPORT_NAME, a.name, loc)
            if let asname = a.asname {
                try importAs(loc, a.name, asname)
            } else {
                let store = a.name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? a.name
                try nameop(store, .store, loc)
            }
        }
    }

    func importAs(_ loc: Position, _ name: String, _ asname: String) throws(SyntaxError) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1 {
            for (i, attr) in parts.dropFirst().enumerated() {
                addopName(.IMPORT_FROM, attr, loc)
                if i == parts.count - 2 { break }
                addop(.SWAP, 2, loc)
                addop(.POP_TOP, 0, loc)
            }
            try nameop(asname, .store, loc)
            addop(.POP_TOP, 0, loc)
            return
        }
        try nameop(asname, .store, loc)
    }

    func importFrom(_ s: Stmt, _ module: String?, _ names: [Alias], _ level: Int) throws(SyntaxError) {
        let loc = Position(s.range)
        loadConst(.int(BigInt(level)), loc)
        let after = loc.line > futureLocation.line || (loc.line == futureLocation.line && loc.column > futureLocation.column)
        if after && module == "__future__" && level == 0 {
            throw error("from __future__ imports must occur at the beginning of the file", loc)
        }
        loadConst(.tuple(names.map { .str($0.name) }), loc)
        addopName(.IMPORT_NAME, module ?? "", loc)
        for (i, a) in names.enumerated() {
            if i == 0 && a.name.hasPrefix("*") {
                addop(.CALL_INTRINSIC_1, Intrinsic1.importStar.rawValue, loc)
                addop(.POP_TOP, 0, .none)
                return
            }
            addopName(.IMPORT_FROM, a.name, loc)
            try nameop(a.asname ?? a.name, .store, loc)
        }
        addop(.POP_TOP, 0, loc)
    }

    // MARK: Annotated assignment

    func annAssign(_ s: Stmt, _ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool) throws(SyntaxError) {
        let loc = Position(s.range)
        if let value {
            try visitExpr(value)
            try visitExpr(target)
        }
        let moduleOrClass = u.scopeType == .module || u.scopeType == .class_
        switch target.kind {
        case .name(let id, _):
            if id == "__debug__" { throw error("cannot assign to __debug__", loc) }
            if simple && moduleOrClass {
                if futureFlags.contains(.futureAnnotations) {
                    loadConst(.str(Unparser.unparse(annotation)), Position(annotation.range))
                } else {
                    try visitExpr(annotation)
                }
                addopName(.LOAD_NAME, "__annotations__", loc)
                loadConst(.str(mangle(u.private, id)), loc)
                addop(.STORE_SUBSCR, 0, loc)
            }
        case .attribute(let v, let attr, _):
            if attr == "__debug__" { throw error("cannot assign to __debug__", loc) }
            if value == nil {
                try visitExpr(v)
                addop(.POP_TOP, 0, Position(v.range))
            }
        case .subscript_(let v, let slice, _):
            if value == nil {
                try visitExpr(v)
                addop(.POP_TOP, 0, Position(v.range))
                try checkAnnSubscr(slice)
            }
        default: break
        }
        if !simple && moduleOrClass && !futureFlags.contains(.futureAnnotations) {
            try visitExpr(annotation)
            addop(.POP_TOP, 0, Position(annotation.range))
        }
    }

    private func checkAnnSubscr(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .slice(let lo, let hi, let step):
            for x in [lo, hi, step] {
                if let x {
                    try visitExpr(x)
                    addop(.POP_TOP, 0, Position(x.range))
                }
            }
        case .tuple(let elts, _):
            for x in elts { try checkAnnSubscr(x) }
        default:
            try visitExpr(e)
            addop(.POP_TOP, 0, Position(e.range))
        }
    }
}
