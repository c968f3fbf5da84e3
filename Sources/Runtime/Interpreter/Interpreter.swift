// Tier 1: the bytecode interpreter. One loop runs every Python frame of a call chain; calls
// between Python functions switch frames without recursing natively. Instruction semantics
// follow CPython 3.13's Python/bytecodes.c.
//
// Registers: `ip` (the next code unit), `sp` (one past the top of the value stack, which
// grows upward above the frame's locals), `locals` (the frame's localsplus). At every
// dispatch, `frame.instr_ptr` (the current instruction) and `frame.stack_pointer` are saved
// so that exceptions, tracebacks and the GC see an exact frame.

import CSupport

public enum Interpreter {
    /// Call a Python function from Swift (re-enters the interpreter loop).
    public static func callFunction(_ fn: Value, _ args: UnsafePointer<Value>, _ total: Int,
                                    kwnames: Value = .null) throws(PyError) -> Value {
        let f = fn.ptr(QKFunction.self)
        let code = Value(raw: f.pointee.code).ptr(QKCode.self)
        let frame = try Frames.push(code, function: fn, globals: Value(raw: f.pointee.globals),
                                    builtins: Value(raw: f.pointee.builtins))
        do {
            try Frames.bindArguments(f, frame, args, total, kwnames: kwnames)
        } catch {
            Frames.pop(frame)
            throw error
        }
        frame.pointee.is_entry = 1
        return try execute(frame)
    }

    /// Run a module or class body with `locals` as its namespace.
    public static func runCode(_ code: Value, globals: Value, locals: Value, builtins: Value,
                               function: Value = .null) throws(PyError) -> Value {
        let frame = try Frames.push(code.ptr(QKCode.self), function: function, globals: globals,
                                    builtins: builtins, locals: locals)
        frame.pointee.is_entry = 1
        return try execute(frame)
    }

    /// Run `entry` (already pushed) until it returns; unwinds exceptions through the frames it
    /// called and pops them. `throwing` starts by raising an exception at the current instruction.
    public static func execute(_ entry: FramePtr, throwing: PyError? = nil) throws(PyError) -> Value {
        var frame = entry
        var pending = throwing
        var skipTraceback = false
        while true {
            if let err = pending {
                pending = nil
                var exc = err.exception
                while true {
                    if !skipTraceback { Exceptions.addTraceback(exc, frame) }
                    skipTraceback = false
                    if let h = findHandler(frame) {
                        let lp = Frames.localsplus(frame)
                        var sp = lp + Int(frame.pointee.code.pointee.nlocalsplus) + h.depth
                        if h.lasti {
                            sp.pointee = .smallIntUnchecked(frame.pointee.instr_ptr - frame.pointee.code.pointee.code)
                            sp += 1
                        }
                        sp.pointee = exc
                        sp += 1
                        frame.pointee.stack_pointer = UnsafeMutableRawPointer(sp).assumingMemoryBound(to: QKValue.self)
                        frame.pointee.instr_ptr = frame.pointee.code.pointee.code + h.target
                        break
                    }
                    let wasEntry = frame == entry
                    let caller = frame.pointee.previous
                    if frame.pointee.generator != 0 { Generators.finished(frame) }
                    Frames.pop(frame)
                    if wasEntry { throw PyError(exc) }
                    frame = caller!
                }
            }
            do {
                return try run(&frame, entry)
            } catch {
                pending = error
                skipTraceback = error.reraise
            }
        }
    }

    struct Handler {
        var target: Int
        var depth: Int
        var lasti: Bool
    }

    static func findHandler(_ frame: FramePtr) -> Handler? {
        let code = frame.pointee.code!
        let offset = Int32(frame.pointee.instr_ptr - code.pointee.code)
        for i in 0..<Int(code.pointee.nexc) {
            let e = code.pointee.exctable[i]
            if offset >= e.start && offset < e.end {
                return Handler(target: Int(e.target), depth: Int(e.depth_lasti >> 1), lasti: e.depth_lasti & 1 != 0)
            }
        }
        return nil
    }
}
