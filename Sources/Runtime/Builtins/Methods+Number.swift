// Python-visible methods of int and float, and round().

import BigInt
import CSupport
#if canImport(Glibc)
import Glibc
#endif

enum NumberMethods {
    static func register() {
        let i = Types.int
        Native.method(i, "bit_length") { (a: inout Args) throws(PyError) -> Value in
            let b = Ints.big(a.receiver).magnitude
            return .int(b == 0 ? 0 : b.bitWidth - b.leadingZeroBitCount)
        }
        Native.method(i, "bit_count") { (a: inout Args) throws(PyError) -> Value in
            .int(Ints.big(a.receiver).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        Native.method(i, "__index__") { (a: inout Args) throws(PyError) -> Value in Ints.make(Ints.big(a.receiver)) }
        Native.method(i, "conjugate") { (a: inout Args) throws(PyError) -> Value in Ints.make(Ints.big(a.receiver)) }
        for (name, op) in [("__add__", 0), ("__sub__", 10), ("__mul__", 5), ("__floordiv__", 2), ("__mod__", 6), ("__truediv__", 11), ("__pow__", 8), ("__and__", 1), ("__or__", 7), ("__xor__", 12), ("__lshift__", 3), ("__rshift__", 9)] {
            for t in [Types.int, Types.float] {
                Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                    try Numbers.binary(Ints.isInt(a.receiver) ? Ints.make(Ints.big(a.receiver)) : .float(Numbers.toDouble(a.receiver)!), a[0], op) ?? .notImplemented
                }
            }
        }
        let f = Types.float
        Native.method(f, "is_integer") { (a: inout Args) throws(PyError) -> Value in
            let d = Numbers.toDouble(a.receiver)!
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        Native.method(f, "hex") { (a: inout Args) throws(PyError) -> Value in
            var buf = [CChar](repeating: 0, count: 64)
            _ = withVaList([Numbers.toDouble(a.receiver)!]) { vsnprintf(&buf, 64, "%a", $0) }
            return Str.make(String(cString: buf))
        }
        Native.method(f, "as_integer_ratio") { (a: inout Args) throws(PyError) -> Value in
            let d = Numbers.toDouble(a.receiver)!
            if d.isInfinite { throw .overflow("cannot convert Infinity to integer ratio") }
            if d.isNaN { throw .value("cannot convert NaN to integer ratio") }
            var m = d, e = 0
            while m != m.rounded(.towardZero) { m *= 2; e += 1 }
            var num = BigInt(m), den = BigInt(1) << e
            let g = num.magnitude.greatestCommonDivisor(with: den.magnitude)
            num /= BigInt(g)
            den /= BigInt(g)
            return Tuple.make([Ints.make(num), Ints.make(den)])
        }
        Native.method(f, "conjugate") { (a: inout Args) throws(PyError) -> Value in .float(Numbers.toDouble(a.receiver)!) }
    }
}

enum Rounding {
    static func round(_ a: inout Args) throws(PyError) -> Value {
        try a.expect("round", min: 1, max: 2, keywords: ["number", "ndigits"])
        let v = a.arg(0, "number")!
        let nd = a.arg(1, "ndigits").flatMap { $0.isNone ? nil : $0 }
        if v.type.isHeapType, let m = Ops.userMethod(v.type, Names.__round__) { return try callValues(m, nd.map { [v, $0] } ?? [v]) }
        if Ints.isInt(v) {
            guard let nd, let n = Ints.exact(nd), n < 0 else { return Ints.make(Ints.big(v)) }
            let p = BigInt(10).power(-n)
            let x = Ints.big(v)
            var q = Numbers.floorDiv(x, p)
            let r = x - q * p
            if r * 2 > p || (r * 2 == p && q % 2 != 0) { q += 1 }
            return Ints.make(q * p)
        }
        guard let d = Numbers.toDouble(v) else { throw .type("type \(v.type.name) doesn't define __round__ method") }
        guard let nd else {
            if d.isNaN { throw .value("cannot convert float NaN to integer") }
            if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
            return Ints.make(BigInt(d.rounded(.toNearestOrEven)))
        }
        guard let n = Ints.exact(nd) else { return .float(d) }
        if !d.isFinite || n > 308 { return .float(d) }
        if n < -308 { return .float(0.0 * d) }
        // Round via the correctly rounded decimal string, as CPython's double_round does.
        var buf = [CChar](repeating: 0, count: 400)
        if n >= 0 {
            _ = withVaList([d]) { vsnprintf(&buf, 400, "%.\(n)f", $0) }
            return .float(Double(String(cString: buf))!)
        }
        let p = pow(10.0, Double(-n))
        let y = (d / p).rounded(.toNearestOrEven) * p
        return .float(y)
    }
}
