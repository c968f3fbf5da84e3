// int: small ints are unboxed (50 bits, see quicken.h); larger ones are heap objects holding
// an attaswift BigInt, initialized in place inside the C-layout object.

import BigInt
import CSupport
#if canImport(Glibc)
import Glibc
#endif

public typealias BigIntValue = BigInt

/// Box a big int (callers normally use `Ints.make`, which unboxes when it fits).
func makeBigInt(_ b: BigInt) -> Value { BigIntBox.box(b) }

enum BigIntBox {
    static let initializedTag: UInt32 = 0xB161
    /// An exact int that fits a machine word, stored as a raw Int64 (no Swift BigInt): the
    /// common overflow case of 50-bit arithmetic stays cheap.
    static let wordTag: UInt32 = 0xB162

    static func word(_ i: Int) -> Value {
        let o: UnsafeMutablePointer<QKObject> = Heap.allocate(Types.int, size: payloadOffset + 8, as: QKObject.self)
        (UnsafeMutableRawPointer(o) + payloadOffset).storeBytes(of: i, as: Int.self)
        o.pointee.ob_aux = wordTag
        return Value(o)
    }

    @inline(__always) static func wordValue(_ o: UnsafeMutablePointer<QKObject>) -> Int? {
        o.pointee.ob_aux == wordTag ? (UnsafeMutableRawPointer(o) + payloadOffset).load(as: Int.self) : nil
    }
    static var payloadOffset: Int { MemoryLayout<QKObject>.size }

    static func box(_ b: BigInt, type: TypePtr? = nil) -> Value {
        if type == nil || type == Types.int, let i = Int(exactly: b) { return word(i) }
        let t = type ?? Types.int
        let size = max(Int(t.pointee.basicsize), payloadOffset + MemoryLayout<BigInt>.stride)
        let o: UnsafeMutablePointer<QKObject> = Heap.allocate(t, size: size, as: QKObject.self)
        (UnsafeMutableRawPointer(o) + payloadOffset).initializeMemory(as: BigInt.self, repeating: b, count: 1)
        o.pointee.ob_aux = initializedTag
        return Value(o)
    }

    static func get(_ o: UnsafeMutablePointer<QKObject>) -> BigInt {
        if let i = wordValue(o) { return BigInt(i) }
        return (UnsafeMutableRawPointer(o) + payloadOffset).assumingMemoryBound(to: BigInt.self).pointee
    }

    static func deinitialize(_ o: UnsafeMutablePointer<QKObject>) {
        (UnsafeMutableRawPointer(o) + payloadOffset).assumingMemoryBound(to: BigInt.self).deinitialize(count: 1)
    }
}

public enum Ints {
    /// An int value: unboxed when it fits 50 bits.
    public static func make(_ b: BigInt) -> Value {
        if let i = Int(exactly: b), qk_int_fits(Int64(i)) != 0 { return .smallIntUnchecked(i) }
        return BigIntBox.box(b)
    }

    /// True for int and bool values (and subclasses of int).
    @inline(__always) public static func isInt(_ v: Value) -> Bool {
        v.isSmallInt || (v.isObject && (v.layout == QK_LAYOUT_INT || v.layout == QK_LAYOUT_BOOL))
    }

    /// The value of an int or bool as a BigInt.
    public static func big(_ v: Value) -> BigInt {
        if v.isSmallInt { return BigInt(v.smallInt) }
        if v.layout == QK_LAYOUT_BOOL { return BigInt(v.object.pointee.ob_aux) }
        return BigIntBox.get(v.object)
    }

    /// The value as a machine Int, if it is an int that fits.
    public static func exact(_ v: Value) -> Int? {
        if v.isSmallInt { return v.smallInt }
        guard v.isObject else { return nil }
        if v.layout == QK_LAYOUT_BOOL { return Int(v.object.pointee.ob_aux) }
        if v.layout == QK_LAYOUT_INT {
            if let i = BigIntBox.wordValue(v.object) { return i }
            return Int(exactly: BigIntBox.get(v.object))
        }
        return nil
    }
}

// MARK: - Exact integer algorithms with CPython's semantics

extension Ints {
    /// sys.get_int_max_str_digits(): the limit on decimal conversions (0 disables it).
    nonisolated(unsafe) public static var maxStrDigits = 4300

    /// int.bit_length(): the number of bits of |b|.
    public static func bitLength(_ b: BigInt) -> Int { b.magnitude.bitWidth }

    /// The value as `n` two's-complement words (sign extended).
    static func twos(_ b: BigInt, _ n: Int) -> [UInt] {
        var w = [UInt](repeating: 0, count: n)
        let mag = b.magnitude
        for i in 0..<min(n, mag.words.count) { w[i] = mag.words[i] }
        if b.sign == .minus && !mag.isZero {
            var carry = true
            for i in 0..<n {
                w[i] = ~w[i]
                if carry { (w[i], carry) = w[i].addingReportingOverflow(1) }
            }
        }
        return w
    }

    /// Interpret two's-complement words as a signed integer.
    static func fromTwos(_ w0: [UInt]) -> BigInt {
        var w = w0
        guard let top = w.last, top >> (UInt.bitWidth - 1) == 1 else { return BigInt(BigUInt(words: w)) }
        var carry = true
        for i in 0..<w.count {
            w[i] = ~w[i]
            if carry { (w[i], carry) = w[i].addingReportingOverflow(1) }
        }
        return -BigInt(BigUInt(words: w))
    }

    /// Bitwise and (0), or (1), xor (2) with Python's infinite two's-complement semantics.
    public static func bitwise(_ x: BigInt, _ y: BigInt, _ op: Int) -> BigInt {
        if x.sign != .minus && y.sign != .minus || x.isZero || y.isZero {
            if x.sign != .minus && y.sign != .minus {
                let a = x.magnitude, b = y.magnitude
                switch op {
                case 0: return BigInt(a & b)
                case 1: return BigInt(a | b)
                default: return BigInt(a ^ b)
                }
            }
        }
        let n = max(x.magnitude.words.count, y.magnitude.words.count) + 1
        let a = twos(x, n), b = twos(y, n)
        var r = [UInt](repeating: 0, count: n)
        for i in 0..<n {
            switch op {
            case 0: r[i] = a[i] & b[i]
            case 1: r[i] = a[i] | b[i]
            default: r[i] = a[i] ^ b[i]
            }
        }
        return fromTwos(r)
    }

    /// x >> s rounding toward negative infinity.
    public static func shiftRight(_ x: BigInt, _ s: Int) -> BigInt {
        if x.sign != .minus || x.isZero { return BigInt(x.magnitude >> s) }
        // -((|x| - 1) >> s) - 1
        let m = (x.magnitude - 1) >> s
        return -BigInt(m) - 1
    }

    public static func shiftLeft(_ x: BigInt, _ s: Int) -> BigInt {
        if x.isZero { return x }
        let m = x.magnitude << s
        return x.sign == .minus ? -BigInt(m) : BigInt(m)
    }

    /// Correctly rounded (half to even) m * 2**e, plus a sticky bit meaning "slightly more
    /// than m". Returns +inf on overflow (callers raise OverflowError).
    static func roundToDouble(_ m: BigUInt, _ e: Int, sticky: Bool = false) -> Double {
        let n = m.bitWidth
        if n == 0 { return 0 }
        let top = n - 1 + e                       // exponent of the leading bit
        if top > 1023 { return .infinity }
        var p = 53
        if top < -1022 { p = 53 - (-1022 - top) }
        let drop = n - p
        // drop <= 0: m fits the precision exactly (callers pass a sticky bit only with at
        // least 13 extra bits, so it never matters here).
        if drop <= 0 { return scalbn(Double(UInt64(m)), e) }
        if drop > n { return 0 }
        var q = m >> drop
        let rem = m - (q << drop)
        let half = BigUInt(1) << (drop - 1)
        let odd = (q.words.first ?? 0) & 1 == 1
        if rem > half || (rem == half && (sticky || odd)) { q += 1 }
        return scalbn(Double(UInt64(q)), e + drop)
    }

    /// int -> float, correctly rounded; nil when too large.
    public static func toDouble(_ b: BigInt) -> Double? {
        if let i = Int(exactly: b), i.magnitude < (1 << 53) { return Double(i) }
        let d = roundToDouble(b.magnitude, 0)
        if d.isInfinite { return nil }
        return b.sign == .minus ? -d : d
    }

    /// a / b correctly rounded (CPython's long_true_divide); b != 0.
    public static func trueDivide(_ a: BigInt, _ b: BigInt) throws(PyError) -> Double {
        let negative = (a.sign == .minus) != (b.sign == .minus) && !a.isZero
        let x = a.magnitude, y = b.magnitude
        if x.isZero { return (a.sign == .minus) != (b.sign == .minus) ? -0.0 : 0.0 }
        if x.bitWidth <= 53 && y.bitWidth <= 53 {
            let r = Double(UInt64(x)) / Double(UInt64(y))
            return negative ? -r : r
        }
        // Scale so the quotient has at least 66 bits, then round once with a sticky bit.
        let k = max(0, 66 - (x.bitWidth - y.bitWidth))
        let (q, r) = (x << k).quotientAndRemainder(dividingBy: y)
        let d = roundToDouble(q, -k, sticky: !r.isZero)
        if d.isInfinite { throw .overflow("integer division result too large for a float") }
        return negative ? -d : d
    }

    /// Compare an int with a finite or infinite double exactly: -1, 0, 1 (nan excluded).
    public static func compare(_ x: BigInt, _ y: Double) -> Int {
        if y.isInfinite { return y > 0 ? -1 : 1 }
        let fy = y.rounded(.down)
        let by = BigInt(exactly: fy)!
        if x < by { return -1 }
        if x > by { return 1 }
        return fy == y ? 0 : -1
    }

    // MARK: strings

    static func limitError() -> PyError {
        .value("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// str(int), raising ValueError above the digit limit.
    public static func decimalString(_ b: BigInt) throws(PyError) -> String {
        if let i = Int(exactly: b) { return String(i) }
        let bits = b.magnitude.bitWidth
        if maxStrDigits > 0 {
            // |b| >= 2**(bits-1) has more than (bits-1)*log10(2) digits.
            if Double(bits - 1) * 0.30102999566398120 >= Double(maxStrDigits) + 1 { throw limitError() }
        }
        let s = String(b.magnitude)
        if maxStrDigits > 0 && s.utf8.count > maxStrDigits { throw limitError() }
        return b.sign == .minus ? "-" + s : s
    }

    /// Sign and magnitude digits of int `v` in `radix`; word-sized ints skip BigInt, and
    /// decimal output honours the digit limit as str() does.
    static func signedDigits(_ v: Value, radix: Int, uppercase: Bool = false) throws(PyError) -> (negative: Bool, digits: String) {
        if let i = exact(v) { return (i < 0, String(i.magnitude, radix: radix, uppercase: uppercase)) }
        let b = big(v)
        let negative = b.sign == .minus && !b.isZero
        if radix == 10 {
            let s = try decimalString(b)
            return (negative, negative ? String(s.dropFirst()) : s)
        }
        return (negative, String(b.magnitude, radix: radix, uppercase: uppercase))
    }

    /// Digit value of a Unicode scalar in int() parsing (decimal digits of any script, and
    /// ASCII letters), or nil.
    static func digitValue(_ u: Unicode.Scalar) -> Int? {
        switch u.value {
        case 0x30...0x39: return Int(u.value - 0x30)
        case 0x41...0x5A: return Int(u.value - 0x41 + 10)
        case 0x61...0x7A: return Int(u.value - 0x61 + 10)
        default:
            if u.properties.numericType == .decimal, let v = u.properties.numericValue { return Int(v) }
            return nil
        }
    }

    static func isPySpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0: return true
        default: return u.value > 0x7F && u.properties.isWhitespace
        }
    }

    /// int(text, base) with CPython's grammar: whitespace, sign, prefix, underscores between
    /// digits, Unicode decimal digits. nil means "invalid literal".
    public static func parse(_ text: String, base base0: Int) throws(PyError) -> BigInt? {
        var us = Array(text.unicodeScalars)
        while let f = us.first, isPySpace(f) { us.removeFirst() }
        while let l = us.last, isPySpace(l) { us.removeLast() }
        var i = 0
        var negative = false
        if i < us.count && (us[i] == "+" || us[i] == "-") { negative = us[i] == "-"; i += 1 }
        var base = base0
        var sawPrefix = false
        if i + 1 < us.count && us[i] == "0" {
            let c = us[i + 1]
            let pb: Int? = (c == "x" || c == "X") ? 16 : (c == "o" || c == "O") ? 8 : (c == "b" || c == "B") ? 2 : nil
            if let pb, base == 0 || base == pb {
                base = pb
                i += 2
                sawPrefix = true
            }
        }
        var leadingZeroDecimal = false
        if base == 0 {
            base = 10
            leadingZeroDecimal = i < us.count && us[i] == "0"
        }
        // Digits, with single underscores between them (one allowed right after a prefix).
        var digits: [UInt8] = []
        digits.reserveCapacity(us.count - i)
        var lastUnderscore = false
        if sawPrefix && i < us.count && us[i] == "_" { i += 1; lastUnderscore = true; if i >= us.count { return nil } ; lastUnderscore = false }
        while i < us.count {
            let c = us[i]
            if c == "_" {
                if lastUnderscore || digits.isEmpty { return nil }
                lastUnderscore = true
            } else {
                guard let d = digitValue(c), d < base else { return nil }
                digits.append(UInt8(d))
                lastUnderscore = false
            }
            i += 1
        }
        if digits.isEmpty || lastUnderscore { return nil }
        if leadingZeroDecimal && digits.contains(where: { $0 != 0 }) { return nil }
        if base & (base - 1) != 0 && maxStrDigits > 0 && digits.count > maxStrDigits {
            throw .value("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        let v = fromDigits(digits, base: base)
        return negative ? -v : v
    }

    static func fromDigits(_ digits: [UInt8], base: Int) -> BigInt {
        // Chunk the digits into machine words, then combine.
        var chunk = 1, chunkPow = UInt(base)
        while !chunkPow.multipliedReportingOverflow(by: UInt(base)).overflow { chunkPow *= UInt(base); chunk += 1 }
        var acc = BigUInt(0)
        var idx = 0
        var take = digits.count % chunk == 0 ? chunk : digits.count % chunk
        while idx < digits.count {
            var w: UInt = 0
            for j in idx..<(idx + take) { w = w &* UInt(base) &+ UInt(digits[j]) }
            if idx == 0 { acc = BigUInt(w) } else { acc = acc.multiplied(byWord: chunkPow) + BigUInt(w) }
            idx += take
            take = chunk
        }
        return BigInt(acc)
    }

    /// format(n, radix) digits of |b| (lowercase).
    public static func radixString(_ b: BigInt, _ radix: Int) -> String { String(b.magnitude, radix: radix) }
}
