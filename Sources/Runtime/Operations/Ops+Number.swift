// Arithmetic: the BINARY_OP dispatcher with CPython's reflected-operand protocol, and the
// builtin numeric tower (bool < int < float < complex) on unboxed and big values.

import BigInt
import CSupport
import QuickenCompiler
#if canImport(Glibc)
import Glibc
#endif

extension Ops {
    static let binaryNames = ["__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__",
                              "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"]
    static let binarySymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]

    /// BINARY_OP: `op` is CPython's NB_* oparg (13 and up are the in-place forms).
    public static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        // Allocation-free fast paths for unboxed floats (and float/small-int mixes).
        if a.isDouble {
            if b.isDouble { if let r = Numbers.fastFloat(a.double, b.double, op) { return r } }
            else if b.isSmallInt { if let r = Numbers.fastFloat(a.double, Double(b.smallInt), op) { return r } }
        } else if a.isSmallInt && b.isDouble {
            if let r = Numbers.fastFloat(Double(a.smallInt), b.double, op) { return r }
        }
        let inplace = op >= 13
        let base = inplace ? op - 13 : op
        let ta = a.type, tb = b.type
        if inplace {
            if ta.isHeapType, let m = userMethod(ta, Str.intern("__i" + binaryNames[base].dropFirst(2))) {
                let r = try callMethod(m, a, [b])
                if r != .notImplemented { return r }
            } else if let r = try Containers.inplace(a, b, base) {
                return r
            }
        }
        if !ta.isHeapType && !tb.isHeapType {
            if let r = try builtinBinary(a, b, base) { return r }
        } else {
            let name = Str.intern(binaryNames[base])
            let rname = Str.intern("__r" + binaryNames[base].dropFirst(2))
            var reflectedDone = false
            if ta != tb && isSubtype(tb, ta), let rm = userMethod(tb, rname) {
                reflectedDone = true
                let r = try callMethod(rm, b, [a])
                if r != .notImplemented { return r }
            }
            if let m = userMethod(ta, name) {
                let r = try callMethod(m, a, [b])
                if r != .notImplemented { return r }
            } else if let r = try builtinBinary(a, b, base) {
                return r
            }
            if !reflectedDone && ta != tb, let rm = userMethod(tb, rname) {
                let r = try callMethod(rm, b, [a])
                if r != .notImplemented { return r }
            }
        }
        throw binaryTypeError(a, b, base, inplace: inplace)
    }

    static func binaryTypeError(_ a: Value, _ b: Value, _ op: Int, inplace: Bool) -> PyError {
        let ta = a.type, tb = b.type
        if op == 0 && !inplace && (ta == Types.str || ta == Types.list || ta == Types.tuple || ta == Types.bytes) && !tb.isHeapType && ta != tb {
            return .type("can only concatenate \(ta.name) (not \"\(tb.name)\") to \(ta.name)")
        }
        if op == 5, (a.layout == QK_LAYOUT_STR || a.layout == QK_LAYOUT_LIST || a.layout == QK_LAYOUT_TUPLE || a.layout == QK_LAYOUT_BYTES) || (b.layout == QK_LAYOUT_STR || b.layout == QK_LAYOUT_LIST || b.layout == QK_LAYOUT_TUPLE) {
            let other = (a.layout == QK_LAYOUT_STR || a.layout == QK_LAYOUT_LIST || a.layout == QK_LAYOUT_TUPLE || a.layout == QK_LAYOUT_BYTES) ? tb : ta
            return .type("can't multiply sequence by non-int of type '\(other.name)'")
        }
        let sym = op == 8 ? "** or pow()" : binarySymbols[op] + (inplace ? "=" : "")
        return .type("unsupported operand type(s) for \(sym): '\(ta.name)' and '\(tb.name)'")
    }

    /// Builtin behaviour by layout; nil means NotImplemented.
    static func builtinBinary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        if let r = try Numbers.binary(a, b, op) { return r }
        if let r = try Containers.binary(a, b, op) { return r }
        // `int | None`: a types.UnionType (Lib/types.py).
        if op == 7, a.isNone || a.isLayout(QK_LAYOUT_TYPE), b.isNone || b.isLayout(QK_LAYOUT_TYPE) {
            let types = try Imports.load("types", parent: .null)
            return try callValues(try getAttr(types, Str.intern("_union_or")), [a, b])
        }
        return nil
    }

    /// divmod(a, b) with the reflected-operand protocol (__divmod__ / __rdivmod__).
    public static func divmod(_ a: Value, _ b: Value) throws(PyError) -> Value {
        let ta = a.type, tb = b.type
        if !ta.isHeapType && !tb.isHeapType {
            if let r = try Numbers.divmod(a, b) { return r }
        } else {
            let name = Str.intern("__divmod__"), rname = Str.intern("__rdivmod__")
            var reflectedDone = false
            if ta != tb && isSubtype(tb, ta), let rm = userMethod(tb, rname) {
                reflectedDone = true
                let r = try callMethod(rm, b, [a])
                if r != .notImplemented { return r }
            }
            if let m = userMethod(ta, name) {
                let r = try callMethod(m, a, [b])
                if r != .notImplemented { return r }
            } else if let r = try Numbers.divmod(a, b) {
                return r
            }
            if !reflectedDone && ta != tb, let rm = userMethod(tb, rname) {
                let r = try callMethod(rm, b, [a])
                if r != .notImplemented { return r }
            }
        }
        throw .type("unsupported operand type(s) for divmod(): '\(ta.name)' and '\(tb.name)'")
    }

    /// pow(a, b, m): three-argument power (only ints, or a user __pow__ taking a modulus).
    public static func ternaryPow(_ a: Value, _ b: Value, _ m: Value) throws(PyError) -> Value {
        if m.isNone { return try binary(a, b, 8) }
        if a.type.isHeapType, let f = userMethod(a.type, Str.intern("__pow__")) {
            let r = try callValues(f, [a, b, m])
            if r != .notImplemented { return r }
        }
        if Ints.isInt(a) && Ints.isInt(b) && Ints.isInt(m) { return try Numbers.intPowMod(Ints.big(a), Ints.big(b), Ints.big(m)) }
        let numeric = { (v: Value) in Numbers.isIntLike(v) || Numbers.isFloatLike(v) || Numbers.isComplex(v) }
        if numeric(a) && numeric(b) && numeric(m) {
            throw .type("pow() 3rd argument not allowed unless all arguments are integers")
        }
        throw .type("unsupported operand type(s) for ** or pow(): '\(a.type.name)', '\(b.type.name)', '\(m.type.name)'")
    }

    /// abs(v).
    public static func absolute(_ v: Value) throws(PyError) -> Value {
        if v.isSmallInt { return .int(abs(v.smallInt)) }
        if v.isDouble { return .float(abs(v.double)) }
        if v.type.isHeapType, let m = userMethod(v.type, Names.__abs__) { return try callMethod(m, v, []) }
        if Ints.isInt(v) { return Ints.make(Ints.big(v).magnitude.asSigned) }
        if Numbers.isFloatLike(v) { return .float(abs(Numbers.toDouble(v)!)) }
        if Numbers.isComplex(v) { return try Complex.abs(v) }
        throw .type("bad operand type for abs(): '\(v.type.name)'")
    }

    public static func negative(_ v: Value) throws(PyError) -> Value {
        if v.isSmallInt { return .int(-v.smallInt) }
        if v.isDouble { return .float(-v.double) }
        if Ints.isInt(v) && !v.type.isHeapType { return Ints.make(-Ints.big(v)) }
        if v.type == ExtraTypes.complex { let (r, i) = Complex.parts(v); return Complex.make(-r, -i) }
        return try unaryDunder(v, Names.__neg__, "-")
    }

    public static func positive(_ v: Value) throws(PyError) -> Value {
        if v.isSmallInt || v.isDouble { return v }
        if Ints.isInt(v) && !v.type.isHeapType { return Ints.make(Ints.big(v)) }
        if v.type == ExtraTypes.complex { return v }
        return try unaryDunder(v, Names.__pos__, "+")
    }

    public static func invert(_ v: Value) throws(PyError) -> Value {
        if v.isSmallInt { return .int(~v.smallInt) }
        if Ints.isInt(v) && !v.type.isHeapType { return Ints.make(-Ints.big(v) - 1) }
        return try unaryDunder(v, Names.__invert__, "~")
    }

    static func unaryDunder(_ v: Value, _ name: Value, _ sym: String) throws(PyError) -> Value {
        if let m = userMethod(v.type, name) { return try callMethod(m, v, []) }
        if Ints.isInt(v) {
            let b = Ints.big(v)
            switch sym {
            case "-": return Ints.make(-b)
            case "+": return Ints.make(b)
            default: return Ints.make(-b - 1)
            }
        }
        if v.isLayout(QK_LAYOUT_FLOAT), sym != "~" { return .float(sym == "-" ? -Numbers.toDouble(v)! : Numbers.toDouble(v)!) }
        if Numbers.isComplex(v), sym != "~" { let (r, i) = Complex.parts(v); return sym == "-" ? Complex.make(-r, -i) : Complex.make(r, i) }
        throw .type("bad operand type for unary \(sym): '\(v.type.name)'")
    }
}

public enum Numbers {
    static let modulus = (1 << 61) - 1

    /// CPython's numeric hash: n mod (2**61 - 1), so equal ints and floats hash alike.
    public static func hashInt(_ i: Int) -> Int {
        let h = Int(i.magnitude % UInt(modulus))
        var r = i < 0 ? -h : h
        if r == -1 { r = -2 }
        return r
    }

    public static func hashBig(_ b: BigInt) -> Int {
        if let i = Int(exactly: b) { return hashInt(i) }
        var r = Int(b.magnitude % BigUInt(modulus))
        if b.sign == .minus { r = -r }
        if r == -1 { r = -2 }
        return r
    }

    public static func hashDouble(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(.towardZero) && abs(d) < 9.2e18 { return hashInt(Int(d)) }
        // CPython's _Py_HashDouble: reduce the mantissa modulo 2**61 - 1.
        // (Swift's generic frexp drops the sign, so take it separately.)
        var (m, e) = frexp(Swift.abs(d))
        let sign = d < 0 ? -1 : 1
        var x: UInt64 = 0
        let bits = 61
        while m != 0 {
            x = ((x << 28) & UInt64(modulus)) | (x >> UInt64(bits - 28))
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= UInt64(modulus) { x -= UInt64(modulus) }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << UInt64(e)) & UInt64(modulus)) | (x >> UInt64(bits - e))
        var r = Int(x) * sign
        if r == -1 { r = -2 }
        return r
    }

    /// A float view of an int/bool/float value (nil for other types). Ints too large for a
    /// float give an infinity; `realDouble` raises instead.
    public static func toDouble(_ v: Value) -> Double? {
        if v.isDouble { return v.double }
        if v.isSmallInt { return Double(v.smallInt) }
        guard v.isObject else { return nil }
        switch v.layout {
        case QK_LAYOUT_BOOL: return Double(v.object.pointee.ob_aux)
        case QK_LAYOUT_INT: return bigToDouble(BigIntBox.get(v.object))
        case QK_LAYOUT_FLOAT: return Floats.subclassValue(v)
        default: return nil
        }
    }

    /// float(v) for an int or float, raising OverflowError for huge ints.
    public static func realDouble(_ v: Value) throws(PyError) -> Double? {
        if v.isDouble { return v.double }
        if v.isSmallInt { return Double(v.smallInt) }
        guard v.isObject else { return nil }
        switch v.layout {
        case QK_LAYOUT_BOOL: return Double(v.object.pointee.ob_aux)
        case QK_LAYOUT_INT:
            guard let d = Ints.toDouble(BigIntBox.get(v.object)) else { throw .overflow("int too large to convert to float") }
            return d
        case QK_LAYOUT_FLOAT: return Floats.subclassValue(v)
        default: return nil
        }
    }

    /// Correctly rounded int -> float; +-inf when out of range.
    static func bigToDouble(_ b: BigInt) -> Double {
        Ints.toDouble(b) ?? (b.sign == .minus ? -.infinity : .infinity)
    }

    @inline(__always) static func isIntLike(_ v: Value) -> Bool { v.isSmallInt || (v.isObject && (v.layout == QK_LAYOUT_INT || v.layout == QK_LAYOUT_BOOL)) }
    @inline(__always) static func isFloatLike(_ v: Value) -> Bool { v.isDouble || (v.isObject && v.layout == QK_LAYOUT_FLOAT) }
    static func isComplex(_ v: Value) -> Bool {
        v.isObject && (v.type == ExtraTypes.complex || (v.type.isHeapType && isSubtype(v.type, ExtraTypes.complex)))
    }

    /// The unboxed float fast path: + - * / only, nil when the general path must decide.
    @inline(__always) static func fastFloat(_ x: Double, _ y: Double, _ op: Int) -> Value? {
        switch op {
        case 0, 13: return .float(x + y)
        case 10, 23: return .float(x - y)
        case 5, 18: return .float(x * y)
        case 11, 24: return y != 0 ? .float(x / y) : nil
        default: return nil
        }
    }

    /// Builtin numeric binary operation (NB_* op without the in-place offset); nil means
    /// NotImplemented.
    public static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        let ai = isIntLike(a), bi = isIntLike(b)
        if ai && bi {
            if (op == 1 || op == 7 || op == 12) && a.isObject && b.isObject && a.layout == QK_LAYOUT_BOOL && b.layout == QK_LAYOUT_BOOL {
                let x = a == .true_, y = b == .true_
                return .bool(op == 1 ? x && y : op == 7 ? x || y : x != y)
            }
            return try intBinary(a, b, op)
        }
        let af = isFloatLike(a), bf = isFloatLike(b)
        if (af || ai) && (bf || bi) {
            guard let x = try realDouble(a), let y = try realDouble(b) else { return nil }
            return try floatBinary(x, y, op)
        }
        if (ai || af || isComplex(a)) && (bi || bf || isComplex(b)) {
            return try Complex.binary(a, b, op)
        }
        return nil
    }

    /// Builtin divmod; nil means NotImplemented.
    public static func divmod(_ a: Value, _ b: Value) throws(PyError) -> Value? {
        let ai = isIntLike(a), bi = isIntLike(b)
        if ai && bi { return try intDivmod(a, b) }
        if (ai || isFloatLike(a)) && (bi || isFloatLike(b)) {
            guard let x = try realDouble(a), let y = try realDouble(b) else { return nil }
            if y == 0 { throw .zeroDivision("float divmod()") }
            let (q, r) = floatDivmod(x, y)
            return Tuple.make([.float(q), .float(r)])
        }
        return nil
    }

    static func intDivmod(_ a: Value, _ b: Value) throws(PyError) -> Value {
        if a.isSmallInt && b.isSmallInt {
            let x = Int64(a.smallInt), y = Int64(b.smallInt)
            if y == 0 { throw .zeroDivision("integer division or modulo by zero") }
            return Tuple.make([.int(Int(qk_floordiv64(x, y))), .int(Int(qk_mod64(x, y)))])
        }
        let x = Ints.big(a), y = Ints.big(b)
        if y.isZero { throw .zeroDivision("integer division or modulo by zero") }
        let (q, r) = floorDivMod(x, y)
        return Tuple.make([Ints.make(q), Ints.make(r)])
    }

    static func intBinary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallInt, y = b.smallInt
            switch op {
            case 0: return .int(x + y)
            case 10: return .int(x - y)
            case 5:
                let (r, o) = x.multipliedReportingOverflow(by: y)
                if !o { return .int(r) }
            case 2:
                if y == 0 { throw .zeroDivision("integer division or modulo by zero") }
                return .int(Int(qk_floordiv64(Int64(x), Int64(y))))
            case 6:
                if y == 0 { throw .zeroDivision("integer modulo by zero") }
                return .int(Int(qk_mod64(Int64(x), Int64(y))))
            case 1: return .int(x & y)
            case 7: return .int(x | y)
            case 12: return .int(x ^ y)
            case 11:
                if y == 0 { throw .zeroDivision("division by zero") }
                // Both exact in a double (50-bit ints), so one correctly rounded division.
                return .float(Double(x) / Double(y))
            case 9:
                if y < 0 { throw .value("negative shift count") }
                return .int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y)
            case 3:
                if y < 0 { throw .value("negative shift count") }
                if y < 14 { return .int(x << y) }
            case 8:
                if y >= 0 {
                    // Exponentiation by squaring while it stays in 64 bits.
                    var result = 1, base = x, e = y, ok = true
                    while e > 0 {
                        if e & 1 == 1 {
                            let (r, o) = result.multipliedReportingOverflow(by: base)
                            if o { ok = false; break }
                            result = r
                        }
                        e >>= 1
                        if e > 0 {
                            let (sq, o) = base.multipliedReportingOverflow(by: base)
                            if o { ok = false; break }
                            base = sq
                        }
                    }
                    if ok { return .int(result) }
                }
            default: break
            }
        }
        // Boxed ints that still fit a machine word (past the 50-bit unboxed range) stay off the
        // generic BigInt path for the common operators: list_dict's LCG spent ~15% there.
        if let x = Ints.exact(a), let y = Ints.exact(b) {
            switch op {
            case 0:
                let (r, o) = x.addingReportingOverflow(y)
                if !o { return .int(r) }
            case 10:
                let (r, o) = x.subtractingReportingOverflow(y)
                if !o { return .int(r) }
            case 5:
                let (r, o) = x.multipliedReportingOverflow(by: y)
                if !o { return .int(r) }
            case 1: return .int(x & y)
            case 7: return .int(x | y)
            case 12: return .int(x ^ y)
            case 2 where y != 0 && !(x == Int.min && y == -1):
                return .int(Int(qk_floordiv64(Int64(x), Int64(y))))
            case 6 where y != 0 && !(x == Int.min && y == -1):
                return .int(Int(qk_mod64(Int64(x), Int64(y))))
            case 9 where y >= 0:
                return .int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y)
            default: break
            }
        }
        let x = Ints.big(a), y = Ints.big(b)
        switch op {
        case 0: return Ints.make(x + y)
        case 10: return Ints.make(x - y)
        case 5: return Ints.make(x * y)
        case 2:
            if y.isZero { throw .zeroDivision("integer division or modulo by zero") }
            return Ints.make(floorDivMod(x, y).0)
        case 6:
            if y.isZero { throw .zeroDivision("integer modulo by zero") }
            return Ints.make(floorDivMod(x, y).1)
        case 11:
            if y.isZero { throw .zeroDivision("division by zero") }
            return .float(try Ints.trueDivide(x, y))
        case 8:
            if y.sign == .minus && !y.isZero {
                // A negative exponent gives a float result (float_pow on both converted).
                guard let fx = Ints.toDouble(x), let fy = Ints.toDouble(y) else { throw .overflow("int too large to convert to float") }
                return try floatPow(fx, fy)
            }
            return try intPow(x, y)
        case 1: return Ints.make(Ints.bitwise(x, y, 0))
        case 7: return Ints.make(Ints.bitwise(x, y, 1))
        case 12: return Ints.make(Ints.bitwise(x, y, 2))
        case 3:
            if y.sign == .minus && !y.isZero { throw .value("negative shift count") }
            if x.isZero { return .int(0) }
            guard let s = Int(exactly: y), s < (1 << 40) else { throw .overflow("too many digits in integer") }
            return Ints.make(Ints.shiftLeft(x, s))
        case 9:
            if y.sign == .minus && !y.isZero { throw .value("negative shift count") }
            guard let s = Int(exactly: y), s < (1 << 40) else { return .int(x.sign == .minus && !x.isZero ? -1 : 0) }
            return Ints.make(Ints.shiftRight(x, s))
        default: return nil
        }
    }

    static func intPow(_ x: BigInt, _ y: BigInt) throws(PyError) -> Value {
        if x.isZero { return .int(y.isZero ? 1 : 0) }
        if x == 1 { return .int(1) }
        if x == -1 { return .int(y.magnitude.words.first.map { $0 & 1 == 1 } ?? false ? -1 : 1) }
        guard let e = Int(exactly: y), e < (1 << 40) else { throw PyError(qk_exc.MemoryError, "") }
        if Ints.bitLength(x) &* e > (1 << 36) { throw PyError(qk_exc.MemoryError, "") }
        return Ints.make(x.power(e))
    }

    /// pow(x, y, m) for ints.
    static func intPowMod(_ x: BigInt, _ y: BigInt, _ m: BigInt) throws(PyError) -> Value {
        if m.isZero { throw .value("pow() 3rd argument cannot be 0") }
        let mod = m.magnitude
        var base = floorDivMod(x, BigInt(mod)).1.magnitude
        var e = y
        if e.sign == .minus && !e.isZero {
            guard let inv = inverse(base, mod) else { throw .value("base is not invertible for the given modulus") }
            base = inv
            e = -e
        }
        var r = mod == 1 ? BigUInt(0) : base.power(e.magnitude, modulus: mod)
        if m.sign == .minus && !r.isZero { return Ints.make(BigInt(r) - BigInt(mod)) }
        r = r % mod
        return Ints.make(BigInt(r))
    }

    /// Modular inverse of a mod m (m > 0), by the extended Euclidean algorithm.
    static func inverse(_ a: BigUInt, _ m: BigUInt) -> BigUInt? {
        if m == 1 { return 0 }
        var (r0, r1) = (BigInt(m), BigInt(a % m))
        var (t0, t1) = (BigInt(0), BigInt(1))
        while !r1.isZero {
            let q = r0 / r1
            (r0, r1) = (r1, r0 - q * r1)
            (t0, t1) = (t1, t0 - q * t1)
        }
        if r0 != 1 { return nil }
        return floorDivMod(t0, BigInt(m)).1.magnitude
    }

    /// Floor division and modulo (Python's signs).
    public static func floorDivMod(_ x: BigInt, _ y: BigInt) -> (BigInt, BigInt) {
        var (q, r) = x.quotientAndRemainder(dividingBy: y)
        if !r.isZero && (r.sign == .minus) != (y.sign == .minus) {
            q -= 1
            r += y
        }
        return (q, r)
    }

    static func floorDiv(_ x: BigInt, _ y: BigInt) -> BigInt { floorDivMod(x, y).0 }
    static func floorMod(_ x: BigInt, _ y: BigInt) -> BigInt { floorDivMod(x, y).1 }

    static func trueDivide(_ x: BigInt, _ y: BigInt) -> Double { (try? Ints.trueDivide(x, y)) ?? .infinity }

    static func floatBinary(_ x: Double, _ y: Double, _ op: Int) throws(PyError) -> Value? {
        switch op {
        case 0: return .float(x + y)
        case 10: return .float(x - y)
        case 5: return .float(x * y)
        case 11:
            if y == 0 { throw .zeroDivision("float division by zero") }
            return .float(x / y)
        case 2:
            if y == 0 { throw .zeroDivision("float floor division by zero") }
            return .float(floatDivmod(x, y).0)
        case 6:
            if y == 0 { throw .zeroDivision("float modulo by zero") }
            return .float(floatMod(x, y))
        case 8: return try floatPow(x, y)
        default: return nil
        }
    }

    static func floatMod(_ vx: Double, _ wx: Double) -> Double {
        var mod = fmod(vx, wx)
        if mod != 0 {
            if (wx < 0) != (mod < 0) { mod += wx }
        } else {
            mod = copysign(0.0, wx)
        }
        return mod
    }

    /// Python's float divmod; the one implementation lives in the compiler's constant folder.
    public static func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) { pyFloatDivmod(vx, wx) }

    static func isOddInteger(_ d: Double) -> Bool { fmod(d, 2.0).magnitude == 1.0 }

    /// float ** float with CPython's special cases and errors.
    static func floatPow(_ iv0: Double, _ iw: Double) throws(PyError) -> Value {
        var iv = iv0
        if iw == 0 { return .float(1.0) }
        if iv.isNaN { return .float(iv) }
        if iw.isNaN { return .float(iv == 1.0 ? 1.0 : iw) }
        if iw.isInfinite {
            iv = abs(iv)
            if iv == 1.0 { return .float(1.0) }
            return .float((iw > 0) == (iv > 1.0) ? abs(iw) : 0.0)
        }
        if iv.isInfinite {
            let odd = isOddInteger(iw)
            if iw > 0 { return .float(odd ? iv : abs(iv)) }
            return .float(odd ? copysign(0.0, iv) : 0.0)
        }
        if iv == 0 {
            if iw < 0 { throw .zeroDivision("0.0 cannot be raised to a negative power") }
            return .float(isOddInteger(iw) ? iv : 0.0)
        }
        var negate = false
        if iv < 0 {
            if iw != floor(iw) {
                // Negative numbers raised to fractional powers become complex.
                return try Complex.power(iv, 0, iw, 0)
            }
            iv = -iv
            negate = isOddInteger(iw)
        }
        if iv == 1.0 { return .float(negate ? -1.0 : 1.0) }
        var r = pow(iv, iw)
        if negate { r = -r }
        if r.isInfinite {
            throw PyError(Exceptions.make(qk_exc.OverflowError, args: [.int(34), Str.make("Numerical result out of range")]))
        }
        return .float(r)
    }

    /// Comparison between numbers of any builtin numeric type; nil when not both numbers.
    public static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        guard let c = try compareNumbers(a, b) else {
            let ac = isComplex(a), bc = isComplex(b)
            if (ac || bc) && (op == 2 || op == 3),
               (ac || isIntLike(a) || isFloatLike(a)) && (bc || isIntLike(b) || isFloatLike(b)) {
                let eq = try complexEqual(a, b)
                return .bool(op == 2 ? eq : !eq)
            }
            return nil
        }
        if c == 2 { return .bool(op == 3) }   // nan: only != is true
        return .bool(Ops.compareResult(Int32(c), op))
    }

    /// -1/0/1, 2 for unordered (nan); nil if not both real numbers.
    static func compareNumbers(_ a: Value, _ b: Value) throws(PyError) -> Int? {
        let ai = isIntLike(a), bi = isIntLike(b)
        if ai && bi {
            if a.isSmallInt && b.isSmallInt { return Int(qk_int_compare(a.raw, b.raw)) }
            let x = Ints.big(a), y = Ints.big(b)
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        let af = isFloatLike(a), bf = isFloatLike(b)
        guard (af || ai) && (bf || bi) else { return nil }
        if af && bf {
            let x = toDouble(a)!, y = toDouble(b)!
            if x.isNaN || y.isNaN { return 2 }
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        // One int, one float: compare exactly.
        if ai {
            let y = toDouble(b)!
            if y.isNaN { return 2 }
            if a.isSmallInt { let x = Double(a.smallInt); return x < y ? -1 : (x > y ? 1 : 0) }
            return Ints.compare(Ints.big(a), y)
        }
        let x = toDouble(a)!
        if x.isNaN { return 2 }
        if b.isSmallInt { let y = Double(b.smallInt); return x < y ? -1 : (x > y ? 1 : 0) }
        return -Ints.compare(Ints.big(b), x)
    }

    static func complexEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        // complex == int compares exactly (a big int is not converted lossily).
        if isComplex(a) && isComplex(b) { return Complex.parts(a) == Complex.parts(b) }
        let (c, o) = isComplex(a) ? (a, b) : (b, a)
        let (r, i) = Complex.parts(c)
        if i != 0 { return false }
        return try compareNumbers(.float(r), o) == 0
    }

    // MARK: repr

    public static func intRepr(_ v: Value) throws(PyError) -> String {
        if v.isSmallInt { return String(v.smallInt) }
        if v.layout == QK_LAYOUT_BOOL { return v == .true_ ? "True" : "False" }
        return try Ints.decimalString(Ints.big(v))
    }

    public static func floatRepr(_ d: Double) -> String { pyFloatRepr(d) }

}

/// Instances of float subclasses keep their value in a box.
public enum Floats {
    static func subclassValue(_ v: Value) -> Double {
        Double(bitPattern: UInt64(bitPattern: v.ptr(QKBox.self).pointee.i))
    }
}
