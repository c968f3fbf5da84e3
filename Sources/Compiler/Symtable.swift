// Symbol tables with CPython 3.13's scoping rules (Python/symtable.c): one entry per module,
// class, function, lambda and comprehension; analysis decides LOCAL / GLOBAL / FREE / CELL
// per name and inlines list/set/dict comprehensions into their parent (PEP 709).

import QuickenSyntax

/// Symbol flags (Include/internal/pycore_symtable.h).
struct SymFlags {
    static let defGlobal = 1
    static let defLocal = 2
    static let defParam = 4
    static let defNonlocal = 8
    static let use = 16
    static let defFree = 32
    static let defFreeClass = 64
    static let defImport = 128
    static let defAnnot = 256
    static let defCompIter = 512
    static let defCompCell = 2048
    static let defBound = defLocal | defParam | defImport
    static let scopeOffset = 12
    static let scopeMask = 0xF
}

enum Scope: Int {
    case none = 0, local = 1, globalExplicit = 2, globalImplicit = 3, free = 4, cell = 5
}

enum BlockType { case function, class_, module }

enum ComprehensionKind { case none, list, set, dict, generator }

/// An insertion-ordered name → flags map (CPython's ste_symbols dict).
struct SymbolDict {
    private(set) var keys: [String] = []
    private var values: [String: Int] = [:]
    subscript(_ k: String) -> Int? {
        get { values[k] }
        set {
            if let v = newValue {
                if values[k] == nil { keys.append(k) }
                values[k] = v
            } else if values[k] != nil {
                values[k] = nil
                keys.removeAll { $0 == k }
            }
        }
    }
    var items: [(String, Int)] { keys.map { ($0, values[$0]!) } }
}

final class SymbolTableEntry {
    let name: String
    let type: BlockType
    let range: SourceRange
    var symbols = SymbolDict()
    var varnames: [String] = []
    var children: [SymbolTableEntry] = []
    /// Locations of global/nonlocal directives (for errors reported during analysis).
    var directives: [(String, SourceRange)] = []
    var nested = false
    var free = false
    var childFree = false
    var generator = false
    var comprehension: ComprehensionKind = .none
    var varargs = false
    var varkeywords = false
    var returnsValue = false
    var needsClassClosure = false
    var compInlined = false
    var compIterTarget = false
    var compIterExpr = 0

    init(name: String, type: BlockType, range: SourceRange) {
        self.name = name
        self.type = type
        self.range = range
    }

    var isFunctionLike: Bool { type == .function }

    func scope(of name: String) -> Scope {
        guard let f = symbols[name] else { return .none }
        return Scope(rawValue: (f >> SymFlags.scopeOffset) & SymFlags.scopeMask) ?? .none
    }

    func flags(of name: String) -> Int { symbols[name] ?? 0 }
}

/// Builds and analyzes the symbol table of a module.
final class SymbolTable {
    let filename: String
    var top: SymbolTableEntry!
    private var stack: [SymbolTableEntry] = []
    private var cur: SymbolTableEntry { stack[stack.count - 1] }
    private var `private`: String?
    /// Entries of nested scopes keyed by their node's source range, in creation order
    /// (CPython keys them by AST node identity).
    private var byRange: [RangeKey: [SymbolTableEntry]] = [:]

    struct RangeKey: Hashable {
        let line, col, endLine, endCol: Int32
        init(_ r: SourceRange) { line = r.line; col = r.column; endLine = r.endLine; endCol = r.endColumn }
    }

    init(filename: String) { self.filename = filename }

    func lookup(_ range: SourceRange) -> SymbolTableEntry? {
        byRange[RangeKey(range)]?.first
    }

    /// Called by the code generator when it has consumed an entry (disambiguates equal ranges).
    func consume(_ range: SourceRange) -> SymbolTableEntry? {
        let k = RangeKey(range)
        guard var l = byRange[k], !l.isEmpty else { return nil }
        let e = l.removeFirst()
        byRange[k] = l
        return e
    }

    static func build(module: Module, filename: String, interactive: Bool = false) throws(SyntaxError) -> SymbolTable {
        let st = SymbolTable(filename: filename)
        let top = SymbolTableEntry(name: "top", type: .module, range: .none)
        st.top = top
        st.stack = [top]
        for s in module.body { try st.visitStmt(s) }
        try st.analyze()
        return st
    }

    static func build(expression: Expr, filename: String) throws(SyntaxError) -> SymbolTable {
        let st = SymbolTable(filename: filename)
        let top = SymbolTableEntry(name: "top", type: .module, range: .none)
        st.top = top
        st.stack = [top]
        try st.visitExpr(expression)
        try st.analyze()
        return st
    }

    // MARK: Errors

    func error(_ msg: String, _ r: SourceRange) -> SyntaxError {
        compileError(msg, filename: filename, range: r)
    }

    // MARK: Building

    private func enterBlock(_ name: String, _ type: BlockType, _ range: SourceRange) {
        let prev = stack.last
        let e = SymbolTableEntry(name: name, type: type, range: range)
        if let p = prev, p.nested || p.isFunctionLike { e.nested = true }
        if let p = prev { e.compIterExpr = p.compIterExpr }
        prev?.children.append(e)
        byRange[RangeKey(range), default: []].append(e)
        stack.append(e)
    }

    private func exitBlock() { stack.removeLast() }

    private func addDef(_ name: String, _ flag: Int, _ r: SourceRange) throws(SyntaxError) {
        try addDef(name, flag, cur, r)
    }

    private func addDef(_ name: String, _ flag: Int, _ ste: SymbolTableEntry, _ r: SourceRange) throws(SyntaxError) {
        let mangled = mangle(`private`, name)
        var val: Int
        if let o = ste.symbols[mangled] {
            if (flag & SymFlags.defParam) != 0 && (o & SymFlags.defParam) != 0 {
                throw error("duplicate argument '\(name)' in function definition", r)
            }
            val = o | flag
        } else {
            val = flag
        }
        if ste.compIterTarget {
            if (val & (SymFlags.defGlobal | SymFlags.defNonlocal)) != 0 {
                throw error("comprehension inner loop cannot rebind assignment expression target '\(name)'", r)
            }
            val |= SymFlags.defCompIter
        }
        ste.symbols[mangled] = val
        if (flag & SymFlags.defParam) != 0 {
            ste.varnames.append(mangled)
        } else if (flag & SymFlags.defGlobal) != 0 {
            top.symbols[mangled] = (top.symbols[mangled] ?? 0) | flag
        }
    }

    private func lookupFlags(_ name: String) -> Int { cur.symbols[mangle(`private`, name)] ?? 0 }

    private func visitStmts(_ ss: [Stmt]) throws(SyntaxError) { for s in ss { try visitStmt(s) } }
    private func visitExprs(_ es: [Expr]) throws(SyntaxError) { for e in es { try visitExpr(e) } }

    private func visitStmt(_ s: Stmt) throws(SyntaxError) {
        switch s.kind {
        case .functionDef(let f):
            try addDef(f.name, SymFlags.defLocal, s.range)
            try visitExprs(f.args.defaults)
            for d in f.args.kwDefaults { if let d { try visitExpr(d) } }
            try visitExprs(f.decorators)
            try visitAnnotations(f.args, returns: f.returns)
            enterBlock(f.name, .function, s.range)
            try visitArguments(f.args)
            try visitStmts(f.body)
            exitBlock()
        case .classDef(let c):
            try addDef(c.name, SymFlags.defLocal, s.range)
            try visitExprs(c.bases)
            for k in c.keywords { try visitExpr(k.value) }
            try visitExprs(c.decorators)
            enterBlock(c.name, .class_, s.range)
            let saved = `private`
            `private` = c.name
            try visitStmts(c.body)
            `private` = saved
            exitBlock()
        case .return_(let v):
            if let v {
                try visitExpr(v)
                cur.returnsValue = true
            }
        case .delete(let ts): try visitExprs(ts)
        case .assign(let targets, let value):
            try visitExprs(targets)
            try visitExpr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id, _) = target.kind {
                let c = lookupFlags(id)
                if (c & (SymFlags.defGlobal | SymFlags.defNonlocal)) != 0 && cur !== top && simple {
                    let msg = (c & SymFlags.defGlobal) != 0 ? "annotated name '\(id)' can't be global" : "annotated name '\(id)' can't be nonlocal"
                    throw error(msg, s.range)
                }
                if simple {
                    try addDef(id, SymFlags.defAnnot | SymFlags.defLocal, target.range)
                } else if value != nil {
                    try addDef(id, SymFlags.defLocal, target.range)
                }
            } else {
                try visitExpr(target)
            }
            try visitExpr(annotation)
            if let value { try visitExpr(value) }
        case .augAssign(let target, _, let value):
            try visitExpr(target)
            try visitExpr(value)
        case .for_(let target, let iter, let body, let orelse):
            try visitExpr(target)
            try visitExpr(iter)
            try visitStmts(body)
            try visitStmts(orelse)
        case .while_(let test, let body, let orelse), .if_(let test, let body, let orelse):
            try visitExpr(test)
            try visitStmts(body)
            try visitStmts(orelse)
        case .with(let items, let body):
            for it in items {
                try visitExpr(it.contextExpr)
                if let v = it.optionalVars { try visitExpr(v) }
            }
            try visitStmts(body)
        case .raise(let exc, let cause):
            if let exc { try visitExpr(exc) }
            if let cause { try visitExpr(cause) }
        case .try_(let body, let handlers, let orelse, let finalbody):
            try visitStmts(body)
            for h in handlers {
                if let t = h.type { try visitExpr(t) }
                if let n = h.name { try addDef(n, SymFlags.defLocal, h.range) }
                try visitStmts(h.body)
            }
            try visitStmts(orelse)
            try visitStmts(finalbody)
        case .assert(let test, let msg):
            try visitExpr(test)
            if let msg { try visitExpr(msg) }
        case .import_(let names):
            for a in names { try visitAlias(a) }
        case .importFrom(_, let names, _):
            for a in names { try visitAlias(a) }
        case .global(let names):
            for name in names {
                let c = lookupFlags(name)
                if (c & (SymFlags.defParam | SymFlags.defLocal | SymFlags.use | SymFlags.defAnnot)) != 0 {
                    let msg: String
                    if (c & SymFlags.defParam) != 0 { msg = "name '\(name)' is parameter and global" }
                    else if (c & SymFlags.use) != 0 { msg = "name '\(name)' is used prior to global declaration" }
                    else if (c & SymFlags.defAnnot) != 0 { msg = "annotated name '\(name)' can't be global" }
                    else { msg = "name '\(name)' is assigned to before global declaration" }
                    throw error(msg, s.range)
                }
                try addDef(name, SymFlags.defGlobal, s.range)
                cur.directives.append((mangle(`private`, name), s.range))
            }
        case .nonlocal(let names):
            for name in names {
                let c = lookupFlags(name)
                if (c & (SymFlags.defParam | SymFlags.defLocal | SymFlags.use | SymFlags.defAnnot)) != 0 {
                    let msg: String
                    if (c & SymFlags.defParam) != 0 { msg = "name '\(name)' is parameter and nonlocal" }
                    else if (c & SymFlags.use) != 0 { msg = "name '\(name)' is used prior to nonlocal declaration" }
                    else if (c & SymFlags.defAnnot) != 0 { msg = "annotated name '\(name)' can't be nonlocal" }
                    else { msg = "name '\(name)' is assigned to before nonlocal declaration" }
                    throw error(msg, s.range)
                }
                try addDef(name, SymFlags.defNonlocal, s.range)
                cur.directives.append((mangle(`private`, name), s.range))
            }
        case .expr(let e): try visitExpr(e)
        case .pass, .break_, .continue_: break
        }
    }

    private func visitAlias(_ a: Alias) throws(SyntaxError) {
        let name = a.asname ?? a.name
        let store = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
        if name != "*" {
            try addDef(store, SymFlags.defImport, a.range)
        } else if cur.type != .module {
            throw error("import * only allowed at module level", a.range)
        }
    }

    private func visitAnnotations(_ a: Arguments, returns: Expr?) throws(SyntaxError) {
        for arg in a.posonlyargs + a.args + a.kwonlyargs { if let an = arg.annotation { try visitExpr(an) } }
        if let v = a.vararg, let an = v.annotation { try visitExpr(an) }
        if let k = a.kwarg, let an = k.annotation { try visitExpr(an) }
        if let r = returns { try visitExpr(r) }
    }

    private func visitArguments(_ a: Arguments) throws(SyntaxError) {
        for arg in a.posonlyargs { try addDef(arg.name, SymFlags.defParam, arg.range) }
        for arg in a.args { try addDef(arg.name, SymFlags.defParam, arg.range) }
        for arg in a.kwonlyargs { try addDef(arg.name, SymFlags.defParam, arg.range) }
        if let v = a.vararg {
            try addDef(v.name, SymFlags.defParam, v.range)
            cur.varargs = true
        }
        if let k = a.kwarg {
            try addDef(k.name, SymFlags.defParam, k.range)
            cur.varkeywords = true
        }
    }

    private func visitExpr(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .namedExpr(let target, let value):
            if cur.compIterExpr > 0 {
                throw error("assignment expression cannot be used in a comprehension iterable expression", e.range)
            }
            if cur.comprehension != .none, case .name(let id, _) = target.kind {
                try extendNamedExprScope(id, target.range)
            }
            try visitExpr(value)
            try visitExpr(target)
        case .boolOp(_, let vs): try visitExprs(vs)
        case .binOp(let l, _, let r):
            try visitExpr(l)
            try visitExpr(r)
        case .unaryOp(_, let o): try visitExpr(o)
        case .lambda(let args, let body):
            try visitExprs(args.defaults)
            for d in args.kwDefaults { if let d { try visitExpr(d) } }
            enterBlock("lambda", .function, e.range)
            try visitArguments(args)
            try visitExpr(body)
            exitBlock()
        case .ifExp(let t, let b, let o):
            try visitExpr(t)
            try visitExpr(b)
            try visitExpr(o)
        case .dict(let keys, let values):
            for (k, v) in zip(keys, values) {
                if let k { try visitExpr(k) }
                try visitExpr(v)
            }
        case .set(let elts): try visitExprs(elts)
        case .generatorExp(let elt, let gens):
            try visitComprehension(e, "genexpr", .generator, gens, elt, nil)
        case .listComp(let elt, let gens):
            try visitComprehension(e, "listcomp", .list, gens, elt, nil)
        case .setComp(let elt, let gens):
            try visitComprehension(e, "setcomp", .set, gens, elt, nil)
        case .dictComp(let k, let v, let gens):
            try visitComprehension(e, "dictcomp", .dict, gens, k, v)
        case .yield(let v):
            if let v { try visitExpr(v) }
            try markGenerator(e)
        case .yieldFrom(let v):
            try visitExpr(v)
            try markGenerator(e)
        case .compare(let l, _, let cs):
            try visitExpr(l)
            try visitExprs(cs)
        case .call(let f, let args, let kws):
            try visitExpr(f)
            try visitExprs(args)
            for k in kws { try visitExpr(k.value) }
        case .formattedValue(let v, _, let spec):
            try visitExpr(v)
            if let spec { try visitExpr(spec) }
        case .joinedStr(let vs): try visitExprs(vs)
        case .constant: break
        case .attribute(let v, _, _): try visitExpr(v)
        case .subscript_(let v, let s, _):
            try visitExpr(v)
            try visitExpr(s)
        case .starred(let v, _): try visitExpr(v)
        case .slice(let lo, let hi, let st):
            if let lo { try visitExpr(lo) }
            if let hi { try visitExpr(hi) }
            if let st { try visitExpr(st) }
        case .name(let id, let ctx):
            try addDef(id, ctx == .load ? SymFlags.use : SymFlags.defLocal, e.range)
            if ctx == .load && cur.isFunctionLike && id == "super" {
                try addDef("__class__", SymFlags.use, e.range)
            }
        case .list(let elts, _), .tuple(let elts, _): try visitExprs(elts)
        }
    }

    private func markGenerator(_ e: Expr) throws(SyntaxError) {
        cur.generator = true
        switch cur.comprehension {
        case .none: break
        case .list: throw error("'yield' inside list comprehension", e.range)
        case .set: throw error("'yield' inside set comprehension", e.range)
        case .dict: throw error("'yield' inside dict comprehension", e.range)
        case .generator: throw error("'yield' inside generator expression", e.range)
        }
    }

    private func visitComprehension(_ e: Expr, _ scopeName: String, _ kind: ComprehensionKind,
                                    _ gens: [Comprehension], _ elt: Expr, _ value: Expr?) throws(SyntaxError) {
        let outermost = gens[0]
        cur.compIterExpr += 1
        try visitExpr(outermost.iter)
        cur.compIterExpr -= 1
        enterBlock(scopeName, .function, e.range)
        cur.comprehension = kind
        try addDef(".0", SymFlags.defParam, e.range)
        cur.compIterTarget = true
        try visitExpr(outermost.target)
        cur.compIterTarget = false
        try visitExprs(outermost.ifs)
        for g in gens.dropFirst() {
            cur.compIterTarget = true
            try visitExpr(g.target)
            cur.compIterTarget = false
            cur.compIterExpr += 1
            try visitExpr(g.iter)
            cur.compIterExpr -= 1
            try visitExprs(g.ifs)
        }
        if let value { try visitExpr(value) }
        try visitExpr(elt)
        cur.generator = (kind == .generator)
        exitBlock()
    }

    private func extendNamedExprScope(_ name: String, _ r: SourceRange) throws(SyntaxError) {
        for ste in stack.reversed() {
            if ste.comprehension != .none {
                if (ste.flags(of: mangle(`private`, name)) & SymFlags.defCompIter) != 0 {
                    throw error("assignment expression cannot rebind comprehension iteration variable '\(name)'", r)
                }
                continue
            }
            if ste.type == .function {
                if (ste.flags(of: mangle(`private`, name)) & SymFlags.defGlobal) != 0 {
                    try addDef(name, SymFlags.defGlobal, r)
                } else {
                    try addDef(name, SymFlags.defNonlocal, r)
                }
                cur.directives.append((mangle(`private`, name), r))
                try addDef(name, SymFlags.defLocal, ste, r)
                return
            }
            if ste.type == .module {
                try addDef(name, SymFlags.defGlobal, r)
                cur.directives.append((mangle(`private`, name), r))
                try addDef(name, SymFlags.defGlobal, ste, r)
                return
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", r)
        }
    }

    // MARK: Analysis

    private func analyze() throws(SyntaxError) {
        var free = Set<String>()
        var global = Set<String>()
        var childFree = Set<String>()
        try analyzeBlock(top, bound: nil, free: &free, global: &global, childFree: &childFree)
    }

    private func errorAtDirective(_ ste: SymbolTableEntry, _ name: String, _ msg: String) -> SyntaxError {
        let r = ste.directives.first { $0.0 == name }?.1 ?? ste.range
        return error(msg, r)
    }

    private func analyzeName(_ ste: SymbolTableEntry, _ scopes: inout [String: Scope], _ name: String, _ flags: Int,
                             _ bound: inout Set<String>?, _ local: inout Set<String>, _ free: inout Set<String>,
                             _ global: inout Set<String>) throws(SyntaxError) {
        if (flags & SymFlags.defGlobal) != 0 {
            if (flags & SymFlags.defNonlocal) != 0 {
                throw errorAtDirective(ste, name, "name '\(name)' is nonlocal and global")
            }
            scopes[name] = .globalExplicit
            global.insert(name)
            bound?.remove(name)
            return
        }
        if (flags & SymFlags.defNonlocal) != 0 {
            guard let bound else {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level")
            }
            if !bound.contains(name) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '\(name)' found")
            }
            scopes[name] = .free
            ste.free = true
            free.insert(name)
            return
        }
        if (flags & SymFlags.defBound) != 0 {
            scopes[name] = .local
            local.insert(name)
            global.remove(name)
            return
        }
        if let bound, bound.contains(name) {
            scopes[name] = .free
            ste.free = true
            free.insert(name)
            return
        }
        if global.contains(name) {
            scopes[name] = .globalImplicit
            return
        }
        if ste.nested { ste.free = true }
        scopes[name] = .globalImplicit
    }

    private func analyzeBlock(_ ste: SymbolTableEntry, bound: Set<String>?, free: inout Set<String>,
                              global: inout Set<String>, childFree outFree: inout Set<String>) throws(SyntaxError) {
        var bound = bound
        var local = Set<String>()
        var scopes: [String: Scope] = [:]
        var newGlobal = Set<String>()
        var newFree = Set<String>()
        var newBound = Set<String>()
        var inlinedCells = Set<String>()
        var global = global

        if ste.type == .class_ {
            newGlobal.formUnion(global)
            if let bound { newBound.formUnion(bound) }
        }
        for (name, flags) in ste.symbols.items {
            try analyzeName(ste, &scopes, name, flags, &bound, &local, &free, &global)
        }
        if ste.type != .class_ {
            if ste.isFunctionLike { newBound.formUnion(local) }
            if let bound { newBound.formUnion(bound) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
            newBound.insert("__classdict__")
        }

        for entry in ste.children {
            let inlineComp = entry.comprehension != .none && !entry.generator
            var tempFree = newFree
            var tempGlobal = newGlobal
            var childFree = Set<String>()
            try analyzeBlock(entry, bound: newBound, free: &tempFree, global: &tempGlobal, childFree: &childFree)
            childFree = tempFree
            if inlineComp {
                inlineComprehension(ste, entry, &scopes, &childFree, &inlinedCells)
                entry.compInlined = true
            }
            newFree.formUnion(childFree)
            if entry.free || entry.childFree { ste.childFree = true }
        }

        // Splice children of inlined comprehensions into our children list.
        var spliced: [SymbolTableEntry] = []
        for c in ste.children {
            if c.compInlined { spliced.append(contentsOf: c.children) } else { spliced.append(c) }
        }
        ste.children = spliced

        if ste.isFunctionLike {
            // analyze_cells
            for name in ste.symbols.keys where scopes[name] == .local {
                if newFree.contains(name) || inlinedCells.contains(name) {
                    scopes[name] = .cell
                    newFree.remove(name)
                }
            }
        } else if ste.type == .class_ {
            if newFree.remove("__class__") != nil { ste.needsClassClosure = true }
            newFree.remove("__classdict__")
        }
        updateSymbols(ste, scopes, bound, newFree, inlinedCells, classFlag: ste.type == .class_)
        free.formUnion(newFree)
        outFree = free
    }

    private func updateSymbols(_ ste: SymbolTableEntry, _ scopes: [String: Scope], _ bound: Set<String>?,
                               _ free: Set<String>, _ inlinedCells: Set<String>, classFlag: Bool) {
        for (name, f) in ste.symbols.items {
            var flags = f
            if inlinedCells.contains(name) { flags |= SymFlags.defCompCell }
            let scope = scopes[name] ?? .none
            flags |= scope.rawValue << SymFlags.scopeOffset
            ste.symbols[name] = flags
        }
        // Sorted for determinism (CPython iterates a set here; only membership matters).
        for name in free.sorted() {
            if let v = ste.symbols[name] {
                if classFlag { ste.symbols[name] = v | SymFlags.defFreeClass }
                continue
            }
            if let bound, !bound.contains(name) { continue }
            ste.symbols[name] = Scope.free.rawValue << SymFlags.scopeOffset
        }
    }

    private func isFreeInAnyChild(_ entry: SymbolTableEntry, _ key: String) -> Bool {
        for c in entry.children {
            if c.scope(of: key) == .free { return true }
            if isFreeInAnyChild(c, key) { return true }
        }
        return false
    }

    private func inlineComprehension(_ ste: SymbolTableEntry, _ comp: SymbolTableEntry, _ scopes: inout [String: Scope],
                                     _ compFree: inout Set<String>, _ inlinedCells: inout Set<String>) {
        var removeDunderClass = false
        for (k, compFlags) in comp.symbols.items {
            if (compFlags & SymFlags.defParam) != 0 { continue }
            var scope = Scope(rawValue: (compFlags >> SymFlags.scopeOffset) & SymFlags.scopeMask) ?? .none
            let onlyFlags = compFlags & ((1 << SymFlags.scopeOffset) - 1)
            if scope == .cell || (onlyFlags & SymFlags.defCompCell) != 0 {
                inlinedCells.insert(k)
            }
            let existing = ste.symbols[k]
            if scope == .free && ste.type == .class_ && k == "__class__" {
                scope = .globalImplicit
                compFree.remove(k)
                removeDunderClass = true
            }
            if existing == nil {
                ste.symbols[k] = onlyFlags
                scopes[k] = scope
            } else if ((existing ?? 0) & SymFlags.defBound) != 0 && !isFreeInAnyChild(comp, k) && ste.type != .class_ {
                compFree.remove(k)
            }
        }
        comp.free = !compFree.isEmpty
        if removeDunderClass { comp.symbols["__class__"] = nil }
    }
}

/// CPython's _Py_Mangle: `__spam` inside class `Ham` becomes `_Ham__spam`.
func mangle(_ privateName: String?, _ name: String) -> String {
    guard let p = privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = p.drop(while: { $0 == "_" })
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}

/// A SyntaxError raised by the compiler at an AST range, as CPython reports it (1-based offsets
/// computed from the 0-based UTF-8 column, like compile.c).
func compileError(_ msg: String, filename: String, range r: SourceRange) -> SyntaxError {
    var text: String? = nil
    if let src = Compiler.sourceProvider?(filename), r.line >= 1 {
        var n = 1
        for line in src.split(separator: "\n", omittingEmptySubsequences: false) {
            if n == Int(r.line) { text = String(line); break }
            n += 1
        }
    }
    return SyntaxError(.syntaxError, msg, filename: filename, line: Int(r.line), offset: Int(r.column) + 1,
                       endLine: Int(r.endLine), endOffset: Int(r.endColumn) + 1, sourceLine: text)
}
