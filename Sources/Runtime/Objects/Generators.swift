// Generators: RETURN_GENERATOR moves the function's frame into a heap object; each resume
// links that frame under the current one and runs it until YIELD_VALUE or return.

import CSupport

public enum Generators {
    /// RETURN_GENERATOR: copy `frame` (locals and stack) into a new generator object.
    static func make(from frame: FramePtr) -> Value {
        let code = frame.pointee.code!
        let frameBytes = Frames.size(of: code)
        let words = (frameBytes + 7) / 8
        let g: UnsafeMutablePointer<QKGenerator> = Heap.allocate(Types.generator,
            size: MemoryLayout<QKGenerator>.size + words * 8, as: QKGenerator.self)
        let f = (UnsafeMutableRawPointer(g) + MemoryLayout<QKGenerator>.size).assumingMemoryBound(to: QKFrame.self)
        UnsafeMutableRawPointer(f).copyMemory(from: UnsafeRawPointer(frame), byteCount: frameBytes)
        let oldSP = UnsafeMutableRawPointer(frame.pointee.stack_pointer!)
        let depth = oldSP - UnsafeMutableRawPointer(Frames.localsplus(frame))
        f.pointee.stack_pointer = (UnsafeMutableRawPointer(Frames.localsplus(f)) + depth).assumingMemoryBound(to: QKValue.self)
        f.pointee.owned_by_generator = 1
        f.pointee.is_entry = 1
        f.pointee.init_self = 0
        f.pointee.previous = nil
        f.pointee.generator = Value(g).raw
        g.pointee.frame = f
        g.pointee.frame_words = Int32(words)
        g.pointee.state = QK_GEN_CREATED
        let fn = Value(raw: frame.pointee.function)
        g.pointee.name = fn.isNull ? code.pointee.name : fn.ptr(QKFunction.self).pointee.name
        g.pointee.qualname = fn.isNull ? code.pointee.qualname : fn.ptr(QKFunction.self).pointee.qualname
        return Value(g)
    }

    static func suspend(_ frame: FramePtr) {
        Value(raw: frame.pointee.generator).ptr(QKGenerator.self).pointee.state = QK_GEN_SUSPENDED
    }

    static func finished(_ frame: FramePtr) {
        Value(raw: frame.pointee.generator).ptr(QKGenerator.self).pointee.state = QK_GEN_CLOSED
    }

    /// Resume with `value` (or by raising `exc`); returns (value, done).
    static func resume(_ gen: Value, _ value: Value, throwing exc: PyError? = nil) throws(PyError) -> (value: Value, done: Bool) {
        let g = gen.ptr(QKGenerator.self)
        switch g.pointee.state {
        case QK_GEN_RUNNING: throw PyError(qk_exc.ValueError, "generator already executing")
        case QK_GEN_CLOSED:
            if let exc { throw exc }
            return (.none, true)
        case QK_GEN_CREATED:
            if exc == nil && !value.isNone {
                throw .type("can't send non-None value to a just-started generator")
            }
        default: break
        }
        if qk_state.recursion_depth >= qk_state.recursion_limit { throw Frames.recursionError() }
        let f = g.pointee.frame!
        f.pointee.previous = Heap.currentFrame
        Heap.currentFrame = f
        qk_state.recursion_depth += 1
        g.pointee.state = QK_GEN_RUNNING
        // Swap in the generator's own handled-exception state.
        let savedExc = qk_state.exc_info
        qk_state.exc_info = g.pointee.exc_state
        defer {
            g.pointee.exc_state = qk_state.exc_info
            qk_state.exc_info = savedExc
        }
        let result: Value
        if let exc {
            result = try Interpreter.execute(f, throwing: exc)
        } else {
            // Resume after the YIELD_VALUE / RETURN_GENERATOR, with the sent value pushed.
            f.pointee.instr_ptr += 1
            let sp = UnsafeMutableRawPointer(f.pointee.stack_pointer!).assumingMemoryBound(to: Value.self)
            sp.pointee = value
            f.pointee.stack_pointer = UnsafeMutableRawPointer(sp + 1).assumingMemoryBound(to: QKValue.self)
            result = try Interpreter.execute(f)
        }
        return (result, g.pointee.state == QK_GEN_CLOSED)
    }

    /// next(gen): nil when exhausted.
    static func next(_ gen: Value) throws(PyError) -> Value? {
        let r = try resume(gen, Value.none)
        return r.done ? nil : r.value
    }

    /// SEND: delegate to a generator or iterator; `done` means it returned `value`.
    static func send(_ receiver: Value, _ value: Value) throws(PyError) -> (value: Value, done: Bool)? {
        if receiver.isExactly(Types.generator) { return try resume(receiver, value) }
        do {
            if value.isNone {
                if let v = try Ops.next(receiver) { return (v, false) }
                return (.none, true)
            }
            return (try callValues(try Ops.getAttr(receiver, Names.send), [value]), false)
        } catch {
            if error.matches(qk_exc.StopIteration) { return (Exceptions.stopIterationValue(error.exception), true) }
            throw error
        }
    }

    /// The iterator a suspended generator is delegating to with `yield from`, if any.
    static func delegate(_ g: UnsafeMutablePointer<QKGenerator>) -> Value? {
        guard g.pointee.state == QK_GEN_SUSPENDED, let f = g.pointee.frame else { return nil }
        let ip = f.pointee.instr_ptr!
        guard Int32(ip.pointee & 0xFF) == OP_YIELD_VALUE, qk_op_deopt(Int32((ip + 1).pointee & 0xFF)) == OP_RESUME,
              (ip + 1).pointee >> 8 >= 2 else { return nil }
        let sp = UnsafeMutableRawPointer(f.pointee.stack_pointer!).assumingMemoryBound(to: Value.self)
        return (sp - 1).pointee
    }

    static func throwInto(_ gen: Value, _ exc: Value) throws(PyError) -> Value {
        let g = gen.ptr(QKGenerator.self)
        if let d = delegate(g) {
            do throws(PyError) {
                let y: Value
                if isInstance(exc, qk_exc.GeneratorExit) {
                    try close(d)
                    throw PyError(exc)
                } else if d.isExactly(Types.generator) {
                    y = try throwInto(d, exc)
                } else if let t = try Ops.getAttrOrNil(d, Names.throw_) {
                    y = try callValues(t, [exc])
                } else {
                    throw PyError(exc)
                }
                return y
            } catch {
                // The delegate raised: continue by raising it inside this generator's frame.
                let r = try resume(gen, .none, throwing: error)
                if r.done { throw Exceptions.stopIteration(r.value) }
                return r.value
            }
        }
        let r = try resume(gen, .none, throwing: PyError(exc))
        if r.done { throw Exceptions.stopIteration(r.value) }
        return r.value
    }

    static func close(_ gen: Value) throws(PyError) {
        if !gen.isExactly(Types.generator) {
            if let c = try Ops.getAttrOrNil(gen, Names.close) { _ = try callValues(c, []) }
            return
        }
        let g = gen.ptr(QKGenerator.self)
        if g.pointee.state == QK_GEN_CREATED || g.pointee.state == QK_GEN_CLOSED {
            g.pointee.state = QK_GEN_CLOSED
            return
        }
        do {
            _ = try throwInto(gen, Exceptions.make(qk_exc.GeneratorExit, args: []))
        } catch {
            if error.matches(qk_exc.GeneratorExit) || error.matches(qk_exc.StopIteration) { return }
            throw error
        }
        throw .runtime("generator ignored GeneratorExit")
    }

    static func registerMethods() {
        let t = Types.generator
        Native.method(t, "__next__") { (a: inout Args) throws(PyError) -> Value in
            let r = try resume(a.receiver, .none)
            if r.done { throw Exceptions.stopIteration(r.value) }
            return r.value
        }
        Native.method(t, "__iter__") { (a: inout Args) throws(PyError) -> Value in a.receiver }
        Native.method(t, "send") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("send", min: 1, max: 1)
            let r = try resume(a.receiver, a[0])
            if r.done { throw Exceptions.stopIteration(r.value) }
            return r.value
        }
        Native.method(t, "throw") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("throw", min: 1, max: 3)
            var exc = a[0]
            if exc.isLayout(QK_LAYOUT_TYPE) {
                exc = try callValues(exc, a.count > 1 && !a[1].isNone ? [a[1]] : [])
            }
            guard isInstance(exc, qk_exc.BaseException) else {
                throw .type("exceptions must be classes or instances deriving from BaseException, not \(exc.type.name)")
            }
            return try throwInto(a.receiver, exc)
        }
        Native.method(t, "close") { (a: inout Args) throws(PyError) -> Value in
            try close(a.receiver)
            return .none
        }
    }
}
