// complex: two doubles in a QKBox (i = real bits, j = imaginary bits).

import CSupport
#if canImport(Glibc)
import Glibc
#endif

public enum Complex {
    public static func make(_ r: Double, _ i: Double) -> Value {
        let p: UnsafeMutablePointer<QKBox> = Heap.allocate(ExtraTypes.complex, size: MemoryLayout<QKBox>.size, as: QKBox.self)
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
        if v.isObject && v.type == ExtraTypes.complex { return parts(v) }
        return (Numbers.toDouble(v) ?? 0, 0)
    }

    static func hash(_ v: Value) -> Int {
        let (r, i) = parts(v)
        var h = Numbers.hashDouble(r) &+ 1000003 &* Numbers.hashDouble(i)
        if h == -1 { h = -2 }
        return h
    }

    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        let (ar, ai) = components(a), (br, bi) = components(b)
        switch op {
        case 0: return make(ar + br, ai + bi)
        case 10: return make(ar - br, ai - bi)
        case 5: return make(ar * br - ai * bi, ar * bi + ai * br)
        case 11:
            let d = br * br + bi * bi
            if d == 0 { throw .zeroDivision("division by zero") }
            return make((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
        case 8: return try power(ar, ai, br, bi)
        default: return nil
        }
    }

    static func power(_ ar: Double, _ ai: Double, _ br: Double, _ bi: Double) throws(PyError) -> Value {
        if br == 0 && bi == 0 { return make(1, 0) }
        if ar == 0 && ai == 0 {
            if bi != 0 || br < 0 { throw .zeroDivision("zero to a negative or complex power") }
            return make(0, 0)
        }
        let vabs = hypot(ar, ai)
        var len = pow(vabs, br)
        let at = atan2(ai, ar)
        var phase = at * br
        if bi != 0 {
            len /= exp(at * bi)
            phase += bi * log(vabs)
        }
        return make(len * cos(phase), len * sin(phase))
    }
}
