// The format-spec mini-language for int, float and str, following CPython's
// Python/formatter_unicode.c (parsing, error messages, grouping, zero padding), and
// PyOS_double_to_string for the float conversions.

import CSupport
import QuickenCompiler
#if canImport(Glibc)
import Glibc
#endif

public struct FormatSpec {
    var fill: UInt32 = 32
    var align: UInt32 = 0       // 0: the type's default
    var sign: UInt32 = 0        // 0, '+', '-', ' '
    var noNegZero = false
    var alternate = false
    var width = -1
    var thousands: UInt32 = 0   // 0, ',' or '_'
    var groupEvery = 3
    var precision = -1
    var type: UInt32 = 0

    static func cp(_ c: Character) -> UInt32 { c.unicodeScalars.first!.value }

    static func typeDesc(_ t: UInt32) -> String {
        t > 32 && t < 128 ? String(UnicodeScalar(UInt8(t))) : "\\x" + String(t, radix: 16)
    }

    static func unknownCode(_ t: UInt32, _ typeName: String) -> PyError {
        .value("Unknown format code '\(typeDesc(t))' for object of type '\(typeName)'")
    }

    /// Parse `s` (code points) as CPython's parse_internal_render_format_spec does.
    static func parse(_ s: [UInt32], typeName: String, defaultType: UInt32, defaultAlign: UInt32) throws(PyError) -> FormatSpec {
        var f = FormatSpec()
        f.type = defaultType
        f.align = defaultAlign
        let n = s.count
        var i = 0
        func isAlign(_ c: UInt32) -> Bool { c == 60 || c == 62 || c == 61 || c == 94 }
        var fillSpecified = false, alignSpecified = false
        if n - i >= 2 && isAlign(s[i + 1]) {
            f.align = s[i + 1]
            f.fill = s[i]
            fillSpecified = true
            alignSpecified = true
            i += 2
        } else if n - i >= 1 && isAlign(s[i]) {
            f.align = s[i]
            alignSpecified = true
            i += 1
        }
        if i < n && (s[i] == 43 || s[i] == 45 || s[i] == 32) { f.sign = s[i]; i += 1 }
        if i < n && s[i] == 122 { f.noNegZero = true; i += 1 }
        if i < n && s[i] == 35 { f.alternate = true; i += 1 }
        if !fillSpecified && i < n && s[i] == 48 {
            f.fill = 48
            if !alignSpecified && defaultAlign == 62 { f.align = 61 }
            i += 1
        }
        func integer() throws(PyError) -> Int? {
            var v = 0, any = false
            while i < n, let d = UChar.decimalValue(s[i]) {
                if v > (Int.max - d) / 10 { throw .value("Too many decimal digits in format string") }
                v = v * 10 + d
                any = true
                i += 1
            }
            return any ? v : nil
        }
        if let w = try integer() { f.width = w }
        if i < n && s[i] == 44 {
            f.thousands = 44
            i += 1
            if i < n && s[i] == 95 { throw .value("Cannot specify both ',' and '_'.") }
        }
        if i < n && s[i] == 95 {
            if f.thousands != 0 { throw .value("Cannot specify both ',' and '_'.") }
            f.thousands = 95
            i += 1
            if i < n && s[i] == 44 { throw .value("Cannot specify both ',' and '_'.") }
        }
        if i < n && s[i] == 46 {
            i += 1
            guard let p = try integer() else { throw .value("Format specifier missing precision") }
            f.precision = p
        }
        if n - i > 1 {
            throw .value("Invalid format specifier '\(Str.swift(Str.make(codePoints: s)))' for object of type '\(typeName)'")
        }
        if n - i == 1 { f.type = s[i] }
        if f.thousands != 0 {
            switch f.type {
            case 0, 100, 101, 102, 103, 69, 71, 37, 70: break   // d e f g E G % F
            case 98, 111, 120, 88:                            // b o x X
                if f.thousands == 95 { f.groupEvery = 4; break }
                fallthrough
            default:
                throw .value("Cannot specify '\(typeDesc(f.thousands))' with '\(typeDesc(f.type))'.")
            }
        }
        return f
    }

    // MARK: Entry points

    public static func format(_ v: Value, _ specText: String) throws(PyError) -> Value {
        var cps: [UInt32] = []
        for u in specText.unicodeScalars { cps.append(u.value) }
        return try format(v, spec: cps)
    }

    /// format(v, spec) for builtin types (spec non-empty, no user __format__).
    static func format(_ v: Value, spec: [UInt32]) throws(PyError) -> Value {
        if spec.isEmpty { return try Ops.str(v) }
        if v.isObject && v.layout == QK_LAYOUT_STR { return Str.make(codePoints: try formatStr(Str.codePoints(v), spec)) }
        if Ints.isInt(v) {
            let tn = v.layout == QK_LAYOUT_BOOL ? "bool" : v.type.name
            let f = try parse(spec, typeName: tn, defaultType: 100, defaultAlign: 62)
            switch f.type {
            case 98, 99, 100, 111, 120, 88, 110: return Str.make(codePoints: try f.formatInt(v))
            case 101, 69, 102, 70, 103, 71, 37:
                let b = Ints.big(v)
                let d = Numbers.bigToDouble(b)
                if !d.isFinite { throw .overflow("int too large to convert to float") }
                return Str.make(codePoints: try f.formatFloat(d))
            default: throw unknownCode(f.type, tn)
            }
        }
        if v.isDouble || (v.isObject && v.layout == QK_LAYOUT_FLOAT), let d = Numbers.toDouble(v) {
            let f = try parse(spec, typeName: v.type.name, defaultType: 0, defaultAlign: 62)
            switch f.type {
            case 0, 101, 69, 102, 70, 103, 71, 110, 37: return Str.make(codePoints: try f.formatFloat(d))
            default: throw unknownCode(f.type, v.type.name)
            }
        }
        if v.isObject && v.type == ExtraTypes.complex {
            return Str.make(codePoints: try formatComplex(v, spec))
        }
        throw .type("unsupported format string passed to \(v.type.name).__format__")
    }

    static func formatStr(_ s: [UInt32], _ spec: [UInt32]) throws(PyError) -> [UInt32] {
        let f = try parse(spec, typeName: "str", defaultType: 115, defaultAlign: 60)
        if f.type != 115 { throw unknownCode(f.type, "str") }
        if f.sign != 0 {
            throw .value(f.sign == 32 ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier")
        }
        if f.noNegZero { throw .value("Negative zero coercion (z) not allowed in string format specifier") }
        if f.alternate { throw .value("Alternate form (#) not allowed in string format specifier") }
        if f.align == 61 { throw .value("'=' alignment not allowed in string format specifier") }
        var body = s
        if f.precision >= 0 && body.count > f.precision { body = Array(body[0..<f.precision]) }
        return f.padded(body)
    }

    func repeated(_ c: UInt32, _ n: Int) -> [UInt32] { n > 0 ? [UInt32](repeating: c, count: n) : [] }

    func padded(_ body: [UInt32]) -> [UInt32] {
        let total = width
        if total <= body.count { return body }
        let n = total - body.count
        let left: Int
        switch align {
        case 62: left = n
        case 94: left = n / 2
        default: left = 0
        }
        return repeated(fill, left) + body + repeated(fill, n - left)
    }

    // MARK: Numbers (calc_number_widths + fill_number)

    /// Assemble sign/prefix/digits/remainder with padding, grouping and zero fill.
    func number(negative: Bool, prefix: [UInt32], digits: [UInt32], remainder: [UInt32], hasDecimal: Bool,
                forceNoSign: Bool = false) -> [UInt32] {
        var signChar: UInt32? = nil
        if !forceNoSign {
            switch sign {
            case 43: signChar = negative ? 45 : 43
            case 32: signChar = negative ? 45 : 32
            default: if negative { signChar = 45 }
            }
        }
        let nSign = signChar == nil ? 0 : 1
        let nonDigit = nSign + prefix.count + (hasDecimal ? 1 : 0) + remainder.count
        let zeroFill = fill == 48 && align == 61
        let minWidth = zeroFill ? width - nonDigit : 0
        let grouped: [UInt32]
        if digits.isEmpty && !zeroFill {
            grouped = []
        } else if thousands != 0 && !digits.isEmpty {
            grouped = FormatSpec.group(digits, sep: thousands, every: groupEvery, minWidth: minWidth)
        } else {
            grouped = repeated(48, minWidth - digits.count) + digits
        }
        let nPadding = width - (nonDigit + grouped.count)
        var lpad = 0, rpad = 0, spad = 0
        if nPadding > 0 {
            switch align {
            case 60: rpad = nPadding
            case 94: lpad = nPadding / 2; rpad = nPadding - lpad
            case 61: spad = nPadding
            default: lpad = nPadding
            }
        }
        var out = repeated(fill, lpad)
        if let s = signChar { out.append(s) }
        out += prefix
        out += repeated(fill, spad)
        out += grouped
        if hasDecimal { out.append(46) }
        out += remainder
        out += repeated(fill, rpad)
        return out
    }

    /// _PyUnicode_InsertThousandsGrouping with an infinite grouping of `every` digits.
    static func group(_ digits: [UInt32], sep: UInt32, every: Int, minWidth: Int) -> [UInt32] {
        var pieces: [[UInt32]] = []   // from the right
        var remaining = digits.count
        var minw = max(0, minWidth)
        var end = digits.count
        while true {
            let l = min(every, max(max(remaining, minw), 1))
            let nz = max(0, l - remaining)
            let nc = max(0, min(remaining, l))
            var piece = [UInt32](repeating: 48, count: nz)
            piece += digits[(end - nc)..<end]
            pieces.append(piece)
            end -= nc
            remaining -= nc
            minw -= l
            if remaining <= 0 && minw <= 0 { break }
            minw -= 1
        }
        var out: [UInt32] = []
        for (k, p) in pieces.reversed().enumerated() {
            if k > 0 { out.append(sep) }
            out += p
        }
        return out
    }

    static func ascii(_ s: String) -> [UInt32] { s.utf8.map { UInt32($0) } }

    func formatInt(_ v: Value) throws(PyError) -> [UInt32] {
        if precision >= 0 { throw .value("Precision not allowed in integer format specifier") }
        if noNegZero { throw .value("Negative zero coercion (z) not allowed in integer format specifier") }
        let t = type
        if t == 99 {
            if sign != 0 { throw .value("Sign not allowed with integer format specifier 'c'") }
            if alternate { throw .value("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard let n = Ints.exact(v) else { throw .overflow("Python int too large to convert to C long") }
            guard n >= 0 && n <= 0x10ffff else { throw .overflow("%c arg not in range(0x110000)") }
            return number(negative: false, prefix: [], digits: [], remainder: [UInt32(n)], hasDecimal: false)
        }
        let radix: Int, prefix: String
        switch t {
        case 120, 88: radix = 16; prefix = t == 120 ? "0x" : "0X"
        case 111: radix = 8; prefix = "0o"
        case 98: radix = 2; prefix = "0b"
        default: radix = 10; prefix = ""
        }
        let (negative, digits) = try Ints.signedDigits(v, radix: radix, uppercase: t == 88)
        return number(negative: negative, prefix: alternate ? FormatSpec.ascii(prefix) : [],
                      digits: FormatSpec.ascii(digits), remainder: [], hasDecimal: false)
    }

    func formatFloat(_ value: Double) throws(PyError) -> [UInt32] {
        var t = type
        var addDot0 = false
        var prec = precision
        var val = value
        var pct = false
        if t == 0 {
            addDot0 = true
            t = 114   // 'r'
            if prec < 0 { prec = 0 }
        }
        if t == 110 { t = 103 }
        if t == 37 { t = 102; val *= 100; pct = true }
        if prec < 0 { prec = 6 } else if t == 114 && precision >= 0 { t = 103 }
        var s = FloatFormat.toString(val, type: t, precision: prec, alt: alternate, addDot0: addDot0)
        if pct { s += "%" }
        var cps = FormatSpec.ascii(s)
        var negative = false
        if cps.first == 45 { negative = true; cps.removeFirst() }
        if negative && noNegZero && FloatFormat.isZeroText(cps) { negative = false }
        var nd = 0
        while nd < cps.count && cps[nd] >= 48 && cps[nd] <= 57 { nd += 1 }
        let digits = Array(cps[0..<nd])
        var rest = Array(cps[nd...])
        var hasDecimal = false
        if rest.first == 46 { hasDecimal = true; rest.removeFirst() }
        return number(negative: negative, prefix: [], digits: digits, remainder: rest, hasDecimal: hasDecimal)
    }

    static func formatComplex(_ v: Value, _ spec: [UInt32]) throws(PyError) -> [UInt32] {
        var f = try parse(spec, typeName: "complex", defaultType: 0, defaultAlign: 62)
        let (re, im) = Complex.parts(v)
        switch f.type {
        case 0, 101, 69, 102, 70, 103, 71, 110: break
        default: throw unknownCode(f.type, "complex")
        }
        if f.fill == 48 { throw .value("Zero padding is not allowed in complex format specifier") }
        if f.align == 61 { throw .value("'=' alignment flag is not allowed in complex format specifier") }
        let width = f.width, align = f.align, fill = f.fill
        f.width = -1
        var omitReal = false
        var parens = false
        if f.type == 0 {
            omitReal = re == 0 && re.sign == .plus
            parens = !omitReal
            f.type = f.precision < 0 ? 114 : 103
        }
        var body: [UInt32] = []
        if parens { body.append(40) }
        if !omitReal {
            body += try f.complexPart(re)
        }
        var g = f
        if !omitReal { g.sign = 43 }
        body += try g.complexPart(im)
        body.append(106)
        if parens { body.append(41) }
        var p = FormatSpec()
        p.width = width
        p.fill = fill
        p.align = align == 0 ? 62 : align
        return p.padded(body)
    }

    func complexPart(_ d: Double) throws(PyError) -> [UInt32] {
        var s = FloatFormat.toString(d, type: type == 110 ? 103 : type, precision: precision < 0 ? (type == 114 ? 0 : 6) : precision,
                                     alt: alternate, addDot0: false)
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() }
        if negative && noNegZero && FloatFormat.isZeroText(FormatSpec.ascii(s)) { negative = false }
        var out: [UInt32] = []
        if negative { out.append(45) } else if sign == 43 { out.append(43) } else if sign == 32 { out.append(32) }
        return out + FormatSpec.ascii(s)
    }
}

/// PyOS_double_to_string: 'e', 'f', 'g' (and upper-case), 'r' (repr).
enum FloatFormat {
    static func cFormat(_ fmt: String, _ a: Double, _ extra: Int) -> String {
        var buf = [CChar](repeating: 0, count: 420 + extra)
        _ = withVaList([a]) { vsnprintf(&buf, buf.count, fmt, $0) }
        return String(cString: buf)
    }

    static func isZeroText(_ cps: [UInt32]) -> Bool {
        for c in cps {
            if c == 101 || c == 69 || c == 37 { break }   // exponent or percent: stop
            if c >= 49 && c <= 57 { return false }
        }
        return true
    }

    /// The text of `d` (with a leading '-' when negative) in conversion `type`.
    static func toString(_ d: Double, type t0: UInt32, precision p: Int, alt: Bool, addDot0: Bool) -> String {
        let upper = t0 == 69 || t0 == 70 || t0 == 71
        let t = upper ? t0 + 32 : t0
        let neg = d.sign == .minus && !d.isNaN
        let a = abs(d)
        var body: String
        if a.isNaN || a.isInfinite {
            body = a.isNaN ? "nan" : "inf"
        } else {
            switch t {
            case 102: body = cFormat(alt ? "%#.\(p)f" : "%.\(p)f", a, p)
            case 101: body = cFormat(alt ? "%#.\(p)e" : "%.\(p)e", a, p)
            case 103: body = general(a, p, alt, addDot0)
            default:
                body = pyFloatRepr(a, addDot0: addDot0)
                if alt && !body.contains(".") {
                    if let e = body.firstIndex(of: "e") { body.insert(".", at: e) } else { body += "." }
                }
            }
        }
        if upper { body = body.uppercased() }
        return (neg ? "-" : "") + body
    }

    /// 'g' as CPython's format_float_short does it (mode 2 digits, exponent threshold).
    static func general(_ a: Double, _ p0: Int, _ alt: Bool, _ addDot0: Bool) -> String {
        let p = p0 == 0 ? 1 : p0
        // p significant digits, correctly rounded, and the decimal exponent.
        let e = cFormat("%.\(p - 1)e", a, p)
        guard let ei = e.firstIndex(of: "e") else { return e }
        var digits = e[..<ei].filter { $0 != "." }.map { $0 }
        let exp = Int(e[e.index(after: ei)...]) ?? 0
        var decpt = exp + 1
        if a == 0 { digits = ["0"]; decpt = 1 }
        if !alt {
            while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        } else {
            while digits.count < p { digits.append("0") }
        }
        let useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p)
        var s = ""
        if useExp {
            s.append(digits[0])
            if digits.count > 1 || alt {
                s += "."
                s += String(digits.dropFirst())
            }
            let x = decpt - 1
            s += "e" + (x < 0 ? "-" : "+") + (abs(x) < 10 ? "0" : "") + String(abs(x))
            return s
        }
        if decpt <= 0 {
            s = "0." + String(repeating: "0", count: -decpt) + String(digits)
        } else if decpt >= digits.count {
            s = String(digits) + String(repeating: "0", count: decpt - digits.count)
            if alt { s += "." } else if addDot0 { s += ".0" }
        } else {
            s = String(digits[0..<decpt]) + "." + String(digits[decpt...])
        }
        return s
    }
}
