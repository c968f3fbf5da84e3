// String literals: decoding STRING tokens, parsing f-strings, implicit concatenation, and
// NUMBER tokens.

import BigInt

private enum StringPart {
    case str(String, SourceRange)
    case bytes([UInt8])
    case fstring([Expr])
}

extension PyParser {
    // MARK: concatenation

    /// `strings`: one or more adjacent STRING / f-string literals, concatenated as CPython's
    /// _PyPegen_concatenate_strings does.
    mutating func strings() throws(SyntaxError) -> Expr {
        let start = current
        var parts: [StringPart] = []
        var sawBytes = false, sawStr = false, sawF = false
        while true {
            if check(.string) {
                let t = advance()
                let part = try decodeStringToken(t)
                switch part {
                case .bytes: sawBytes = true
                case .str(let v, _): sawStr = true; parts.append(.str(v, tokRange(t))); continue
                default: break
                }
                parts.append(part)
            } else if check(.fstringStart) {
                parts.append(.fstring(try fstring()))
                sawF = true
            } else {
                break
            }
        }
        let range = rangeFrom(start)
        if sawBytes && (sawStr || sawF) {
            _ = peek()
            throw errorAtLast("cannot mix bytes and nonbytes literals", hard: true)
        }
        if sawBytes {
            var all: [UInt8] = []
            for case .bytes(let b) in parts { all += b }
            return Expr(.constant(.bytes(all)), range)
        }
        if !sawF {
            var s = ""
            for case .str(let x, _) in parts { s += x }
            return Expr(.constant(.str(s)), range)
        }
        // Flatten, merge adjacent constant pieces and drop empty ones. A merged constant spans
        // from its first piece to its last.
        var values: [Expr] = []
        var pending: (String, SourceRange)? = nil
        func add(_ s: String, _ r: SourceRange, _ pending: inout (String, SourceRange)?) {
            if let p = pending {
                pending = (p.0 + s, Self.span(p.1, r))
            } else {
                pending = (s, r)
            }
        }
        func flush(_ values: inout [Expr], _ pending: inout (String, SourceRange)?) {
            if let p = pending, !p.0.isEmpty {
                values.append(Expr(.constant(.str(p.0)), p.1))
            }
            pending = nil
        }
        for part in parts {
            switch part {
            case .str(let s, let r):
                add(s, r, &pending)
            case .fstring(let vals):
                for v in vals {
                    if case .constant(.str(let s)) = v.kind {
                        add(s, v.range, &pending)
                    } else {
                        flush(&values, &pending)
                        values.append(v)
                    }
                }
            case .bytes:
                break
            }
        }
        flush(&values, &pending)
        return Expr(.joinedStr(values), range)
    }

    // MARK: plain literals

    /// Splits a string token into prefix flags and the body's byte range.
    private func stringPrefix(_ t: Token) -> (isBytes: Bool, raw: Bool, bodyStart: Int, bodyEnd: Int) {
        let b = src.bytes
        var i = Int(t.start)
        var isBytes = false, raw = false
        while i < Int(t.end) && b[i] != 34 && b[i] != 39 {
            switch b[i] {
            case 98, 66: isBytes = true
            case 114, 82: raw = true
            default: break
            }
            i += 1
        }
        let q = b[i]
        let len = Int(t.end) - i
        let quoteSize = (len >= 6 && b[i + 1] == q && b[i + 2] == q) ? 3 : 1
        return (isBytes, raw, i + quoteSize, Int(t.end) - quoteSize)
    }

    private func decodeStringToken(_ t: Token) throws(SyntaxError) -> StringPart {
        let (isBytes, raw, s, e) = stringPrefix(t)
        if isBytes {
            var i = s
            while i < e {
                if src.bytes[i] >= 128 {
                    throw errorAtToken(t, "bytes can only contain ASCII literal characters", hard: true)
                }
                i += 1
            }
            if raw { return .bytes(Array(src.bytes[s..<e])) }
            return .bytes(try decodeBytesEscapes(s, e, token: t))
        }
        if raw { return .str(src.text(s, e), tokRange(t)) }
        return .str(try decodeEscapes(s, e, token: t), tokRange(t))
    }

    // MARK: escapes

    private func unicodeError(_ t: Token, _ start: Int, _ end: Int, _ msg: String) -> SyntaxError {
        errorAtToken(t, "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(end): \(msg)", hard: true)
    }

    /// Decodes the escapes of a str literal body. Positions in error messages count each
    /// non-ASCII character as 10 bytes, because CPython first rewrites them as `\UXXXXXXXX`.
    /// Lone surrogates (`"\ud800"`) cannot be held in a Swift String and become U+FFFD.
    func decodeEscapes(_ s: Int, _ e: Int, token t: Token) throws(SyntaxError) -> String {
        let b = src.bytes
        if !b[s..<e].contains(92) { return src.text(s, e) }
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        var i = s
        var vpos = 0  // position in CPython's rewritten buffer
        func appendScalar(_ v: UInt32, _ out: inout [UInt8]) {
            let scalar = Unicode.Scalar(v) ?? Unicode.Scalar(0xFFFD)!
            var buf: [UInt8] = []
            UTF8.encode(scalar) { buf.append($0) }
            out += buf
        }
        while i < e {
            let c = b[i]
            if c != 92 {
                out.append(c)
                if c >= 0xC0 { vpos += 10 } else if c < 0x80 { vpos += 1 }
                i += 1
                continue
            }
            let escStart = vpos
            i += 1
            vpos += 1
            if i >= e {
                out.append(92)
                break
            }
            let d = b[i]
            i += 1
            vpos += 1
            switch d {
            case 10: break
            case 92: out.append(92)
            case 39: out.append(39)
            case 34: out.append(34)
            case 97: out.append(7)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 118: out.append(11)
            case 48...55:
                var v = UInt32(d - 48)
                var n = 1
                while n < 3 && i < e && b[i] >= 48 && b[i] <= 55 {
                    v = v * 8 + UInt32(b[i] - 48)
                    i += 1
                    vpos += 1
                    n += 1
                }
                appendScalar(v, &out)
            case 120, 117, 85:
                let count = d == 120 ? 2 : (d == 117 ? 4 : 8)
                var v: UInt32 = 0
                var n = 0
                while n < count && i < e && isASCIIHexDigit(b[i]) {
                    v = v * 16 + UInt32(hexValue(b[i]))
                    i += 1
                    vpos += 1
                    n += 1
                }
                if n < count {
                    let what = d == 120 ? "truncated \\xXX escape" : (d == 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape")
                    throw unicodeError(t, escStart, vpos - 1, what)
                }
                if v > 0x10FFFF {
                    throw unicodeError(t, escStart, vpos - 1, "illegal Unicode character")
                }
                appendScalar(v, &out)
            case 78:  // \N{NAME}
                guard i < e && b[i] == 123 else {
                    throw unicodeError(t, escStart, vpos - 1, "malformed \\N character escape")
                }
                i += 1
                vpos += 1
                let nameStart = i
                while i < e && b[i] != 125 {
                    if b[i] >= 0xC0 { vpos += 10 } else if b[i] < 0x80 { vpos += 1 }
                    i += 1
                }
                if i >= e || i == nameStart {
                    if i < e { vpos += 1 }
                    throw unicodeError(t, escStart, vpos - 1, "malformed \\N character escape")
                }
                let name = src.text(nameStart, i)
                i += 1
                vpos += 1
                guard let scalar = unicodeScalar(named: name) else {
                    throw unicodeError(t, escStart, vpos - 1, "unknown Unicode character name")
                }
                appendScalar(scalar.value, &out)
            default:
                // Unknown escape: kept as written (CPython only warns).
                out.append(92)
                out.append(d)
                if d >= 0xC0 { vpos += 9 } else if d >= 0x80 { vpos -= 1 }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func decodeBytesEscapes(_ s: Int, _ e: Int, token t: Token) throws(SyntaxError) -> [UInt8] {
        let b = src.bytes
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        var i = s
        while i < e {
            let c = b[i]
            if c != 92 {
                out.append(c)
                i += 1
                continue
            }
            let escStart = i - s
            i += 1
            if i >= e {
                out.append(92)
                break
            }
            let d = b[i]
            i += 1
            switch d {
            case 10: break
            case 92: out.append(92)
            case 39: out.append(39)
            case 34: out.append(34)
            case 97: out.append(7)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 118: out.append(11)
            case 48...55:
                var v = Int(d - 48)
                var n = 1
                while n < 3 && i < e && b[i] >= 48 && b[i] <= 55 {
                    v = v * 8 + Int(b[i] - 48)
                    i += 1
                    n += 1
                }
                out.append(UInt8(v & 0xFF))
            case 120:
                if i + 1 < e + 0 && i + 1 <= e - 1 && isASCIIHexDigit(b[i]) && isASCIIHexDigit(b[i + 1]) {
                    out.append(UInt8(hexValue(b[i]) * 16 + hexValue(b[i + 1])))
                    i += 2
                } else {
                    throw errorAtToken(t, "(value error) invalid \\x escape at position \(escStart)", hard: true)
                }
            default:
                out.append(92)
                out.append(d)
            }
        }
        return out
    }

    // MARK: f-strings

    /// FSTRING_START (middle | replacement field)* FSTRING_END; returns the pieces.
    mutating func fstring() throws(SyntaxError) -> [Expr] {
        let start = advance()
        var raw = false
        var i = Int(start.start)
        while i < Int(start.end) {
            let c = src.bytes[i]
            if c == 114 || c == 82 { raw = true }
            i += 1
        }
        var values: [Expr] = []
        while true {
            switch peek() {
            case .fstringMiddle:
                let t = advance()
                let s = try decodeMiddle(t, raw: raw)
                if !s.isEmpty { values.append(Expr(.constant(.str(s)), tokRange(t))) }
            case .lbrace:
                values += try replacementField(raw: raw)
            case .fstringEnd:
                advance()
                return values
            default:
                throw invalidSyntax()
            }
        }
    }

    private func decodeMiddle(_ t: Token, raw: Bool) throws(SyntaxError) -> String {
        if raw { return src.text(Int(t.start), Int(t.end)) }
        return try decodeEscapes(Int(t.start), Int(t.end), token: t)
    }

    /// `fstring_replacement_field`, with the messages of CPython's invalid_replacement_field.
    private mutating func replacementField(raw: Bool) throws(SyntaxError) -> [Expr] {
        let lbrace = advance()
        switch peek() {
        case .equal: throw errorAtToken(current, "f-string: valid expression required before '='")
        case .exclamation: throw errorAtToken(current, "f-string: valid expression required before '!'")
        case .colon: throw errorAtToken(current, "f-string: valid expression required before ':'")
        case .rbrace: throw errorAtToken(current, "f-string: valid expression required before '}'")
        default: break
        }
        if !(peek().startsExpression || check(.star) || check(.kwYield)) {
            throw errorAtToken(current, "f-string: expecting a valid expression after '{'")
        }
        let afterBrace = current
        let value: Expr
        do throws(SyntaxError) {
            value = check(.kwYield) ? try yieldExpr() : try starExpressions()
        } catch {
            if isSoftFailure(error) { throw errorAtToken(afterBrace, "f-string: expecting a valid expression after '{'") }
            throw error
        }
        var debugText: String? = nil
        var debugEnd = lbrace
        if check(.equal) {
            advance()
            debugText = stripComments(src.text(Int(lbrace.end), Int(current.start)))
            debugEnd = current
            if !(check(.exclamation) || check(.colon) || check(.rbrace)) {
                throw errorAtToken(current, "f-string: expecting '!', or ':', or '}'")
            }
        }
        var conversion = -1
        var convTok: Token? = nil
        if check(.exclamation) {
            let bang = advance()
            if check(.colon) || check(.rbrace) {
                throw errorAtToken(current, "f-string: missing conversion character")
            }
            guard check(.name) else {
                throw errorAtToken(current, "f-string: invalid conversion character")
            }
            let conv = advance()
            if bang.endLine != conv.line || bang.endCol != conv.col {
                throw errorAt(Self.span(tokRange(bang), tokRange(conv)),
                              "f-string: conversion type must come right after the exclamanation mark", hard: true)
            }
            convTok = conv
        } else if debugText == nil && !(check(.colon) || check(.rbrace)) {
            throw errorAtToken(current, "f-string: expecting '=', or '!', or ':', or '}'")
        }
        if !(check(.colon) || check(.rbrace)) {
            throw errorAtToken(current, "f-string: expecting ':' or '}'")
        }
        var formatSpec: Expr? = nil
        if check(.colon) {
            let colon = advance()
            var spec: [Expr] = []
            while true {
                if check(.fstringMiddle) {
                    let t = advance()
                    let s = try decodeMiddle(t, raw: raw)
                    if !s.isEmpty { spec.append(Expr(.constant(.str(s)), tokRange(t))) }
                } else if check(.lbrace) {
                    spec += try replacementField(raw: raw)
                } else {
                    break
                }
            }
            if !check(.rbrace) {
                throw errorAtToken(current, "f-string: expecting '}'")
            }
            formatSpec = Expr(.joinedStr(mergeConstants(spec)), rangeFrom(colon))
        }
        _ = try expect(.rbrace)
        if let conv = convTok {
            // Checked once the whole field has parsed, as CPython does.
            let s = text(conv)
            if s != "s" && s != "r" && s != "a" {
                throw errorAtToken(conv, "f-string: invalid conversion character \(pyRepr(s)): expected 's', 'r', or 'a'", hard: true)
            }
            conversion = Int(s.utf8.first!)
        }
        if conversion == -1 && debugText != nil && formatSpec == nil {
            conversion = 114  // 'r'
        }
        let fv = Expr(.formattedValue(value, conversion: conversion, formatSpec: formatSpec), rangeFrom(lbrace))
        if let d = debugText {
            let r = SourceRange(line: lbrace.endLine, column: lbrace.endCol, endLine: debugEnd.line, endColumn: debugEnd.col)
            return [Expr(.constant(.str(d)), r), fv]
        }
        return [fv]
    }

    /// CPython drops `#` comments from the text of a `{x=}` field (naively, even inside
    /// string literals), keeping the newlines.
    private func stripComments(_ s: String) -> String {
        guard s.contains("#") else { return s }
        var out = ""
        var skipping = false
        for ch in s {
            if skipping {
                if ch == "\n" { skipping = false; out.append(ch) }
            } else if ch == "#" {
                skipping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// Joins adjacent string constants (CPython merges the text before a nested `{x=}` with it).
    private func mergeConstants(_ values: [Expr]) -> [Expr] {
        var out: [Expr] = []
        for v in values {
            if case .constant(.str(let s)) = v.kind, let last = out.last, case .constant(.str(let p)) = last.kind {
                out[out.count - 1] = Expr(.constant(.str(p + s)), Self.span(last.range, v.range))
            } else {
                out.append(v)
            }
        }
        return out
    }

    // MARK: numbers

    /// The value of a NUMBER token (the tokenizer has already validated its form).
    func numberValue(_ t: Token) throws(SyntaxError) -> Constant {
        var digits: [UInt8] = []
        digits.reserveCapacity(Int(t.end - t.start))
        for i in Int(t.start)..<Int(t.end) where src.bytes[i] != 95 {
            digits.append(src.bytes[i])
        }
        let last = digits.last ?? 48
        if last == 106 || last == 74 {  // imaginary
            let s = String(decoding: digits.dropLast(), as: UTF8.self)
            return .imaginary(parseDouble(s))
        }
        if digits.count >= 2 && digits[0] == 48 {
            let radix: Int
            switch digits[1] {
            case 120, 88: radix = 16
            case 111, 79: radix = 8
            case 98, 66: radix = 2
            default: radix = 0
            }
            if radix != 0 {
                return .int(Self.powerOfTwoRadixValue(digits[2...], bitsPerDigit: radix == 16 ? 4 : (radix == 8 ? 3 : 1)))
            }
        }
        let isFloat = digits.contains { $0 == 46 || $0 == 101 || $0 == 69 }
        let s = String(decoding: digits, as: UTF8.self)
        if isFloat { return .float(parseDouble(s)) }
        if digits.count > 4300 {
            throw src.error(.syntaxError,
                            "Exceeds the limit (4300 digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                            line: Int(t.line), col: 0, rawOffset: 0, rawEnd: 0)
        }
        return .int(BigInt(s, radix: 10) ?? 0)
    }

    /// Hex/octal/binary digits packed straight into words: linear, unlike generic radix parsing.
    static func powerOfTwoRadixValue(_ digits: ArraySlice<UInt8>, bitsPerDigit: Int) -> BigInt {
        var words: [UInt] = []
        var word: UInt = 0
        var filled = 0
        for c in digits.reversed() {
            let v = UInt(hexValue(c))
            word |= v << UInt(filled)
            filled += bitsPerDigit
            if filled >= UInt.bitWidth {
                words.append(word)
                filled -= UInt.bitWidth
                word = filled > 0 ? v >> UInt(bitsPerDigit - filled) : 0
            }
        }
        if filled > 0 { words.append(word) }
        return BigInt(sign: .plus, magnitude: BigUInt(words: words))
    }

    private func parseDouble(_ s: String) -> Double {
        if let d = Double(s) { return d }
        // Forms like "1." or ".5e3" that Swift may not accept directly.
        var t = s
        if t.hasPrefix(".") { t = "0" + t }
        if let dot = t.firstIndex(of: ".") {
            let after = t.index(after: dot)
            if after == t.endIndex || !(t[after].isNumber) {
                t.insert("0", at: after)
            }
        }
        return Double(t) ?? 0
    }
}

@inline(__always) func hexValue(_ c: UInt8) -> Int {
    switch c {
    case 48...57: return Int(c - 48)
    case 97...102: return Int(c - 87)
    case 65...70: return Int(c - 55)
    default: return 0
    }
}

/// Python's repr() of a str, for messages and the AST dump.
func pyRepr(_ s: String) -> String {
    let useDouble = s.contains("'") && !s.contains("\"")
    let q: Unicode.Scalar = useDouble ? "\"" : "'"
    var out = ""
    out.unicodeScalars.append(q)
    for scalar in s.unicodeScalars {
        if scalar == "\\" {
            out += "\\\\"
        } else if scalar == "\n" {
            out += "\\n"
        } else if scalar == "\r" {
            out += "\\r"
        } else if scalar == "\t" {
            out += "\\t"
        } else if scalar == q {
            out += "\\"
            out.unicodeScalars.append(q)
        } else if scalar.value < 0x20 || scalar.value == 0x7F {
            out += "\\x" + hex2(scalar.value)
        } else if scalar.value < 0x7F || isPrintableScalar(scalar) {
            out.unicodeScalars.append(scalar)
        } else if scalar.value <= 0xFF {
            out += "\\x" + hex2(scalar.value)
        } else if scalar.value <= 0xFFFF {
            out += "\\u" + hexN(scalar.value, 4)
        } else {
            out += "\\U" + hexN(scalar.value, 8)
        }
    }
    out.unicodeScalars.append(q)
    return out
}

func hex2(_ v: UInt32) -> String { hexN(v, 2) }

func hexN(_ v: UInt32, _ n: Int) -> String {
    let h = String(v, radix: 16)
    return h.count >= n ? h : String(repeating: "0", count: n - h.count) + h
}
