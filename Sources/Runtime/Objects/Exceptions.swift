// Exception objects: creation, args, cause/context chaining, traceback records and the
// CPython-format traceback printer.

import CSupport
import QuickenCompiler
import QuickenSyntax

public enum Exceptions {
    /// A new exception instance of `type` (bypassing __init__; used by the runtime).
    public static func make(_ type: TypePtr, args: [Value]) -> Value {
        let size = max(Int(type.pointee.basicsize), MemoryLayout<QKException>.size)
        let e: UnsafeMutablePointer<QKException> = Heap.allocate(type, size: size, as: QKException.self)
        e.pointee.args = Tuple.make(args).raw
        e.pointee.suppress_context = 0
        // Attach the exception being handled as __context__, as raising inside `except` does.
        let handled = Value(raw: qk_state.exc_info)
        if !handled.isNull && !handled.isNone && handled.raw != Value(e).raw { e.pointee.context = handled.raw }
        return Value(e)
    }

    @inline(__always) static func ptr(_ v: Value) -> UnsafeMutablePointer<QKException> { v.ptr(QKException.self) }

    public static func args(_ v: Value) -> Value { Value(raw: ptr(v).pointee.args) }

    /// `raise X`: X may be a class (instantiated with no arguments) or an instance.
    static func instantiate(_ v: Value) throws(PyError) -> Value {
        if v.isLayout(QK_LAYOUT_TYPE), isSubtype(v.ptr(QKType.self), qk_exc.BaseException) {
            let e = try callValues(v, [])
            guard isInstance(e, qk_exc.BaseException) else {
                throw .type("calling \(try Ops.reprString(v)) should have returned an instance of BaseException, not \(e.type.name)")
            }
            return withContext(e)
        }
        guard isInstance(v, qk_exc.BaseException) else { throw .type("exceptions must derive from BaseException") }
        return withContext(v)
    }

    /// Set __context__ from the exception being handled (avoiding cycles).
    static func withContext(_ e: Value) -> Value {
        let handled = Value(raw: qk_state.exc_info)
        if !handled.isNull && !handled.isNone && handled != e {
            // Break a cycle if `e` is already in the context chain of `handled`.
            var c = handled
            while !c.isNull && !c.isNone {
                let next = Value(raw: ptr(c).pointee.context)
                if next == e { ptr(c).pointee.context = 0; break }
                c = next
            }
            ptr(e).pointee.context = handled.raw
        }
        return e
    }

    static func setCause(_ e: Value, _ cause: Value) throws(PyError) {
        if cause.isNone {
            ptr(e).pointee.cause = 0
        } else if cause.isLayout(QK_LAYOUT_TYPE), isSubtype(cause.ptr(QKType.self), qk_exc.BaseException) {
            ptr(e).pointee.cause = try callValues(cause, []).raw
        } else if isInstance(cause, qk_exc.BaseException) {
            ptr(e).pointee.cause = cause.raw
        } else {
            throw .type("exception causes must derive from BaseException")
        }
        ptr(e).pointee.suppress_context = 1
    }

    /// CHECK_EXC_MATCH: isinstance against a class or tuple of classes.
    static func matches(_ exc: Value, _ spec: Value) throws(PyError) -> Bool {
        if spec.isExactly(Types.tuple) {
            for t in Tuple.elements(spec) where try matches(exc, t) { return true }
            return false
        }
        guard spec.isLayout(QK_LAYOUT_TYPE), isSubtype(spec.ptr(QKType.self), qk_exc.BaseException) else {
            throw .type("catching classes that do not inherit from BaseException is not allowed")
        }
        return isInstance(exc, spec.ptr(QKType.self))
    }

    static func stopIterationValue(_ e: Value) -> Value {
        let x = Value(raw: ptr(e).pointee.extra)
        if !x.isNull { return x }
        let a = args(e)
        return Tuple.count(a) > 0 ? Tuple.items(a)[0] : .none
    }

    static func stopIteration(_ value: Value) -> PyError {
        let e = make(qk_exc.StopIteration, args: value.isNone ? [] : [value])
        ptr(e).pointee.extra = value.raw
        return PyError(e)
    }

    // MARK: Tracebacks

    /// Record that `exc` passed through `frame` (innermost first).
    static func addTraceback(_ exc: Value, _ frame: FramePtr) {
        guard isInstance(exc, qk_exc.BaseException) else { return }
        let e = ptr(exc)
        if e.pointee.traceback == 0 { e.pointee.traceback = List.new().raw }
        let code = frame.pointee.code!
        let offset = frame.pointee.instr_ptr - code.pointee.code
        let line = Code.line(code, at: offset)
        List.append(Value(raw: e.pointee.traceback), Tuple.make([Value(code), .int(line), .int(offset)]))
    }

    /// `__traceback__`: a traceback object for the outermost recorded frame (tb_next walks inward).
    static func tracebackObject(_ exc: Value) -> Value {
        let tb = Value(raw: ptr(exc).pointee.traceback)
        if tb.isNull || List.count(tb) == 0 { return .none }
        return Builtins.box(ExtraTypes.traceback, tb).with(index: List.count(tb) - 1)
    }

    /// The record list behind a traceback object (for `with_traceback` and assignment).
    static func tracebackList(_ tb: Value) -> Value? {
        guard tb.isExactly(ExtraTypes.traceback) else { return nil }
        let b = tb.ptr(QKBox.self).pointee
        let all = List.elements(Value(raw: b.a))
        return List.make(Array(all[0...Int(b.i)]))
    }

    public static func str(_ v: Value) throws(PyError) -> Value {
        if let d = Ops.instanceDict(v, create: false), let s = Dict.getStr(d, "_str") { return s }
        let a = args(v)
        let t = v.type
        if isSubtype(t, qk_exc.KeyError) && Tuple.count(a) == 1 { return try Ops.repr(Tuple.items(a)[0]) }
        switch Tuple.count(a) {
        case 0: return Str.empty
        case 1: return try Ops.str(Tuple.items(a)[0])
        default: return try Ops.repr(a)
        }
    }

    static func repr(_ v: Value) throws(PyError) -> String {
        let a = args(v)
        let name = v.type.name
        if Tuple.count(a) == 1 { return "\(name)(\(try Ops.reprString(Tuple.items(a)[0])))" }
        return name + (try Ops.reprString(a))
    }

    nonisolated(unsafe) public static var sourceLines: [String: [Substring]] = [:]

    /// The full report CPython prints for an uncaught exception, chained causes first.
    public static func format(_ exc: Value) -> String {
        var out = ""
        var seen: Set<UInt64> = []
        formatChain(exc, &out, &seen)
        return out
    }

    static func formatChain(_ exc: Value, _ out: inout String, _ seen: inout Set<UInt64>) {
        seen.insert(exc.raw)
        let e = ptr(exc).pointee
        let cause = Value(raw: e.cause), context = Value(raw: e.context)
        if !cause.isNull && !cause.isNone && isInstance(cause, qk_exc.BaseException) && !seen.contains(cause.raw) {
            formatChain(cause, &out, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if e.suppress_context == 0 && !context.isNull && !context.isNone && isInstance(context, qk_exc.BaseException) && !seen.contains(context.raw) {
            formatChain(context, &out, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        out += formatOne(exc)
    }

    static func formatOne(_ exc: Value) -> String {
        var out = ""
        let tb = Value(raw: ptr(exc).pointee.traceback)
        if !tb.isNull && List.count(tb) > 0 {
            out += "Traceback (most recent call last):\n"
            for entry in List.elements(tb).reversed() {
                let code = Tuple.items(entry)[0].ptr(QKCode.self)
                let line = Tuple.items(entry)[1].smallInt
                let file = Str.swift(Value(raw: code.pointee.filename))
                let name = Str.swift(Value(raw: code.pointee.name))
                out += "  File \"\(file)\", line \(line), in \(name)\n"
                if let lines = sourceLines[file], line >= 1, line <= lines.count {
                    let text = lines[line - 1].drop(while: { $0 == " " || $0 == "\t" })
                    if !text.isEmpty {
                        out += "    \(text)\n"
                        if Tuple.count(entry) > 2, let carets = caretLine(code, offset: Tuple.items(entry)[2].smallInt, line: lines[line - 1]) {
                            out += "    \(carets)\n"
                        }
                    }
                }
            }
        }
        out += lastLine(exc) + "\n"
        return out
    }

    /// `Type: message` (or just `Type`), as the final traceback line.
    public static func lastLine(_ exc: Value) -> String {
        let t = exc.type
        var name = t.name
        let module = Value(raw: t.pointee.module)
        if t.isHeapType && !module.isNull && module.isExactlyStr {
            let m = Str.swift(module)
            if m != "builtins" && m != "__main__" { name = m + "." + name }
        }
        if isSubtype(t, qk_exc.SyntaxError), let detail = syntaxErrorDetail(exc) { return detail }
        let msg = (try? Ops.str(exc)).map { Str.swift($0) } ?? "<exception str() failed>"
        return msg.isEmpty ? name : "\(name): \(msg)"
    }

    static func syntaxErrorDetail(_ exc: Value) -> String? {
        guard let d = Ops.instanceDict(exc, create: false), let text = Dict.getStr(d, "_quicken_report"), text.isExactlyStr else { return nil }
        return Str.swift(text)
    }

    /// A Python SyntaxError/IndentationError instance from the front end's error.
    public static func fromSyntaxError(_ e: SyntaxError) -> Value {
        let type: TypePtr
        switch e.kind {
        case .syntaxError: type = qk_exc.SyntaxError
        case .indentationError: type = qk_exc.IndentationError
        case .tabError: type = qk_exc.TabError
        }
        let details = Tuple.make([Str.make(e.filename), .int(e.line), .int(e.offset),
                                  e.sourceLine.map { Str.make($0) } ?? Value.none, .int(e.endLine), .int(e.endOffset)])
        let exc = make(type, args: [Str.make(e.message), details])
        if let d = Ops.instanceDict(exc) {
            Dict.setStr(d, "msg", Str.make(e.message))
            Dict.setStr(d, "filename", Str.make(e.filename))
            Dict.setStr(d, "lineno", .int(e.line))
            Dict.setStr(d, "offset", .int(e.offset))
            Dict.setStr(d, "text", e.sourceLine.map { Str.make($0) } ?? Value.none)
            Dict.setStr(d, "_quicken_report", Str.make(e.description))
        }
        return exc
    }
}
