// The format-spec mini-language for int, float and str
// (https://docs.python.org/3/library/string.html#formatspec).

import CSupport
import QuickenCompiler
#if canImport(Glibc)
import Glibc
#endif

public struct FormatSpec {
    var fill: Character = " "
    var align: Character? = nil
    var sign: Character = "-"
    var alternate = false
    var zero = false
    var width = 0
    var grouping: Character? = nil
    var precision: Int? = nil
    var type: Character? = nil

    static func parse(_ s: String) throws(PyError) -> FormatSpec {
        var spec = FormatSpec()
        let c = Array(s)
        var i = 0
        if c.count >= 2, "<>=^".contains(c[1]) {
            spec.fill = c[0]
            spec.align = c[1]
            i = 2
        } else if c.count >= 1, "<>=^".contains(c[0]) {
            spec.align = c[0]
            i = 1
        }
        if i < c.count, "+- ".contains(c[i]) { spec.sign = c[i]; i += 1 }
        if i < c.count, c[i] == "#" { spec.alternate = true; i += 1 }
        if i < c.count, c[i] == "0" { spec.zero = true; i += 1 }
        var w = 0
        while i < c.count, let d = c[i].wholeNumberValue, c[i].isASCII { w = w * 10 + d; i += 1 }
        spec.width = w
        if i < c.count, c[i] == "," || c[i] == "_" { spec.grouping = c[i]; i += 1 }
        if i < c.count, c[i] == "." {
            i += 1
            var p = 0, any = false
            while i < c.count, let d = c[i].wholeNumberValue, c[i].isASCII { p = p * 10 + d; i += 1; any = true }
            if !any { throw .value("Format specifier missing precision") }
            spec.precision = p
        }
        if i < c.count { spec.type = c[i]; i += 1 }
        if i != c.count { throw .value("Invalid format specifier '\(s)' for object of type") }
        return spec
    }

    public static func format(_ v: Value, _ specText: String) throws(PyError) -> Value {
        var spec: FormatSpec
        do { spec = try parse(specText) } catch {
            throw .value("Invalid format specifier '\(specText)' for object of type '\(v.type.name)'")
        }
        if v.isObject && v.layout == QK_LAYOUT_STR {
            if let t = spec.type, t != "s" { throw .value("Unknown format code '\(t)' for object of type 'str'") }
            var s = Str.swift(v)
            if let p = spec.precision { s = String(s.prefix(p)) }
            return Str.make(spec.pad(s, numeric: false))
        }
        if Numbers.isIntLike(v) && v.layout != QK_LAYOUT_BOOL || (v.layout == QK_LAYOUT_BOOL && spec.type != nil) {
            return Str.make(try spec.formatInt(Ints.big(v)))
        }
        if let d = Numbers.toDouble(v), v.isDouble || v.layout == QK_LAYOUT_FLOAT || Numbers.isIntLike(v) {
            return Str.make(try spec.formatFloat(d))
        }
        if spec.type == nil || spec.type == "s" { return Str.make(spec.pad(Str.swift(try Ops.str(v)), numeric: false)) }
        throw .type("unsupported format string passed to \(v.type.name).__format__")
    }

    func pad(_ body: String, numeric: Bool, signPrefix: String = "") -> String {
        let total = signPrefix.count + body.count
        if width <= total { return signPrefix + body }
        let n = width - total
        let a = align ?? (numeric ? ">" : "<")
        let f = String(fill)
        switch a {
        case "<": return signPrefix + body + String(repeating: f, count: n)
        case "^": return String(repeating: f, count: n / 2) + signPrefix + body + String(repeating: f, count: n - n / 2)
        case "=": return signPrefix + String(repeating: f, count: n) + body
        default: return String(repeating: f, count: n) + signPrefix + body
        }
    }

    static func group(_ digits: String, _ sep: Character, every: Int = 3) -> String {
        var out: [Character] = []
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % every == 0 { out.append(sep) }
            out.append(ch)
        }
        return String(out.reversed())
    }

    func signString(_ negative: Bool) -> String {
        if negative { return "-" }
        return sign == "+" ? "+" : (sign == " " ? " " : "")
    }

    func withZeroPadding() -> FormatSpec {
        var s = self
        if zero && align == nil { s.fill = "0"; s.align = "=" }
        return s
    }

    func formatInt(_ n: BigIntValue) throws(PyError) -> String {
        let t = type ?? "d"
        if "eEfFgG%".contains(t) { return try formatFloat(Numbers.bigToDouble(n)) }
        if precision != nil { throw .value("Precision not allowed in integer format specifier") }
        let mag = n.magnitude
        var digits: String
        var prefix = ""
        switch t {
        case "d", "n": digits = String(mag)
        case "x": digits = String(mag, radix: 16); prefix = alternate ? "0x" : ""
        case "X": digits = String(mag, radix: 16).uppercased(); prefix = alternate ? "0X" : ""
        case "o": digits = String(mag, radix: 8); prefix = alternate ? "0o" : ""
        case "b": digits = String(mag, radix: 2); prefix = alternate ? "0b" : ""
        case "c":
            guard let u = Unicode.Scalar(UInt32(mag)) else { throw .overflow("%c arg not in range(0x110000)") }
            return pad(String(Character(u)), numeric: false)
        default: throw .value("Unknown format code '\(t)' for object of type 'int'")
        }
        if let g = grouping { digits = FormatSpec.group(digits, g, every: t == "d" || t == "n" ? 3 : 4) }
        let s = withZeroPadding()
        if s.fill == "0" && s.align == "=" && grouping != nil {
            let sgn = signString(n.sign == .minus) + prefix
            var body = digits
            let sepEvery = t == "d" || t == "n" ? 3 : 4
            while sgn.count + body.count < width {
                let raw = body.filter { $0 != grouping! }
                let next = "0" + raw
                body = FormatSpec.group(next, grouping!, every: sepEvery)
                if sgn.count + body.count > width { body = String(body.dropFirst(body.count + sgn.count - width)); break }
            }
            return sgn + body
        }
        return s.pad(digits, numeric: true, signPrefix: signString(n.sign == .minus) + prefix)
    }

    func formatFloat(_ d: Double) throws(PyError) -> String {
        let t = type
        let negative = d < 0 || (d == 0 && d.sign == .minus)
        let a = abs(d)
        var body: String
        if a.isNaN || a.isInfinite {
            body = a.isNaN ? "nan" : "inf"
            if t == "E" || t == "F" || t == "G" { body = body.uppercased() }
        } else {
            switch t {
            case "f", "F": body = FormatSpec.fixed(a, precision ?? 6, alternate)
            case "e", "E":
                body = FormatSpec.exponent(a, precision ?? 6, alternate)
                if t == "E" { body = body.uppercased() }
            case "%": body = FormatSpec.fixed(a * 100, precision ?? 6, alternate) + "%"
            case "g", "G": 
                body = FormatSpec.general(a, precision ?? 6, alternate)
                if t == "G" { body = body.uppercased() }
            case nil:
                if let p = precision {
                    body = FormatSpec.general(a, p, alternate, noType: true)
                } else {
                    body = pyFloatRepr(a)
                }
            case "n": body = FormatSpec.general(a, precision ?? 6, alternate)
            default: throw .value("Unknown format code '\(t!)' for object of type 'float'")
            }
        }
        if let g = grouping {
            let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let intPart = String(parts[0])
            if intPart.allSatisfy({ $0.isNumber }) {
                body = FormatSpec.group(intPart, g) + (parts.count > 1 ? "." + parts[1] : "")
            }
        }
        return withZeroPadding().pad(body, numeric: true, signPrefix: signString(negative))
    }

    static func fixed(_ a: Double, _ p: Int, _ alt: Bool) -> String {
        var buf = [CChar](repeating: 0, count: 400 + p)
        _ = withVaList([a]) { vsnprintf(&buf, buf.count, "%.\(p)f", $0) }
        var s = String(cString: buf)
        if alt && p == 0 { s += "." }
        return s
    }

    static func exponent(_ a: Double, _ p: Int, _ alt: Bool) -> String {
        var buf = [CChar](repeating: 0, count: 100 + p)
        _ = withVaList([a]) { vsnprintf(&buf, buf.count, alt ? "%#.\(p)e" : "%.\(p)e", $0) }
        return String(cString: buf)
    }

    static func general(_ a: Double, _ p0: Int, _ alt: Bool, noType: Bool = false) -> String {
        let p = p0 == 0 ? 1 : p0
        if a == 0 {
            return noType ? "0.0" : (alt ? "0." + String(repeating: "0", count: p - 1) : "0")
        }
        let exp = Int(floor(log10(a)))
        // Decide by the exponent after rounding to p significant digits.
        let rounded = exponent(a, p - 1, false)
        let e = Int(rounded.split(separator: "e")[1])!
        _ = exp
        var s: String
        if e >= -4 && e < p {
            s = fixed(a, max(p - 1 - e, 0), alt)
            if !alt && s.contains(".") {
                while s.hasSuffix("0") { s.removeLast() }
                if s.hasSuffix(".") { s.removeLast() }
            }
            if noType && !s.contains(".") { s += ".0" }
        } else {
            var mant = String(rounded.split(separator: "e")[0])
            if !alt && mant.contains(".") {
                while mant.hasSuffix("0") { mant.removeLast() }
                if mant.hasSuffix(".") { mant.removeLast() }
            }
            let sign = e < 0 ? "-" : "+"
            s = mant + "e" + sign + String(abs(e)).leftPadded(to: 2)
        }
        return s
    }
}
