// Builtin modules: sys and time (math is in Modules+Math.swift).

import BigInt
import CSupport
import Foundation

enum Modules {
    static func def(_ m: Value, _ name: String, _ fn: @escaping NativeFunction) {
        let f = Native.function(name, fn)
        f.ptr(QKNative.self).pointee.receiver = m.raw
        Dict.setStr(Imports.moduleDict(m), name, f)
    }

    nonisolated(unsafe) static var argv: [String] = []

    /// A builtin module by name, or nil.
    static func create(_ name: String) throws(PyError) -> Value? {
        switch name {
        case "sys": return try sys()
        case "math": return try math()
        case "time": return try time()
        case "string": return try StringModule.create()
        case "dis": return DisModule.create()
        case "_random": return try RandomModule.create()
        case "_os": return try OSModule.create()
        case "_struct": return try StructModule.create()
        case "_heapq": return try HeapqModule.create()
        case "_collections": return try CollectionsModule.create()
        case "_bisect": return try BisectModule.create()
        case "_hashlib": return try Digests.create()
        default: return nil
        }
    }

    /// Parts of sys that read best as Python: struct sequences with named fields.
    static let sysPrelude = """
    class _struct_seq(tuple):
        __slots__ = ()
        _fields = ()
        _name = ''
        def __repr__(self):
            return self._name + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'
    def _make(name, fields, values):
        ns = {'__slots__': (), '_fields': tuple(fields), '_name': name}
        for i, f in enumerate(fields):
            ns[f] = property(lambda self, i=i: self[i])
        return type(name.split('.')[-1], (_struct_seq,), ns)(values)
    version_info = _make('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], (3, 13, 0, 'final', 0))
    float_info = _make('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
                                           'mant_dig', 'epsilon', 'radix', 'rounds'],
                       (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                        2.220446049250313e-16, 2, 1))
    int_info = _make('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
                     (30, 4, 4300, 640))
    del _make, _struct_seq
    """

    static func sys() throws(PyError) -> Value {
        let m = Imports.newModule("sys")
        let d = Imports.moduleDict(m)
        Dict.setStr(d, "argv", List.make(argv.map { Str.make($0) }))
        Dict.setStr(d, "modules", Imports.modules)
        Dict.setStr(d, "maxsize", .int(Int.max))
        Dict.setStr(d, "platform", Str.make("linux"))
        Dict.setStr(d, "version", Str.make("3.13.0 (Quicken)"))
        try Runtime.exec(source: sysPrelude, filename: "<sys>", globals: d)
        Dict.setStr(d, "implementation", Str.make("quicken"))
        Dict.setStr(d, "byteorder", Str.make("little"))
        Dict.setStr(d, "stdout", TextFile.stdout)
        Dict.setStr(d, "stderr", TextFile.stderr)
        Dict.setStr(d, "stdin", TextFile.stdin)
        Dict.setStr(d, "path", Runtime.sysPath)
        def(m, "exit") { (a: inout Args) throws(PyError) -> Value in
            throw PyError(Exceptions.make(qk_exc.SystemExit, args: a.count > 0 ? [a[0]] : []))
        }
        def(m, "getrecursionlimit") { (a: inout Args) throws(PyError) -> Value in .int(Int(qk_state.recursion_limit)) }
        def(m, "setrecursionlimit") { (a: inout Args) throws(PyError) -> Value in
            guard let n = Ints.exact(a[0]) else { throw .type("an integer is required") }
            if n < 1 { throw .value("recursion limit must be greater or equal than 1") }
            qk_state.recursion_limit = Int64(n)
            return .none
        }
        def(m, "intern") { (a: inout Args) throws(PyError) -> Value in Str.intern(a[0]) }
        def(m, "exc_info") { (a: inout Args) throws(PyError) -> Value in
            let e = Value(raw: qk_state.exc_info)
            if e.isNull || e.isNone { return Tuple.make([.none, .none, .none]) }
            return Tuple.make([Value(e.type), e, Exceptions.tracebackObject(e)])
        }
        def(m, "exception") { (a: inout Args) throws(PyError) -> Value in
            let e = Value(raw: qk_state.exc_info)
            return e.isNull ? .none : e
        }
        // _getframemodulename(depth=0): __name__ of the module running `depth` frames above the
        // caller (namedtuple, Enum and TypedDict use it to set __module__).
        def(m, "_getframemodulename") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("_getframemodulename", min: 0, max: 1, keywords: ["depth"])
            var depth = 0
            if let d = a.arg(0, "depth") {
                guard let n = Ints.exact(d) else { throw .type("'\(d.type.name)' object cannot be interpreted as an integer") }
                depth = n
            }
            var frame = Heap.currentFrame
            while depth > 0, let f = frame {
                frame = f.pointee.previous
                depth -= 1
            }
            guard let f = frame, !Value(raw: f.pointee.globals).isNull else { return Value.none }
            return Dict.getStr(Value(raw: f.pointee.globals), "__name__") ?? Value.none
        }
        // _getframelocation(depth=0) -> (filename, lineno) of the frame `depth` levels above the
        // caller, or None (warnings.warn reports its caller's location with it).
        def(m, "_getframelocation") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("_getframelocation", min: 0, max: 1)
            var depth = a.count > 0 ? (Ints.exact(a[0]) ?? 0) : 0
            var frame = Heap.currentFrame
            while depth > 0, let f = frame {
                frame = f.pointee.previous
                depth -= 1
            }
            guard let f = frame, let code = f.pointee.code else { return Value.none }
            let line = Code.line(code, at: f.pointee.instr_ptr - code.pointee.code)
            return Tuple.make([Value(raw: code.pointee.filename), .int(line)])
        }
        def(m, "getsizeof") { (a: inout Args) throws(PyError) -> Value in .int(a[0].isObject ? Int(a[0].type.pointee.basicsize) : 28) }
        return m
    }

    static func time() throws(PyError) -> Value {
        let m = Imports.newModule("time")
        func now(_ clock: clockid_t) -> timespec {
            var ts = timespec()
            clock_gettime(clock, &ts)
            return ts
        }
        def(m, "time") { (a: inout Args) throws(PyError) -> Value in
            let t = now(CLOCK_REALTIME)
            return .float(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9)
        }
        def(m, "time_ns") { (a: inout Args) throws(PyError) -> Value in
            let t = now(CLOCK_REALTIME)
            return .int(t.tv_sec * 1_000_000_000 + t.tv_nsec)
        }
        for name in ["perf_counter", "monotonic"] {
            def(m, name) { (a: inout Args) throws(PyError) -> Value in
                let t = now(CLOCK_MONOTONIC)
                return .float(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9)
            }
        }
        for name in ["perf_counter_ns", "monotonic_ns"] {
            def(m, name) { (a: inout Args) throws(PyError) -> Value in
                let t = now(CLOCK_MONOTONIC)
                return .int(t.tv_sec * 1_000_000_000 + t.tv_nsec)
            }
        }
        def(m, "process_time") { (a: inout Args) throws(PyError) -> Value in
            let t = now(CLOCK_PROCESS_CPUTIME_ID)
            return .float(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9)
        }
        def(m, "sleep") { (a: inout Args) throws(PyError) -> Value in
            guard let s = Numbers.toDouble(a[0]) else { throw .type("'\(a[0].type.name)' object cannot be interpreted as an integer or float") }
            if s < 0 { throw .value("sleep length must be non-negative") }
            usleep(UInt32(s * 1_000_000))
            return .none
        }
        return m
    }
}
