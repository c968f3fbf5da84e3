// Hand-built traces over a "world": a block of memory holding a VM frame and the objects a
// trace touches, laid out for a given base address. Natively the world is real memory; for
// AArch64 it is an image that the qemu harness maps at a fixed address. Each scenario's
// summary is address independent, so x86-64 and AArch64 runs can be compared verbatim.

import CSupport
import QuickenJIT
import QuickenStencils

/// The Swift slow-path helper the traces call (the harness has a C twin): a*1000+b on small
/// ints; NULL (an "exception") when b is 0.
let helperCombine: @convention(c) (UInt64, UInt64) -> UInt64 = { a, b in
    if qk_int_value(b) == 0 { return 0 }
    return qk_from_int(qk_int_value(a) * 1000 + qk_int_value(b))
}

/// The escape-hatch helper (call_helper_frame; the harness has a C twin): ( a b -- a - b*k )
/// on small ints with k = the op's operand; NULL (exit, stack untouched) otherwise.
let helperFrame: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<UInt64>?, UInt64) -> UnsafeMutablePointer<UInt64>? = { _, sp, k in
    guard let sp, qk_both_int(sp[-2], sp[-1]) != 0 else { return nil }
    sp[-2] = qk_from_int(qk_int_value(sp[-2]) - qk_int_value(sp[-1]) * Int64(k))
    return sp - 1
}

/// Helper addresses on the target the trace runs on.
struct Helpers {
    var combine: UInt64
    var frame: UInt64
}

final class World {
    let base: UInt64
    let memory: UnsafeMutableRawBufferPointer
    private(set) var top = 0

    /// `base` nil: the world runs where it is allocated (native execution).
    init(size: Int = 1 << 16, base: UInt64? = nil) {
        memory = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 4096)
        memory.initializeMemory(as: UInt8.self, repeating: 0)
        self.base = base ?? UInt64(UInt(bitPattern: memory.baseAddress!))
    }
    deinit { memory.deallocate() }

    func alloc(_ bytes: Int, align: Int = 16) -> Int {
        top = (top + align - 1) / align * align
        let off = top
        top += bytes
        precondition(top <= memory.count)
        return off
    }
    func addr(_ off: Int) -> UInt64 { base + UInt64(off) }
    func ptr<T>(_ off: Int, _: T.Type) -> UnsafeMutablePointer<T> {
        (memory.baseAddress! + off).assumingMemoryBound(to: T.self)
    }
    func word(_ off: Int) -> UInt64 { memory.load(fromByteOffset: off, as: UInt64.self) }
    func setWord(_ off: Int, _ v: UInt64) { memory.storeBytes(of: v, toByteOffset: off, as: UInt64.self) }

    /// World offset of an address inside the world, if it is one.
    func offset(of a: UInt64) -> Int? { a >= base && a < base + UInt64(memory.count) ? Int(a - base) : nil }

    func describe(_ v: UInt64) -> String {
        if v == 0 { return "NULL" }
        if qk_is_int(v) != 0 { return "\(qk_int_value(v))" }
        if qk_is_double(v) != 0 { return "f\(qk_double_value(v))" }
        if let o = offset(of: v) { return "@\(o)" }
        return String(format: "0x%llx", v)
    }
}

/// A frame in a world: header, `nlocals` locals, then the value stack; plus 64 fake code
/// units that exits point into.
struct FrameInWorld {
    let frame: Int, locals: Int, stack: Int, code: Int, nlocals: Int
    init(_ w: World, nlocals: Int, stack: Int = 8) {
        let header = MemoryLayout<QKFrame>.size   // localsplus follows (Frames.localsplus)
        frame = w.alloc(header + 8 * (nlocals + stack))
        locals = frame + header
        self.stack = locals + 8 * nlocals
        self.nlocals = nlocals
        code = w.alloc(128)
    }
    func setLocal(_ w: World, _ i: Int, _ v: UInt64) { w.setWord(locals + 8 * i, v) }
    func local(_ w: World, _ i: Int) -> UInt64 { w.word(locals + 8 * i) }
    /// The address of code unit `i` (what an exit stores in instr_ptr).
    func ip(_ w: World, _ i: Int) -> UInt64 { w.addr(code + 2 * i) }

    /// exit id, resume point (code unit), stack depth and contents, and the locals.
    func summary(_ w: World, exit: UInt) -> String {
        let ipOff = w.offset(of: w.word(frame + MemoryLayout<QKFrame>.offset(of: \QKFrame.instr_ptr)!))
        let spAddr = w.word(frame + MemoryLayout<QKFrame>.offset(of: \QKFrame.stack_pointer)!)
        let depth = w.offset(of: spAddr).map { ($0 - stack) / 8 } ?? -1
        let stackItems = (0..<max(0, depth)).map { w.describe(w.word(stack + 8 * $0)) }
        let localItems = (0..<nlocals).map { w.describe(local(w, $0)) }
        let ip = ipOff.map { "\(($0 - code) / 2)" } ?? "?"
        return "exit=\(exit) ip=\(ip) stack=[\(stackItems.joined(separator: ", "))] locals=[\(localItems.joined(separator: ", "))]"
    }
}

/// A trace ready to run: the ops, the frame, and where the stack pointer starts.
struct PreparedTrace {
    let ops: [TraceOp]
    let frame: FrameInWorld
    var spDepth = 0
}

struct Scenario {
    let name: String
    /// Builds the world contents and the trace, given the helpers' addresses on the target.
    let build: (World, Helpers) -> PreparedTrace
}

/// Exit ops appended after a trace body: op index of each, by id.
func exitOp(_ id: UInt64, ip: UInt64) -> TraceOp { TraceOp(QK_UOP_EXIT, operand0: ip, operand1: id) }

/// `while i < n: total += i; i += 1`, with locals i, n, total.
func intLoop(n: Int, total: Int, start: Int = 0, totalIsFloat: Bool = false) -> Scenario {
    Scenario(name: "int loop n=\(n) total=\(total)\(totalIsFloat ? " (float)" : "")") { w, _ in
        let f = FrameInWorld(w, nlocals: 3)
        f.setLocal(w, 0, qk_from_int(Int64(start)))
        f.setLocal(w, 1, qk_from_int(Int64(n)))
        f.setLocal(w, 2, totalIsFloat ? qk_from_double(Double(total)) : qk_from_int(Int64(total)))
        let done = 15, overflow = 16, typeExit = 17, unbound = 18
        let ops: [TraceOp] = [
            /* 0 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: unbound),
            /* 1 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 1, exit: unbound),
            /* 2 */ TraceOp(QK_UOP_GUARD_BOTH_INT, exit: typeExit),
            /* 3 */ TraceOp(QK_UOP_COMPARE_INT_BRANCH, oparg: qk_compare_mask(5), jump: done),  // i >= n: leave
            /* 4 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 2, exit: unbound),
            /* 5 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: unbound),
            /* 6 */ TraceOp(QK_UOP_GUARD_BOTH_INT, exit: typeExit),
            /* 7 */ TraceOp(QK_UOP_BINARY_ADD_INT, exit: overflow),
            /* 8 */ TraceOp(QK_UOP_STORE_FAST, oparg: 2),
            /* 9 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: unbound),
            /* 10 */ TraceOp(QK_UOP_LOAD_CONST, operand0: qk_from_int(1)),
            /* 11 */ TraceOp(QK_UOP_GUARDED_ADD_INT, exit: overflow),
            /* 12 */ TraceOp(QK_UOP_STORE_FAST, oparg: 0),
            /* 13 */ TraceOp(QK_UOP_NOP),
            /* 14 */ TraceOp(QK_UOP_JUMP, jump: 0),
            /* 15 */ exitOp(1, ip: f.ip(w, 40)),
            /* 16 */ exitOp(2, ip: f.ip(w, 20)),
            /* 17 */ exitOp(3, ip: f.ip(w, 10)),
            /* 18 */ exitOp(4, ip: f.ip(w, 0)),
        ]
        return PreparedTrace(ops: ops, frame: f)
    }
}

/// `while t < limit: acc = acc + t * 0.25 - 1.0; t = t + 1.5`, with locals t, acc.
func floatLoop(limit: Double) -> Scenario {
    Scenario(name: "float loop limit=\(limit)") { w, _ in
        let f = FrameInWorld(w, nlocals: 3)
        f.setLocal(w, 0, qk_from_double(0.0))
        f.setLocal(w, 1, qk_from_double(0.5))
        f.setLocal(w, 2, qk_from_double(limit))
        let done = 17, typeExit = 18
        let ops: [TraceOp] = [
            /* 0 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: typeExit),
            /* 1 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 2, exit: typeExit),
            /* 2 */ TraceOp(QK_UOP_GUARD_BOTH_FLOAT, exit: typeExit),
            /* 3 */ TraceOp(QK_UOP_COMPARE_FLOAT_BRANCH, oparg: ~qk_compare_mask(0) & 15, jump: done),  // not (t < limit)
            /* 4 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 1, exit: typeExit),
            /* 5 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: typeExit),
            /* 6 */ TraceOp(QK_UOP_LOAD_CONST, operand0: qk_from_double(0.25)),
            /* 7 */ TraceOp(QK_UOP_BINARY_MUL_FLOAT),
            /* 8 */ TraceOp(QK_UOP_BINARY_ADD_FLOAT),
            /* 9 */ TraceOp(QK_UOP_LOAD_CONST, operand0: qk_from_double(1.0)),
            /* 10 */ TraceOp(QK_UOP_BINARY_SUB_FLOAT),
            /* 11 */ TraceOp(QK_UOP_STORE_FAST, oparg: 1),
            /* 12 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: typeExit),
            /* 13 */ TraceOp(QK_UOP_LOAD_CONST, operand0: qk_from_double(1.5)),
            /* 14 */ TraceOp(QK_UOP_BINARY_ADD_FLOAT),
            /* 15 */ TraceOp(QK_UOP_STORE_FAST, oparg: 0),
            /* 16 */ TraceOp(QK_UOP_JUMP, jump: 0),
            /* 17 */ exitOp(1, ip: f.ip(w, 30)),
            /* 18 */ exitOp(3, ip: f.ip(w, 5)),
        ]
        return PreparedTrace(ops: ops, frame: f)
    }
}

/// Reference result of floatLoop, computed the same way in Swift.
func floatLoopExpected(limit: Double) -> (t: Double, acc: Double) {
    var t = 0.0, acc = 0.5
    while t < limit { acc = acc + t * 0.25 - 1.0; t = t + 1.5 }
    return (t, acc)
}

/// An instance with two slots, built field by field in the world: a QKType with a version and
/// an object of that type. `obj.y = obj.x * obj.y`, guarded on the type version.
func slotAttributes(version: UInt32, guardVersion: UInt32, x: Int, y: UInt64?) -> Scenario {
    Scenario(name: "slots v\(version)/guard v\(guardVersion) x=\(x) y=\(y.map { "\($0)" } ?? "unset")") { w, _ in
        let f = FrameInWorld(w, nlocals: 2)
        let type = w.alloc(MemoryLayout<QKType>.size)
        let slotsOffset = MemoryLayout<QKObject>.size + 8   // header, dict slot, then slots
        let obj = w.alloc(slotsOffset + 16)
        w.ptr(type, QKType.self).pointee.version = version
        w.ptr(type, QKType.self).pointee.slotsoffset = Int32(slotsOffset)
        w.setWord(obj, w.addr(type))   // ob_type
        w.setWord(obj + slotsOffset, qk_from_int(Int64(x)))
        w.setWord(obj + slotsOffset + 8, y.map { qk_from_int(Int64($0)) } ?? 0)
        f.setLocal(w, 0, w.addr(obj))
        let xOff = UInt64(slotsOffset), yOff = UInt64(slotsOffset + 8)
        let miss = 13
        let ops: [TraceOp] = [
            /* 0 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: miss),
            /* 1 */ TraceOp(QK_UOP_GUARD_TYPE_VERSION, operand0: UInt64(guardVersion), exit: miss),
            /* 2 */ TraceOp(QK_UOP_LOAD_ATTR_SLOT, operand0: xOff, exit: miss),
            /* 3 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: miss),
            /* 4 */ TraceOp(QK_UOP_GUARD_TYPE_VERSION, operand0: UInt64(guardVersion), exit: miss),
            /* 5 */ TraceOp(QK_UOP_LOAD_ATTR_SLOT, operand0: yOff, exit: miss),
            /* 6 */ TraceOp(QK_UOP_GUARDED_MUL_INT, exit: miss),
            /* 7 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: miss),
            /* 8 */ TraceOp(QK_UOP_STORE_ATTR_SLOT, operand0: yOff),
            /* 9 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: miss),
            /* 10 */ TraceOp(QK_UOP_LOAD_ATTR_SLOT, operand0: yOff, exit: miss),
            /* 11 */ TraceOp(QK_UOP_STORE_FAST, oparg: 1),   // continues into the exit
            /* 12 */ exitOp(1, ip: f.ip(w, 50)),
            /* 13 */ exitOp(2, ip: f.ip(w, 7)),
        ]
        return PreparedTrace(ops: ops, frame: f)
    }
}

/// A module global through a cached dict entry, a list index with its bounds guard, and a
/// helper call: `r = helper(G, L[index])`, with locals L, index, r.
func globalsListHelper(index: Int, keysVersion: UInt32, cachedVersion: UInt32, items: [Int]) -> Scenario {
    Scenario(name: "global+list[\(index)]+helper keys v\(keysVersion)/cached v\(cachedVersion) items=\(items)") { w, helpers in
        let f = FrameInWorld(w, nlocals: 3)
        // A dict whose entry 1 holds the global's value (entry 0 is some other name).
        let dict = w.alloc(MemoryLayout<QKDict>.size)
        let entries = w.alloc(2 * MemoryLayout<QKDictEntry>.size)
        w.ptr(dict, QKDict.self).pointee.keys_version = keysVersion
        w.ptr(dict, QKDict.self).pointee.nentries = 2
        w.ptr(dict, QKDict.self).pointee.entries = UnsafeMutablePointer(bitPattern: UInt(w.addr(entries)))
        w.ptr(entries, QKDictEntry.self)[1].value = qk_from_int(7)
        // A list: type object stands for `list`.
        let listType = w.alloc(MemoryLayout<QKType>.size)
        let list = w.alloc(MemoryLayout<QKList>.size)
        let storage = w.alloc(8 * max(1, items.count))
        w.setWord(list, w.addr(listType))
        w.ptr(list, QKList.self).pointee.size = Int64(items.count)
        w.ptr(list, QKList.self).pointee.items = UnsafeMutablePointer(bitPattern: UInt(w.addr(storage)))
        for (i, v) in items.enumerated() { w.setWord(storage + 8 * i, qk_from_int(Int64(v))) }
        f.setLocal(w, 0, w.addr(list))
        f.setLocal(w, 1, qk_from_int(Int64(index)))
        let done = 7, globalMiss = 8, indexMiss = 9, helperFailed = 10
        let ops: [TraceOp] = [
            /* 0 */ TraceOp(QK_UOP_LOAD_GLOBAL_CACHED, oparg: 1, operand0: w.addr(dict), operand1: UInt64(cachedVersion), exit: globalMiss),
            /* 1 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: indexMiss),
            /* 2 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 1, exit: indexMiss),
            /* 3 */ TraceOp(QK_UOP_LIST_INDEX, operand0: w.addr(listType), exit: indexMiss),
            /* 4 */ TraceOp(QK_UOP_CALL_HELPER_BINARY, helper: helpers.combine, exit: helperFailed),
            /* 5 */ TraceOp(QK_UOP_STORE_FAST, oparg: 2),
            /* 6 */ TraceOp(QK_UOP_JUMP, jump: done),
            /* 7 */ exitOp(1, ip: f.ip(w, 60)),
            /* 8 */ exitOp(2, ip: f.ip(w, 1)),
            /* 9 */ exitOp(3, ip: f.ip(w, 3)),
            /* 10 */ exitOp(4, ip: f.ip(w, 9)),
        ]
        return PreparedTrace(ops: ops, frame: f)
    }
}

/// `r = helperFrame(a, b)` through the generic escape hatch, then `r + 1` in the trace.
func frameHelper(a: UInt64, b: UInt64, k: UInt64) -> Scenario {
    Scenario(name: "frame helper a=\(a) b=\(b) k=\(k)") { w, helpers in
        let f = FrameInWorld(w, nlocals: 3)
        f.setLocal(w, 0, a)
        f.setLocal(w, 1, b)
        let ops: [TraceOp] = [
            /* 0 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: 7),
            /* 1 */ TraceOp(QK_UOP_LOAD_FAST, oparg: 1, exit: 7),
            /* 2 */ TraceOp(QK_UOP_CALL_HELPER_FRAME, operand0: k, helper: helpers.frame, exit: 7),
            /* 3 */ TraceOp(QK_UOP_LOAD_CONST, operand0: qk_from_int(1)),
            /* 4 */ TraceOp(QK_UOP_GUARDED_ADD_INT, exit: 7),
            /* 5 */ TraceOp(QK_UOP_STORE_FAST, oparg: 2),
            /* 6 */ exitOp(1, ip: f.ip(w, 12)),
            /* 7 */ exitOp(2, ip: f.ip(w, 4)),
        ]
        return PreparedTrace(ops: ops, frame: f)
    }
}

let allScenarios: [Scenario] = [
    intLoop(n: 100, total: 0),
    intLoop(n: 100, total: (1 << 49) - 11),
    intLoop(n: 100, total: 0, totalIsFloat: true),
    intLoop(n: 5, total: 3, start: 9),
    floatLoop(limit: 10.0),
    floatLoop(limit: .nan),
    slotAttributes(version: 7, guardVersion: 7, x: 6, y: 7),
    slotAttributes(version: 8, guardVersion: 7, x: 6, y: 7),
    slotAttributes(version: 7, guardVersion: 7, x: 6, y: nil),
    slotAttributes(version: 7, guardVersion: 7, x: 1 << 30, y: 1 << 30),
    globalsListHelper(index: 1, keysVersion: 3, cachedVersion: 3, items: [5, 6, 8]),
    globalsListHelper(index: -1, keysVersion: 3, cachedVersion: 3, items: [5, 6, 8]),
    globalsListHelper(index: 3, keysVersion: 3, cachedVersion: 3, items: [5, 6, 8]),
    globalsListHelper(index: 0, keysVersion: 4, cachedVersion: 3, items: [5]),
    globalsListHelper(index: 0, keysVersion: 3, cachedVersion: 3, items: [0]),
    frameHelper(a: qk_from_int(100), b: qk_from_int(7), k: 3),
    frameHelper(a: qk_from_int(100), b: qk_from_double(7), k: 3),
]
