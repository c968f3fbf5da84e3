// PEP 659 quickening: adaptive counters, the modes the test corpus runs in, and the choice of
// a specialized form for each family. The forms' bodies live in Interpreter+Loop.swift and
// their guards and actions in CSupport/include/qk_adaptive.h.
//
// Life of a site, as in CPython 3.13: the counter starts at warmup; when it reaches zero the
// family head asks the specializer, which rewrites the opcode byte and sets the cooldown on
// success, or keeps the head with an exponential backoff on failure. A specialized form
// never touches the counter while its guards hold; a miss runs the head's body, which counts
// down, so after `cooldown` misses the site is re-specialized.

import CSupport
import QuickenCompiler

public enum Specializer {
    public enum Mode: String, CaseIterable, Sendable {
        /// CPython's schedule.
        case normal
        /// Never specialize (`--no-specialize`).
        case off
        /// Specialize on the first execution and re-specialize on the first miss.
        case eager
        /// Specialize as normal, but every guard misses.
        case deopt
    }

    nonisolated(unsafe) public private(set) static var mode: Mode = .normal
    nonisolated(unsafe) static var warmup: UInt16 = UInt16(QK_COUNTER_WARMUP)
    nonisolated(unsafe) static var cooldown: UInt16 = UInt16(QK_COUNTER_COOLDOWN)
    /// A counter that will not fire again for a long time (used when specializing is off).
    static let dormant: UInt16 = UInt16(QK_COUNTER_DORMANT)

    public static func setMode(_ m: Mode) {
        mode = m
        switch m {
        case .normal, .deopt:
            warmup = UInt16(QK_COUNTER_WARMUP)
            cooldown = UInt16(QK_COUNTER_COOLDOWN)
        case .off:
            warmup = dormant
            cooldown = dormant
        case .eager:
            warmup = 0
            cooldown = 0
        }
        qk_adaptive_deopt_always = m == .deopt ? 1 : 0
    }

    /// Opcodes whose first cache unit is an adaptive counter.
    static let adaptiveHeads: Set<Int> = [
        OP_TO_BOOL, OP_BINARY_OP, OP_BINARY_SUBSCR, OP_STORE_SUBSCR, OP_SEND, OP_UNPACK_SEQUENCE,
        OP_STORE_ATTR, OP_LOAD_GLOBAL, OP_LOAD_SUPER_ATTR, OP_LOAD_ATTR, OP_COMPARE_OP,
        OP_CONTAINS_OP, OP_FOR_ITER, OP_CALL,
    ]

    /// Set every adaptive counter of fresh code to the warmup value.
    static func quicken(_ code: CodePtr) {
        let units = code.pointee.code!
        let n = Int(code.pointee.ncode)
        var i = 0
        while i < n {
            let op = Int(units[i] & 0xFF)
            if adaptiveHeads.contains(op) { units[i + 1] = warmup }
            i += 1 + Int(qk_op_cache_size(Int32(op)))
        }
    }

    /// Undo quickening: every specialized form back to its family head and every counter to
    /// warmup, as for fresh code (for benchmarks and experiments that re-run cold code).
    public static func reset(_ codeValue: Value) {
        let code = codeValue.ptr(QKCode.self)
        let units = code.pointee.code!
        let n = Int(code.pointee.ncode)
        var i = 0
        while i < n {
            let head = Int(qk_op_deopt(Int32(units[i] & 0xFF)))
            units[i] = (units[i] & 0xFF00) | UInt16(head)
            if adaptiveHeads.contains(head) { units[i + 1] = warmup }
            i += 1 + Int(qk_op_cache_size(Int32(head)))
        }
    }

    // MARK: Outcomes

    /// Install specialized form `op` at `instr` (the oparg byte is kept).
    static func succeed(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ op: Int) -> Int {
        if Stats.enabled { Stats.recordSuccess(code, instr, op) }
        instr.pointee = (instr.pointee & 0xFF00) | UInt16(op)
        (instr + 1).pointee = cooldown
        return op
    }

    /// Keep (or restore) the family head `head` at `instr` and back off.
    static func fail(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ head: Int, _ why: Failure) -> Int {
        if Stats.enabled { Stats.recordFailure(code, instr, head, why) }
        instr.pointee = (instr.pointee & 0xFF00) | UInt16(head)
        (instr + 1).pointee = mode == .off ? dormant : (mode == .eager ? 0 : qk_counter_after_failure((instr + 1).pointee))
        return head
    }

    /// RESUME becomes RESUME_CHECK after its first execution (it has no cache or counter).
    static func resume(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>) {
        if mode == .off { return }
        if Stats.enabled { Stats.recordSuccess(code, instr, OP_RESUME_CHECK) }
        instr.pointee = (instr.pointee & 0xFF00) | UInt16(OP_RESUME_CHECK)
    }

    // MARK: Numbers

    /// BINARY_OP (oparg: NB_* from CPython's opcode.py; 13 and up are the in-place forms).
    static func binaryOp(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ lhs: Value, _ rhs: Value, _ oparg: Int,
                         _ locals: UnsafeMutablePointer<Value>) -> Int {
        let head = OP_BINARY_OP
        if mode == .off { return fail(code, instr, head, .disabled) }
        let nb = oparg >= 13 ? oparg - 13 : oparg
        let ints = qk_both_int(lhs.raw, rhs.raw) != 0
        let floats = qk_both_double(lhs.raw, rhs.raw) != 0
        let mixed = qk_mixed_number(lhs.raw, rhs.raw) != 0
        switch nb {
        case 0, 10, 5:  // + - *
            if ints {
                var out: QKValue = 0
                let fits = nb == 0 ? qk_int_add(lhs.raw, rhs.raw, &out) : nb == 10 ? qk_int_sub(lhs.raw, rhs.raw, &out)
                                                                                  : qk_int_mul(lhs.raw, rhs.raw, &out)
                if fits == 0 { return fail(code, instr, head, .intOverflow) }
                return succeed(code, instr, nb == 0 ? OP_BINARY_OP_ADD_INT : nb == 10 ? OP_BINARY_OP_SUBTRACT_INT : OP_BINARY_OP_MULTIPLY_INT)
            }
            if floats {
                return succeed(code, instr, nb == 0 ? OP_BINARY_OP_ADD_FLOAT : nb == 10 ? OP_BINARY_OP_SUBTRACT_FLOAT : OP_BINARY_OP_MULTIPLY_FLOAT)
            }
            if mixed {
                return succeed(code, instr, nb == 0 ? OP_BINARY_OP_ADD_MIXED : nb == 10 ? OP_BINARY_OP_SUBTRACT_MIXED : OP_BINARY_OP_MULTIPLY_MIXED)
            }
            if nb == 0 && lhs.isExactlyStr && rhs.isExactlyStr {
                // `s += t` stored straight back into the local it came from (CPython's rule).
                let next = instr + 2
                if oparg == 13 && Int32(next.pointee & 0xFF) == OP_STORE_FAST {
                    return succeed(code, instr, OP_BINARY_OP_INPLACE_ADD_UNICODE)
                }
                return succeed(code, instr, OP_BINARY_OP_ADD_UNICODE)
            }
        case 11:  // /
            if (floats || mixed || ints) && qk_true_divide(lhs.raw, rhs.raw) == 0 { return fail(code, instr, head, .zeroDivisor) }
            if floats { return succeed(code, instr, OP_BINARY_OP_TRUE_DIVIDE_FLOAT) }
            if mixed { return succeed(code, instr, OP_BINARY_OP_TRUE_DIVIDE_MIXED) }
            if ints { return succeed(code, instr, OP_BINARY_OP_TRUE_DIVIDE_INT) }
        case 2:  // //
            if ints {
                if rhs.smallInt == 0 { return fail(code, instr, head, .zeroDivisor) }
                if qk_int_floordiv(lhs.raw, rhs.raw) == 0 { return fail(code, instr, head, .intOverflow) }
                return succeed(code, instr, OP_BINARY_OP_FLOOR_DIVIDE_INT)
            }
        case 6:  // %
            if ints { return rhs.smallInt == 0 ? fail(code, instr, head, .zeroDivisor) : succeed(code, instr, OP_BINARY_OP_MODULO_INT) }
        case 1: if ints { return succeed(code, instr, OP_BINARY_OP_AND_INT) }
        case 7: if ints { return succeed(code, instr, OP_BINARY_OP_OR_INT) }
        case 12: if ints { return succeed(code, instr, OP_BINARY_OP_XOR_INT) }
        default:
            return fail(code, instr, head, .operatorNotSpecialized)
        }
        return fail(code, instr, head, Failure.operandKinds(lhs, rhs))
    }

    /// COMPARE_OP.
    static func compareOp(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ lhs: Value, _ rhs: Value, _ oparg: Int) -> Int {
        let head = OP_COMPARE_OP
        if mode == .off { return fail(code, instr, head, .disabled) }
        if qk_both_int(lhs.raw, rhs.raw) != 0 { return succeed(code, instr, OP_COMPARE_OP_INT) }
        if qk_both_double(lhs.raw, rhs.raw) != 0 { return succeed(code, instr, OP_COMPARE_OP_FLOAT) }
        if qk_mixed_number(lhs.raw, rhs.raw) != 0 { return succeed(code, instr, OP_COMPARE_OP_MIXED) }
        if lhs.isExactlyStr && rhs.isExactlyStr {
            let cmp = oparg >> 5
            return cmp == 2 || cmp == 3 ? succeed(code, instr, OP_COMPARE_OP_STR) : fail(code, instr, head, .strOrdering)
        }
        return fail(code, instr, head, Failure.operandKinds(lhs, rhs))
    }

    /// TO_BOOL (cache: counter, type version).
    static func toBool(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ v: Value) -> Int {
        let head = OP_TO_BOOL
        if mode == .off { return fail(code, instr, head, .disabled) }
        if v == .true_ || v == .false_ { return succeed(code, instr, OP_TO_BOOL_BOOL) }
        if v.isSmallInt { return succeed(code, instr, OP_TO_BOOL_INT) }
        if v.isNone { return succeed(code, instr, OP_TO_BOOL_NONE) }
        if v.isExactlyStr { return succeed(code, instr, OP_TO_BOOL_STR) }
        if v.isExactly(Types.list) { return succeed(code, instr, OP_TO_BOOL_LIST) }
        let t = v.type
        if v.isObject && t.isHeapType && t.pointee.layout == QK_LAYOUT_OBJECT.rawValue {
            if lookupInMRO(t, Names.__bool__) != nil || lookupInMRO(t, Names.__len__) != nil {
                return fail(code, instr, head, .definesBoolOrLen)
            }
            guard t.pointee.version != 0 else { return fail(code, instr, head, .noTypeVersion) }
            Cache.write32(instr + 2, t.pointee.version)
            return succeed(code, instr, OP_TO_BOOL_ALWAYS_TRUE)
        }
        return fail(code, instr, head, .otherType(v))
    }

    // MARK: Containers

    /// CONTAINS_OP: `x in dict` / `x in set` on exact dicts, sets and frozensets.
    static func containsOp(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ container: Value) -> Int {
        let head = OP_CONTAINS_OP
        if mode == .off { return fail(code, instr, head, .disabled) }
        if container.isExactly(Types.dict) { return succeed(code, instr, OP_CONTAINS_OP_DICT) }
        if container.isExactly(Types.set) || container.isExactly(Types.frozenset) { return succeed(code, instr, OP_CONTAINS_OP_SET) }
        return fail(code, instr, head, .otherType(container))
    }

    /// BINARY_SUBSCR on exact lists, tuples and strs with an unboxed int, and exact dicts.
    static func binarySubscr(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ container: Value, _ sub: Value) -> Int {
        let head = OP_BINARY_SUBSCR
        if mode == .off { return fail(code, instr, head, .disabled) }
        if container.isExactly(Types.dict) { return succeed(code, instr, OP_BINARY_SUBSCR_DICT) }
        if sub.isSmallInt {
            // Like CPython, only non-negative in-range indexes take the fast path.
            let i = sub.smallInt
            if container.isExactly(Types.list) {
                return i >= 0 && i < List.count(container) ? succeed(code, instr, OP_BINARY_SUBSCR_LIST_INT) : fail(code, instr, head, .indexOutOfRange)
            }
            if container.isExactly(Types.tuple) {
                return i >= 0 && i < Tuple.count(container) ? succeed(code, instr, OP_BINARY_SUBSCR_TUPLE_INT) : fail(code, instr, head, .indexOutOfRange)
            }
            if container.isExactlyStr {
                return i >= 0 && i < Str.count(container) ? succeed(code, instr, OP_BINARY_SUBSCR_STR_INT) : fail(code, instr, head, .indexOutOfRange)
            }
        }
        if container.isExactly(Types.list) || container.isExactly(Types.tuple) || container.isExactlyStr {
            return fail(code, instr, head, sub.isExactly(Types.slice) ? .sliceSubscript : .otherType(sub))
        }
        let t = container.type
        if t.isHeapType, let getitem = lookupInMRO(t, Names.__getitem__), getitem.isExactly(Types.function),
           takesExactly(getitem.ptr(QKFunction.self), 2) {
            return succeed(code, instr, OP_BINARY_SUBSCR_GETITEM)
        }
        return fail(code, instr, head, .otherType(container))
    }

    /// STORE_SUBSCR on exact lists with an unboxed int, and exact dicts.
    static func storeSubscr(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ container: Value, _ sub: Value) -> Int {
        let head = OP_STORE_SUBSCR
        if mode == .off { return fail(code, instr, head, .disabled) }
        if container.isExactly(Types.dict) { return succeed(code, instr, OP_STORE_SUBSCR_DICT) }
        if container.isExactly(Types.list) {
            guard sub.isSmallInt else { return fail(code, instr, head, .otherType(sub)) }
            let i = sub.smallInt
            return i >= 0 && i < List.count(container) ? succeed(code, instr, OP_STORE_SUBSCR_LIST_INT) : fail(code, instr, head, .indexOutOfRange)
        }
        return fail(code, instr, head, .otherType(container))
    }

    /// UNPACK_SEQUENCE of exact tuples and lists of the right length.
    static func unpackSequence(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ seq: Value, _ n: Int) -> Int {
        let head = OP_UNPACK_SEQUENCE
        if mode == .off { return fail(code, instr, head, .disabled) }
        if seq.isExactly(Types.tuple) {
            guard Tuple.count(seq) == n else { return fail(code, instr, head, .wrongLength) }
            return succeed(code, instr, n == 2 ? OP_UNPACK_SEQUENCE_TWO_TUPLE : OP_UNPACK_SEQUENCE_TUPLE)
        }
        if seq.isExactly(Types.list) {
            guard List.count(seq) == n else { return fail(code, instr, head, .wrongLength) }
            return succeed(code, instr, OP_UNPACK_SEQUENCE_LIST)
        }
        return fail(code, instr, head, .otherType(seq))
    }

    /// FOR_ITER over list, tuple and range iterators, and generators.
    static func forIter(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ iter: Value) -> Int {
        let head = OP_FOR_ITER
        if mode == .off { return fail(code, instr, head, .disabled) }
        if iter.isExactly(Types.generator) { return succeed(code, instr, OP_FOR_ITER_GEN) }
        guard iter.isObject else { return fail(code, instr, head, .otherType(iter)) }
        let t = iter.object.pointee.ob_type
        if t == Iterators.listIteratorType { return succeed(code, instr, OP_FOR_ITER_LIST) }
        if t == Iterators.tupleIteratorType { return succeed(code, instr, OP_FOR_ITER_TUPLE) }
        if t == Iterators.rangeIteratorType { return succeed(code, instr, OP_FOR_ITER_RANGE) }
        return fail(code, instr, head, .otherType(iter))
    }

    /// SEND to a generator (`yield from` / `await` over one).
    static func send(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ receiver: Value) -> Int {
        let head = OP_SEND
        if mode == .off { return fail(code, instr, head, .disabled) }
        return receiver.isExactly(Types.generator) ? succeed(code, instr, OP_SEND_GEN) : fail(code, instr, head, .otherType(receiver))
    }

    // MARK: Globals

    /// LOAD_GLOBAL (cache: counter, index, module keys version, builtins keys version).
    static func loadGlobal(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ frame: FramePtr, _ name: Value) -> Int {
        let head = OP_LOAD_GLOBAL
        if mode == .off { return fail(code, instr, head, .disabled) }
        let globals = Value(raw: frame.pointee.globals), builtins = Value(raw: frame.pointee.builtins)
        guard globals.isExactly(Types.dict), builtins.isExactly(Types.dict) else { return fail(code, instr, head, .notExactDict) }
        let g = globals.ptr(QKDict.self), b = builtins.ptr(QKDict.self)
        if let i = Dict.entryIndex(g, name) {
            guard i <= 0xFFFF else { return fail(code, instr, head, .indexTooLarge) }
            let v = Dict.keysVersion(g)
            guard v != 0 && v <= 0xFFFF else { return fail(code, instr, head, .outOfVersions) }
            (instr + 2).pointee = UInt16(i)
            (instr + 3).pointee = UInt16(v)
            return succeed(code, instr, OP_LOAD_GLOBAL_MODULE)
        }
        guard let i = Dict.entryIndex(b, name) else { return fail(code, instr, head, .notFound) }
        guard i <= 0xFFFF else { return fail(code, instr, head, .indexTooLarge) }
        let gv = Dict.keysVersion(g), bv = Dict.keysVersion(b)
        guard gv != 0 && gv <= 0xFFFF && bv != 0 && bv <= 0xFFFF else { return fail(code, instr, head, .outOfVersions) }
        (instr + 2).pointee = UInt16(i)
        (instr + 3).pointee = UInt16(gv)
        (instr + 4).pointee = UInt16(bv)
        return succeed(code, instr, OP_LOAD_GLOBAL_BUILTIN)
    }
}

/// Reading and writing multi-unit inline-cache fields (little-endian halves, as CPython's
/// write_u32/read_u32).
enum Cache {
    @inline(__always) static func read32(_ p: UnsafeMutablePointer<UInt16>) -> UInt32 {
        UInt32(p.pointee) | UInt32(p[1]) << 16
    }
    @inline(__always) static func write32(_ p: UnsafeMutablePointer<UInt16>, _ v: UInt32) {
        p.pointee = UInt16(truncatingIfNeeded: v)
        p[1] = UInt16(truncatingIfNeeded: v >> 16)
    }
    @inline(__always) static func read64(_ p: UnsafeMutablePointer<UInt16>) -> UInt64 {
        UInt64(read32(p)) | UInt64(read32(p + 2)) << 32
    }
    @inline(__always) static func write64(_ p: UnsafeMutablePointer<UInt16>, _ v: UInt64) {
        write32(p, UInt32(truncatingIfNeeded: v))
        write32(p + 2, UInt32(truncatingIfNeeded: v >> 32))
    }
}
