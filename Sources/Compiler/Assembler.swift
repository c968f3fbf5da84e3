// Turns a code unit's instruction sequence into a CodeObject: runs the flow-graph passes,
// lays out the blocks, resolves jumps (with EXTENDED_ARG, iterating until sizes are stable),
// appends the zeroed inline caches and builds the exception table, positions and localsplus.

import QuickenSyntax

enum Assembler {
    static func makeCode(unit u: CodeUnit, flags: CodeFlags, filename: String) throws(SyntaxError) -> CodeObject {
        let g = CFG.build(u.instrs, labelPos: u.labelPos, consts: u.consts)
        g.markExceptHandlers()
        g.labelExceptionTargets()
        g.optimize(firstLineNo: u.firstLineNo)
        g.removeUnusedConsts()
        g.addChecksForUninitializedLoads(nlocals: u.varnames.count, nparams: u.ste.varnames.count)
        g.insertSuperinstructions()
        g.pushColdBlocksToEnd()
        g.resolveLineNumbers()
        let stackDepth = g.calculateStackDepth()

        // prepare_localsplus
        let nlocals = u.varnames.count
        let ncells = u.cellvars.count
        let nfree = u.freevars.count
        var fixed = (0..<(ncells + nfree)).map { nlocals + $0 }
        for (i, name) in u.cellvars.list.enumerated() {
            if let v = u.varnames.lookup(name) { fixed[i] = v }
        }
        insertPrefixInstructions(g, u, flags, fixed)
        var numDropped = 0
        for i in 0..<(ncells + nfree) {
            if fixed[i] == i + nlocals { fixed[i] -= numDropped } else { numDropped += 1 }
        }
        for b in g.allBlocks {
            for i in b.instrs.indices {
                switch b.instrs[i].op {
                case .MAKE_CELL, .LOAD_CLOSURE, .LOAD_DEREF, .STORE_DEREF, .DELETE_DEREF, .LOAD_FROM_DICT_OR_DEREF:
                    b.instrs[i].arg = fixed[b.instrs[i].arg]
                default: break
                }
            }
        }

        g.convertPseudoOps()
        g.normalizeJumps()

        let co = CodeObject(name: u.name, qualname: u.qualname, filename: filename, firstLineNo: u.firstLineNo)
        co.flags = flags
        co.argCount = u.argCount + u.posOnlyArgCount
        co.posOnlyArgCount = u.posOnlyArgCount
        co.kwOnlyArgCount = u.kwOnlyArgCount
        co.consts = g.consts
        co.names = u.names.list
        co.stackSize = stackDepth
        emit(g, into: co)
        localsPlus(u, into: co)
        return co
    }

    private static func insertPrefixInstructions(_ g: CFG, _ u: CodeUnit, _ flags: CodeFlags, _ fixed: [Int]) {
        let entry = g.entry
        if flags.contains(.generator) || flags.contains(.coroutine) || flags.contains(.asyncGenerator) {
            let loc = Position(line: Int32(u.firstLineNo), endLine: Int32(u.firstLineNo), column: -1, endColumn: -1)
            entry.instrs.insert(CFGInstr(op: .RETURN_GENERATOR, arg: 0, loc: loc), at: 0)
            entry.instrs.insert(CFGInstr(op: .POP_TOP, arg: 0, loc: loc), at: 1)
        }
        let ncells = u.cellvars.count
        if ncells > 0 {
            let nvars = ncells + u.varnames.count
            var sorted = [Int](repeating: 0, count: nvars)
            for i in 0..<ncells { sorted[fixed[i]] = i + 1 }
            var used = 0
            var i = 0
            while used < ncells {
                let old = sorted[i] - 1
                i += 1
                if old == -1 { continue }
                entry.instrs.insert(CFGInstr(op: .MAKE_CELL, arg: old, loc: .none), at: used)
                used += 1
            }
        }
        if !u.freevars.isEmpty {
            entry.instrs.insert(CFGInstr(op: .COPY_FREE_VARS, arg: u.freevars.count, loc: .none), at: 0)
        }
    }

    private static func extendedArgs(_ arg: Int) -> Int {
        if arg > 0xFF_FFFF { return 3 }
        if arg > 0xFFFF { return 2 }
        if arg > 0xFF { return 1 }
        return 0
    }

    private static func size(_ ins: CFGInstr) -> Int {
        extendedArgs(ins.arg) + 1 + ins.op.cacheSize
    }

    private static func emit(_ g: CFG, into co: CodeObject) {
        let blocks = g.allBlocks
        // Jump opargs start as instruction indices, as in CPython's label map.
        var index = 0
        var blockIndex: [ObjectIdentifier: Int] = [:]
        for b in blocks {
            blockIndex[ObjectIdentifier(b)] = index
            index += b.instrs.count
        }
        for b in blocks {
            for i in b.instrs.indices where b.instrs[i].op.isJumpOp {
                b.instrs[i].arg = blockIndex[ObjectIdentifier(b.instrs[i].target!)]!
            }
        }
        var again = true
        while again {
            var total = 0
            for b in blocks {
                b.offset = total
                for ins in b.instrs { total += size(ins) }
            }
            again = false
            for b in blocks {
                var off = b.offset
                for i in b.instrs.indices {
                    let isize = size(b.instrs[i])
                    off += isize
                    guard b.instrs[i].op.isJumpOp else { continue }
                    let target = b.instrs[i].target!.offset
                    b.instrs[i].arg = target < off ? off - target : target - off
                    if size(b.instrs[i]) != isize { again = true }
                }
            }
        }
        var code: [UInt16] = []
        var positions: [Position] = []
        var table: [ExceptionTableEntry] = []
        var curHandler: BasicBlock? = nil
        var start = 0
        func flush(_ end: Int) {
            guard let h = curHandler, end > start else { return }
            var depth = h.startDepth - 1
            if h.preserveLasti { depth -= 1 }
            table.append(ExceptionTableEntry(start: start, end: end, target: h.offset, depth: max(depth, 0), lasti: h.preserveLasti))
        }
        for b in blocks {
            for ins in b.instrs {
                if ins.except !== curHandler {
                    flush(code.count)
                    start = code.count
                    curHandler = ins.except
                }
                let n = extendedArgs(ins.arg)
                var shift = 8 * n
                for _ in 0..<n {
                    code.append(UInt16((ins.arg >> shift) & 0xFF) << 8 | Opcode.EXTENDED_ARG.rawValue)
                    positions.append(ins.loc)
                    shift -= 8
                }
                code.append(UInt16(ins.arg & 0xFF) << 8 | ins.op.rawValue)
                positions.append(ins.loc)
                for _ in 0..<ins.op.cacheSize {
                    code.append(0)
                    positions.append(ins.loc)
                }
            }
        }
        flush(code.count)
        co.code = code
        co.positions = positions
        co.exceptionTable = table
    }

    private static func localsPlus(_ u: CodeUnit, into co: CodeObject) {
        var names = u.varnames.list
        var kinds = [LocalKind](repeating: .local, count: names.count)
        let nposonly = u.posOnlyArgCount, nargs = u.argCount, nkwonly = u.kwOnlyArgCount
        for (i, n) in names.enumerated() {
            if u.fastHidden[n] != nil { kinds[i].insert(.hidden) }
            if u.cellvars.lookup(n) != nil { kinds[i].insert(.cell) }
            if i < nposonly { kinds[i].insert(.argPos) }
            else if i < nposonly + nargs { kinds[i].formUnion([.argPos, .argKw]) }
            else if i < nposonly + nargs + nkwonly { kinds[i].insert(.argKw) }
        }
        // *args and **kwargs follow the named parameters.
        var extra = nposonly + nargs + nkwonly
        if u.ste.varargs, extra < kinds.count { kinds[extra].formUnion([.argVar, .argPos]); extra += 1 }
        if u.ste.varkeywords, extra < kinds.count { kinds[extra].formUnion([.argVar, .argKw]) }
        for c in u.cellvars.list where u.varnames.lookup(c) == nil {
            names.append(c)
            kinds.append(.cell)
        }
        for f in u.freevarOrder {
            names.append(f)
            kinds.append(.free)
        }
        co.localsPlusNames = names
        co.localsPlusKinds = kinds
    }
}
