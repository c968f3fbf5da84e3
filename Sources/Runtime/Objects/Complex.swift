// complex: two doubles in a QKBox (i = real bits, j = imaginary bits).

import CSupport
import QuickenCompiler
#if canImport(Glibc)
import Glibc
#endif

public enum Complex {
    public static func make(_ r: Double, _ i: Double, type: TypePtr? = nil) -> Value {
        let t = type ?? ExtraTypes.complex!
        let size = max(Int(t.pointee.basicsize), MemoryLayout<QKBox>.size)
        let p: UnsafeMutablePointer<QKBox> = Heap.allocate(t, size: size, as: QKBox.self)
        p.pointee.i = Int64(bitPattern: r.bitPattern)
        p.pointee.j = Int64(bitPattern: i.bitPattern)
        return Value(p)
    }

    public static func parts(_ v: Value) -> (Double, Double) {
        let b = v.ptr(QKBox.self).pointee
        return (Double(bitPattern: UInt64(bitPattern: b.i)), Double(bitPattern: UInt64(bitPattern: b.j)))
    }

    /// Any number as (real, imag).
    static func components(_ v: Value) -> (Double, Double) {
        if Numbers.isComplex(v) { return parts(v) }
        return (Numbers.toDouble(v) ?? 0, 0)
    }

    /// A number as (real, imag), raising OverflowError for huge ints; nil for non-numbers.
    static func operand(_ v: Value) throws(PyError) -> (Double, Double)? {
        if Numbers.isComplex(v) { return parts(v) }
        guard let d = try Numbers.realDouble(v) else { return nil }
        return (d, 0)
    }

    static func hash(_ v: Value) -> Int {
        let (r, i) = parts(v)
        var h = Numbers.hashDouble(r) &+ 1000003 &* Numbers.hashDouble(i)
        if h == -1 { h = -2 }
        return h
    }

    public static func repr(_ v: Value) -> String {
        let (r, i) = parts(v)
        return pyComplexRepr(real: r, imag: i)
    }

    static func abs(_ v: Value) throws(PyError) -> Value {
        let (r, i) = parts(v)
        if r.isInfinite || i.isInfinite { return .float(.infinity) }
        if r.isNaN || i.isNaN { return .float(.nan) }
        let h = hypot(r, i)
        if h.isInfinite { throw .overflow("absolute value too large") }
        return .float(h)
    }

    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        guard [0, 10, 5, 11, 8].contains(op) else { return nil }
        guard let (ar, ai) = try operand(a), let (br, bi) = try operand(b) else { return nil }
        switch op {
        case 0: return make(ar + br, ai + bi)
        case 10: return make(ar - br, ai - bi)
        case 5: return make(ar * br - ai * bi, ar * bi + ai * br)
        case 11:
            guard let (r, i) = quotient(ar, ai, br, bi) else { throw .zeroDivision("complex division by zero") }
            return make(r, i)
        default: return try power(ar, ai, br, bi)
        }
    }

    /// CPython's _Py_c_quot; nil on division by zero.
    static func quotient(_ ar: Double, _ ai: Double, _ br: Double, _ bi: Double) -> (Double, Double)? {
        let absBr = Swift.abs(br), absBi = Swift.abs(bi)
        var r: Double, i: Double
        if absBr >= absBi {
            if absBr == 0 { return nil }
            let ratio = bi / br
            let denom = br + bi * ratio
            r = (ar + ai * ratio) / denom
            i = (ai - ar * ratio) / denom
        } else if absBi >= absBr {
            let ratio = br / bi
            let denom = br * ratio + bi
            r = (ar * ratio + ai) / denom
            i = (ai * ratio - ar) / denom
        } else {
            r = .nan; i = .nan
        }
        return (r, i)
    }

    static func product(_ a: (Double, Double), _ b: (Double, Double)) -> (Double, Double) {
        (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
    }

    static func power(_ ar: Double, _ ai: Double, _ br: Double, _ bi: Double) throws(PyError) -> Value {
        var r: (Double, Double)
        if bi == 0 && br == br.rounded(.down) && Swift.abs(br) <= 100 {
            // Integer exponents: repeated squaring, as CPython's c_powi.
            let n = Int(br)
            if n == 0 { return make(1, 0) }
            var acc = (1.0, 0.0), p = (ar, ai)
            var e = n.magnitude
            while e > 0 {
                if e & 1 == 1 { acc = product(acc, p) }
                e >>= 1
                if e > 0 { p = product(p, p) }
            }
            if n < 0 {
                guard let q = quotient(1, 0, acc.0, acc.1) else { throw .zeroDivision("0.0 to a negative or complex power") }
                acc = q
            }
            r = acc
        } else if br == 0 && bi == 0 {
            r = (1, 0)
        } else if ar == 0 && ai == 0 {
            if bi != 0 || br < 0 { throw .zeroDivision("0.0 to a negative or complex power") }
            r = (0, 0)
        } else {
            let vabs = hypot(ar, ai)
            var len = pow(vabs, br)
            let at = atan2(ai, ar)
            var phase = at * br
            if bi != 0 {
                len /= exp(at * bi)
                phase += bi * log(vabs)
            }
            r = (len * cos(phase), len * sin(phase))
        }
        if (r.0.isInfinite || r.1.isInfinite) && ar.isFinite && ai.isFinite && br.isFinite && bi.isFinite {
            throw .overflow("complex exponentiation")
        }
        return make(r.0, r.1)
    }

    /// complex(string): CPython's grammar ("1+2j", "(3j)", "-inf+nanj", ...); nil if invalid.
    static func parse(_ text: String) -> (Double, Double)? {
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if s.hasPrefix("(") && s.hasSuffix(")") {
            s = s.dropFirst().dropLast()
            s = Substring(s.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if s.isEmpty { return nil }
        let chars = Array(s)
        // Split at a sign that is not at the start and not after an exponent marker.
        var split = -1
        for k in stride(from: chars.count - 1, to: 0, by: -1) where chars[k] == "+" || chars[k] == "-" {
            let prev = chars[k - 1]
            if prev == "e" || prev == "E" { continue }
            split = k
            break
        }
        func real(_ t: Substring) -> Double? {
            if t.isEmpty { return nil }
            return Numbers.parseFloat(String(t))
        }
        if let last = chars.last, last == "j" || last == "J" {
            let body = s.dropLast()
            if split > 0 {
                let re = body.prefix(split), im = body.dropFirst(split)
                guard let r = real(re) else { return nil }
                let imag: Double?
                if im == "+" { imag = 1 } else if im == "-" { imag = -1 } else { imag = real(im) }
                guard let i = imag, !im.contains(" ") else { return nil }
                if re.contains(" ") { return nil }
                return (r, i)
            }
            if body.isEmpty || body == "+" { return (0, 1) }
            if body == "-" { return (0, -1) }
            guard let i = real(body) else { return nil }
            return (0, i)
        }
        guard let r = real(s) else { return nil }
        return (r, 0)
    }
}
