// The dispatch loop. See Interpreter.swift for the register conventions.

import CSupport

extension Interpreter {
    @inline(__always) static func opcode(_ w: UInt16) -> Int { Int(w & 0xFF) }

    static func run(_ framePtr: inout FramePtr, _ entry: FramePtr) throws(PyError) -> Value {
        var frame = framePtr
        defer { framePtr = frame }
        var code = frame.pointee.code!
        var ip = frame.pointee.instr_ptr!
        var locals = Frames.localsplus(frame)
        var sp = UnsafeMutableRawPointer(frame.pointee.stack_pointer!).assumingMemoryBound(to: Value.self)
        var consts = Code.consts(code)
        var names = Code.names(code)
        var extended = 0

        @inline(__always) func reload() {
            code = frame.pointee.code!
            ip = frame.pointee.instr_ptr!
            locals = Frames.localsplus(frame)
            sp = UnsafeMutableRawPointer(frame.pointee.stack_pointer!).assumingMemoryBound(to: Value.self)
            consts = Code.consts(code)
            names = Code.names(code)
        }

        /// Return `value` from the current frame: leave the loop at the entry frame, otherwise
        /// resume the caller after its CALL.
        /// An __init__ frame entered by CALL_ALLOC_AND_ENTER_INIT returns its instance, and
        /// raises (at the caller's CALL) unless __init__ returned None.
        @inline(__always) func returnFromFrame(_ value: Value) throws(PyError) -> Bool {
            if frame.pointee.generator != 0 { Generators.finished(frame) }
            let caller = frame.pointee.previous
            let wasEntry = frame.pointee.is_entry != 0
            let initSelf = Value(raw: frame.pointee.init_self)
            Frames.pop(frame)
            if wasEntry { return true }
            frame = caller!
            reload()
            var result = value
            if !initSelf.isNull {
                if !value.isNone { throw .type("__init__() should return None, not '\(value.type.name)'") }
                result = initSelf
            }
            ip += 1 + Int(qk_op_cache_size(Int32(ip.pointee & 0xFF)))
            sp.pointee = result
            sp += 1
            return false
        }

        let deoptAll = qk_adaptive_deopt_always != 0
        let stats = Stats.enabled
        // Set by a guard miss: the site may be re-specialized, but this execution finishes in
        // the generic body (so a form whose guard keeps failing can never loop).
        var missed = false

        /// A guard of specialized form `op` failed: count it, and name the family head whose
        /// generic body runs instead (it counts down towards re-specializing).
        @inline(__always) func miss(_ op: Int) -> Int {
            missed = true
            if stats { Stats.recordMiss(code, ip - 1, op) }
            return Int(qk_op_deopt(Int32(op)))
        }

        /// The family head's counter: true when the site should be specialized now.
        @inline(__always) func counterFires() -> Bool {
            if qk_counter_triggers(ip.pointee) != 0 { return true }
            ip.pointee = qk_counter_advance(ip.pointee)
            return false
        }

        // Set when the current instruction must be dispatched again as `op`: the family head
        // after a specialized form's guard missed, or the new form right after the head
        // specialized the site. (Not an inner loop: LLVM hoisted every case's address
        // arithmetic out of one, spilling ~20 values on each dispatch.)
        var redispatch = false
        var op = 0, oparg = 0
        loop: while true {
            if redispatch {
                redispatch = false
            } else {
                let word = ip.pointee
                op = Int(word & 0xFF)
                oparg = Int(word >> 8) | extended
                extended = 0
                missed = false
                frame.pointee.instr_ptr = ip
                frame.pointee.stack_pointer = UnsafeMutableRawPointer(sp).assumingMemoryBound(to: QKValue.self)
                if stats {
                    Stats.executions[op] += 1
                    if let table = code.pointee.site_stats {
                        let site = table + (ip - code.pointee.code)
                        site.pointee.executions += 1
                        if Int(qk_op_deopt(Int32(op))) != op { site.pointee.specialized_runs += 1 }
                    }
                }
                ip += 1
            }

            switch op {
            case OP_NOP:
                break
            case OP_RESUME:
                Heap.safepoint()
                Specializer.resume(code, ip - 1)
            case OP_RESUME_CHECK:
                // CPython's guard here is the instrumentation version; Quicken's only miss is
                // the deopt test mode.
                guard !deoptAll else { op = miss(op); redispatch = true; continue loop }
                Heap.safepoint()

            case OP_EXTENDED_ARG:
                extended = oparg << 8
                // Dispatch the next instruction with the widened oparg, at its own address.
                continue loop

            case OP_CACHE, OP_RESERVED, OP_ENTER_EXECUTOR, OP_INTERPRETER_EXIT:
                throw .runtime("invalid instruction \(op) executed")

            // MARK: Locals, constants, names

            case OP_LOAD_FAST:
                sp.pointee = locals[oparg]
                sp += 1
            case OP_LOAD_FAST_CHECK:
                let v = locals[oparg]
                if v.isNull { throw unboundLocal(code, oparg) }
                sp.pointee = v
                sp += 1
            case OP_LOAD_FAST_AND_CLEAR:
                sp.pointee = locals[oparg]
                sp += 1
                locals[oparg] = .null
            case OP_LOAD_FAST_LOAD_FAST:
                sp.pointee = locals[oparg >> 4]
                (sp + 1).pointee = locals[oparg & 15]
                sp += 2
            case OP_STORE_FAST:
                sp -= 1
                locals[oparg] = sp.pointee
            case OP_STORE_FAST_LOAD_FAST:
                locals[oparg >> 4] = (sp - 1).pointee
                (sp - 1).pointee = locals[oparg & 15]
            case OP_STORE_FAST_STORE_FAST:
                locals[oparg >> 4] = (sp - 1).pointee
                locals[oparg & 15] = (sp - 2).pointee
                sp -= 2
            case OP_DELETE_FAST:
                if locals[oparg].isNull { throw unboundLocal(code, oparg) }
                locals[oparg] = .null
            case OP_LOAD_CONST:
                sp.pointee = consts[oparg]
                sp += 1
            case OP_RETURN_CONST:
                if try returnFromFrame(consts[oparg]) { return consts[oparg] }
            case OP_RETURN_VALUE:
                sp -= 1
                let v = sp.pointee
                if try returnFromFrame(v) { return v }

            case OP_MAKE_CELL:
                locals[oparg] = Cell.make(locals[oparg])
            case OP_COPY_FREE_VARS:
                let closure = Value(raw: Value(raw: frame.pointee.function).ptr(QKFunction.self).pointee.closure)
                let first = Int(code.pointee.nlocalsplus) - oparg
                for i in 0..<oparg { locals[first + i] = Tuple.items(closure)[i] }
            case OP_LOAD_DEREF:
                let v = Value(raw: locals[oparg].ptr(QKCell.self).pointee.ref)
                if v.isNull { throw unboundDeref(code, oparg) }
                sp.pointee = v
                sp += 1
            case OP_STORE_DEREF:
                sp -= 1
                locals[oparg].ptr(QKCell.self).pointee.ref = sp.pointee.raw
            case OP_DELETE_DEREF:
                let cell = locals[oparg].ptr(QKCell.self)
                if cell.pointee.ref == 0 { throw unboundDeref(code, oparg) }
                cell.pointee.ref = 0
            case OP_LOAD_FROM_DICT_OR_DEREF:
                let mapping = (sp - 1).pointee
                let name = Str.intern(Code.localName(code, oparg))
                if let v = try Ops.getItemOrNil(mapping, name) {
                    (sp - 1).pointee = v
                } else {
                    let v = Value(raw: locals[oparg].ptr(QKCell.self).pointee.ref)
                    if v.isNull { throw unboundDeref(code, oparg) }
                    (sp - 1).pointee = v
                }

            case OP_LOAD_GLOBAL:
                if counterFires() {
                    let form = Specializer.loadGlobal(code, ip - 1, frame, names[oparg >> 1])
                    if form != OP_LOAD_GLOBAL && !missed { op = form; redispatch = true; continue loop }
                }
                let name = names[oparg >> 1]
                let v = try loadGlobal(frame, name)
                sp.pointee = v
                sp += 1
                if oparg & 1 != 0 {
                    sp.pointee = .null
                    sp += 1
                }
                ip += 4
            case OP_LOAD_GLOBAL_MODULE, OP_LOAD_GLOBAL_BUILTIN:
                let v = deoptAll ? 0 : qk_load_global_specialized(Int32(op), frame.pointee.globals, frame.pointee.builtins, ip)
                guard v != 0 else { op = miss(op); redispatch = true; continue loop }
                sp.pointee = Value(raw: v)
                sp += 1
                if oparg & 1 != 0 {
                    sp.pointee = .null
                    sp += 1
                }
                ip += 4
            case OP_STORE_GLOBAL:
                sp -= 1
                Dict.setStr(Value(raw: frame.pointee.globals), names[oparg], sp.pointee)
            case OP_DELETE_GLOBAL:
                if try Dict.remove(Value(raw: frame.pointee.globals), names[oparg]) == nil {
                    throw .undefinedName(names[oparg])
                }
            case OP_LOAD_NAME:
                let name = names[oparg]
                let ns = Value(raw: frame.pointee.locals)
                if ns.isNull { throw .runtime("no locals when loading '\(Str.swift(name))'") }
                if let v = try Ops.getItemOrNil(ns, name) {
                    sp.pointee = v
                } else {
                    sp.pointee = try loadGlobal(frame, name)
                }
                sp += 1
            case OP_STORE_NAME:
                sp -= 1
                let ns = Value(raw: frame.pointee.locals)
                if ns.isExactly(Types.dict) { Dict.setStr(ns, names[oparg], sp.pointee) } else { try Ops.setItem(ns, names[oparg], sp.pointee) }
            case OP_DELETE_NAME:
                let ns = Value(raw: frame.pointee.locals)
                if try Dict.remove(ns, names[oparg]) == nil {
                    throw .undefinedName(names[oparg])
                }
            case OP_LOAD_FROM_DICT_OR_GLOBALS:
                let mapping = (sp - 1).pointee
                if let v = try Ops.getItemOrNil(mapping, names[oparg]) {
                    (sp - 1).pointee = v
                } else {
                    (sp - 1).pointee = try loadGlobal(frame, names[oparg])
                }
            case OP_LOAD_LOCALS:
                let ns = Value(raw: frame.pointee.locals)
                if ns.isNull { throw .runtime("no locals found") }
                sp.pointee = ns
                sp += 1
            case OP_SETUP_ANNOTATIONS:
                let ns = Value(raw: frame.pointee.locals)
                if try Ops.getItemOrNil(ns, Str.intern("__annotations__")) == nil {
                    try Ops.setItem(ns, Str.intern("__annotations__"), Dict.new())
                }

            // MARK: Stack manipulation

            case OP_POP_TOP, OP_END_FOR:
                sp -= 1
            case OP_PUSH_NULL:
                sp.pointee = .null
                sp += 1
            case OP_COPY:
                sp.pointee = (sp - oparg).pointee
                sp += 1
            case OP_SWAP:
                let t = (sp - 1).pointee
                (sp - 1).pointee = (sp - oparg).pointee
                (sp - oparg).pointee = t
            case OP_END_SEND:
                sp -= 1
                (sp - 1).pointee = sp.pointee

            // MARK: Operators

            case OP_UNARY_NEGATIVE:
                (sp - 1).pointee = try Ops.negative((sp - 1).pointee)
            case OP_UNARY_INVERT:
                (sp - 1).pointee = try Ops.invert((sp - 1).pointee)
            case OP_UNARY_NOT:
                (sp - 1).pointee = .bool(!(try Ops.truthy((sp - 1).pointee)))
            case OP_TO_BOOL:
                if counterFires() {
                    let form = Specializer.toBool(code, ip - 1, (sp - 1).pointee)
                    if form != OP_TO_BOOL && !missed { op = form; redispatch = true; continue loop }
                }
                let v = (sp - 1).pointee
                if !(v == .true_ || v == .false_) { (sp - 1).pointee = .bool(try Ops.truthy(v)) }
                ip += 3
            case OP_TO_BOOL_BOOL:
                let v = (sp - 1).pointee
                guard !deoptAll && (v == .true_ || v == .false_) else { op = miss(op); redispatch = true; continue loop }
                ip += 3
            case OP_TO_BOOL_INT:
                let v = (sp - 1).pointee
                guard !deoptAll && v.isSmallInt else { op = miss(op); redispatch = true; continue loop }
                (sp - 1).pointee = .bool(v.smallInt != 0)
                ip += 3
            case OP_TO_BOOL_NONE:
                guard !deoptAll && (sp - 1).pointee.isNone else { op = miss(op); redispatch = true; continue loop }
                (sp - 1).pointee = .false_
                ip += 3
            case OP_TO_BOOL_STR:
                let v = (sp - 1).pointee
                guard !deoptAll && v.isExactlyStr else { op = miss(op); redispatch = true; continue loop }
                (sp - 1).pointee = .bool(Str.count(v) != 0)
                ip += 3
            case OP_TO_BOOL_LIST:
                let v = (sp - 1).pointee
                guard !deoptAll && v.isExactly(Types.list) else { op = miss(op); redispatch = true; continue loop }
                (sp - 1).pointee = .bool(List.count(v) != 0)
                ip += 3
            case OP_TO_BOOL_ALWAYS_TRUE:
                let v = (sp - 1).pointee
                guard !deoptAll && v.isObject && v.object.pointee.ob_type.pointee.version == Cache.read32(ip + 1) else {
                    op = miss(op); redispatch = true; continue loop
                }
                (sp - 1).pointee = .true_
                ip += 3

            case OP_BINARY_OP:
                let rhs = (sp - 1).pointee
                let lhs = (sp - 2).pointee
                if counterFires() {
                    let form = Specializer.binaryOp(code, ip - 1, lhs, rhs, oparg, locals)
                    if form != OP_BINARY_OP && !missed { op = form; redispatch = true; continue loop }
                }
                var out: QKValue = 0
                if qk_both_int(lhs.raw, rhs.raw) != 0 {
                    switch oparg {
                    case 0, 13: if qk_int_add(lhs.raw, rhs.raw, &out) != 0 { break } else { out = 0 }
                    case 10, 23: if qk_int_sub(lhs.raw, rhs.raw, &out) != 0 { break } else { out = 0 }
                    case 5, 18: if qk_int_mul(lhs.raw, rhs.raw, &out) != 0 { break } else { out = 0 }
                    default: out = 0
                    }
                }
                let r = out != 0 ? Value(raw: out) : try Ops.binary(lhs, rhs, oparg)
                sp -= 1
                (sp - 1).pointee = r
                ip += 1
            case OP_BINARY_OP_ADD_INT, OP_BINARY_OP_SUBTRACT_INT, OP_BINARY_OP_MULTIPLY_INT,
                 OP_BINARY_OP_ADD_FLOAT, OP_BINARY_OP_SUBTRACT_FLOAT, OP_BINARY_OP_MULTIPLY_FLOAT,
                 OP_BINARY_OP_ADD_MIXED, OP_BINARY_OP_SUBTRACT_MIXED, OP_BINARY_OP_MULTIPLY_MIXED,
                 OP_BINARY_OP_TRUE_DIVIDE_FLOAT, OP_BINARY_OP_TRUE_DIVIDE_MIXED, OP_BINARY_OP_TRUE_DIVIDE_INT,
                 OP_BINARY_OP_FLOOR_DIVIDE_INT, OP_BINARY_OP_MODULO_INT,
                 OP_BINARY_OP_AND_INT, OP_BINARY_OP_OR_INT, OP_BINARY_OP_XOR_INT:
                let out = deoptAll ? 0 : qk_binary_op_specialized(Int32(op), (sp - 2).pointee.raw, (sp - 1).pointee.raw)
                guard out != 0 else { op = miss(op); redispatch = true; continue loop }
                sp -= 1
                (sp - 1).pointee = Value(raw: out)
                ip += 1
            case OP_BINARY_OP_ADD_UNICODE:
                let r = (sp - 1).pointee, l = (sp - 2).pointee
                guard !deoptAll && l.isExactlyStr && r.isExactlyStr else { op = miss(op); redispatch = true; continue loop }
                sp -= 1
                (sp - 1).pointee = Str.concat(l, r)
                ip += 1
            case OP_BINARY_OP_INPLACE_ADD_UNICODE:
                // `s += t; s` stored back: the result goes straight to the local and the
                // STORE_FAST after the cache is skipped (no refcounts, so no in-place resize).
                let r = (sp - 1).pointee, l = (sp - 2).pointee
                let target = Int((ip + 1).pointee >> 8)
                guard !deoptAll && l.isExactlyStr && r.isExactlyStr && locals[target] == l else { op = miss(op); redispatch = true; continue loop }
                locals[target] = Str.concat(l, r)
                sp -= 2
                ip += 2

            case OP_COMPARE_OP:
                let rhs = (sp - 1).pointee
                let lhs = (sp - 2).pointee
                if counterFires() {
                    let form = Specializer.compareOp(code, ip - 1, lhs, rhs, oparg)
                    if form != OP_COMPARE_OP && !missed { op = form; redispatch = true; continue loop }
                }
                let cmp = oparg >> 5
                var r: Value
                if qk_both_int(lhs.raw, rhs.raw) != 0 {
                    let c = qk_int_compare(lhs.raw, rhs.raw)
                    r = .bool(Ops.compareResult(c, cmp))
                } else {
                    r = try Ops.richCompare(lhs, rhs, cmp)
                    if oparg & 16 != 0 && !(r == .true_ || r == .false_) { r = .bool(try Ops.truthy(r)) }
                }
                sp -= 1
                (sp - 1).pointee = r
                ip += 1
            case OP_COMPARE_OP_INT, OP_COMPARE_OP_FLOAT, OP_COMPARE_OP_MIXED:
                let out = deoptAll ? 0 : qk_compare_op_specialized(Int32(op), Int32(oparg), (sp - 2).pointee.raw, (sp - 1).pointee.raw)
                guard out != 0 else { op = miss(op); redispatch = true; continue loop }
                sp -= 1
                (sp - 1).pointee = Value(raw: out)
                ip += 1
            case OP_COMPARE_OP_STR:
                let r = (sp - 1).pointee, l = (sp - 2).pointee
                guard !deoptAll && l.isExactlyStr && r.isExactlyStr else { op = miss(op); redispatch = true; continue loop }
                sp -= 1
                (sp - 1).pointee = .bool(Str.equal(l, r) == (oparg >> 5 == 2))
                ip += 1
            case OP_IS_OP:
                let r = ((sp - 2).pointee == (sp - 1).pointee) != (oparg == 1)
                sp -= 1
                (sp - 1).pointee = .bool(r)
            case OP_CONTAINS_OP:
                if counterFires() {
                    let form = Specializer.containsOp(code, ip - 1, (sp - 1).pointee)
                    if form != OP_CONTAINS_OP && !missed { op = form; redispatch = true; continue loop }
                }
                let r = try Ops.contains((sp - 1).pointee, (sp - 2).pointee) != (oparg == 1)
                sp -= 1
                (sp - 1).pointee = .bool(r)
                ip += 1
            case OP_CONTAINS_OP_DICT, OP_CONTAINS_OP_SET:
                let container = (sp - 1).pointee
                let exact = op == OP_CONTAINS_OP_DICT ? container.isExactly(Types.dict)
                    : container.isExactly(Types.set) || container.isExactly(Types.frozenset)
                guard !deoptAll && exact else { op = miss(op); redispatch = true; continue loop }
                let r = try (Dict.get(container, (sp - 2).pointee) != nil) != (oparg == 1)
                sp -= 1
                (sp - 1).pointee = .bool(r)
                ip += 1
            case OP_BINARY_SUBSCR:
                if counterFires() {
                    let form = Specializer.binarySubscr(code, ip - 1, (sp - 2).pointee, (sp - 1).pointee)
                    if form != OP_BINARY_SUBSCR && !missed { op = form; redispatch = true; continue loop }
                }
                let r = try Ops.getItem((sp - 2).pointee, (sp - 1).pointee)
                sp -= 1
                (sp - 1).pointee = r
                ip += 1
            case OP_BINARY_SUBSCR_LIST_INT, OP_BINARY_SUBSCR_TUPLE_INT:
                let v = deoptAll ? 0 : qk_binary_subscr_specialized(Int32(op), (sp - 2).pointee.raw, (sp - 1).pointee.raw)
                guard v != 0 else { op = miss(op); redispatch = true; continue loop }
                sp -= 1
                (sp - 1).pointee = Value(raw: v)
                ip += 1
            case OP_BINARY_SUBSCR_STR_INT:
                let c = (sp - 2).pointee, i = (sp - 1).pointee
                guard !deoptAll && c.isExactlyStr && i.isSmallInt && i.smallInt >= 0 && i.smallInt < Str.count(c) else {
                    op = miss(op); redispatch = true; continue loop
                }
                sp -= 1
                (sp - 1).pointee = Str.char(Str.codePoint(c.ptr(QKStr.self), i.smallInt))
                ip += 1
            case OP_BINARY_SUBSCR_GETITEM:
                // A class whose __getitem__ is a plain two-argument Python function: its frame
                // is pushed inline and returns to the instruction after this one.
                let container = (sp - 2).pointee
                let t = container.type
                guard !deoptAll && t.isHeapType, let getitem = lookupInMRO(t, Names.__getitem__), getitem.isExactly(Types.function),
                      Specializer.takesExactly(getitem.ptr(QKFunction.self), 2) else {
                    op = miss(op); redispatch = true; continue loop
                }
                let fn = getitem.ptr(QKFunction.self)
                let newFrame = try Frames.push(Value(raw: fn.pointee.code).ptr(QKCode.self), function: getitem,
                                               globals: Value(raw: fn.pointee.globals), builtins: Value(raw: fn.pointee.builtins))
                let lp = Frames.localsplus(newFrame)
                lp[0] = container
                lp[1] = (sp - 1).pointee
                frame.pointee.stack_pointer = UnsafeMutableRawPointer(sp - 2).assumingMemoryBound(to: QKValue.self)
                frame = newFrame
                reload()
                continue loop
            case OP_BINARY_SUBSCR_DICT:
                let c = (sp - 2).pointee, k = (sp - 1).pointee
                guard !deoptAll && c.isExactly(Types.dict) else { op = miss(op); redispatch = true; continue loop }
                var r = try Dict.get(c, k)
                if r == nil { r = try Ops.getItem(c, k) }  // absent: the generic path raises KeyError
                sp -= 1
                (sp - 1).pointee = r!
                ip += 1
            case OP_STORE_SUBSCR:
                if counterFires() {
                    let form = Specializer.storeSubscr(code, ip - 1, (sp - 2).pointee, (sp - 1).pointee)
                    if form != OP_STORE_SUBSCR && !missed { op = form; redispatch = true; continue loop }
                }
                try Ops.setItem((sp - 2).pointee, (sp - 1).pointee, (sp - 3).pointee)
                sp -= 3
                ip += 1
            case OP_STORE_SUBSCR_LIST_INT:
                let c = (sp - 2).pointee, i = (sp - 1).pointee
                guard !deoptAll && c.isExactly(Types.list) && i.isSmallInt && i.smallInt >= 0 && i.smallInt < List.count(c) else {
                    op = miss(op); redispatch = true; continue loop
                }
                List.items(c)[i.smallInt] = (sp - 3).pointee
                sp -= 3
                ip += 1
            case OP_STORE_SUBSCR_DICT:
                let c = (sp - 2).pointee
                guard !deoptAll && c.isExactly(Types.dict) else { op = miss(op); redispatch = true; continue loop }
                try Dict.set(c, (sp - 1).pointee, (sp - 3).pointee)
                sp -= 3
                ip += 1
            case OP_DELETE_SUBSCR:
                try Ops.delItem((sp - 2).pointee, (sp - 1).pointee)
                sp -= 2
            case OP_BINARY_SLICE:
                let s = Slices.make((sp - 2).pointee, (sp - 1).pointee, .none)
                let r = try Ops.getItem((sp - 3).pointee, s)
                sp -= 2
                (sp - 1).pointee = r
            case OP_STORE_SLICE:
                let s = Slices.make((sp - 2).pointee, (sp - 1).pointee, .none)
                try Ops.setItem((sp - 3).pointee, s, (sp - 4).pointee)
                sp -= 4
            case OP_CALL_INTRINSIC_1:
                (sp - 1).pointee = try Intrinsics.call1(oparg, (sp - 1).pointee, frame)
            case OP_CALL_INTRINSIC_2:
                let r = try Intrinsics.call2(oparg, (sp - 2).pointee, (sp - 1).pointee)
                sp -= 1
                (sp - 1).pointee = r

            // MARK: Building values

            case OP_BUILD_TUPLE:
                let t = Tuple.make(sp - oparg, oparg)
                sp -= oparg
                sp.pointee = t
                sp += 1
            case OP_BUILD_LIST:
                let l = List.make(sp - oparg, oparg)
                sp -= oparg
                sp.pointee = l
                sp += 1
            case OP_BUILD_SET:
                let s = Sets.new(frozen: false)
                for i in 0..<oparg { try Sets.add(s, (sp - oparg + i).pointee) }
                sp -= oparg
                sp.pointee = s
                sp += 1
            case OP_BUILD_MAP:
                let d = Dict.new(capacity: oparg)
                for i in 0..<oparg { try Dict.set(d, (sp - 2 * oparg + 2 * i).pointee, (sp - 2 * oparg + 2 * i + 1).pointee) }
                sp -= 2 * oparg
                sp.pointee = d
                sp += 1
            case OP_BUILD_CONST_KEY_MAP:
                let keys = (sp - 1).pointee
                let d = Dict.new(capacity: oparg)
                for i in 0..<oparg { try Dict.set(d, Tuple.items(keys)[i], (sp - 1 - oparg + i).pointee) }
                sp -= oparg + 1
                sp.pointee = d
                sp += 1
            case OP_BUILD_STRING:
                let s = Strings.join(sp - oparg, oparg)
                sp -= oparg
                sp.pointee = s
                sp += 1
            case OP_BUILD_SLICE:
                let s = oparg == 3 ? Slices.make((sp - 3).pointee, (sp - 2).pointee, (sp - 1).pointee)
                                   : Slices.make((sp - 2).pointee, (sp - 1).pointee, .none)
                sp -= oparg
                sp.pointee = s
                sp += 1
            case OP_LIST_APPEND:
                sp -= 1
                List.append((sp - oparg).pointee, sp.pointee)
            case OP_SET_ADD:
                sp -= 1
                try Sets.add((sp - oparg).pointee, sp.pointee)
            case OP_MAP_ADD:
                sp -= 2
                try Dict.set((sp - oparg).pointee, sp.pointee, (sp + 1).pointee)
            case OP_LIST_EXTEND:
                sp -= 1
                try Lists.extend((sp - oparg).pointee, sp.pointee)
            case OP_SET_UPDATE:
                sp -= 1
                try Sets.update((sp - oparg).pointee, sp.pointee)
            case OP_DICT_UPDATE:
                sp -= 1
                try Dicts.update((sp - oparg).pointee, sp.pointee)
            case OP_DICT_MERGE:
                sp -= 1
                try Dicts.merge((sp - oparg).pointee, sp.pointee, callee: (sp - oparg - 3).pointee)
            case OP_UNPACK_SEQUENCE:
                if counterFires() {
                    let form = Specializer.unpackSequence(code, ip - 1, (sp - 1).pointee, oparg)
                    if form != OP_UNPACK_SEQUENCE && !missed { op = form; redispatch = true; continue loop }
                }
                let seq = (sp - 1).pointee
                sp -= 1
                try Unpack.sequence(seq, oparg, sp)
                sp += oparg
                ip += 1
            case OP_UNPACK_SEQUENCE_TWO_TUPLE, OP_UNPACK_SEQUENCE_TUPLE, OP_UNPACK_SEQUENCE_LIST:
                let seq = (sp - 1).pointee
                let fits = op == OP_UNPACK_SEQUENCE_LIST ? seq.isExactly(Types.list) && List.count(seq) == oparg
                                                         : seq.isExactly(Types.tuple) && Tuple.count(seq) == oparg
                guard !deoptAll && fits else { op = miss(op); redispatch = true; continue loop }
                let items = op == OP_UNPACK_SEQUENCE_LIST ? List.items(seq) : Tuple.items(seq)
                sp -= 1
                for i in 0..<oparg { (sp + oparg - 1 - i).pointee = items[i] }
                sp += oparg
                ip += 1
            case OP_UNPACK_EX:
                let seq = (sp - 1).pointee
                sp -= 1
                let n = (oparg & 0xFF) + (oparg >> 8) + 1
                try Unpack.starred(seq, before: oparg & 0xFF, after: oparg >> 8, sp)
                sp += n
            case OP_FORMAT_SIMPLE:
                let v = (sp - 1).pointee
                if !v.isExactlyStr { (sp - 1).pointee = try Ops.format(v, Str.empty) }
            case OP_FORMAT_WITH_SPEC:
                let r = try Ops.format((sp - 2).pointee, (sp - 1).pointee)
                sp -= 1
                (sp - 1).pointee = r
            case OP_CONVERT_VALUE:
                let v = (sp - 1).pointee
                switch oparg {
                case 1: (sp - 1).pointee = try Ops.str(v)
                case 2: (sp - 1).pointee = try Ops.repr(v)
                default: (sp - 1).pointee = try Ops.ascii(v)
                }

            // MARK: Attributes

            case OP_LOAD_ATTR:
                let owner = (sp - 1).pointee
                let name = names[oparg >> 1]
                if counterFires() {
                    let form = Specializer.loadAttr(code, ip - 1, owner, name, oparg)
                    if form != OP_LOAD_ATTR && !missed { op = form; redispatch = true; continue loop }
                }
                if oparg & 1 != 0 {
                    if let m = try Ops.lookupMethod(owner, name) {
                        (sp - 1).pointee = m
                        sp.pointee = owner
                    } else {
                        (sp - 1).pointee = try Ops.getAttr(owner, name)
                        sp.pointee = .null
                    }
                    sp += 1
                } else {
                    (sp - 1).pointee = try Ops.getAttr(owner, name)
                }
                ip += 9
            case OP_LOAD_ATTR_WITH_HINT:
                let e = deoptAll ? nil : qk_attr_hint_entry((sp - 1).pointee.raw, qk_cache_u32(ip + 1), qk_cache_u32(ip + 3),
                                                             names[oparg >> 1].raw)
                guard let e, e.pointee.value != 0 else { op = miss(op); redispatch = true; continue loop }
                (sp - 1).pointee = Value(raw: e.pointee.value)
                if oparg & 1 != 0 {
                    sp.pointee = .null
                    sp += 1
                }
                ip += 9
            case OP_LOAD_ATTR_SLOT, OP_LOAD_ATTR_MODULE, OP_LOAD_ATTR_CLASS,
                 OP_LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES, OP_LOAD_ATTR_NONDESCRIPTOR_NO_DICT:
                let v = deoptAll ? 0 : Specializer.loadAttrFast(op, (sp - 1).pointee, ip, names[oparg >> 1])
                guard v != 0 else { op = miss(op); redispatch = true; continue loop }
                (sp - 1).pointee = Value(raw: v)
                if oparg & 1 != 0 {
                    sp.pointee = .null
                    sp += 1
                }
                ip += 9
            case OP_LOAD_ATTR_METHOD_WITH_VALUES, OP_LOAD_ATTR_METHOD_LAZY_DICT, OP_LOAD_ATTR_METHOD_NO_DICT:
                let owner = (sp - 1).pointee
                let f = deoptAll ? 0 : Specializer.loadAttrFast(op, owner, ip, names[oparg >> 1])
                guard f != 0 else { op = miss(op); redispatch = true; continue loop }
                (sp - 1).pointee = Value(raw: f)
                sp.pointee = owner
                sp += 1
                ip += 9
            case OP_LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN:
                let owner = (sp - 1).pointee
                guard !deoptAll && owner.type.pointee.version == Cache.read32(ip + 1) else { op = miss(op); redispatch = true; continue loop }
                (sp - 1).pointee = try callValues(Value(raw: Cache.read64(ip + 5)), [owner, names[oparg >> 1]])
                ip += 9
            case OP_LOAD_ATTR_PROPERTY:
                let owner = (sp - 1).pointee
                guard !deoptAll && owner.type.pointee.version == Cache.read32(ip + 1) else { op = miss(op); redispatch = true; continue loop }
                (sp - 1).pointee = try callValues(Value(raw: Cache.read64(ip + 5)), [owner])
                ip += 9
            case OP_STORE_ATTR_WITH_HINT:
                let e = deoptAll ? nil : qk_attr_hint_entry((sp - 1).pointee.raw, qk_cache_u32(ip + 1), UInt32(ip[3]), names[oparg].raw)
                guard let e else { op = miss(op); redispatch = true; continue loop }
                e.pointee.value = (sp - 2).pointee.raw
                sp -= 2
                ip += 4
            case OP_STORE_ATTR_SLOT:
                guard !deoptAll && Specializer.storeAttrFast(op, (sp - 1).pointee, ip, names[oparg], (sp - 2).pointee) else {
                    op = miss(op); redispatch = true; continue loop
                }
                sp -= 2
                ip += 4
            case OP_STORE_ATTR:
                if counterFires() {
                    let form = Specializer.storeAttr(code, ip - 1, (sp - 1).pointee, names[oparg])
                    if form != OP_STORE_ATTR && !missed { op = form; redispatch = true; continue loop }
                }
                try Ops.setAttr((sp - 1).pointee, names[oparg], (sp - 2).pointee)
                sp -= 2
                ip += 4
            case OP_DELETE_ATTR:
                try Ops.delAttr((sp - 1).pointee, names[oparg])
                sp -= 1
            case OP_LOAD_SUPER_ATTR:
                if counterFires() {
                    let form = Specializer.loadSuperAttr(code, ip - 1, (sp - 3).pointee, (sp - 2).pointee, oparg)
                    if form != OP_LOAD_SUPER_ATTR && !missed { op = form; redispatch = true; continue loop }
                }
                sp = try loadSuperAttr(sp, oparg, names[oparg >> 2])
                ip += 1
            case OP_LOAD_SUPER_ATTR_ATTR, OP_LOAD_SUPER_ATTR_METHOD:
                guard !deoptAll && (sp - 3).pointee == Builtins.superType && (sp - 2).pointee.isLayout(QK_LAYOUT_TYPE)
                        && (oparg & 1 != 0) == (op == OP_LOAD_SUPER_ATTR_METHOD) else {
                    op = miss(op); redispatch = true; continue loop
                }
                sp = try loadSuperAttr(sp, oparg, names[oparg >> 2])
                ip += 1

            // MARK: Control flow

            case OP_JUMP_FORWARD:
                ip += oparg
            case OP_JUMP_BACKWARD:
                ip = ip + 1 - oparg
                Heap.safepoint()
            case OP_JUMP_BACKWARD_NO_INTERRUPT:
                ip -= oparg
            case OP_POP_JUMP_IF_FALSE:
                sp -= 1
                let v = sp.pointee
                ip += 1
                if v == .false_ { ip += oparg } else if v != .true_ { if !(try Ops.truthy(v)) { ip += oparg } }
            case OP_POP_JUMP_IF_TRUE:
                sp -= 1
                let v = sp.pointee
                ip += 1
                if v == .true_ { ip += oparg } else if v != .false_ { if try Ops.truthy(v) { ip += oparg } }
            case OP_POP_JUMP_IF_NONE:
                sp -= 1
                ip += 1
                if sp.pointee.isNone { ip += oparg }
            case OP_POP_JUMP_IF_NOT_NONE:
                sp -= 1
                ip += 1
                if !sp.pointee.isNone { ip += oparg }

            case OP_GET_ITER:
                (sp - 1).pointee = try Ops.iter((sp - 1).pointee)
            case OP_GET_YIELD_FROM_ITER:
                let v = (sp - 1).pointee
                if !v.isExactly(Types.generator) { (sp - 1).pointee = try Ops.iter(v) }
            case OP_FOR_ITER:
                if counterFires() {
                    let form = Specializer.forIter(code, ip - 1, (sp - 1).pointee)
                    if form != OP_FOR_ITER && !missed { op = form; redispatch = true; continue loop }
                }
                ip += 1
                if let next = try Ops.next((sp - 1).pointee) {
                    sp.pointee = next
                    sp += 1
                } else {
                    // Exhausted: drop the iterator and skip END_FOR and POP_TOP.
                    sp -= 1
                    ip += oparg + 2
                }
            case OP_FOR_ITER_LIST, OP_FOR_ITER_TUPLE, OP_FOR_ITER_RANGE:
                let it = (sp - 1).pointee
                let expected = op == OP_FOR_ITER_LIST ? Iterators.listIteratorType
                    : op == OP_FOR_ITER_TUPLE ? Iterators.tupleIteratorType : Iterators.rangeIteratorType
                guard !deoptAll && it.isObject && it.object.pointee.ob_type == expected else { op = miss(op); redispatch = true; continue loop }
                ip += 1
                let p = it.ptr(QKBox.self)
                let i = Int(p.pointee.i)
                var next = Value.null
                if p.pointee.j != IterKind.exhausted.rawValue {
                    let source = Value(raw: p.pointee.a)
                    if op == OP_FOR_ITER_LIST {
                        if i < List.count(source) { next = List.items(source)[i] }
                    } else if op == OP_FOR_ITER_TUPLE {
                        if i < Tuple.count(source) { next = Tuple.items(source)[i] }
                    } else if i < Value(raw: p.pointee.c).smallInt {
                        next = .int(source.smallInt + i * Value(raw: p.pointee.b).smallInt)
                    }
                }
                if next.isNull {
                    if op != OP_FOR_ITER_RANGE { _ = Iterators.finish(p) }
                    sp -= 1
                    ip += oparg + 2
                } else {
                    p.pointee.i += 1
                    sp.pointee = next
                    sp += 1
                }
            case OP_FOR_ITER_GEN:
                let it = (sp - 1).pointee
                guard !deoptAll && it.isExactly(Types.generator) else { op = miss(op); redispatch = true; continue loop }
                ip += 1
                let y = try Generators.resume(it, .none)
                if y.done {
                    sp -= 1
                    ip += oparg + 2
                } else {
                    sp.pointee = y.value
                    sp += 1
                }
            case OP_GET_LEN:
                sp.pointee = .int(try Ops.length((sp - 1).pointee))
                sp += 1

            // MARK: Calls and functions

            case OP_CALL, OP_CALL_KW:
                if op == OP_CALL && counterFires() {
                    let form = Specializer.call(code, ip - 1, (sp - oparg - 2).pointee, (sp - oparg - 1).pointee, oparg)
                    if form != OP_CALL && !missed { op = form; redispatch = true; continue loop }
                }
                var kwnames = Value.null
                if op == OP_CALL_KW {
                    sp -= 1
                    kwnames = sp.pointee
                }
                let callableSlot = sp - oparg - 2
                var callable = callableSlot.pointee
                var args = sp - oparg
                var total = oparg
                if !(callableSlot + 1).pointee.isNull {
                    args -= 1
                    total += 1
                } else if callable.isExactly(Types.method) {
                    let m = callable.ptr(QKMethod.self)
                    (callableSlot + 1).pointee = Value(raw: m.pointee.receiver)
                    callable = Value(raw: m.pointee.callable)
                    callableSlot.pointee = callable
                    args -= 1
                    total += 1
                }
                if callable.isExactly(Types.function) {
                    let fn = callable.ptr(QKFunction.self)
                    let newFrame = try Frames.push(Value(raw: fn.pointee.code).ptr(QKCode.self), function: callable,
                                                   globals: Value(raw: fn.pointee.globals), builtins: Value(raw: fn.pointee.builtins))
                    do {
                        try Frames.bindArguments(fn, newFrame, args, total, kwnames: kwnames)
                    } catch {
                        Frames.pop(newFrame)
                        throw error
                    }
                    frame.pointee.stack_pointer = UnsafeMutableRawPointer(callableSlot).assumingMemoryBound(to: QKValue.self)
                    frame = newFrame
                    reload()
                    continue loop
                }
                let r = try Ops.call(callable, args, total, kwnames: kwnames)
                sp = callableSlot
                sp.pointee = r
                sp += 1
                if op == OP_CALL { ip += 3 }
            case OP_CALL_PY_EXACT_ARGS, OP_CALL_PY_GENERAL, OP_CALL_BOUND_METHOD_EXACT_ARGS, OP_CALL_BOUND_METHOD_GENERAL:
                let callableSlot = sp - oparg - 2
                var callable = callableSlot.pointee
                var args = sp - oparg
                var total = oparg
                if op == OP_CALL_BOUND_METHOD_EXACT_ARGS || op == OP_CALL_BOUND_METHOD_GENERAL {
                    guard !deoptAll && callable.isExactly(Types.method) && (callableSlot + 1).pointee.isNull else {
                        op = miss(op); redispatch = true; continue loop
                    }
                    // Unpack in place; a later miss leaves the equivalent (function, self) pair.
                    let m = callable.ptr(QKMethod.self)
                    (callableSlot + 1).pointee = Value(raw: m.pointee.receiver)
                    callable = Value(raw: m.pointee.callable)
                    callableSlot.pointee = callable
                }
                if !(callableSlot + 1).pointee.isNull {
                    args -= 1
                    total += 1
                }
                guard !deoptAll && callable.isExactly(Types.function) else { op = miss(op); redispatch = true; continue loop }
                let fn = callable.ptr(QKFunction.self)
                let fcode = Value(raw: fn.pointee.code).ptr(QKCode.self)
                let exact = op == OP_CALL_PY_EXACT_ARGS || op == OP_CALL_BOUND_METHOD_EXACT_ARGS
                // The version pins the code (so its flags); only the argument count can vary.
                guard fn.pointee.version == Cache.read32(ip + 1) && (!exact || Int(fcode.pointee.argcount) == total) else {
                    op = miss(op); redispatch = true; continue loop
                }
                let newFrame = try Frames.push(fcode, function: callable,
                                               globals: Value(raw: fn.pointee.globals), builtins: Value(raw: fn.pointee.builtins))
                if exact {
                    let lp = Frames.localsplus(newFrame)
                    for i in 0..<total { lp[i] = args[i] }
                } else {
                    do {
                        try Frames.bindArguments(fn, newFrame, args, total, kwnames: .null)
                    } catch {
                        Frames.pop(newFrame)
                        throw error
                    }
                }
                frame.pointee.stack_pointer = UnsafeMutableRawPointer(callableSlot).assumingMemoryBound(to: QKValue.self)
                frame = newFrame
                reload()
                continue loop
            case OP_CALL_ALLOC_AND_ENTER_INIT:
                let callableSlot = sp - oparg - 2
                let cls = callableSlot.pointee
                guard !deoptAll && cls.isLayout(QK_LAYOUT_TYPE) && (callableSlot + 1).pointee.isNull
                        && cls.ptr(QKType.self).pointee.version == Cache.read32(ip + 1),
                      let initFn = lookupInMRO(cls.ptr(QKType.self), Names.__init__), initFn.isExactly(Types.function),
                      Specializer.takesExactly(initFn.ptr(QKFunction.self), oparg + 1) else {
                    op = miss(op); redispatch = true; continue loop
                }
                let instance = try ObjectType.allocateInstance(cls.ptr(QKType.self))
                (callableSlot + 1).pointee = instance  // self, kept alive on the caller's stack
                let fn = initFn.ptr(QKFunction.self)
                let newFrame = try Frames.push(Value(raw: fn.pointee.code).ptr(QKCode.self), function: initFn,
                                               globals: Value(raw: fn.pointee.globals), builtins: Value(raw: fn.pointee.builtins))
                let lp = Frames.localsplus(newFrame)
                for i in 0...oparg { lp[i] = (callableSlot + 1 + i).pointee }
                newFrame.pointee.init_self = instance.raw
                frame.pointee.stack_pointer = UnsafeMutableRawPointer(callableSlot).assumingMemoryBound(to: QKValue.self)
                frame = newFrame
                reload()
                continue loop
            case OP_CALL_BUILTIN_O, OP_CALL_BUILTIN_FAST, OP_CALL_METHOD_DESCRIPTOR_NOARGS, OP_CALL_METHOD_DESCRIPTOR_O,
                 OP_CALL_METHOD_DESCRIPTOR_FAST:
                let callableSlot = sp - oparg - 2
                let callable = callableSlot.pointee
                let selfArg = (callableSlot + 1).pointee
                let wantKind = op == OP_CALL_BUILTIN_O || op == OP_CALL_BUILTIN_FAST ? QK_NATIVE_FUNCTION : QK_NATIVE_METHOD
                guard !deoptAll && callable.isExactly(Types.native) && callable.ptr(QKNative.self).pointee.kind == wantKind
                        && (wantKind == QK_NATIVE_FUNCTION || !selfArg.isNull) else {
                    op = miss(op); redispatch = true; continue loop
                }
                let r: Value
                if wantKind == QK_NATIVE_METHOD {
                    r = try Native.call(callable, receiver: selfArg, sp - oparg, oparg, kwnames: .null)
                } else {
                    let withSelf = !selfArg.isNull
                    r = try Native.call(callable, receiver: .null, withSelf ? callableSlot + 1 : sp - oparg,
                                        oparg + (withSelf ? 1 : 0), kwnames: .null)
                }
                sp = callableSlot
                sp.pointee = r
                sp += 1
                ip += 3
            case OP_CALL_LEN:
                let callableSlot = sp - 3
                guard !deoptAll && oparg == 1 && callableSlot.pointee == Specializer.lenNative && (callableSlot + 1).pointee.isNull else {
                    op = miss(op); redispatch = true; continue loop
                }
                let n = try Ops.length((sp - 1).pointee)
                sp = callableSlot
                sp.pointee = .int(n)
                sp += 1
                ip += 3
            case OP_CALL_ISINSTANCE:
                let callableSlot = sp - 4
                let cls = (sp - 1).pointee
                // Only classes whose metaclass is exactly `type` (no __instancecheck__).
                guard !deoptAll && oparg == 2 && callableSlot.pointee == Specializer.isinstanceNative && (callableSlot + 1).pointee.isNull
                        && cls.isExactly(Types.type) else {
                    op = miss(op); redispatch = true; continue loop
                }
                let r = isInstance((sp - 2).pointee, cls.ptr(QKType.self))
                sp = callableSlot
                sp.pointee = .bool(r)
                sp += 1
                ip += 3
            case OP_CALL_LIST_APPEND:
                let callableSlot = sp - 3
                let list = (callableSlot + 1).pointee
                guard !deoptAll && oparg == 1 && callableSlot.pointee == Specializer.listAppendNative && list.isExactly(Types.list) else {
                    op = miss(op); redispatch = true; continue loop
                }
                List.append(list, (sp - 1).pointee)
                sp = callableSlot
                sp.pointee = .none
                sp += 1
                ip += 3
            case OP_CALL_TYPE_1, OP_CALL_STR_1, OP_CALL_TUPLE_1:
                let callableSlot = sp - 3
                let expected = op == OP_CALL_TYPE_1 ? Types.type : op == OP_CALL_STR_1 ? Types.str : Types.tuple
                guard !deoptAll && oparg == 1 && callableSlot.pointee == Value(expected) && (callableSlot + 1).pointee.isNull else {
                    op = miss(op); redispatch = true; continue loop
                }
                let arg = (sp - 1).pointee
                let r = op == OP_CALL_TYPE_1 ? Value(arg.type)
                    : op == OP_CALL_STR_1 ? try Ops.str(arg) : try Ops.callType(Types.tuple, sp - 1, 1, kwnames: .null)
                sp = callableSlot
                sp.pointee = r
                sp += 1
                ip += 3
            case OP_CALL_BUILTIN_CLASS, OP_CALL_NON_PY_GENERAL:
                let callableSlot = sp - oparg - 2
                let callable = callableSlot.pointee
                let fits = op == OP_CALL_BUILTIN_CLASS ? callable.isLayout(QK_LAYOUT_TYPE) && !callable.ptr(QKType.self).isHeapType
                                                       : !callable.isExactly(Types.function) && !callable.isExactly(Types.method)
                guard !deoptAll && fits else { op = miss(op); redispatch = true; continue loop }
                let withSelf = !(callableSlot + 1).pointee.isNull
                let r = try Ops.call(callable, withSelf ? callableSlot + 1 : sp - oparg, oparg + (withSelf ? 1 : 0))
                sp = callableSlot
                sp.pointee = r
                sp += 1
                ip += 3
            case OP_CALL_FUNCTION_EX:
                var kwargs = Value.null
                if oparg & 1 != 0 {
                    sp -= 1
                    kwargs = sp.pointee
                }
                let callargs = (sp - 1).pointee
                let callable = (sp - 3).pointee
                let r = try CallEx.call(callable, callargs, kwargs)
                sp -= 3
                sp.pointee = r
                sp += 1
            case OP_MAKE_FUNCTION:
                (sp - 1).pointee = Function.make(code: (sp - 1).pointee, globals: Value(raw: frame.pointee.globals),
                                                 builtins: Value(raw: frame.pointee.builtins))
            case OP_SET_FUNCTION_ATTRIBUTE:
                let fn = (sp - 1).pointee.ptr(QKFunction.self)
                let attr = (sp - 2).pointee
                switch oparg {
                case 1: fn.pointee.defaults = attr.raw
                case 2: fn.pointee.kwdefaults = attr.raw
                case 4: fn.pointee.annotations = attr.raw
                default: fn.pointee.closure = attr.raw
                }
                sp -= 1
                (sp - 1).pointee = Value(fn)
            case OP_LOAD_BUILD_CLASS:
                sp.pointee = Builtins.buildClass
                sp += 1
            case OP_RETURN_GENERATOR:
                let gen = Generators.make(from: frame)
                if try returnFromFrame(gen) { return gen }
            case OP_YIELD_VALUE:
                sp -= 1
                let v = sp.pointee
                frame.pointee.stack_pointer = UnsafeMutableRawPointer(sp).assumingMemoryBound(to: QKValue.self)
                Generators.suspend(frame)
                Frames.pop(frame)
                return v
            case OP_SEND:
                if counterFires() {
                    let form = Specializer.send(code, ip - 1, (sp - 2).pointee)
                    if form != OP_SEND && !missed { op = form; redispatch = true; continue loop }
                }
                let receiver = (sp - 2).pointee
                let value = (sp - 1).pointee
                ip += 1
                if let y = try Generators.send(receiver, value) {
                    (sp - 1).pointee = y.value
                    if y.done { ip += oparg }
                }
            case OP_SEND_GEN:
                // The generator runs through Generators.resume (a nested run of this loop), not
                // yet as an inline frame push as in CPython.
                let receiver = (sp - 2).pointee
                guard !deoptAll && receiver.isExactly(Types.generator) else { op = miss(op); redispatch = true; continue loop }
                ip += 1
                let y = try Generators.resume(receiver, (sp - 1).pointee)
                (sp - 1).pointee = y.value
                if y.done { ip += oparg }
            case OP_CLEANUP_THROW:
                let exc = (sp - 1).pointee
                guard isInstance(exc, qk_exc.StopIteration) else { throw PyError(exc, reraise: true) }
                sp -= 1
                (sp - 2).pointee = .none
                (sp - 1).pointee = Exceptions.stopIterationValue(exc)

            // MARK: Exceptions

            case OP_RAISE_VARARGS:
                switch oparg {
                case 0:
                    let active = Value(raw: qk_state.exc_info)
                    if active.isNull || active.isNone { throw .runtime("No active exception to reraise") }
                    throw PyError(active, reraise: true)
                case 1:
                    throw PyError(try Exceptions.instantiate((sp - 1).pointee))
                default:
                    let exc = try Exceptions.instantiate((sp - 2).pointee)
                    try Exceptions.setCause(exc, (sp - 1).pointee)
                    throw PyError(exc)
                }
            case OP_RERAISE:
                // Handlers are looked up at this instruction (as CPython's exception_unwind does),
                // and the frame already has its traceback entry, so the saved lasti is not needed.
                throw PyError((sp - 1).pointee, reraise: true)
            case OP_PUSH_EXC_INFO:
                let exc = (sp - 1).pointee
                let prev = Value(raw: qk_state.exc_info)
                (sp - 1).pointee = prev.isNull ? .none : prev
                sp.pointee = exc
                sp += 1
                qk_state.exc_info = exc.raw
            case OP_POP_EXCEPT:
                sp -= 1
                let prev = sp.pointee
                qk_state.exc_info = prev.isNone ? 0 : prev.raw
            case OP_CHECK_EXC_MATCH:
                let r = try Exceptions.matches((sp - 2).pointee, (sp - 1).pointee)
                (sp - 1).pointee = .bool(r)
            case OP_CHECK_EG_MATCH:
                throw .type("except* is not supported")
            case OP_LOAD_ASSERTION_ERROR:
                sp.pointee = Value(qk_exc.AssertionError)
                sp += 1
            case OP_BEFORE_WITH:
                let mgr = (sp - 1).pointee
                let (exit, res) = try ContextManagers.enter(mgr)
                (sp - 1).pointee = exit
                sp.pointee = res
                sp += 1
            case OP_WITH_EXCEPT_START:
                let exitFn = (sp - 4).pointee
                let val = (sp - 1).pointee
                let r = try callValues(exitFn, [Value(val.type), val, Exceptions.tracebackObject(val)])
                sp.pointee = r
                sp += 1

            // MARK: Imports

            case OP_IMPORT_NAME:
                let fromlist = (sp - 1).pointee
                let level = (sp - 2).pointee
                let m = try Imports.importName(names[oparg], globals: Value(raw: frame.pointee.globals),
                                               fromlist: fromlist, level: level.smallInt)
                sp -= 1
                (sp - 1).pointee = m
            case OP_IMPORT_FROM:
                sp.pointee = try Imports.importFrom((sp - 1).pointee, names[oparg])
                sp += 1

            default:
                throw .runtime("opcode \(op) is not supported by the interpreter")
            }
        }
    }

    /// LOAD_SUPER_ATTR's body: [global super, class, self] -> attribute (and self or NULL for
    /// the method form). Returns the new stack pointer.
    static func loadSuperAttr(_ top: UnsafeMutablePointer<Value>, _ oparg: Int, _ name: Value) throws(PyError) -> UnsafeMutablePointer<Value> {
        var sp = top
        let selfArg = (sp - 1).pointee
        let cls = (sp - 2).pointee
        let globalSuper = (sp - 3).pointee
        sp -= 3
        let sup: Value
        // Bit 2 means super(cls, self); without it, super() (CPython finds the same two
        // values in the frame, and the compiler already pushed them).
        if globalSuper == Builtins.superType {
            sup = try SuperObject.make(cls, selfArg)
        } else {
            sup = try callValues(globalSuper, oparg & 2 != 0 ? [cls, selfArg] : [])
        }
        if oparg & 1 != 0 {
            if let m = try SuperObject.lookupMethod(sup, name) {
                sp.pointee = m
                (sp + 1).pointee = selfArg
            } else {
                sp.pointee = try Ops.getAttr(sup, name)
                (sp + 1).pointee = .null
            }
            return sp + 2
        }
        sp.pointee = try Ops.getAttr(sup, name)
        return sp + 1
    }

    @inline(__always)
    static func loadGlobal(_ frame: FramePtr, _ name: Value) throws(PyError) -> Value {
        if let v = Dict.getStr(Value(raw: frame.pointee.globals), name) { return v }
        let builtins = Value(raw: frame.pointee.builtins)
        if builtins.isExactly(Types.dict) {
            if let v = Dict.getStr(builtins, name) { return v }
        } else if let v = try Ops.getItemOrNil(builtins, name) {
            return v
        }
        throw .undefinedName(name)
    }

    static func unboundLocal(_ code: CodePtr, _ i: Int) -> PyError {
        PyError(qk_exc.UnboundLocalError,
                "cannot access local variable '\(Code.localName(code, i))' where it is not associated with a value")
    }

    static func unboundDeref(_ code: CodePtr, _ i: Int) -> PyError {
        let name = Code.localName(code, i)
        if code.pointee.localspluskinds[i] & 0x80 != 0 {
            return .name("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
        }
        return PyError(qk_exc.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }
}
