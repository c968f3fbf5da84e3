// The control-flow graph and its optimizations, following CPython 3.13's Python/flowgraph.c
// pass for pass (the resulting bytecode, and so `dis`, should match CPython's).

struct CFGInstr {
    var op: Opcode
    var arg: Int
    var loc: Position
    var target: BasicBlock? = nil
    var except: BasicBlock? = nil

    mutating func setOp0(_ o: Opcode) { op = o; arg = 0 }
    mutating func setOp1(_ o: Opcode, _ a: Int) { op = o; arg = a }
}

final class BasicBlock {
    var instrs: [CFGInstr] = []
    var next: BasicBlock?
    var label = -1
    var visited = false
    var exceptHandler = false
    var preserveLasti = false
    var cold = false
    var warm = false
    var predecessors = 0
    var startDepth = Int.min
    var offset = 0
    var exceptStack: [BasicBlock]? = nil
    var unsafeLocalsMask: UInt64 = 0

    var last: CFGInstr? { instrs.last }
    var hasFallthrough: Bool {
        guard let l = instrs.last else { return true }
        return !(l.op.isUnconditionalJump || l.op.isScopeExit)
    }
    var exitsScope: Bool { instrs.last.map { $0.op.isScopeExit } ?? false }
    var hasNoLineno: Bool { instrs.allSatisfy { $0.loc.line < 0 } }
    var hasEvalBreak: Bool { instrs.contains { $0.op.hasEvalBreak } }
}

private let noLocation = Position.none

final class CFG {
    var entry: BasicBlock
    private var blocks: [BasicBlock] = []   // keeps every block alive
    var consts: [ConstantValue]
    private var constIndex: [String: Int] = [:]
    var nextLabel = 0

    init(consts: [ConstantValue]) {
        self.consts = consts
        entry = BasicBlock()
        blocks.append(entry)
        for (i, c) in consts.enumerated() where constIndex[constKey(c)] == nil { constIndex[constKey(c)] = i }
    }

    func newBlock() -> BasicBlock {
        let b = BasicBlock()
        blocks.append(b)
        return b
    }

    func addConst(_ c: ConstantValue) -> Int {
        let k = constKey(c)
        if let i = constIndex[k], i < consts.count, constKey(consts[i]) == k { return i }
        if let i = consts.firstIndex(where: { constKey($0) == k }) {
            constIndex[k] = i
            return i
        }
        consts.append(c)
        constIndex[k] = consts.count - 1
        return consts.count - 1
    }

    var allBlocks: [BasicBlock] {
        var out: [BasicBlock] = []
        var b: BasicBlock? = entry
        while let x = b { out.append(x); b = x.next }
        return out
    }

    // MARK: Construction (_PyCfg_FromInstructionSequence)

    static func build(_ instrs: [Instr], labelPos: [Int], consts: [ConstantValue]) -> CFG {
        let g = CFG(consts: consts)
        var isTarget = [Bool](repeating: false, count: instrs.count + 1)
        for ins in instrs where ins.op.hasTarget { isTarget[labelPos[ins.arg]] = true }
        var cur = g.entry
        var currentLabel = -1
        func isTerminated() -> Bool {
            if let l = cur.last, l.op.isTerminator { return true }
            if currentLabel >= 0 {
                if cur.last != nil || cur.label >= 0 { return true }
                cur.label = currentLabel
                currentLabel = -1
            }
            return false
        }
        func maybeStartNewBlock() {
            if isTerminated() {
                let b = g.newBlock()
                b.label = currentLabel
                currentLabel = -1
                cur.next = b
                cur = b
            }
        }
        for (i, ins) in instrs.enumerated() {
            if isTarget[i] {
                currentLabel = i
                maybeStartNewBlock()
            }
            var arg = ins.arg
            if ins.op.hasTarget { arg = labelPos[ins.arg] }
            maybeStartNewBlock()
            cur.instrs.append(CFGInstr(op: ins.op, arg: arg, loc: ins.loc))
        }
        g.nextLabel = instrs.count + 1
        // translate_jump_labels_to_targets
        var labelToBlock: [Int: BasicBlock] = [:]
        for b in g.allBlocks where b.label >= 0 { labelToBlock[b.label] = b }
        for b in g.allBlocks {
            for i in b.instrs.indices where b.instrs[i].op.hasTarget {
                b.instrs[i].target = labelToBlock[b.instrs[i].arg]
            }
        }
        return g
    }

    func resetVisited() { for b in allBlocks { b.visited = false } }

    // MARK: Exception handling structure

    func markExceptHandlers() {
        for b in allBlocks {
            for ins in b.instrs where ins.op.isBlockPush { ins.target!.exceptHandler = true }
        }
    }

    /// label_exception_targets: record each instruction's handler, turn POP_BLOCK into NOP, and
    /// flag RESUME after a yield at exception depth 1.
    func labelExceptionTargets() {
        resetVisited()
        var todo: [BasicBlock] = [entry]
        entry.visited = true
        entry.exceptStack = []
        while let b = todo.popLast() {
            var stack = b.exceptStack ?? []
            b.exceptStack = nil
            var handler = stack.last
            var lastYieldExceptDepth = -1
            for i in b.instrs.indices {
                let op = b.instrs[i].op
                if op.isBlockPush {
                    let t = b.instrs[i].target!
                    if !t.visited {
                        t.exceptStack = stack
                        todo.append(t)
                        t.visited = true
                    }
                    if op == .SETUP_WITH || op == .SETUP_CLEANUP { t.preserveLasti = true }
                    stack.append(t)
                    handler = t
                } else if op == .POP_BLOCK {
                    stack.removeLast()
                    handler = stack.last
                    b.instrs[i].setOp0(.NOP)
                } else if op.isJumpOp {
                    b.instrs[i].except = handler
                    let t = b.instrs[i].target!
                    if !t.visited {
                        t.exceptStack = stack
                        todo.append(t)
                        t.visited = true
                    }
                } else if op == .YIELD_VALUE {
                    b.instrs[i].except = handler
                    lastYieldExceptDepth = stack.count
                } else if op == .RESUME {
                    b.instrs[i].except = handler
                    if b.instrs[i].arg != 0 {
                        if lastYieldExceptDepth == 1 { b.instrs[i].arg |= 4 }
                        lastYieldExceptDepth = -1
                    }
                } else {
                    b.instrs[i].except = handler
                }
            }
            if b.hasFallthrough, let n = b.next, !n.visited {
                n.exceptStack = stack
                todo.append(n)
                n.visited = true
            }
        }
    }

    // MARK: optimize_cfg

    func optimize(firstLineNo: Int) {
        inlineSmallOrNoLinenoBlocks()
        removeUnreachable()
        resolveLineNumbers()
        optimizeLoadConst()
        for b in allBlocks { optimizeBasicBlock(b) }
        removeRedundantNopsAndPairs()
        removeUnreachable()
        removeRedundantNopsAndJumps()
    }

    private func inlineSmallOrNoLinenoBlocks() {
        var changes = true
        while changes {
            changes = false
            for b in allBlocks {
                guard let last = b.last, last.op.isUnconditionalJump, let target = last.target else { continue }
                let smallExit = target.exitsScope && target.instrs.count <= 4
                let noLinenoNoFallthrough = target.hasNoLineno && !target.hasFallthrough
                if smallExit || noLinenoNoFallthrough {
                    let removedOp = last.op
                    b.instrs[b.instrs.count - 1].setOp0(.NOP)
                    b.instrs.append(contentsOf: target.instrs)
                    if noLinenoNoFallthrough, let l = b.last, l.op.isUnconditionalJump, removedOp == .JUMP {
                        // Keep the eval-breaker check.
                        b.instrs[b.instrs.count - 1].op = .JUMP
                    }
                    target.predecessors -= 1
                    changes = true
                }
            }
        }
    }

    func removeUnreachable() {
        for b in allBlocks { b.predecessors = 0 }
        resetVisited()
        var stack: [BasicBlock] = [entry]
        entry.predecessors = 1
        entry.visited = true
        while let b = stack.popLast() {
            if let n = b.next, b.hasFallthrough {
                if !n.visited {
                    stack.append(n)
                    n.visited = true
                }
                n.predecessors += 1
            }
            for ins in b.instrs where ins.op.isJumpOp || ins.op.isBlockPush {
                let t = ins.target!
                if !t.visited {
                    stack.append(t)
                    t.visited = true
                }
                t.predecessors += 1
            }
        }
        for b in allBlocks where b.predecessors == 0 {
            b.instrs.removeAll()
            b.exceptHandler = false
        }
    }

    static func nextNonEmpty(_ b: BasicBlock?) -> BasicBlock? {
        var b = b
        while let x = b, x.instrs.isEmpty { b = x.next }
        return b
    }

    func resolveLineNumbers() {
        duplicateExitsWithoutLineno()
        propagateLineNumbers()
    }

    private func isExitOrEvalCheckWithoutLineno(_ b: BasicBlock) -> Bool {
        if b.exitsScope || b.hasEvalBreak { return b.hasNoLineno }
        return false
    }

    private func duplicateExitsWithoutLineno() {
        for b in allBlocks {
            guard let last = b.last, last.op.isJumpOp, let target = CFG.nextNonEmpty(last.target) else { continue }
            if isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1 {
                let nt = newBlock()
                nt.instrs = target.instrs
                nt.instrs[0].loc = last.loc
                b.instrs[b.instrs.count - 1].target = nt
                target.predecessors -= 1
                nt.predecessors = 1
                nt.next = target.next
                nt.label = nextLabel
                nextLabel += 1
                target.next = nt
            }
        }
        for b in allBlocks {
            if b.hasFallthrough, let n = b.next, !b.instrs.isEmpty {
                if isExitOrEvalCheckWithoutLineno(n) {
                    n.instrs[0].loc = b.last!.loc
                }
            }
        }
    }

    private func propagateLineNumbers() {
        for b in allBlocks {
            guard let last = b.last else { continue }
            var prev = noLocation
            for i in b.instrs.indices {
                if b.instrs[i].loc.line < 0 { b.instrs[i].loc = prev } else { prev = b.instrs[i].loc }
            }
            if b.hasFallthrough, let n = b.next, n.predecessors == 1, !n.instrs.isEmpty {
                if n.instrs[0].loc.line < 0 { n.instrs[0].loc = prev }
            }
            if last.op.isJumpOp, let t = last.target, t.predecessors == 1, !t.instrs.isEmpty {
                if t.instrs[0].loc.line < 0 { t.instrs[0].loc = prev }
            }
        }
    }

    // MARK: Peepholes

    private func optimizeLoadConst() {
        for b in allBlocks {
            var opcode: Opcode = .NOP
            var oparg = 0
            var i = 0
            while i < b.instrs.count {
                let inst = b.instrs[i]
                let isCopyOfLoadConst = opcode == .LOAD_CONST && inst.op == .COPY && inst.arg == 1
                if !isCopyOfLoadConst {
                    opcode = inst.op
                    oparg = inst.arg
                }
                if opcode != .LOAD_CONST { i += 1; continue }
                let nextop: Opcode? = i + 1 < b.instrs.count ? b.instrs[i + 1].op : nil
                switch nextop {
                case .POP_JUMP_IF_FALSE?, .POP_JUMP_IF_TRUE?:
                    let isTrue = consts[oparg].isTruthy
                    b.instrs[i].setOp0(.NOP)
                    let jumpIfTrue = nextop == .POP_JUMP_IF_TRUE
                    if isTrue == jumpIfTrue {
                        b.instrs[i + 1].op = .JUMP
                    } else {
                        b.instrs[i + 1].setOp0(.NOP)
                    }
                case .IS_OP?:
                    guard case .none = consts[oparg], i + 2 < b.instrs.count else { break }
                    var j = i + 2
                    if b.instrs[j].op == .TO_BOOL {
                        b.instrs[j].setOp0(.NOP)
                        if i + 3 >= b.instrs.count { break }
                        j = i + 3
                    }
                    var invert = b.instrs[i + 1].arg != 0
                    if b.instrs[j].op == .POP_JUMP_IF_FALSE {
                        invert = !invert
                    } else if b.instrs[j].op != .POP_JUMP_IF_TRUE {
                        break
                    }
                    b.instrs[i].setOp0(.NOP)
                    b.instrs[i + 1].setOp0(.NOP)
                    b.instrs[j].op = invert ? .POP_JUMP_IF_NOT_NONE : .POP_JUMP_IF_NONE
                case .RETURN_VALUE?:
                    b.instrs[i].setOp0(.NOP)
                    i += 1
                    b.instrs[i].setOp1(.RETURN_CONST, oparg)
                case .TO_BOOL?:
                    let idx = addConst(.bool(consts[oparg].isTruthy))
                    b.instrs[i].setOp0(.NOP)
                    b.instrs[i + 1].setOp1(.LOAD_CONST, idx)
                default:
                    break
                }
                i += 1
            }
        }
    }

    /// jump_thread: replace the jump at the end of `b` by a jump to its target's target.
    /// jump_thread: replaces the jump by a NOP (kept if needed for its line) and appends a jump
    /// to the target's target. The new jump has no exception handler, as in CPython.
    private func jumpThread(_ b: BasicBlock, _ i: Int, _ target: CFGInstr, _ op: Opcode) -> Bool {
        if b.instrs[i].target !== target.target {
            b.instrs[i].setOp0(.NOP)
            b.instrs.append(CFGInstr(op: op, arg: 0, loc: target.loc, target: target.target))
            return true
        }
        return false
    }

    private func foldTupleOnConstants(_ b: BasicBlock, _ i: Int, _ n: Int) {
        var items: [ConstantValue] = []
        for k in (i - n)..<i {
            guard b.instrs[k].op == .LOAD_CONST else { return }
            items.append(consts[b.instrs[k].arg])
        }
        let idx = addConst(.tuple(items))
        for k in (i - n)..<i { b.instrs[k].setOp0(.NOP) }
        b.instrs[i].setOp1(.LOAD_CONST, idx)
    }

    private func optimizeBasicBlock(_ b: BasicBlock) {
        var i = 0
        while i < b.instrs.count {
            let inst = b.instrs[i]
            let target: CFGInstr? = inst.op.hasTarget ? CFG.nextNonEmpty(inst.target)?.instrs.first : nil
            let nextop: Opcode? = i + 1 < b.instrs.count ? b.instrs[i + 1].op : nil
            let oparg = inst.arg
            switch inst.op {
            case .BUILD_TUPLE:
                if nextop == .UNPACK_SEQUENCE && oparg == b.instrs[i + 1].arg {
                    if oparg == 1 {
                        b.instrs[i].setOp0(.NOP)
                        b.instrs[i + 1].setOp0(.NOP)
                        i += 1
                        continue
                    }
                    if oparg == 2 || oparg == 3 {
                        b.instrs[i].setOp0(.NOP)
                        b.instrs[i + 1].op = .SWAP
                        i += 1
                        continue
                    }
                }
                if i >= oparg { foldTupleOnConstants(b, i, oparg) }
            case .POP_JUMP_IF_NOT_NONE, .POP_JUMP_IF_NONE, .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE:
                if let t = target, t.op == .JUMP, jumpThread(b, i, t, inst.op) { continue }
            case .JUMP, .JUMP_NO_INTERRUPT:
                if let t = target {
                    if t.op == .JUMP {
                        if jumpThread(b, i, t, .JUMP) { continue }
                    } else if t.op == .JUMP_NO_INTERRUPT {
                        if jumpThread(b, i, t, inst.op) { continue }
                    }
                }
            case .STORE_FAST:
                if nextop == .STORE_FAST && oparg == b.instrs[i + 1].arg && inst.loc.line == b.instrs[i + 1].loc.line {
                    b.instrs[i].setOp0(.POP_TOP)
                }
            case .SWAP:
                if oparg == 1 { b.instrs[i].setOp0(.NOP) }
            case .LOAD_GLOBAL:
                if nextop == .PUSH_NULL && (oparg & 1) == 0 {
                    b.instrs[i].arg = oparg | 1
                    b.instrs[i + 1].setOp0(.NOP)
                }
            case .COMPARE_OP:
                if nextop == .TO_BOOL {
                    b.instrs[i].setOp0(.NOP)
                    b.instrs[i + 1].setOp1(.COMPARE_OP, oparg | 16)
                    i += 1
                    continue
                }
            case .CONTAINS_OP, .IS_OP:
                if nextop == .TO_BOOL {
                    b.instrs[i].setOp0(.NOP)
                    b.instrs[i + 1].setOp1(inst.op, oparg)
                    i += 1
                    continue
                }
                if nextop == .UNARY_NOT {
                    b.instrs[i].setOp0(.NOP)
                    b.instrs[i + 1].setOp1(inst.op, oparg ^ 1)
                    i += 1
                    continue
                }
            case .TO_BOOL:
                if nextop == .TO_BOOL {
                    b.instrs[i].setOp0(.NOP)
                    i += 1
                    continue
                }
            case .UNARY_NOT:
                if nextop == .TO_BOOL {
                    b.instrs[i].setOp0(.NOP)
                    b.instrs[i + 1].setOp0(.UNARY_NOT)
                    i += 1
                    continue
                }
                if nextop == .UNARY_NOT {
                    b.instrs[i].setOp0(.NOP)
                    b.instrs[i + 1].setOp0(.NOP)
                    i += 1
                    continue
                }
            default:
                break
            }
            i += 1
        }
        i = 0
        while i < b.instrs.count {
            if b.instrs[i].op == .SWAP {
                swaptimize(b, &i)
                applyStaticSwaps(b, i)
            }
            i += 1
        }
    }

    private func swaptimize(_ b: BasicBlock, _ ix: inout Int) {
        let start = ix
        var depth = b.instrs[start].arg
        var len = 0
        var more = false
        let limit = b.instrs.count - start
        while true {
            len += 1
            if len >= limit { break }
            let op = b.instrs[start + len].op
            if op == .SWAP {
                depth = max(depth, b.instrs[start + len].arg)
                more = true
            } else if op != .NOP {
                break
            }
        }
        if !more { return }
        var stack = Array(0..<depth)
        for k in 0..<len where b.instrs[start + k].op == .SWAP {
            let a = b.instrs[start + k].arg
            stack.swapAt(0, a - 1)
        }
        let visited = -1
        var current = len - 1
        for i in 0..<depth {
            if stack[i] == visited || stack[i] == i { continue }
            var j = i
            while true {
                if j != 0 {
                    b.instrs[start + current].setOp1(.SWAP, j + 1)
                    current -= 1
                }
                if stack[j] == visited { break }
                let nextJ = stack[j]
                stack[j] = visited
                j = nextJ
            }
        }
        while current >= 0 {
            b.instrs[start + current].setOp0(.NOP)
            current -= 1
        }
        ix += len - 1
    }

    private func isSwappable(_ op: Opcode) -> Bool { op == .STORE_FAST || op == .STORE_FAST_MAYBE_NULL || op == .POP_TOP }

    private func storesTo(_ ins: CFGInstr) -> Int {
        (ins.op == .STORE_FAST || ins.op == .STORE_FAST_MAYBE_NULL) ? ins.arg : -1
    }

    private func nextSwappable(_ b: BasicBlock, _ i: Int, _ lineno: Int32) -> Int {
        var i = i + 1
        while i < b.instrs.count {
            let ins = b.instrs[i]
            if lineno >= 0 && ins.loc.line != lineno { return -1 }
            if ins.op == .NOP { i += 1; continue }
            if isSwappable(ins.op) { return i }
            return -1
        }
        return -1
    }

    private func applyStaticSwaps(_ b: BasicBlock, _ i: Int) {
        var i = i
        while i >= 0 {
            let swap = b.instrs[i]
            if swap.op != .SWAP {
                if swap.op == .NOP || isSwappable(swap.op) { i -= 1; continue }
                return
            }
            let j = nextSwappable(b, i, -1)
            if j < 0 { return }
            var k = j
            let lineno = b.instrs[j].loc.line
            var count = swap.arg - 1
            while count > 0 {
                k = nextSwappable(b, k, lineno)
                if k < 0 { return }
                count -= 1
            }
            let sj = storesTo(b.instrs[j]), sk = storesTo(b.instrs[k])
            if sj >= 0 || sk >= 0 {
                if sj == sk { return }
                for idx in (j + 1)..<k {
                    let s = storesTo(b.instrs[idx])
                    if s >= 0 && (s == sj || s == sk) { return }
                }
            }
            b.instrs[i].setOp0(.NOP)
            b.instrs.swapAt(j, k)
            i -= 1
        }
    }

    // MARK: NOP and jump removal

    @discardableResult
    static func removeRedundantNops(_ b: BasicBlock) -> Int {
        var dest: [CFGInstr] = []
        var prevLineno: Int32 = -1
        var src = 0
        let n = b.instrs.count
        while src < n {
            var instr = b.instrs[src]
            let lineno = instr.loc.line
            var drop = false
            if instr.op == .NOP {
                if lineno < 0 {
                    drop = true
                } else if prevLineno == lineno {
                    drop = true
                } else if src < n - 1 {
                    let nextLineno = b.instrs[src + 1].loc.line
                    if nextLineno == lineno {
                        drop = true
                    } else if nextLineno < 0 {
                        b.instrs[src + 1].loc = instr.loc
                        drop = true
                    }
                } else if let next = nextNonEmpty(b.next) {
                    var nextLoc = noLocation
                    for ni in next.instrs {
                        if ni.op == .NOP && ni.loc.line == noLocation.line { continue }
                        nextLoc = ni.loc
                        break
                    }
                    if lineno == nextLoc.line { drop = true }
                }
            }
            if !drop {
                instr = b.instrs[src]
                dest.append(instr)
                prevLineno = lineno
            }
            src += 1
        }
        let removed = n - dest.count
        b.instrs = dest
        return removed
    }

    func removeRedundantNops() -> Int {
        var changes = 0
        for b in allBlocks { changes += CFG.removeRedundantNops(b) }
        return changes
    }

    private func removeRedundantNopsAndPairs() {
        var done = false
        while !done {
            done = true
            var prev: (BasicBlock, Int)? = nil
            var cur: (BasicBlock, Int)? = nil
            for b in allBlocks {
                CFG.removeRedundantNops(b)
                if b.label >= 0 { cur = nil }
                for i in b.instrs.indices {
                    prev = cur
                    cur = (b, i)
                    let prevOp = prev.map { $0.0.instrs[$0.1].op }
                    let prevArg = prev.map { $0.0.instrs[$0.1].arg } ?? 0
                    if b.instrs[i].op == .POP_TOP, let p = prev,
                       prevOp == .LOAD_CONST || (prevOp == .COPY && prevArg == 1) {
                        p.0.instrs[p.1].setOp0(.NOP)
                        b.instrs[i].setOp0(.NOP)
                        done = false
                    }
                }
                if let c = cur, c.0.instrs[c.1].op.isJumpOp {
                    cur = nil
                } else if !b.hasFallthrough {
                    cur = nil
                }
            }
        }
    }

    private func removeRedundantJumps() -> Int {
        var changes = 0
        for b in allBlocks {
            guard let last = b.last, last.op.isUnconditionalJump else { continue }
            let jt = CFG.nextNonEmpty(last.target)
            let next = CFG.nextNonEmpty(b.next)
            if jt === next {
                changes += 1
                b.instrs[b.instrs.count - 1].setOp0(.NOP)
            }
        }
        return changes
    }

    func removeRedundantNopsAndJumps() {
        while true {
            let n = removeRedundantNops()
            let j = removeRedundantJumps()
            if n + j == 0 { break }
        }
    }

    // MARK: Constants and locals

    /// remove_unused_consts: drop constants no instruction loads (index 0 is kept: it may be a docstring).
    func removeUnusedConsts() {
        let n = consts.count
        if n == 0 { return }
        var used = [Bool](repeating: false, count: n)
        used[0] = true
        for b in allBlocks {
            for ins in b.instrs where ins.op.hasConst { used[ins.arg] = true }
        }
        if !used.contains(false) { return }
        var remap = [Int](repeating: -1, count: n)
        var newConsts: [ConstantValue] = []
        for i in 0..<n where used[i] {
            remap[i] = newConsts.count
            newConsts.append(consts[i])
        }
        consts = newConsts
        constIndex = [:]
        for (i, c) in consts.enumerated() where constIndex[constKey(c)] == nil { constIndex[constKey(c)] = i }
        for b in allBlocks {
            for i in b.instrs.indices where b.instrs[i].op.hasConst {
                b.instrs[i].arg = remap[b.instrs[i].arg]
            }
        }
    }

    /// add_checks_for_loads_of_uninitialized_variables: LOAD_FAST_CHECK where a local may be unbound.
    func addChecksForUninitializedLoads(nlocals: Int, nparams: Int) {
        if nlocals == 0 { return }
        var nlocals = nlocals
        if nlocals > 64 {
            fastScanManyLocals(nlocals)
            nlocals = 64
        }
        resetVisited()
        for b in allBlocks { b.unsafeLocalsMask = 0 }
        var stack: [BasicBlock] = []
        func maybePush(_ b: BasicBlock, _ mask: UInt64) {
            let both = b.unsafeLocalsMask | mask
            if b.unsafeLocalsMask != both {
                b.unsafeLocalsMask = both
                if !b.visited {
                    stack.append(b)
                    b.visited = true
                }
            }
        }
        func scan(_ b: BasicBlock) {
            var mask = b.unsafeLocalsMask
            for i in b.instrs.indices {
                let ins = b.instrs[i]
                if let h = ins.except { maybePush(h, mask) }
                if ins.arg >= 64 { continue }
                let bit: UInt64 = 1 << UInt64(ins.arg)
                switch ins.op {
                case .DELETE_FAST, .LOAD_FAST_AND_CLEAR, .STORE_FAST_MAYBE_NULL: mask |= bit
                case .STORE_FAST: mask &= ~bit
                case .LOAD_FAST_CHECK: mask &= ~bit
                case .LOAD_FAST:
                    if (mask & bit) != 0 { b.instrs[i].op = .LOAD_FAST_CHECK }
                    mask &= ~bit
                default: break
                }
            }
            if let n = b.next, b.hasFallthrough { maybePush(n, mask) }
            if let l = b.last, l.op.isJumpOp { maybePush(l.target!, mask) }
        }
        var startMask: UInt64 = 0
        if nparams < nlocals {
            for i in nparams..<nlocals { startMask |= 1 << UInt64(i) }
        }
        maybePush(entry, startMask)
        for b in allBlocks { scan(b) }
        while let b = stack.popLast() {
            b.visited = false
            scan(b)
        }
    }

    private func fastScanManyLocals(_ nlocals: Int) {
        var states = [Int](repeating: 0, count: nlocals - 64)
        var blocknum = 0
        for b in allBlocks {
            blocknum += 1
            for i in b.instrs.indices {
                let arg = b.instrs[i].arg
                if arg < 64 { continue }
                switch b.instrs[i].op {
                case .DELETE_FAST, .LOAD_FAST_AND_CLEAR, .STORE_FAST_MAYBE_NULL: states[arg - 64] = blocknum - 1
                case .STORE_FAST: states[arg - 64] = blocknum
                case .LOAD_FAST:
                    if states[arg - 64] != blocknum { b.instrs[i].op = .LOAD_FAST_CHECK }
                    states[arg - 64] = blocknum
                default: break
                }
            }
        }
    }

    func insertSuperinstructions() {
        for b in allBlocks {
            for i in b.instrs.indices {
                guard i + 1 < b.instrs.count else { continue }
                let op = b.instrs[i].op, nextop = b.instrs[i + 1].op
                var superOp: Opcode? = nil
                if op == .LOAD_FAST && nextop == .LOAD_FAST { superOp = .LOAD_FAST_LOAD_FAST }
                if op == .STORE_FAST && nextop == .LOAD_FAST { superOp = .STORE_FAST_LOAD_FAST }
                if op == .STORE_FAST && nextop == .STORE_FAST { superOp = .STORE_FAST_STORE_FAST }
                guard let so = superOp else { continue }
                let l1 = b.instrs[i].loc.line, l2 = b.instrs[i + 1].loc.line
                if l1 >= 0 && l2 >= 0 && l1 != l2 { continue }
                if b.instrs[i].arg >= 16 || b.instrs[i + 1].arg >= 16 { continue }
                b.instrs[i].setOp1(so, (b.instrs[i].arg << 4) | b.instrs[i + 1].arg)
                b.instrs[i + 1].setOp0(.NOP)
            }
        }
        _ = removeRedundantNops()
    }

    // MARK: Layout

    private func markWarm() {
        resetVisited()
        var stack: [BasicBlock] = [entry]
        entry.visited = true
        while let b = stack.popLast() {
            b.warm = true
            if let n = b.next, b.hasFallthrough, !n.visited {
                stack.append(n)
                n.visited = true
            }
            for ins in b.instrs where ins.op.isJumpOp {
                let t = ins.target!
                if !t.visited {
                    stack.append(t)
                    t.visited = true
                }
            }
        }
    }

    private func markCold() {
        markWarm()
        resetVisited()
        var stack: [BasicBlock] = []
        for b in allBlocks where b.exceptHandler {
            stack.append(b)
            b.visited = true
        }
        while let b = stack.popLast() {
            b.cold = true
            if let n = b.next, b.hasFallthrough, !n.warm, !n.visited {
                stack.append(n)
                n.visited = true
            }
            for ins in b.instrs where ins.op.isJumpOp {
                let t = ins.target!
                if !t.warm && !t.visited {
                    stack.append(t)
                    t.visited = true
                }
            }
        }
    }

    func pushColdBlocksToEnd() {
        if entry.next == nil { return }
        markCold()
        for b in allBlocks {
            if b.cold && b.hasFallthrough, let n = b.next, n.warm {
                let explicitJump = newBlock()
                if n.label < 0 {
                    n.label = nextLabel
                    nextLabel += 1
                }
                explicitJump.instrs.append(CFGInstr(op: .JUMP_NO_INTERRUPT, arg: n.label, loc: noLocation, target: n))
                explicitJump.cold = true
                explicitJump.next = n
                explicitJump.predecessors = 1
                b.next = explicitJump
            }
        }
        var coldHead: BasicBlock? = nil
        var coldTail: BasicBlock? = nil
        var b = entry
        while b.next != nil {
            while let n = b.next, !n.cold { b = n }
            guard let coldStart = b.next else { break }
            var bEnd = coldStart
            while let n = bEnd.next, n.cold { bEnd = n }
            if coldHead == nil { coldHead = coldStart } else { coldTail!.next = coldStart }
            coldTail = bEnd
            b.next = bEnd.next
            bEnd.next = nil
        }
        b.next = coldHead
        if coldHead != nil { removeRedundantNopsAndJumps() }
    }

    // MARK: Stack depth

    /// calculate_stackdepth; like CPython 3.13's co_stacksize the result is at least 1.
    func calculateStackDepth() -> Int {
        for b in allBlocks { b.startDepth = Int.min }
        var stack: [BasicBlock] = []
        func push(_ b: BasicBlock, _ depth: Int) {
            if b.startDepth < depth && b.startDepth < 100 {
                b.startDepth = depth
                stack.append(b)
            }
        }
        var maxDepth = 0
        push(entry, 0)
        while let b = stack.popLast() {
            var depth = b.startDepth
            var next = b.next
            for ins in b.instrs {
                let effect = ins.op.stackPush(oparg: ins.arg) - ins.op.stackPop(oparg: ins.arg)
                let newDepth = depth + (ins.op.isBlockPush ? 0 : effect)
                maxDepth = max(maxDepth, newDepth)
                if ins.op.hasTarget {
                    var jumpEffect = effect
                    switch ins.op {
                    case .SETUP_FINALLY, .SETUP_WITH: jumpEffect = 1
                    case .SETUP_CLEANUP: jumpEffect = 2
                    default: break
                    }
                    let targetDepth = depth + jumpEffect
                    maxDepth = max(maxDepth, targetDepth)
                    push(ins.target!, targetDepth)
                }
                depth = newDepth
                if ins.op.isUnconditionalJump || ins.op.isScopeExit {
                    next = nil
                    break
                }
            }
            if let n = next { push(n, depth) }
        }
        return max(maxDepth, 1)
    }

    // MARK: Final lowering

    func convertPseudoOps() {
        for b in allBlocks {
            for i in b.instrs.indices {
                switch b.instrs[i].op {
                case .SETUP_FINALLY, .SETUP_CLEANUP, .SETUP_WITH: b.instrs[i].setOp0(.NOP)
                case .LOAD_CLOSURE: b.instrs[i].op = .LOAD_FAST
                case .STORE_FAST_MAYBE_NULL: b.instrs[i].op = .STORE_FAST
                default: break
                }
            }
        }
        removeRedundantNopsAndJumps()
    }

    func normalizeJumps() {
        resetVisited()
        var b: BasicBlock? = entry
        while let blk = b {
            blk.visited = true
            if let last = blk.last, last.op.isJumpOp {
                let isForward = !last.target!.visited
                let li = blk.instrs.count - 1
                switch last.op {
                case .JUMP:
                    blk.instrs[li].op = isForward ? .JUMP_FORWARD : .JUMP_BACKWARD
                case .JUMP_NO_INTERRUPT:
                    blk.instrs[li].op = isForward ? .JUMP_FORWARD : .JUMP_BACKWARD_NO_INTERRUPT
                case .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE, .POP_JUMP_IF_NONE, .POP_JUMP_IF_NOT_NONE:
                    if !isForward {
                        let reversed: Opcode
                        switch last.op {
                        case .POP_JUMP_IF_FALSE: reversed = .POP_JUMP_IF_TRUE
                        case .POP_JUMP_IF_TRUE: reversed = .POP_JUMP_IF_FALSE
                        case .POP_JUMP_IF_NONE: reversed = .POP_JUMP_IF_NOT_NONE
                        default: reversed = .POP_JUMP_IF_NONE
                        }
                        let target = last.target!
                        let backwardsJump = newBlock()
                        backwardsJump.instrs.append(CFGInstr(op: .JUMP, arg: 0, loc: last.loc, target: target))
                        blk.instrs[li].op = reversed
                        blk.instrs[li].target = blk.next
                        backwardsJump.cold = blk.cold
                        backwardsJump.next = blk.next
                        blk.next = backwardsJump
                    }
                default:
                    break
                }
            }
            b = blk.next
        }
    }
}
