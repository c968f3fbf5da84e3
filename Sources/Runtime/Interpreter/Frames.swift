// The VM stack of frames and argument binding. Python-to-Python calls push a frame here and
// stay in the same interpreter loop; no native recursion.

import CSupport
#if canImport(Glibc)
import Glibc
#endif

public typealias FramePtr = UnsafeMutablePointer<QKFrame>

public enum Frames {
    nonisolated(unsafe) static var stackBase = UnsafeMutableRawPointer(bitPattern: 8)!
    nonisolated(unsafe) static var stackTop = UnsafeMutableRawPointer(bitPattern: 8)!
    nonisolated(unsafe) static var stackLimit = UnsafeMutableRawPointer(bitPattern: 8)!
    static let stackBytes = 1 << 30

    static func bootstrap() {
        // Reserve address space once; pages are committed only when touched.
        let p = mmap(nil, stackBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)!
        stackBase = p
        stackTop = p
        stackLimit = p + stackBytes
    }

    @inline(__always) public static func localsplus(_ f: FramePtr) -> UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(f) + MemoryLayout<QKFrame>.size).assumingMemoryBound(to: Value.self)
    }

    @inline(__always) public static func stackBottom(_ f: FramePtr) -> UnsafeMutablePointer<Value> {
        localsplus(f) + Int(f.pointee.code.pointee.nlocalsplus)
    }

    @inline(__always) public static func size(of code: CodePtr) -> Int {
        MemoryLayout<QKFrame>.size + Int(code.pointee.framesize) * 8
    }

    public static func recursionError() -> PyError {
        PyError(qk_exc.RecursionError, "maximum recursion depth exceeded")
    }

    /// Push a frame for `code` on the VM stack, with locals cleared.
    @inline(__always)
    public static func push(_ code: CodePtr, function: Value, globals: Value, builtins: Value,
                            locals: Value = .null) throws(PyError) -> FramePtr {
        if qk_state.recursion_depth >= qk_state.recursion_limit { throw recursionError() }
        let size = size(of: code)
        if stackTop + size > stackLimit { throw recursionError() }
        let f = stackTop.assumingMemoryBound(to: QKFrame.self)
        stackTop += size
        f.pointee.previous = Heap.currentFrame
        f.pointee.code = code
        f.pointee.function = function.raw
        f.pointee.globals = globals.raw
        f.pointee.builtins = builtins.raw
        f.pointee.locals = locals.raw
        f.pointee.instr_ptr = code.pointee.code
        f.pointee.generator = 0
        f.pointee.is_entry = 0
        f.pointee.owned_by_generator = 0
        f.pointee.init_self = 0
        let lp = localsplus(f)
        let n = Int(code.pointee.nlocalsplus)
        lp.initialize(repeating: .null, count: n)
        f.pointee.stack_pointer = UnsafeMutableRawPointer(lp + n).assumingMemoryBound(to: QKValue.self)
        Heap.currentFrame = f
        qk_state.recursion_depth += 1
        return f
    }

    /// Pop `f` (the innermost frame) and make its caller current.
    @inline(__always)
    public static func pop(_ f: FramePtr) {
        Heap.currentFrame = f.pointee.previous
        qk_state.recursion_depth -= 1
        if f.pointee.owned_by_generator == 0 { stackTop = UnsafeMutableRawPointer(f) }
    }

    // MARK: Argument binding

    /// Bind call arguments into the fresh frame of a Python function (CPython's
    /// initialize_locals), raising TypeError with CPython's messages.
    public static func bindArguments(_ fn: UnsafeMutablePointer<QKFunction>, _ f: FramePtr,
                                     _ args: UnsafePointer<Value>, _ total: Int, kwnames: Value) throws(PyError) {
        let code = f.pointee.code!
        let c = code.pointee
        let locals = localsplus(f)
        let argcount = Int(c.argcount)
        let nkw = kwnames.isNull ? 0 : Tuple.count(kwnames)
        let npos = total - nkw
        let hasVarargs = c.flags & 0x4 != 0
        let hasVarkw = c.flags & 0x8 != 0
        // Fast path: exactly the positional parameters.
        if nkw == 0 && npos == argcount && !hasVarargs && !hasVarkw && c.kwonlyargcount == 0 {
            for i in 0..<npos { locals[i] = args[i] }
            return
        }
        let kwonly = Int(c.kwonlyargcount)
        var kwdict = Value.null
        if hasVarkw {
            kwdict = Dict.new()
            locals[argcount + kwonly + (hasVarargs ? 1 : 0)] = kwdict
        }
        let n = min(npos, argcount)
        for i in 0..<n { locals[i] = args[i] }
        if hasVarargs {
            locals[argcount + kwonly] = npos > argcount ? Tuple.make(args + argcount, npos - argcount) : Tuple.make([])
        } else if npos > argcount {
            throw tooManyPositional(fn, code, npos, kwGiven: nkw)
        }
        let names = Tuple.items(Value(raw: c.localsplusnames))
        let posonly = Int(c.posonlyargcount)
        var posonlyAsKw: [String] = []
        if nkw > 0 {
            let kws = Tuple.items(kwnames)
            for k in 0..<nkw {
                let key = kws[k]
                let value = args[npos + k]
                var j = -1
                for p in posonly..<(argcount + kwonly) where names[p] == key { j = p; break }
                if j < 0 {
                    for p in posonly..<(argcount + kwonly) where Str.equal(names[p], key) { j = p; break }
                }
                if j < 0 {
                    if hasVarkw {
                        try Dict.set(kwdict, key, value)
                        continue
                    }
                    if (0..<posonly).contains(where: { Str.equal(names[$0], key) }) {
                        posonlyAsKw.append(Str.swift(key))
                        continue
                    }
                    throw .type("\(qualname(fn))() got an unexpected keyword argument '\(Str.swift(key))'")
                }
                if !locals[j].isNull {
                    throw .type("\(qualname(fn))() got multiple values for argument '\(Str.swift(key))'")
                }
                locals[j] = value
            }
        }
        if !posonlyAsKw.isEmpty {
            throw .type("\(qualname(fn))() got some positional-only arguments passed as keyword arguments: '\(posonlyAsKw.joined(separator: ", "))'")
        }
        if npos < argcount {
            let defaults = Value(raw: fn.pointee.defaults)
            let ndef = defaults.isNull ? 0 : Tuple.count(defaults)
            let firstDefault = argcount - ndef
            var missing: [String] = []
            for i in npos..<argcount where locals[i].isNull {
                if i >= firstDefault { locals[i] = Tuple.items(defaults)[i - firstDefault] } else { missing.append(Str.swift(names[i])) }
            }
            if !missing.isEmpty { throw missingArguments(fn, missing, kind: "positional") }
        }
        if kwonly > 0 {
            let kwdefaults = Value(raw: fn.pointee.kwdefaults)
            var missing: [String] = []
            for i in argcount..<(argcount + kwonly) where locals[i].isNull {
                if !kwdefaults.isNull, let d = Dict.getStr(kwdefaults, names[i]) { locals[i] = d } else { missing.append(Str.swift(names[i])) }
            }
            if !missing.isEmpty { throw missingArguments(fn, missing, kind: "keyword-only") }
        }
    }

    static func qualname(_ fn: UnsafeMutablePointer<QKFunction>) -> String { Str.swift(Value(raw: fn.pointee.qualname)) }

    static func missingArguments(_ fn: UnsafeMutablePointer<QKFunction>, _ names: [String], kind: String) -> PyError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = names.count == 1 ? "" : "s"
        return .type("\(qualname(fn))() missing \(names.count) required \(kind) argument\(plural): \(list)")
    }

    static func tooManyPositional(_ fn: UnsafeMutablePointer<QKFunction>, _ code: CodePtr, _ given: Int, kwGiven: Int) -> PyError {
        let argcount = Int(code.pointee.argcount)
        let defaults = Value(raw: fn.pointee.defaults)
        let ndef = defaults.isNull ? 0 : Tuple.count(defaults)
        let takes: String
        if ndef > 0 {
            takes = "from \(argcount - ndef) to \(argcount) positional arguments"
        } else {
            takes = "\(argcount) positional argument\(argcount == 1 ? "" : "s")"
        }
        let was = given == 1 ? "was" : "were"
        return .type("\(qualname(fn))() takes \(takes) but \(given) \(was) given")
    }
}
