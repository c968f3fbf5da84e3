// Text codecs for str.encode / bytes.decode / str(b, encoding): utf-8, ascii, latin-1,
// utf-16 and utf-32 (with endianness variants), with CPython's error handlers and
// UnicodeEncodeError / UnicodeDecodeError messages.

import CSupport

enum Codecs {
    enum Kind { case utf8, utf8sig, ascii, latin1, utf16(big: Bool?), utf32(big: Bool?) }

    /// Normalize an encoding name the way encodings.normalize_encoding + aliases do.
    static func lookup(_ name: String) throws(PyError) -> (Kind, String) {
        // encodings.normalize_encoding: runs of punctuation become one '_', ends stripped.
        var n = ""
        var punct = false
        for ch in name.unicodeScalars {
            if ch.properties.isAlphabetic || ch.properties.numericType != nil || ch == "." {
                if punct && !n.isEmpty { n += "_" }
                if ch.isASCII { n.unicodeScalars.append(ch) }
                punct = false
            } else {
                punct = true
            }
        }
        n = n.lowercased()
        switch n {
        case "utf_8_sig", "utf8_sig": return (.utf8sig, "utf-8-sig")
        case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001": return (.utf8, "utf-8")
        case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
             "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
            return (.ascii, "ascii")
        case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "iso8859", "8859", "cp819", "iso_ir_100",
             "iso_8859_1_1987", "ibm819", "csisolatin1":
            return (.latin1, "latin-1")
        case "utf_16", "utf16", "u16": return (.utf16(big: nil), "utf-16")
        case "utf_16_le", "utf_16le", "utf16le", "unicodelittleunmarked": return (.utf16(big: false), "utf-16-le")
        case "utf_16_be", "utf_16be", "utf16be", "unicodebigunmarked": return (.utf16(big: true), "utf-16-be")
        case "utf_32", "utf32", "u32": return (.utf32(big: nil), "utf-32")
        case "utf_32_le", "utf_32le", "utf32le": return (.utf32(big: false), "utf-32-le")
        case "utf_32_be", "utf_32be", "utf32be": return (.utf32(big: true), "utf-32-be")
        default: throw PyError(qk_exc.LookupError, "unknown encoding: \(name)")
        }
    }

    static let knownHandlers: Set<String> = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                                             "xmlcharrefreplace", "surrogatepass", "namereplace"]

    static func charRepr(_ c: UInt32) -> String {
        if c < 0x100 { return "\\x" + hex(c, 2) }
        if c < 0x10000 { return "\\u" + hex(c, 4) }
        return "\\U" + hex(c, 8)
    }

    static func hex(_ v: UInt32, _ digits: Int) -> String {
        let s = String(v, radix: 16)
        return s.count >= digits ? s : String(repeating: "0", count: digits - s.count) + s
    }

    static func encodeError(_ enc: String, _ cps: [UInt32], _ start: Int, _ end: Int, _ reason: String) -> PyError {
        let msg: String
        if end - start == 1 {
            msg = "'\(enc)' codec can't encode character '\(charRepr(cps[start]))' in position \(start): \(reason)"
        } else {
            msg = "'\(enc)' codec can't encode characters in position \(start)-\(end - 1): \(reason)"
        }
        return unicodeError(qk_exc.UnicodeEncodeError, msg,
                            [Str.make(enc), Str.make(codePoints: cps), .int(start), .int(end), Str.make(reason)])
    }

    static func decodeError(_ enc: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PyError {
        let msg: String
        if end - start == 1 {
            msg = "'\(enc)' codec can't decode byte 0x\(hex(UInt32(bytes[start]), 2)) in position \(start): \(reason)"
        } else {
            msg = "'\(enc)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
        }
        return unicodeError(qk_exc.UnicodeDecodeError, msg,
                            [Str.make(enc), Bytes.make(bytes), .int(start), .int(end), Str.make(reason)])
    }

    static func unicodeError(_ type: TypePtr, _ msg: String, _ args: [Value]) -> PyError {
        let e = Exceptions.make(type, args: args)
        if let d = Ops.instanceDict(e) {
            Dict.setStr(d, "_str", Str.make(msg))
            for (k, v) in zip(["encoding", "object", "start", "end", "reason"], args) { Dict.setStr(d, k, v) }
        }
        return PyError(e)
    }

    static func unknownHandler(_ errors: String) -> PyError {
        PyError(qk_exc.LookupError, "unknown error handler name '\(errors)'")
    }

    // MARK: Encoding

    static func encode(_ cps: [UInt32], _ encoding: String, _ errors: String) throws(PyError) -> [UInt8] {
        let (kind, enc) = try lookup(encoding)
        var out: [UInt8] = []
        out.reserveCapacity(cps.count)
        let limit: UInt32
        switch kind {
        case .ascii: limit = 0x80
        case .latin1: limit = 0x100
        case .utf8: limit = 0x110000
        case .utf8sig:
            out += [0xef, 0xbb, 0xbf]
            return out + (try encode(cps, "utf-8", errors))
        case .utf16(let big):
            if big == nil { out += [0xff, 0xfe] }
            let be = big ?? false
            var i = 0
            while i < cps.count {
                let c = cps[i]
                if c >= 0xd800 && c < 0xe000 {
                    var j = i + 1
                    while j < cps.count && cps[j] >= 0xd800 && cps[j] < 0xe000 { j += 1 }
                    try encodeFailure(enc, cps, i, j, "surrogates not allowed", errors, &out) { (b: UInt32, o: inout [UInt8]) in
                        put16(b, be, &o)
                    }
                    i = j
                    continue
                }
                if c >= 0x10000 {
                    let v = c - 0x10000
                    put16(0xd800 | (v >> 10), be, &out)
                    put16(0xdc00 | (v & 0x3ff), be, &out)
                } else {
                    put16(c, be, &out)
                }
                i += 1
            }
            return out
        case .utf32(let big):
            if big == nil { out += [0xff, 0xfe, 0, 0] }
            let be = big ?? false
            var i = 0
            while i < cps.count {
                let c = cps[i]
                if c >= 0xd800 && c < 0xe000 {
                    var j = i + 1
                    while j < cps.count && cps[j] >= 0xd800 && cps[j] < 0xe000 { j += 1 }
                    try encodeFailure(enc, cps, i, j, "surrogates not allowed", errors, &out) { (b: UInt32, o: inout [UInt8]) in
                        put32(b, be, &o)
                    }
                    i = j
                    continue
                }
                put32(c, be, &out)
                i += 1
            }
            return out
        }
        var i = 0
        while i < cps.count {
            let c = cps[i]
            let bad = c >= limit || (limit == 0x110000 && c >= 0xd800 && c < 0xe000)
            if !bad {
                if c < 0x80 || limit == 0x100 {
                    out.append(UInt8(c))
                } else {
                    utf8(c, &out)
                }
                i += 1
                continue
            }
            var j = i + 1
            if limit == 0x110000 {
                while j < cps.count && cps[j] >= 0xd800 && cps[j] < 0xe000 { j += 1 }
            } else {
                while j < cps.count && cps[j] >= limit { j += 1 }
            }
            let reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(\(limit))"
            try encodeFailure(enc, cps, i, j, reason, errors, &out) { (b: UInt32, o: inout [UInt8]) in
                if b < 0x80 || limit == 0x100 { o.append(UInt8(truncatingIfNeeded: b)) } else { utf8(b, &o) }
            }
            i = j
        }
        return out
    }

    static func put16(_ c: UInt32, _ be: Bool, _ out: inout [UInt8]) {
        let a = UInt8(truncatingIfNeeded: c >> 8), b = UInt8(truncatingIfNeeded: c)
        if be { out += [a, b] } else { out += [b, a] }
    }

    static func put32(_ c: UInt32, _ be: Bool, _ out: inout [UInt8]) {
        let bs = [UInt8(truncatingIfNeeded: c >> 24), UInt8(truncatingIfNeeded: c >> 16), UInt8(truncatingIfNeeded: c >> 8), UInt8(truncatingIfNeeded: c)]
        out += be ? bs : bs.reversed()
    }

    /// Apply the error handler to the unencodable run cps[start..<end]; `emit` encodes one
    /// replacement code point.
    static func encodeFailure(_ enc: String, _ cps: [UInt32], _ start: Int, _ end: Int, _ reason: String, _ errors: String,
                              _ out: inout [UInt8], _ emit: (UInt32, inout [UInt8]) -> Void) throws(PyError) {
        switch errors {
        case "strict": throw encodeError(enc, cps, start, end, reason)
        case "ignore": return
        case "replace": for _ in start..<end { emit(63, &out) }
        case "backslashreplace":
            for k in start..<end { for u in charRepr(cps[k]).unicodeScalars { emit(u.value, &out) } }
        case "xmlcharrefreplace":
            for k in start..<end {
                let c = cps[k]
                if c >= 0xd800 && c < 0xe000 { throw encodeError(enc, cps, k, k + 1, reason) }
                for u in "&#\(c);".unicodeScalars { emit(u.value, &out) }
            }
        case "surrogateescape":
            for k in start..<end {
                let c = cps[k]
                guard c >= 0xdc80 && c <= 0xdcff else { throw encodeError(enc, cps, k, k + 1, reason) }
                out.append(UInt8(c - 0xdc00))
            }
        case "surrogatepass":
            for k in start..<end {
                let c = cps[k]
                guard c >= 0xd800 && c < 0xe000, enc.hasPrefix("utf") else { throw encodeError(enc, cps, k, k + 1, reason) }
                if enc == "utf-8" { utf8(c, &out) } else { emit(c, &out) }
            }
        case "namereplace":
            for k in start..<end {
                let c = cps[k]
                if let u = Unicode.Scalar(c), let name = u.properties.name {
                    for x in "\\N{\(name)}".unicodeScalars { emit(x.value, &out) }
                } else {
                    for x in charRepr(c).unicodeScalars { emit(x.value, &out) }
                }
            }
        default: throw unknownHandler(errors)
        }
    }

    @inline(__always) static func utf8(_ c: UInt32, _ out: inout [UInt8]) {
        if c < 0x80 {
            out.append(UInt8(c))
        } else if c < 0x800 {
            out.append(UInt8(0xc0 | (c >> 6)))
            out.append(UInt8(0x80 | (c & 0x3f)))
        } else if c < 0x10000 {
            out.append(UInt8(0xe0 | (c >> 12)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3f)))
            out.append(UInt8(0x80 | (c & 0x3f)))
        } else {
            out.append(UInt8(0xf0 | (c >> 18)))
            out.append(UInt8(0x80 | ((c >> 12) & 0x3f)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3f)))
            out.append(UInt8(0x80 | (c & 0x3f)))
        }
    }

    // MARK: Decoding

    static func decode(_ bytes: [UInt8], _ encoding: String, _ errors: String) throws(PyError) -> [UInt32] {
        if bytes.isEmpty { return [] }
        let (kind, enc) = try lookup(encoding)
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count)
        switch kind {
        case .latin1:
            for b in bytes { out.append(UInt32(b)) }
        case .ascii:
            var i = 0
            while i < bytes.count {
                if bytes[i] < 0x80 { out.append(UInt32(bytes[i])); i += 1; continue }
                try decodeFailure(enc, bytes, i, i + 1, "ordinal not in range(128)", errors, &out)
                i += 1
            }
        case .utf8:
            try decodeUTF8(bytes, errors, &out)
        case .utf8sig:
            let body = bytes.count >= 3 && bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf ? Array(bytes[3...]) : bytes
            try decodeUTF8(body, errors, &out)
        case .utf16(let big):
            var be = big ?? false
            var i = 0
            if big == nil && bytes.count >= 2 {
                if bytes[0] == 0xff && bytes[1] == 0xfe { i = 2 } else if bytes[0] == 0xfe && bytes[1] == 0xff { i = 2; be = true }
            }
            func unit(_ k: Int) -> UInt32 {
                be ? UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1]) : UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k])
            }
            while i < bytes.count {
                if i + 1 >= bytes.count {
                    try decodeFailure(enc, bytes, i, bytes.count, "truncated data", errors, &out)
                    break
                }
                let u = unit(i)
                if u < 0xd800 || u >= 0xe000 { out.append(u); i += 2; continue }
                if u >= 0xdc00 {
                    try decodeFailure(enc, bytes, i, i + 2, "illegal encoding", errors, &out)
                    i += 2
                    continue
                }
                if i + 3 >= bytes.count {
                    try decodeFailure(enc, bytes, i, bytes.count, "unexpected end of data", errors, &out)
                    break
                }
                let l = unit(i + 2)
                if l >= 0xdc00 && l < 0xe000 {
                    out.append(0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00))
                    i += 4
                } else {
                    try decodeFailure(enc, bytes, i, i + 2, "illegal UTF-16 surrogate", errors, &out)
                    i += 2
                }
            }
        case .utf32(let big):
            var be = big ?? false
            var i = 0
            if big == nil && bytes.count >= 4 {
                if bytes[0] == 0xff && bytes[1] == 0xfe && bytes[2] == 0 && bytes[3] == 0 { i = 4 } else if bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xfe && bytes[3] == 0xff { i = 4; be = true }
            }
            while i < bytes.count {
                if i + 3 >= bytes.count {
                    try decodeFailure(enc, bytes, i, bytes.count, "truncated data", errors, &out)
                    break
                }
                let b0 = UInt32(bytes[i]), b1 = UInt32(bytes[i + 1]), b2 = UInt32(bytes[i + 2]), b3 = UInt32(bytes[i + 3])
                let c = be ? (b0 << 24 | b1 << 16 | b2 << 8 | b3) : (b3 << 24 | b2 << 16 | b1 << 8 | b0)
                if c >= 0x110000 || (c >= 0xd800 && c < 0xe000) {
                    try decodeFailure(enc, bytes, i, i + 4, c >= 0x110000 ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)", errors, &out)
                } else {
                    out.append(c)
                }
                i += 4
            }
        }
        return out
    }

    static func decodeFailure(_ enc: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String, _ errors: String,
                              _ out: inout [UInt32]) throws(PyError) {
        switch errors {
        case "strict": throw decodeError(enc, bytes, start, end, reason)
        case "ignore": return
        case "replace": out.append(0xfffd)
        case "backslashreplace":
            for k in start..<end { for u in "\\x\(hex(UInt32(bytes[k]), 2))".unicodeScalars { out.append(u.value) } }
        case "surrogateescape":
            for k in start..<end {
                guard bytes[k] >= 0x80 else { throw decodeError(enc, bytes, start, end, reason) }
                out.append(0xdc00 + UInt32(bytes[k]))
            }
        case "xmlcharrefreplace", "namereplace":
            throw PyError(qk_exc.TypeError, "don't know how to handle UnicodeDecodeError in error callback")
        case "surrogatepass":
            throw decodeError(enc, bytes, start, end, reason)
        default: throw unknownHandler(errors)
        }
    }

    @inline(__always) static func isCont(_ b: UInt8) -> Bool { b & 0xc0 == 0x80 }

    /// CPython's UTF-8 decoder, including its error ranges ("invalid start byte",
    /// "invalid continuation byte", "unexpected end of data").
    static func decodeUTF8(_ s: [UInt8], _ errors: String, _ out: inout [UInt32]) throws(PyError) {
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if c < 0x80 { out.append(UInt32(c)); i += 1; continue }
            // ret: 0 = unexpected end, 1 = invalid start, 2...4 = invalid continuation after ret-1 bytes.
            var ret = 0
            var decoded: UInt32? = nil
            var len = 0
            decode: do {
                if c < 0xc2 { ret = 1; break decode }
                if c < 0xe0 {
                    if n - i < 2 { ret = 0; break decode }
                    let c2 = s[i + 1]
                    if !isCont(c2) { ret = 2; break decode }
                    decoded = (UInt32(c) & 0x1f) << 6 | UInt32(c2 & 0x3f)
                    len = 2
                    break decode
                }
                if c < 0xf0 {
                    if n - i < 3 {
                        if n - i < 2 { ret = 0; break decode }
                        let c2 = s[i + 1]
                        if !isCont(c2) || (c2 < 0xa0 ? c == 0xe0 : c == 0xed) { ret = 2; break decode }
                        ret = 0
                        break decode
                    }
                    let c2 = s[i + 1], c3 = s[i + 2]
                    if !isCont(c2) { ret = 2; break decode }
                    if c == 0xe0 && c2 < 0xa0 { ret = 2; break decode }
                    if c == 0xed && c2 >= 0xa0 { ret = 2; break decode }
                    if !isCont(c3) { ret = 3; break decode }
                    decoded = (UInt32(c) & 0x0f) << 12 | UInt32(c2 & 0x3f) << 6 | UInt32(c3 & 0x3f)
                    len = 3
                    break decode
                }
                if c < 0xf5 {
                    if n - i < 4 {
                        if n - i < 2 { ret = 0; break decode }
                        let c2 = s[i + 1]
                        if !isCont(c2) || (c2 < 0x90 ? c == 0xf0 : c == 0xf4) { ret = 2; break decode }
                        if n - i < 3 { ret = 0; break decode }
                        if !isCont(s[i + 2]) { ret = 3; break decode }
                        ret = 0
                        break decode
                    }
                    let c2 = s[i + 1], c3 = s[i + 2], c4 = s[i + 3]
                    if !isCont(c2) { ret = 2; break decode }
                    if c == 0xf0 && c2 < 0x90 { ret = 2; break decode }
                    if c == 0xf4 && c2 >= 0x90 { ret = 2; break decode }
                    if !isCont(c3) { ret = 3; break decode }
                    if !isCont(c4) { ret = 4; break decode }
                    decoded = (UInt32(c) & 0x07) << 18 | UInt32(c2 & 0x3f) << 12 | UInt32(c3 & 0x3f) << 6 | UInt32(c4 & 0x3f)
                    len = 4
                    break decode
                }
                ret = 1
            }
            if let d = decoded {
                out.append(d)
                i += len
                continue
            }
            let start = i, end: Int, reason: String
            switch ret {
            case 0: end = n; reason = "unexpected end of data"
            case 1: end = i + 1; reason = "invalid start byte"
            default: end = i + ret - 1; reason = "invalid continuation byte"
            }
            if errors == "surrogatepass" && c == 0xed && n - i >= 3 && s[i + 1] >= 0xa0 && s[i + 1] <= 0xbf && isCont(s[i + 2]) {
                out.append((UInt32(c) & 0x0f) << 12 | UInt32(s[i + 1] & 0x3f) << 6 | UInt32(s[i + 2] & 0x3f))
                i += 3
                continue
            }
            try decodeFailure("utf-8", s, start, end, reason, errors, &out)
            i = end
        }
    }
}
