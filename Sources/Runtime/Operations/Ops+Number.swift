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
        if op == 5, (a.layout == QK_LAYOUT_STR || a.layout == QK_LAYOUT_LIST || a.layout == QK_LAYOUT_TUPLE) || (b.layout == QK_LAYOUT_STR || b.layout == QK_LAYOUT_LIST || b.layout == QK_LAYOUT_TUPLE) {
            let other = (a.layout == QK_LAYOUT_STR || a.layout == QK_LAYOUT_LIST || a.layout == QK_LAYOUT_TUPLE) ? tb : ta
            return .type("can't multiply sequence by non-int of type '\(other.name)'")
        }
        let sym = op == 8 ? "** or pow()" : binarySymbols[op] + (inplace ? "=" : "")
        return .type("unsupported operand type(s) for \(sym): '\(ta.name)' and '\(tb.name)'")
    }

    /// Builtin behaviour by layout; nil means NotImplemented.
    static func builtinBinary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        if let r = try Numbers.binary(a, b, op) { return r }
        return try Containers.binary(a, b, op)
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
        throw .type("bad operand type for unary \(sym): '\(v.type.name)'")
    }
}

public enum Numbers {
    static let modulus = (1 << 61) - 1

    /// CPython's numeric hash: n mod (2**61 - 1), so equal ints and floats hash alike.
    public static func hashInt(_ i: Int) -> Int {
        var h = i.magnitude % UInt(modulus)
        if i < 0 { h = h == 0 ? 0 : h }
        var r = i < 0 ? -Int(h) : Int(h)
        if r == -1 { r = -2 }
        return r
    }

    public static func hashBig(_ b: BigInt) -> Int {
        if let i = Int(exactly: b) { return hashInt(i) }
        let m = BigInt(modulus)
        var r = Int(b.magnitude % BigUInt(modulus))
        if b.sign == .minus { r = -r }
        _ = m
        if r == -1 { r = -2 }
        return r
    }

    public static func hashDouble(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(.towardZero) && abs(d) < 9.2e18 { return hashInt(Int(d)) }
        // Follow CPython's _Py_HashDouble: reduce the mantissa modulo 2**61 - 1.
        var m = frexp(d).0
        var e = frexp(d).1
        var sign = 1
        if m < 0 { sign = -1; m = -m }
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

    /// A float view of an int/bool/float value (nil for other types).
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

    static func bigToDouble(_ b: BigInt) -> Double {
        // Correctly rounded for the common sizes; large values go through the decimal string.
        if let i = Int(exactly: b) { return Double(i) }
        return Double(b.description) ?? (b.sign == .minus ? -.infinity : .infinity)
    }

    static func isIntLike(_ v: Value) -> Bool { v.isSmallInt || (v.isObject && (v.layout == QK_LAYOUT_INT || v.layout == QK_LAYOUT_BOOL)) }
    static func isFloatLike(_ v: Value) -> Bool { v.isDouble || (v.isObject && v.layout == QK_LAYOUT_FLOAT) }

    public static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        let ai = isIntLike(a), bi = isIntLike(b)
        if ai && bi { return try intBinary(a, b, op) }
        let af = isFloatLike(a), bf = isFloatLike(b)
        if (af || ai) && (bf || bi) {
            guard let x = toDouble(a), let y = toDouble(b) else { return nil }
            if ai && !x.isFinite || bi && !y.isFinite { throw .overflow("int too large to convert to float") }
            return try floatBinary(x, y, op)
        }
        let ac = a.type == ExtraTypes.complex, bc = b.type == ExtraTypes.complex
        if (ac || af || ai) && (bc || bf || bi) {
            return try Complex.binary(a, b, op)
        }
        return nil
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
                if x.magnitude < (1 << 53) && y.magnitude < (1 << 53) { return .float(Double(x) / Double(y)) }
            case 9:
                if y < 0 { throw .value("negative shift count") }
                return .int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y)
            case 3:
                if y < 0 { throw .value("negative shift count") }
                if y < 12 { return .int(x << y) }
            default: break
            }
        }
        let x = Ints.big(a), y = Ints.big(b)
        switch op {
        case 0: return Ints.make(x + y)
        case 10: return Ints.make(x - y)
        case 5: return Ints.make(x * y)
        case 2:
            if y == 0 { throw .zeroDivision("integer division or modulo by zero") }
            return Ints.make(floorDiv(x, y))
        case 6:
            if y == 0 { throw .zeroDivision("integer modulo by zero") }
            return Ints.make(floorMod(x, y))
        case 11:
            if y == 0 { throw .zeroDivision("division by zero") }
            return .float(trueDivide(x, y))
        case 8:
            if y < 0 {
                let fx = bigToDouble(x)
                if fx == 0 { throw .zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(pow(fx, bigToDouble(y)))
            }
            guard let e = Int(exactly: y) else { throw .overflow("exponent too large") }
            return Ints.make(x.power(e))
        case 1: return Ints.make(x & y)
        case 7: return Ints.make(x | y)
        case 12: return Ints.make(x ^ y)
        case 3:
            if y < 0 { throw .value("negative shift count") }
            guard let s = Int(exactly: y), s < (1 << 32) else { throw .overflow("too many digits in integer") }
            return Ints.make(x << s)
        case 9:
            if y < 0 { throw .value("negative shift count") }
            guard let s = Int(exactly: y) else { return Ints.make(x < 0 ? -1 : 0) }
            return Ints.make(floorShiftRight(x, s))
        default: return nil
        }
    }

    static func floorDiv(_ x: BigInt, _ y: BigInt) -> BigInt {
        let (q, r) = x.quotientAndRemainder(dividingBy: y)
        return (r != 0 && (r.sign == .minus) != (y.sign == .minus)) ? q - 1 : q
    }

    static func floorMod(_ x: BigInt, _ y: BigInt) -> BigInt {
        let r = x % y
        return (r != 0 && (r.sign == .minus) != (y.sign == .minus)) ? r + y : r
    }

    static func floorShiftRight(_ x: BigInt, _ s: Int) -> BigInt {
        if x >= 0 { return x >> s }
        // Arithmetic shift rounds toward negative infinity.
        return -((-x - 1) >> s) - 1
    }

    static func trueDivide(_ x: BigInt, _ y: BigInt) -> Double {
        if let a = Int(exactly: x), let b = Int(exactly: y), a.magnitude < (1 << 53), b.magnitude < (1 << 53) {
            return Double(a) / Double(b)
        }
        // Scale so the quotient has 64+ significant bits, then convert once.
        let shift = max(0, 70 - (x.magnitude.bitWidth - y.magnitude.bitWidth))
        let q = (x << shift) / y
        return scalbn(bigToDouble(q), -shift)
    }

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
            return .float(floatDivmod(x, y).1)
        case 8: return try floatPow(x, y)
        default: return nil
        }
    }

    /// Python's float divmod (Objects/floatobject.c float_divmod semantics).
    public static func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    static func floatPow(_ x: Double, _ y: Double) throws(PyError) -> Value {
        if x == 0 && y < 0 { throw .zeroDivision("zero to a negative power") }
        if x < 0 && y != y.rounded() && y.isFinite {
            return try Complex.power(x, 0, y, 0)
        }
        let r = pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw .overflow("(34, 'Numerical result out of range')") }
        return .float(r)
    }

    /// Comparison between numbers of any builtin numeric type; nil when not both numbers.
    public static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        let ai = isIntLike(a), bi = isIntLike(b)
        if ai && bi {
            if a.isSmallInt && b.isSmallInt { return .bool(Ops.compareResult(qk_int_compare(a.raw, b.raw), op)) }
            let x = Ints.big(a), y = Ints.big(b)
            return .bool(Ops.compareResult(x < y ? -1 : (x > y ? 1 : 0), op))
        }
        let af = isFloatLike(a), bf = isFloatLike(b)
        guard (af || ai) && (bf || bi) else {
            if (a.type == ExtraTypes.complex || b.type == ExtraTypes.complex) && (op == 2 || op == 3),
               (af || ai || a.type == ExtraTypes.complex) && (bf || bi || b.type == ExtraTypes.complex) {
                let eq = Complex.components(a) == Complex.components(b)
                return .bool(op == 2 ? eq : !eq)
            }
            return nil
        }
        let x = toDouble(a)!, y = toDouble(b)!
        if x.isNaN || y.isNaN { return .bool(op == 3) }
        // An int beyond 2**53 compared with a float: compare exactly.
        if ai && !a.isSmallInt || bi && !b.isSmallInt, x.isFinite, y.isFinite {
            let bx = ai ? Ints.big(a) : nil, by = bi ? Ints.big(b) : nil
            if let bx, y == y.rounded() {
                let yb = BigInt(exactly: y)!
                return .bool(Ops.compareResult(bx < yb ? -1 : (bx > yb ? 1 : 0), op))
            }
            if let by, x == x.rounded() {
                let xb = BigInt(exactly: x)!
                return .bool(Ops.compareResult(xb < by ? -1 : (xb > by ? 1 : 0), op))
            }
        }
        return .bool(Ops.compareResult(x < y ? -1 : (x > y ? 1 : 0), op))
    }

    // MARK: repr

    public static func intRepr(_ v: Value) -> String {
        if v.isSmallInt { return String(v.smallInt) }
        return Ints.big(v).description
    }

    public static func floatRepr(_ d: Double) -> String { pyFloatRepr(d) }
}

/// Instances of float subclasses keep their value in a box.
public enum Floats {
    static func subclassValue(_ v: Value) -> Double {
        Double(bitPattern: UInt64(bitPattern: v.ptr(QKBox.self).pointee.i))
    }
}
