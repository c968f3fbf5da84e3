// Python-visible methods of int, bool, float and complex (every numeric dunder is a real
// method, so `int.__add__(1, 2)` and `super().__add__(x)` work), and round().

import BigInt
import CSupport
import QuickenCompiler
#if canImport(Glibc)
import Glibc
#endif

enum NumberMethods {
    static let binaryOps: [(String, Int)] = [("add", 0), ("sub", 10), ("mul", 5), ("floordiv", 2), ("mod", 6), ("truediv", 11),
                                             ("and", 1), ("or", 7), ("xor", 12), ("lshift", 3), ("rshift", 9)]
    static let compareOps: [(String, Int)] = [("lt", 0), ("le", 1), ("eq", 2), ("ne", 3), ("gt", 4), ("ge", 5)]

    static func descriptorError(_ name: String, _ owner: String, _ v: Value) -> PyError {
        .type("descriptor '\(name)' requires a '\(owner)' object but received a '\(v.type.name)'")
    }

    /// The receiver of an int method, as a plain int value.
    static func intSelf(_ a: Args, _ name: String) throws(PyError) -> Value {
        let v = a.receiver
        guard Numbers.isIntLike(v) else { throw descriptorError(name, "int", v) }
        return v
    }

    static func floatSelf(_ a: Args, _ name: String) throws(PyError) -> Double {
        let v = a.receiver
        guard Numbers.isFloatLike(v) else { throw descriptorError(name, "float", v) }
        return Numbers.toDouble(v)!
    }

    static func complexSelf(_ a: Args, _ name: String) throws(PyError) -> Value {
        let v = a.receiver
        guard Numbers.isComplex(v) else { throw descriptorError(name, "complex", v) }
        return v
    }

    static func one(_ a: Args, _ name: String) throws(PyError) -> Value {
        guard a.count == 1 else { throw .type("expected 1 argument, got \(a.count)") }
        return a[0]
    }

    /// An integer argument via __index__.
    static func index(_ v: Value) throws(PyError) -> BigInt {
        if Ints.isInt(v) { return Ints.big(v) }
        if v.type.isHeapType, let m = Ops.userMethod(v.type, Names.__index__) {
            let r = try callValues(m, [v])
            guard Ints.isInt(r) else { throw .type("__index__ returned non-int (type \(r.type.name))") }
            return Ints.big(r)
        }
        throw .type("'\(v.type.name)' object cannot be interpreted as an integer")
    }

    static func plainInt(_ v: Value) -> Value {
        if v.isSmallInt { return v }
        if v.layout == QK_LAYOUT_BOOL { return .int(Int(v.object.pointee.ob_aux)) }
        return Ints.make(Ints.big(v))
    }

    static func register() {
        for t in [Types.int, Types.float, ExtraTypes.complex!] {
            Native.method(t, "__format__") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("__format__", min: 1, max: 1)
                guard a[0].isObject && a[0].layout == QK_LAYOUT_STR else { throw .type("__format__() argument must be str, not \(a[0].type.name)") }
                // On a subclass instance (IntEnum's __format__ is int.__format__) format the plain
                // number: the generic path would find this method again. An empty spec is str(self).
                let v = a.receiver
                if v.isObject && v.type.isHeapType {
                    if Str.count(a[0]) == 0 { return try Ops.str(v) }
                    if v.layout == QK_LAYOUT_INT { return try Ops.format(plainInt(v), a[0]) }
                    if v.layout == QK_LAYOUT_FLOAT, let d = Numbers.toDouble(v) { return try Ops.format(.float(d), a[0]) }
                }
                return try Ops.format(v, a[0])
            }
        }
        registerInt()
        registerBool()
        registerFloat()
        registerComplex()
    }

    // MARK: int

    static func registerInt() {
        let t = Types.int
        for (n, op) in binaryOps {
            let name = "__\(n)__", rname = "__r\(n)__"
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try intSelf(a, name), y = try one(a, name)
                guard Numbers.isIntLike(y) else { return .notImplemented }
                return try Numbers.binary(x, y, op) ?? .notImplemented
            }
            Native.method(t, rname) { (a: inout Args) throws(PyError) -> Value in
                let x = try intSelf(a, rname), y = try one(a, rname)
                guard Numbers.isIntLike(y) else { return .notImplemented }
                return try Numbers.binary(y, x, op) ?? .notImplemented
            }
        }
        Native.method(t, "__pow__") { (a: inout Args) throws(PyError) -> Value in
            let x = try intSelf(a, "__pow__")
            try a.expect("__pow__", min: 1, max: 2)
            guard Numbers.isIntLike(a[0]) else { return .notImplemented }
            if a.count > 1 && !a[1].isNone {
                guard Numbers.isIntLike(a[1]) else { return .notImplemented }
                return try Numbers.intPowMod(Ints.big(x), Ints.big(a[0]), Ints.big(a[1]))
            }
            return try Numbers.intBinary(x, a[0], 8) ?? .notImplemented
        }
        Native.method(t, "__rpow__") { (a: inout Args) throws(PyError) -> Value in
            let x = try intSelf(a, "__rpow__")
            try a.expect("__rpow__", min: 1, max: 2)
            guard Numbers.isIntLike(a[0]) else { return .notImplemented }
            if a.count > 1 && !a[1].isNone {
                guard Numbers.isIntLike(a[1]) else { return .notImplemented }
                return try Numbers.intPowMod(Ints.big(a[0]), Ints.big(x), Ints.big(a[1]))
            }
            return try Numbers.intBinary(a[0], x, 8) ?? .notImplemented
        }
        Native.method(t, "__divmod__") { (a: inout Args) throws(PyError) -> Value in
            let x = try intSelf(a, "__divmod__"), y = try one(a, "__divmod__")
            guard Numbers.isIntLike(y) else { return .notImplemented }
            return try Numbers.intDivmod(x, y)
        }
        Native.method(t, "__rdivmod__") { (a: inout Args) throws(PyError) -> Value in
            let x = try intSelf(a, "__rdivmod__"), y = try one(a, "__rdivmod__")
            guard Numbers.isIntLike(y) else { return .notImplemented }
            return try Numbers.intDivmod(y, x)
        }
        for (n, op) in compareOps {
            let name = "__\(n)__"
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try intSelf(a, name), y = try one(a, name)
                guard Numbers.isIntLike(y) else { return .notImplemented }
                return try Numbers.compare(x, y, op) ?? .notImplemented
            }
        }
        let unary: [(String, (Value) throws(PyError) -> Value)] = [
            ("__neg__", { (v) throws(PyError) in Ints.make(-Ints.big(v)) }),
            ("__pos__", { (v) throws(PyError) in plainInt(v) }),
            ("__abs__", { (v) throws(PyError) in Ints.make(Ints.big(v).magnitude.asSigned) }),
            ("__invert__", { (v) throws(PyError) in Ints.make(-Ints.big(v) - 1) }),
            ("__bool__", { (v) throws(PyError) in .bool(!Ints.big(v).isZero) }),
            ("__int__", { (v) throws(PyError) in plainInt(v) }),
            ("__index__", { (v) throws(PyError) in plainInt(v) }),
            ("__trunc__", { (v) throws(PyError) in plainInt(v) }),
            ("__floor__", { (v) throws(PyError) in plainInt(v) }),
            ("__ceil__", { (v) throws(PyError) in plainInt(v) }),
            ("conjugate", { (v) throws(PyError) in plainInt(v) }),
            ("__float__", { (v) throws(PyError) in .float(try Numbers.realDouble(v)!) }),
            ("__hash__", { (v) throws(PyError) in .int(Numbers.hashBig(Ints.big(v))) }),
            ("__repr__", { (v) throws(PyError) in Str.make(try Numbers.intRepr(v)) }),
            ("__getnewargs__", { (v) throws(PyError) in Tuple.make([plainInt(v)]) }),
            ("is_integer", { (_) throws(PyError) in .true_ }),
            ("as_integer_ratio", { (v) throws(PyError) in Tuple.make([plainInt(v), .int(1)]) }),
            ("bit_length", { (v) throws(PyError) in .int(Ints.bitLength(Ints.big(v))) }),
            ("bit_count", { (v) throws(PyError) in .int(Ints.big(v).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount }) }),
        ]
        for (name, f) in unary {
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try intSelf(a, name)
                try a.expect(name, min: 0, max: 0)
                return try f(x)
            }
        }
        Native.method(t, "__round__") { (a: inout Args) throws(PyError) -> Value in
            let x = try intSelf(a, "__round__")
            try a.expect("__round__", min: 0, max: 1)
            if a.count == 0 || a[0].isNone { return plainInt(x) }
            return try Rounding.roundInt(Ints.big(x), try index(a[0]))
        }
        Native.method(t, "to_bytes") { (a: inout Args) throws(PyError) -> Value in
            let x = Ints.big(try intSelf(a, "to_bytes"))
            try a.expect("to_bytes", min: 0, max: 2, keywords: ["length", "byteorder", "signed"])
            let length = try a.arg(0, "length").map { (v) throws(PyError) in try index(v) } ?? 1
            let order = a.arg(1, "byteorder").map { Str.swift($0) } ?? "big"
            let signed = try a.keyword("signed").map { (v) throws(PyError) in try Ops.truthy(v) } ?? false
            guard order == "big" || order == "little" else { throw .value("byteorder must be either 'little' or 'big'") }
            if length.sign == .minus { throw .value("length argument must be non-negative") }
            guard let n = Int(exactly: length) else { throw .overflow("Python int too large to convert to C ssize_t") }
            if !signed && x.sign == .minus && !x.isZero { throw .overflow("can't convert negative int to unsigned") }
            let bits = Ints.bitLength(x)
            if signed {
                // Needs bits+1 (or bits for -2**(k-1)) to fit in 8n.
                let fits = x.sign == .minus && !x.isZero ? Ints.bitLength(-x - 1) < 8 * n || (x == 0) : bits < 8 * n
                if !fits && !(n == 0 && x.isZero) { throw .overflow("int too big to convert") }
            } else if bits > 8 * n {
                throw .overflow("int too big to convert")
            }
            let words = Ints.twos(x, (n + 7) / 8 + 1)
            var out = [UInt8](repeating: 0, count: n)
            for k in 0..<n { out[k] = UInt8(truncatingIfNeeded: words[k / 8] >> UInt((k % 8) * 8)) }
            if order == "big" { out.reverse() }
            return Bytes.make(out)
        }
        Native.classMethod(t, "from_bytes") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("from_bytes", min: 1, max: 2, keywords: ["bytes", "byteorder", "signed"])
            guard let src = a.arg(0, "bytes") else { throw .type("from_bytes() missing required argument 'bytes' (pos 1)") }
            let order = a.arg(1, "byteorder").map { Str.swift($0) } ?? "big"
            let signed = try a.keyword("signed").map { (v) throws(PyError) in try Ops.truthy(v) } ?? false
            guard order == "big" || order == "little" else { throw .value("byteorder must be either 'little' or 'big'") }
            var bytes: [UInt8]
            if src.isObject && src.layout == QK_LAYOUT_BYTES {
                bytes = Bytes.array(src)
            } else {
                bytes = []
                for v in try Ops.toArray(src) {
                    guard let i = Ints.exact(v), (0..<256).contains(i) else { throw .value("bytes must be in range(0, 256)") }
                    bytes.append(UInt8(i))
                }
            }
            if order == "big" { bytes.reverse() }
            var words = [UInt](repeating: 0, count: bytes.count / 8 + 1)
            for (k, b) in bytes.enumerated() { words[k / 8] |= UInt(b) << UInt((k % 8) * 8) }
            var v = BigInt(BigUInt(words: words))
            if signed, let last = bytes.last, last >= 0x80 { v -= BigInt(1) << (8 * bytes.count) }
            let r = Ints.make(v)
            let cls = a.receiver
            if cls.isObject && cls.layout == QK_LAYOUT_TYPE && cls.ptr(QKType.self) != Types.int {
                return try callValues(cls, [r])
            }
            return r
        }
    }

    // MARK: bool

    static func registerBool() {
        let t = Types.bool
        for (n, op) in [("and", 1), ("or", 7), ("xor", 12)] {
            for name in ["__\(n)__", "__r\(n)__"] {
                Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                    let x = try intSelf(a, name), y = try one(a, name)
                    guard Numbers.isIntLike(y) else { return .notImplemented }
                    return try Numbers.binary(x, y, op) ?? .notImplemented
                }
            }
        }
        Native.method(t, "__repr__") { (a: inout Args) throws(PyError) -> Value in
            Str.make(a.receiver == .true_ ? "True" : "False")
        }
    }

    // MARK: float

    static func registerFloat() {
        let t = Types.float
        for (n, op) in binaryOps.prefix(6) {
            let name = "__\(n)__", rname = "__r\(n)__"
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try floatSelf(a, name), y = try one(a, name)
                guard Numbers.isIntLike(y) || Numbers.isFloatLike(y) else { return .notImplemented }
                return try Numbers.floatBinary(x, try Numbers.realDouble(y)!, op) ?? .notImplemented
            }
            Native.method(t, rname) { (a: inout Args) throws(PyError) -> Value in
                let x = try floatSelf(a, rname), y = try one(a, rname)
                guard Numbers.isIntLike(y) || Numbers.isFloatLike(y) else { return .notImplemented }
                return try Numbers.floatBinary(try Numbers.realDouble(y)!, x, op) ?? .notImplemented
            }
        }
        for (name, reflected) in [("__pow__", false), ("__rpow__", true)] {
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try floatSelf(a, name)
                try a.expect(name, min: 1, max: 2)
                guard Numbers.isIntLike(a[0]) || Numbers.isFloatLike(a[0]) else { return .notImplemented }
                if a.count > 1 && !a[1].isNone { throw .type("pow() 3rd argument not allowed unless all arguments are integers") }
                let y = try Numbers.realDouble(a[0])!
                return reflected ? try Numbers.floatPow(y, x) : try Numbers.floatPow(x, y)
            }
        }
        for (name, reflected) in [("__divmod__", false), ("__rdivmod__", true)] {
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try floatSelf(a, name), y0 = try one(a, name)
                guard Numbers.isIntLike(y0) || Numbers.isFloatLike(y0) else { return .notImplemented }
                let y = try Numbers.realDouble(y0)!
                return try Numbers.divmod(reflected ? .float(y) : .float(x), reflected ? .float(x) : .float(y)) ?? .notImplemented
            }
        }
        for (n, op) in compareOps {
            let name = "__\(n)__"
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try floatSelf(a, name), y = try one(a, name)
                guard Numbers.isIntLike(y) || Numbers.isFloatLike(y) else { return .notImplemented }
                return try Numbers.compare(.float(x), y, op) ?? .notImplemented
            }
        }
        let unary: [(String, (Double) throws(PyError) -> Value)] = [
            ("__neg__", { (d) throws(PyError) in .float(-d) }),
            ("__pos__", { (d) throws(PyError) in .float(d) }),
            ("__abs__", { (d) throws(PyError) in .float(Swift.abs(d)) }),
            ("__bool__", { (d) throws(PyError) in .bool(d != 0) }),
            ("__float__", { (d) throws(PyError) in .float(d) }),
            ("conjugate", { (d) throws(PyError) in .float(d) }),
            ("__int__", { (d) throws(PyError) in try Rounding.floatToInt(d) }),
            ("__trunc__", { (d) throws(PyError) in try Rounding.floatToInt(d) }),
            ("__floor__", { (d) throws(PyError) in try Rounding.floatToInt(floor(d)) }),
            ("__ceil__", { (d) throws(PyError) in try Rounding.floatToInt(ceil(d)) }),
            ("__hash__", { (d) throws(PyError) in .int(Numbers.hashDouble(d)) }),
            ("__repr__", { (d) throws(PyError) in Str.make(pyFloatRepr(d)) }),
            ("__getnewargs__", { (d) throws(PyError) in Tuple.make([.float(d)]) }),
            ("is_integer", { (d) throws(PyError) in .bool(d.isFinite && d == d.rounded(.towardZero)) }),
            ("hex", { (d) throws(PyError) in Str.make(Numbers.floatHex(d)) }),
            ("as_integer_ratio", { (d) throws(PyError) in try Rounding.integerRatio(d) }),
        ]
        for (name, f) in unary {
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try floatSelf(a, name)
                try a.expect(name, min: 0, max: 0)
                return try f(x)
            }
        }
        Native.method(t, "__round__") { (a: inout Args) throws(PyError) -> Value in
            let x = try floatSelf(a, "__round__")
            try a.expect("__round__", min: 0, max: 1)
            return try Rounding.roundFloat(x, a.count == 0 ? .none : a[0])
        }
        Native.classMethod(t, "fromhex") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("fromhex", min: 1, max: 1)
            guard a[0].isObject && a[0].layout == QK_LAYOUT_STR else { throw .type("fromhex() argument must be str, not \(a[0].type.name)") }
            let d = Value.float(try Numbers.floatFromHex(Str.swift(a[0])))
            let cls = a.receiver
            if cls.isObject && cls.layout == QK_LAYOUT_TYPE && cls.ptr(QKType.self) != Types.float { return try callValues(cls, [d]) }
            return d
        }
        Native.classMethod(t, "__getformat__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("__getformat__", min: 1, max: 1)
            let s = Str.swift(a[0])
            guard s == "double" || s == "float" else { throw .value("__getformat__() argument 1 must be 'double' or 'float'") }
            return Str.make("IEEE, little-endian")
        }
    }

    // MARK: complex

    static func registerComplex() {
        guard let t = ExtraTypes.complex else { return }
        func other(_ v: Value) throws(PyError) -> Value? {
            if Numbers.isComplex(v) { return v }
            if Numbers.isIntLike(v) || Numbers.isFloatLike(v) { let d = try Numbers.realDouble(v)!; return Complex.make(d, 0) }
            return nil
        }
        for (n, op) in [("add", 0), ("sub", 10), ("mul", 5), ("truediv", 11)] {
            let name = "__\(n)__", rname = "__r\(n)__"
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try complexSelf(a, name)
                guard let y = try other(try one(a, name)) else { return .notImplemented }
                return try Complex.binary(x, y, op) ?? .notImplemented
            }
            Native.method(t, rname) { (a: inout Args) throws(PyError) -> Value in
                let x = try complexSelf(a, rname)
                guard let y = try other(try one(a, rname)) else { return .notImplemented }
                return try Complex.binary(y, x, op) ?? .notImplemented
            }
        }
        for (name, reflected) in [("__pow__", false), ("__rpow__", true)] {
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try complexSelf(a, name)
                try a.expect(name, min: 1, max: 2)
                guard let y = try other(a[0]) else { return .notImplemented }
                if a.count > 1 && !a[1].isNone { throw .value("complex modulo") }
                return try Complex.binary(reflected ? y : x, reflected ? x : y, 8) ?? .notImplemented
            }
        }
        for (name, eq) in [("__eq__", true), ("__ne__", false)] {
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try complexSelf(a, name), y = try one(a, name)
                guard Numbers.isComplex(y) || Numbers.isIntLike(y) || Numbers.isFloatLike(y) else { return .notImplemented }
                let r = try Numbers.complexEqual(x, y)
                return .bool(eq ? r : !r)
            }
        }
        let unary: [(String, (Value) throws(PyError) -> Value)] = [
            ("__neg__", { (v) throws(PyError) in let (r, i) = Complex.parts(v); return Complex.make(-r, -i) }),
            ("__pos__", { (v) throws(PyError) in let (r, i) = Complex.parts(v); return Complex.make(r, i) }),
            ("__abs__", { (v) throws(PyError) in try Complex.abs(v) }),
            ("__bool__", { (v) throws(PyError) in .bool(Complex.parts(v) != (0, 0)) }),
            ("conjugate", { (v) throws(PyError) in let (r, i) = Complex.parts(v); return Complex.make(r, -i) }),
            ("__complex__", { (v) throws(PyError) in let (r, i) = Complex.parts(v); return Complex.make(r, i) }),
            ("__hash__", { (v) throws(PyError) in .int(Complex.hash(v)) }),
            ("__repr__", { (v) throws(PyError) in Str.make(Complex.repr(v)) }),
            ("__getnewargs__", { (v) throws(PyError) in let (r, i) = Complex.parts(v); return Tuple.make([.float(r), .float(i)]) }),
        ]
        for (name, f) in unary {
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                let x = try complexSelf(a, name)
                try a.expect(name, min: 0, max: 0)
                return try f(x)
            }
        }
    }

    /// complex(real=0, imag=0) and complex(string).
    static func construct(_ a: inout Args, type: TypePtr) throws(PyError) -> Value {
        try a.expect("complex", min: 0, max: 2, keywords: ["real", "imag"])
        let rv = a.arg(0, "real"), iv = a.arg(1, "imag")
        func part(_ v: Value, _ which: String) throws(PyError) -> (Double, Double) {
            if Numbers.isComplex(v) { return Complex.parts(v) }
            if let d = try Numbers.realDouble(v) { return (d, 0) }
            if v.type.isHeapType {
                if let m = Ops.userMethod(v.type, Str.intern("__complex__")) {
                    let r = try callValues(m, [v])
                    guard Numbers.isComplex(r) else { throw .type("__complex__ returned non-complex (type \(r.type.name))") }
                    return Complex.parts(r)
                }
                if let m = Ops.userMethod(v.type, Names.__float__) {
                    let r = try callValues(m, [v])
                    guard let d = Numbers.toDouble(r), Numbers.isFloatLike(r) else { throw .type("\(v.type.name).__float__ returned non-float (type \(r.type.name))") }
                    return (d, 0)
                }
                if Ops.userMethod(v.type, Names.__index__) != nil {
                    guard let d = Ints.toDouble(try index(v)) else { throw .overflow("int too large to convert to float") }
                    return (d, 0)
                }
            }
            if which == "real" {
                throw .type("complex() first argument must be a string or a number, not '\(v.type.name)'")
            }
            throw .type("complex() second argument must be a number, not '\(v.type.name)'")
        }
        var r = (0.0, 0.0), i = (0.0, 0.0)
        if let rv {
            if rv.isObject && rv.layout == QK_LAYOUT_STR {
                if iv != nil { throw .type("complex() can't take second arg if first is a string") }
                guard let p = Complex.parse(Str.swift(rv)) else { throw .value("complex() arg is a malformed string") }
                return Complex.make(p.0, p.1, type: type)
            }
            r = try part(rv, "real")
        }
        if let iv {
            if iv.isObject && iv.layout == QK_LAYOUT_STR { throw .type("complex() second arg can't be a string") }
            i = try part(iv, "imag")
        }
        // real + imag*1j, keeping signed zeros as CPython's complex_new does.
        let rIsComplex = rv.map { Numbers.isComplex($0) } ?? false
        let iIsComplex = iv.map { Numbers.isComplex($0) } ?? false
        let re = iIsComplex ? r.0 - i.1 : r.0
        let im = iv == nil ? r.1 : (rIsComplex ? i.0 + r.1 : i.0)
        return Complex.make(re, im, type: type)
    }
}

enum Rounding {
    /// int(d) for a float, raising for nan and infinities.
    static func floatToInt(_ d: Double) throws(PyError) -> Value {
        if d.isNaN { throw .value("cannot convert float NaN to integer") }
        if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if Swift.abs(t) < 9.0e15 { return .int(Int(t)) }
        return Ints.make(BigInt(t))
    }

    static func integerRatio(_ d: Double) throws(PyError) -> Value {
        if d.isInfinite { throw .overflow("cannot convert Infinity to integer ratio") }
        if d.isNaN { throw .value("cannot convert NaN to integer ratio") }
        if d == 0 { return Tuple.make([.int(0), .int(1)]) }
        let bits = d.magnitude.bitPattern
        let expBits = Int(bits >> 52)
        let frac = bits & ((1 << 52) - 1)
        var m = expBits == 0 ? frac : frac | (1 << 52)
        var e = expBits == 0 ? -1074 : expBits - 1075
        let tz = m.trailingZeroBitCount
        m >>= UInt64(tz)
        e += tz
        var num = BigInt(m), den = BigInt(1)
        if e >= 0 { num <<= e } else { den <<= -e }
        if d < 0 { num = -num }
        return Tuple.make([Ints.make(num), Ints.make(den)])
    }

    /// round(int, n): ties to even at 10**-n.
    static func roundInt(_ x: BigInt, _ n: BigInt) throws(PyError) -> Value {
        if n.sign != .minus || n.isZero { return Ints.make(x) }
        guard let k = Int(exactly: -n), k < 100_000 else { return .int(0) }
        let p = BigInt(10).power(k)
        var (q, r) = Numbers.floorDivMod(x, p)
        let twice = r * 2
        if twice > p || (twice == p && (q.magnitude.words.first ?? 0) & 1 == 1) { q += 1; r = 0 }
        return Ints.make(q * p)
    }

    /// float.__round__(ndigits).
    static func roundFloat(_ d: Double, _ nd: Value) throws(PyError) -> Value {
        if nd.isNone {
            if d.isNaN { throw .value("cannot convert float NaN to integer") }
            if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
            return try floatToInt(d.rounded(.toNearestOrEven))
        }
        let n = try NumberMethods.index(nd)
        guard let k = Int(exactly: n) else { return .float(n.sign == .minus ? 0.0 * d : d) }
        return .float(try Numbers.roundFloat(d, k))
    }

    static func round(_ a: inout Args) throws(PyError) -> Value {
        try a.expect("round", min: 1, max: 2, keywords: ["number", "ndigits"])
        guard let v = a.arg(0, "number") else { throw .type("round() missing required argument 'number' (pos 1)") }
        let nd = a.arg(1, "ndigits") ?? .none
        if v.type.isHeapType, let m = Ops.userMethod(v.type, Names.__round__) { return try callValues(m, nd.isNone ? [v] : [v, nd]) }
        if Numbers.isIntLike(v) {
            if nd.isNone { return NumberMethods.plainInt(v) }
            return try roundInt(Ints.big(v), try NumberMethods.index(nd))
        }
        if Numbers.isFloatLike(v) { return try roundFloat(Numbers.toDouble(v)!, nd) }
        throw .type("type \(v.type.name) doesn't define __round__ method")
    }
}
