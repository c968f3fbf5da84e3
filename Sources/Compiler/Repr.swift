// Python's repr() rules for the values the compiler can produce. The runtime reuses these
// (pyRepr, pyFloatRepr, ...) so that the rules exist exactly once.

import BigInt

/// Python's `repr(str)`: picks the quote, escapes backslash, the quote, \t \n \r and
/// non-printable characters (\xNN, \uNNNN, \UNNNNNNNN).
public func pyRepr(_ s: String) -> String {
    var hasSingle = false, hasDouble = false
    for u in s.unicodeScalars {
        if u == "'" { hasSingle = true } else if u == "\"" { hasDouble = true }
    }
    let quote: Unicode.Scalar = (hasSingle && !hasDouble) ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    for u in s.unicodeScalars {
        switch u {
        case quote, "\\":
            out.append("\\"); out.append(u)
        case "\t": out.append(contentsOf: "\\t".unicodeScalars)
        case "\n": out.append(contentsOf: "\\n".unicodeScalars)
        case "\r": out.append(contentsOf: "\\r".unicodeScalars)
        default:
            let v = u.value
            if v < 0x20 || v == 0x7F {
                out.append(contentsOf: ("\\x" + hex(v, width: 2)).unicodeScalars)
            } else if v < 0x7F || pyIsPrintable(u) {
                out.append(u)
            } else if v <= 0xFF {
                out.append(contentsOf: ("\\x" + hex(v, width: 2)).unicodeScalars)
            } else if v <= 0xFFFF {
                out.append(contentsOf: ("\\u" + hex(v, width: 4)).unicodeScalars)
            } else {
                out.append(contentsOf: ("\\U" + hex(v, width: 8)).unicodeScalars)
            }
        }
    }
    out.append(quote)
    return String(out)
}

/// `str.isprintable()` for one code point (CPython's Py_UNICODE_ISPRINTABLE).
public func pyIsPrintable(_ u: Unicode.Scalar) -> Bool {
    if u == " " { return true }
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

private func hex(_ v: UInt32, width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}

/// Python's `repr(bytes)`.
public func pyBytesRepr(_ b: [UInt8]) -> String {
    let quote: UInt8 = (b.contains(0x27) && !b.contains(0x22)) ? 0x22 : 0x27
    var out = "b" + String(UnicodeScalar(quote))
    for c in b {
        switch c {
        case quote, 0x5C: out += "\\" + String(UnicodeScalar(c))
        case 0x09: out += "\\t"
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        default:
            if c < 0x20 || c >= 0x7F { out += "\\x" + hex(UInt32(c), width: 2) } else { out += String(UnicodeScalar(c)) }
        }
    }
    return out + String(UnicodeScalar(quote))
}

/// Shortest round-trip decimal digits of a finite, nonzero |d| and the decimal point position
/// (value = 0.DIGITS × 10^decpt), as CPython's dtoa mode 0.
private func shortestDigits(_ d: Double) -> (digits: [UInt8], decpt: Int) {
    // Swift's description is shortest round-trip too; only its layout differs from Python's.
    let s = Array(abs(d).description.utf8)
    var mant = s[...]
    var exp = 0
    if let e = s.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
        mant = s[..<e]
        exp = Int(String(decoding: s[(e + 1)...], as: UTF8.self))!
    }
    var intPart: [UInt8] = [], frac: [UInt8] = []
    if let dot = mant.firstIndex(of: UInt8(ascii: ".")) {
        intPart = Array(mant[..<dot]); frac = Array(mant[(dot + 1)...])
    } else {
        intPart = Array(mant)
    }
    var digits = intPart + frac
    var decpt = intPart.count + exp
    while let f = digits.first, f == UInt8(ascii: "0") { digits.removeFirst(); decpt -= 1 }
    while let l = digits.last, l == UInt8(ascii: "0") { digits.removeLast() }
    return (digits, decpt)
}

/// CPython's float formatting with format code 'r' (PyOS_double_to_string).
/// `addDot0` appends ".0" to integral values as repr(float) does; complex parts don't.
public func pyFloatRepr(_ d: Double, addDot0: Bool = true, forceSign: Bool = false) -> String {
    var sign = ""
    if d.sign == .minus { sign = "-" } else if forceSign { sign = "+" }
    if d.isNaN { return (forceSign ? "+" : "") + "nan" }
    if d.isInfinite { return sign + "inf" }
    if d == 0 { return sign + (addDot0 ? "0.0" : "0") }
    let (digits, decpt) = shortestDigits(d)
    let ds = String(decoding: digits, as: UTF8.self)
    var body: String
    if decpt <= -4 || decpt > 16 {
        body = String(ds.prefix(1))
        if digits.count > 1 { body += "." + ds.dropFirst() }
        let e = decpt - 1
        body += "e" + (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
    } else if decpt <= 0 {
        body = "0." + String(repeating: "0", count: -decpt) + ds
    } else if decpt >= digits.count {
        body = ds + String(repeating: "0", count: decpt - digits.count) + (addDot0 ? ".0" : "")
    } else {
        body = String(ds.prefix(decpt)) + "." + ds.dropFirst(decpt)
    }
    return sign + body
}

/// Python's `repr(complex)`.
public func pyComplexRepr(real: Double, imag: Double) -> String {
    if real == 0 && real.sign == .plus {
        return pyFloatRepr(imag, addDot0: false) + "j"
    }
    return "(" + pyFloatRepr(real, addDot0: false) + pyFloatRepr(imag, addDot0: false, forceSign: true) + "j)"
}

extension ConstantValue {
    /// Python's repr() of the constant, as `dis` shows it.
    public var pyRepr: String {
        switch self {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return i.description
        case .float(let d): return pyFloatRepr(d)
        case .complex(let r, let i): return pyComplexRepr(real: r, imag: i)
        case .str(let s): return QuickenCompiler.pyRepr(s)
        case .bytes(let b): return pyBytesRepr(b)
        case .tuple(let items):
            if items.count == 1 { return "(" + items[0].pyRepr + ",)" }
            return "(" + items.map(\.pyRepr).joined(separator: ", ") + ")"
        case .frozenset(let items):
            if items.isEmpty { return "frozenset()" }
            // CPython rebuilds the set from its own iteration order when it merges the constant,
            // and again when the code object interns identifier-like strings in it.
            var order = ConstantValue.setIterationOrder(ConstantValue.setIterationOrder(items))
            let interns = items.contains {
                if case .str(let s) = $0 {
                    // (one-character latin-1 strings are interned singletons already)
                    return s.unicodeScalars.count > 1 && s.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 95 }
                }
                return false
            }
            if interns { order = ConstantValue.setIterationOrder(order) }
            return "frozenset({" + order.map(\.pyRepr).joined(separator: ", ") + "})"
        case .code(let co):
            return "<code object \(co.name) at \(co.addressString), file \"\(co.filename)\", line \(co.firstLineNo)>"
        }
    }

    /// Python's `==` between constants (1 == 1.0 == True), as sets use it.
    func pyEquals(_ other: ConstantValue) -> Bool {
        func num(_ c: ConstantValue) -> (BigInt?, Double?, (Double, Double)?)? {
            switch c {
            case .bool(let b): return (b ? 1 : 0, nil, nil)
            case .int(let i): return (i, nil, nil)
            case .float(let d): return (nil, d, nil)
            case .complex(let r, let i): return (nil, nil, (r, i))
            default: return nil
            }
        }
        if let a = num(self), let b = num(other) {
            func asComplex(_ x: (BigInt?, Double?, (Double, Double)?)) -> (Double, Double)? {
                if let c = x.2 { return c }
                if let d = x.1 { return (d, 0) }
                return nil
            }
            if let i = a.0, let j = b.0 { return i == j }
            if let i = a.0 ?? b.0 {
                // int vs float/complex: exact comparison.
                guard let c = asComplex(a.0 == nil ? a : b), c.1 == 0, c.0.isFinite, c.0 == c.0.rounded() else { return false }
                return BigInt(exactly: c.0) == i
            }
            guard let x = asComplex(a), let y = asComplex(b) else { return false }
            return x.0 == y.0 && x.1 == y.1
        }
        switch (self, other) {
        case let (.tuple(x), .tuple(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.pyEquals($1) }
        case let (.frozenset(x), .frozenset(y)):
            return x.count == y.count && x.allSatisfy { a in y.contains { a.pyEquals($0) } }
        default:
            return self == other
        }
    }

    /// CPython's hash() for the values whose hash is not randomized; nil otherwise.
    var pyHash: Int? {
        let modulus = BigInt(1) << 61 - 1
        func fromBig(_ b: BigInt) -> Int {
            var h = Int(b.magnitude % modulus.magnitude)
            if b.sign == .minus { h = -h }
            return h == -1 ? -2 : h
        }
        switch self {
        case .none: return 0xFCA86420
        case .str(let str):
            if str.isEmpty { return 0 }
            let scalars = str.unicodeScalars.map(\.value)
            let maxv = scalars.max() ?? 0
            var data: [UInt8] = []
            for v in scalars {
                if maxv < 0x100 { data.append(UInt8(v)) }
                else if maxv < 0x10000 { data.append(UInt8(v & 0xFF)); data.append(UInt8(v >> 8)) }
                else { for k in 0..<4 { data.append(UInt8((v >> (8 * UInt32(k))) & 0xFF)) } }
            }
            return fixHash(siphash13(data))
        case .bytes(let b):
            return b.isEmpty ? 0 : fixHash(siphash13(b))
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return fromBig(i)
        case .float(let d):
            return ConstantValue.hashDouble(d)
        case .complex(let r, let i):
            guard let hr = ConstantValue.hashDouble(r), let hi = ConstantValue.hashDouble(i) else { return nil }
            var combined = UInt(bitPattern: hr) &+ 1000003 &* UInt(bitPattern: hi)
            if combined == UInt.max { combined = UInt.max - 1 }
            return Int(bitPattern: combined)
        case .tuple(let items):
            // CPython's xxHash-based tuple hash.
            let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
            var acc = p5
            for item in items {
                guard let h = item.pyHash else { return nil }
                acc = acc &+ UInt64(bitPattern: Int64(h)) &* p2
                acc = (acc << 31) | (acc >> 33)
                acc = acc &* p1
            }
            acc = acc &+ (UInt64(items.count) ^ (p5 ^ 3527539))
            if acc == UInt64.max { return 1546275796 }
            return Int(bitPattern: UInt(acc))
        default: return nil
        }
    }

    /// _Py_HashDouble (nil for NaN, whose hash is its address).
    static func hashDouble(_ v: Double) -> Int? {
        if v.isNaN { return nil }
        if v.isInfinite { return v > 0 ? 314159 : -314159 }
        let modulus: UInt = (1 << 61) - 1
        var e = 0
        var m = v
        // frexp
        if m != 0 {
            e = Int(m.exponent) + 1
            m = m.significand / 2 * (m.sign == .minus ? -1 : 1)
        }
        var sign: Int = 1
        if m < 0 { sign = -1; m = -m }
        var x: UInt = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt(e)) & modulus) | x >> UInt(61 - e)
        var r = Int(bitPattern: x) &* sign
        if r == -1 { r = -2 }
        return r
    }

    private func fixHash(_ h: UInt64) -> Int {
        let v = Int(bitPattern: UInt(h))
        return v == -1 ? -2 : v
    }

    /// CPython's SipHash-1-3 string hash with the key PYTHONHASHSEED=0 gives (all zero), so that
    /// set iteration orders match CPython run with hash randomization disabled.
    private func siphash13(_ data: [UInt8]) -> UInt64 {
        var v0: UInt64 = 0x736f6d6570736575, v1: UInt64 = 0x646f72616e646f6d
        var v2: UInt64 = 0x6c7967656e657261, v3: UInt64 = 0x7465646279746573
        func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
        func round() {
            v0 = v0 &+ v1; v2 = v2 &+ v3
            v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
            v0 = rotl(v0, 32)
            v2 = v2 &+ v1; v0 = v0 &+ v3
            v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
            v2 = rotl(v2, 32)
        }
        var i = 0
        while data.count - i >= 8 {
            var m: UInt64 = 0
            for k in 0..<8 { m |= UInt64(data[i + k]) << (8 * UInt64(k)) }
            v3 ^= m; round(); v0 ^= m
            i += 8
        }
        var b = UInt64(data.count) << 56
        for k in 0..<(data.count - i) { b |= UInt64(data[i + k]) << (8 * UInt64(k)) }
        v3 ^= b; round(); v0 ^= b
        v2 ^= 0xff
        round(); round(); round()
        return (v0 ^ v1) ^ (v2 ^ v3)
    }

    /// The order in which CPython iterates a frozenset built from `items` (open addressing with
    /// linear probes, as Objects/setobject.c). Falls back to insertion order when hashes are
    /// randomized (str, bytes).
    static func setIterationOrder(_ items: [ConstantValue]) -> [ConstantValue] {
        let hashes = items.map(\.pyHash)
        if hashes.contains(where: { $0 == nil }) { return items }
        var table: [Int?] = Array(repeating: nil, count: 8)
        var fill = 0
        func insert(_ idx: Int, into t: inout [Int?]) {
            let mask = t.count - 1
            let h = hashes[idx]!
            var perturb = UInt(bitPattern: h)
            var i = Int(UInt(bitPattern: h) & UInt(mask))
            while true {
                let probes = (i + 9 <= mask) ? 9 : 0
                for j in 0...probes {
                    let slot = i + j
                    if t[slot] == nil { t[slot] = idx; return }
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
        for (idx, item) in items.enumerated() {
            if table.contains(where: { $0 != nil && items[$0!].pyEquals(item) }) { continue }
            insert(idx, into: &table)
            fill += 1
            if fill * 5 >= (table.count - 1) * 3 {
                let minused = fill > 50000 ? fill * 2 : fill * 4
                var newSize = 8
                while newSize <= minused { newSize <<= 1 }
                var t2: [Int?] = Array(repeating: nil, count: newSize)
                for case let e? in table { insert(e, into: &t2) }
                table = t2
            }
        }
        return table.compactMap { $0 }.map { items[$0] }
    }
}

extension CodeObject {
    /// A stand-in for the object address in `<code object ... at 0x...>`.
    public var addressString: String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16)
    }
}
