// float <-> text: float(str) parsing, float.hex / float.fromhex, and correctly rounded
// round(x, n), all with CPython's exact semantics.

import BigInt
import CSupport
#if canImport(Glibc)
import Glibc
#endif

extension Numbers {
    /// float(str): CPython's grammar (whitespace, sign, digits with single underscores
    /// between them, inf/infinity/nan, Unicode decimal digits); nil when invalid.
    public static func parseFloat(_ text: String) -> Double? {
        var us = Array(text.unicodeScalars)
        while let f = us.first, Ints.isPySpace(f) { us.removeFirst() }
        while let l = us.last, Ints.isPySpace(l) { us.removeLast() }
        var ascii: [UInt8] = []
        ascii.reserveCapacity(us.count)
        for u in us {
            if u.value < 128 { ascii.append(UInt8(u.value)); continue }
            if u.properties.numericType == .decimal, let v = u.properties.numericValue { ascii.append(UInt8(48 + Int(v))); continue }
            return nil
        }
        var i = 0
        var negative = false
        if i < ascii.count && (ascii[i] == UInt8(ascii: "+") || ascii[i] == UInt8(ascii: "-")) {
            negative = ascii[i] == UInt8(ascii: "-")
            i += 1
        }
        let rest = String(decoding: ascii[i...], as: UTF8.self).lowercased()
        if rest == "inf" || rest == "infinity" { return negative ? -.infinity : .infinity }
        if rest == "nan" { return .nan }
        // Validate: digits[.digits][e[+-]digits], underscores only between digits.
        var clean: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        func digits(_ allowEmpty: Bool) -> Int? {
            var n = 0
            while i < ascii.count {
                let c = ascii[i]
                if isDigit(c) { clean.append(c); n += 1; i += 1; continue }
                if c == UInt8(ascii: "_") && n > 0 && i + 1 < ascii.count && isDigit(ascii[i + 1]) { i += 1; continue }
                break
            }
            return n
        }
        let intDigits = digits(true) ?? 0
        var fracDigits = 0
        if i < ascii.count && ascii[i] == UInt8(ascii: ".") {
            clean.append(UInt8(ascii: "."))
            i += 1
            fracDigits = digits(true) ?? 0
        }
        if intDigits + fracDigits == 0 { return nil }
        if i < ascii.count && (ascii[i] == UInt8(ascii: "e") || ascii[i] == UInt8(ascii: "E")) {
            clean.append(UInt8(ascii: "e"))
            i += 1
            if i < ascii.count && (ascii[i] == UInt8(ascii: "+") || ascii[i] == UInt8(ascii: "-")) { clean.append(ascii[i]); i += 1 }
            if (digits(false) ?? 0) == 0 { return nil }
        }
        if i != ascii.count { return nil }
        let s = String(decoding: clean, as: UTF8.self)
        return strtod(s, nil)
    }

    /// float.hex().
    public static func floatHex(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let sign = x.sign == .minus ? "-" : ""
        if x == 0 { return sign + "0x0.0p+0" }
        let bits = x.bitPattern
        let expBits = Int((bits >> 52) & 0x7FF)
        let frac = bits & ((1 << 52) - 1)
        let lead = expBits == 0 ? 0 : 1
        let e = expBits == 0 ? -1022 : expBits - 1023
        var h = String(frac, radix: 16)
        h = String(repeating: "0", count: 13 - h.count) + h
        return "\(sign)0x\(lead).\(h)p\(e >= 0 ? "+" : "-")\(Swift.abs(e))"
    }

    /// float.fromhex(s).
    public static func floatFromHex(_ text: String) throws(PyError) -> Double {
        let invalid = PyError.value("invalid hexadecimal floating-point string")
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines)).lowercased()[...]
        var negative = false
        if s.hasPrefix("-") { negative = true; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        if s == "inf" || s == "infinity" { return negative ? -.infinity : .infinity }
        if s == "nan" { return .nan }
        if s.hasPrefix("0x") { s = s.dropFirst(2) }
        var mant = BigUInt(0)
        var exp = 0
        var nd = 0
        var seenDot = false
        var idx = s.startIndex
        while idx < s.endIndex {
            let c = s[idx]
            if c == "." {
                if seenDot { throw invalid }
                seenDot = true
            } else if let d = c.hexDigitValue {
                mant = (mant << 4) + BigUInt(d)
                if seenDot { exp -= 4 }
                nd += 1
            } else {
                break
            }
            idx = s.index(after: idx)
        }
        if nd == 0 { throw invalid }
        if idx < s.endIndex {
            guard s[idx] == "p" else { throw invalid }
            let es = s[s.index(after: idx)...]
            guard let e = Int(es), !es.isEmpty, !es.hasPrefix("+-") else {
                // Very long exponents: clamp.
                if es.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" }), es.count > 1 {
                    let neg = es.hasPrefix("-")
                    if mant.isZero { return negative ? -0.0 : 0.0 }
                    if neg { return negative ? -0.0 : 0.0 }
                    throw .overflow("hexadecimal value too large to represent as a float")
                }
                throw invalid
            }
            exp += Swift.max(-100_000, Swift.min(100_000, e))
        }
        if mant.isZero { return negative ? -0.0 : 0.0 }
        let d = Ints.roundToDouble(mant, exp)
        if d.isInfinite { throw .overflow("hexadecimal value too large to represent as a float") }
        return negative ? -d : d
    }

    /// round(x, n) for a finite float: correctly rounded to n decimal places (half to even
    /// on the exact binary value), as CPython's double_round.
    public static func roundFloat(_ x: Double, _ n: Int) throws(PyError) -> Double {
        if !x.isFinite || x == 0 { return x }
        if n > 323 { return x }
        if n < -308 { return 0.0 * x }
        // x = m * 2**e exactly.
        let bits = x.magnitude.bitPattern
        let expBits = Int(bits >> 52)
        let frac = bits & ((1 << 52) - 1)
        let (mm, ee) = expBits == 0 ? (BigUInt(frac), -1074) : (BigUInt(frac | (1 << 52)), expBits - 1075)
        var num = mm, den = BigUInt(1)
        if ee >= 0 { num <<= ee } else { den <<= -ee }
        let p = BigUInt(10).power(Swift.abs(n))
        if n >= 0 { num *= p } else { den *= p }
        var (q, r) = num.quotientAndRemainder(dividingBy: den)
        let twice = r << 1
        if twice > den || (twice == den && (q.words.first ?? 0) & 1 == 1) { q += 1 }
        var y: Double
        if q.isZero {
            y = 0
        } else if n >= 0 {
            y = (try? Ints.trueDivide(BigInt(q), BigInt(p))) ?? .infinity
        } else {
            y = Ints.roundToDouble(q * p, 0)
        }
        if y.isInfinite { throw .overflow("rounded value too large to represent") }
        return x < 0 ? -y : y
    }
}
