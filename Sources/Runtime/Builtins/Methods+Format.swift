// str.format / str.format_map (Objects/stringlib/unicode_format.h) and printf-style
// formatting for str and bytes (PyUnicode_Format, _PyBytes_FormatEx), with CPython's
// parsing rules and error messages.

import CSupport
import QuickenCompiler

/// str.format and str.format_map.
enum StrFormat {
    struct AutoNumber {
        var state = 0      // 0 init, 1 auto, 2 manual
        var next = 0
    }

    struct Source {
        var positional: [Value]?   // nil for format_map
        var mapping: Value?        // kwargs dict or the format_map mapping
        var keywords: [(String, Value)] = []
    }

    static func format(_ fmt: Value, _ a: Args) throws(PyError) -> Value {
        var src = Source(positional: a.positional, mapping: nil)
        src.keywords = a.keywords
        var auto = AutoNumber()
        return Str.make(codePoints: try build(Str.codePoints(fmt), &src, depth: 2, &auto))
    }

    static func formatMap(_ fmt: Value, _ mapping: Value) throws(PyError) -> Value {
        var src = Source(positional: nil, mapping: mapping)
        var auto = AutoNumber()
        return Str.make(codePoints: try build(Str.codePoints(fmt), &src, depth: 2, &auto))
    }

    typealias Piece = (literal: [UInt32], field: [UInt32]?, spec: [UInt32]?, conversion: UInt32?)

    /// MarkupIterator: literal text and replacement fields (the parse behind string.Formatter too).
    static func parse(_ s: [UInt32]) throws(PyError) -> [Piece] {
        var pieces: [Piece] = []
        let n = s.count
        var i = 0
        while i < n {
            var lit: [UInt32] = []
            var c: UInt32 = 0
            var markup = false
            while i < n {
                c = s[i]
                i += 1
                if c == 123 || c == 125 { markup = true; break }
                lit.append(c)
            }
            if !markup { pieces.append((lit, nil, nil, nil)); break }
            let atEnd = i >= n
            if c == 125 && (atEnd || s[i] != 125) { throw .value("Single '}' encountered in format string") }
            if atEnd && c == 123 { throw .value("Single '{' encountered in format string") }
            if s[i] == c {
                lit.append(c)
                i += 1
                pieces.append((lit, nil, nil, nil))
                continue
            }
            let nameStart = i
            var term: UInt32 = 0
            scan: while i < n {
                let fc = s[i]
                i += 1
                switch fc {
                case 123: throw .value("unexpected '{' in field name")
                case 91:
                    while i < n && s[i] != 93 { i += 1 }
                    continue scan
                case 125, 58, 33:
                    term = fc
                    break scan
                default: continue scan
                }
            }
            if term == 0 { throw .value("expected '}' before end of string") }
            let name = Array(s[nameStart..<(i - 1)])
            var conversion: UInt32? = nil
            var spec: [UInt32] = []
            if term == 33 || term == 58 {
                var needSpec = true
                if term == 33 {
                    if i >= n { throw .value("end of string while looking for conversion specifier") }
                    conversion = s[i]
                    i += 1
                    if i < n {
                        let c2 = s[i]
                        i += 1
                        if c2 == 125 { needSpec = false } else if c2 != 58 { throw .value("expected ':' after conversion specifier") }
                    }
                }
                if needSpec {
                    let specStart = i
                    var count = 1
                    var closed = false
                    while i < n {
                        let c3 = s[i]
                        i += 1
                        if c3 == 123 { count += 1 } else if c3 == 125 {
                            count -= 1
                            if count == 0 { spec = Array(s[specStart..<(i - 1)]); closed = true; break }
                        }
                    }
                    if !closed { throw .value("unmatched '{' in format spec") }
                }
            }
            pieces.append((lit, name, spec, conversion))
        }
        return pieces
    }

    static func build(_ s: [UInt32], _ src: inout Source, depth: Int, _ auto: inout AutoNumber) throws(PyError) -> [UInt32] {
        if depth <= 0 { throw .value("Max string recursion exceeded") }
        var out: [UInt32] = []
        for piece in try parse(s) {
            out += piece.literal
            guard let name = piece.field else { continue }
            var spec = piece.spec ?? []
            var obj = try fieldObject(name, &src, &auto)
            switch piece.conversion {
            case nil: break
            case 114: obj = try Ops.repr(obj)
            case 115: obj = try Ops.str(obj)
            case 97: obj = try Ops.ascii(obj)
            case let conversion?:
                let d = conversion > 32 && conversion < 127 ? String(UnicodeScalar(UInt8(conversion))) : "\\x" + String(conversion, radix: 16)
                throw .value("Unknown conversion specifier \(d)")
            }
            if spec.contains(123) { spec = try build(spec, &src, depth: depth - 1, &auto) }
            let r = try Ops.format(obj, spec.isEmpty ? Str.empty : Str.make(codePoints: spec))
            guard r.isObject && r.layout == QK_LAYOUT_STR else {
                throw .type("__format__ must return a str, not \(r.type.name)")
            }
            out += Str.codePoints(r)
        }
        return out
    }

    /// All-decimal-digits text as an index, or nil (-1 in CPython).
    static func integer(_ s: ArraySlice<UInt32>) throws(PyError) -> Int? {
        if s.isEmpty { return nil }
        var v = 0
        for c in s {
            guard let d = UChar.decimalValue(c) else { return nil }
            if v > (Int.max - d) / 10 { throw .value("Too many decimal digits in format string") }
            v = v * 10 + d
        }
        return v
    }

    static func fieldObject(_ name: [UInt32], _ src: inout Source, _ auto: inout AutoNumber) throws(PyError) -> Value {
        var k = 0
        while k < name.count && name[k] != 46 && name[k] != 91 { k += 1 }
        let first = name[0..<k]
        var index = try integer(first)
        let empty = first.isEmpty
        if empty || index != nil {
            if auto.state == 0 { auto.state = empty ? 1 : 2 }
            if auto.state == 2 && empty {
                throw .value("cannot switch from manual field specification to automatic field numbering")
            }
            if auto.state == 1 && !empty {
                throw .value("cannot switch from automatic field numbering to manual field specification")
            }
            if empty { index = auto.next; auto.next += 1 }
        }
        var obj: Value
        if let idx = index {
            guard let pos = src.positional else { throw .value("Format string contains positional fields") }
            guard idx < pos.count else { throw .index("Replacement index \(idx) out of range for positional args tuple") }
            obj = pos[idx]
        } else {
            let key = Str.make(codePoints: Array(first))
            if let m = src.mapping {
                obj = try Ops.getItem(m, key)
            } else {
                let ks = Str.swift(key)
                guard let v = src.keywords.first(where: { $0.0 == ks })?.1 else { throw PyError.key(key) }
                obj = v
            }
        }
        // The rest: .attr and [item] accessors.
        while k < name.count {
            let c = name[k]
            k += 1
            if c == 46 {
                let st = k
                while k < name.count && name[k] != 46 && name[k] != 91 { k += 1 }
                if st == k { throw .value("Empty attribute in format string") }
                obj = try Ops.getAttr(obj, Str.intern(Str.make(codePoints: Array(name[st..<k]))))
            } else if c == 91 {
                let st = k
                while k < name.count && name[k] != 93 { k += 1 }
                if k >= name.count { throw .value("Missing ']' in format string") }
                let item = name[st..<k]
                k += 1
                if item.isEmpty { throw .value("Empty attribute in format string") }
                if let idx = try integer(item) {
                    obj = try Ops.getItem(obj, .int(idx))
                } else {
                    obj = try Ops.getItem(obj, Str.make(codePoints: Array(item)))
                }
            } else {
                throw .value("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return obj
    }
}

/// printf-style formatting: `str % args` and `bytes % args`.
enum PercentFormat {
    /// PyMapping_Check minus the types each formatter excludes (tuple; str for str %, bytes-likes for bytes %).
    static func isMapping(_ v: Value, bytes: Bool) -> Bool {
        guard v.isObject else { return false }
        switch v.layout {
        case QK_LAYOUT_TUPLE: return false
        case QK_LAYOUT_STR: return bytes
        case QK_LAYOUT_BYTES: return !bytes
        case QK_LAYOUT_DICT, QK_LAYOUT_LIST, QK_LAYOUT_RANGE: return true
        default:
            if ByteArray.isByteArray(v) { return !bytes }
            return Ops.userMethod(v.type, Str.intern("__getitem__")) != nil
        }
    }

    static func format(_ fmt: [UInt32], _ args: Value, bytes: Bool) throws(PyError) -> [UInt32] {
        let dict: Value? = isMapping(args, bytes: bytes) ? args : nil
        var cur = args
        var argIdx: Int, argLen: Int
        if args.isObject && args.layout == QK_LAYOUT_TUPLE {
            argLen = Tuple.count(args)
            argIdx = 0
        } else {
            argLen = -1
            argIdx = -2
        }
        func next() throws(PyError) -> Value {
            if argIdx < argLen {
                let i = argIdx
                argIdx += 1
                if argLen < 0 { return cur }
                return Tuple.items(cur)[i]
            }
            throw .type("not enough arguments for format string")
        }
        var out: [UInt32] = []
        out.reserveCapacity(fmt.count)
        let n = fmt.count
        var i = 0
        while i < n {
            let c0 = fmt[i]
            if c0 != 37 {
                out.append(c0)
                i += 1
                continue
            }
            let startIndex = i
            i += 1
            if i >= n { throw .value("incomplete format") }
            if fmt[i] == 37 { out.append(37); i += 1; continue }
            if fmt[i] == 40 {
                guard let d = dict else { throw .type("format requires a mapping") }
                i += 1
                var depth = 1
                let ks = i
                while i < n && depth > 0 {
                    if fmt[i] == 41 { depth -= 1 } else if fmt[i] == 40 { depth += 1 }
                    i += 1
                }
                if depth > 0 { throw .value("incomplete format key") }
                let keyCps = Array(fmt[ks..<(i - 1)])
                let key = bytes ? Bytes.make(keyCps.map { UInt8(truncatingIfNeeded: $0) }) : Str.make(codePoints: keyCps)
                cur = try Ops.getItem(d, key)
                argIdx = -2
                argLen = -1
            }
            var ljust = false, plus = false, blank = false, alt = false, zero = false
            flags: while i < n {
                switch fmt[i] {
                case 45: ljust = true
                case 43: plus = true
                case 32: blank = true
                case 35: alt = true
                case 48: zero = true
                default: break flags
                }
                i += 1
            }
            var width = -1
            if i < n && fmt[i] == 42 {
                let v = try next()
                guard Ints.isInt(v) else { throw .type("* wants int") }
                guard let w = Ints.exact(v), abs(w) < Int.max / 4 else { throw .overflow("Python int too large to convert to C ssize_t") }
                width = w
                if width < 0 { ljust = true; width = -width }
                i += 1
            } else {
                while i < n, fmt[i] >= 48 && fmt[i] <= 57 {
                    let d = Int(fmt[i] - 48)
                    if width < 0 { width = 0 }
                    if width > (Int.max / 4 - d) / 10 { throw .value("width too big") }
                    width = width * 10 + d
                    i += 1
                }
            }
            var prec = -1
            if i < n && fmt[i] == 46 {
                prec = 0
                i += 1
                if i < n && fmt[i] == 42 {
                    let v = try next()
                    guard Ints.isInt(v) else { throw .type("* wants int") }
                    guard let p = Ints.exact(v), abs(p) <= Int(Int32.max) else { throw .overflow("Python int too large to convert to C int") }
                    prec = max(0, p)
                    i += 1
                } else {
                    while i < n, fmt[i] >= 48 && fmt[i] <= 57 {
                        let d = Int(fmt[i] - 48)
                        if prec > (Int(Int32.max) - d) / 10 { throw .value("precision too big") }
                        prec = prec * 10 + d
                        i += 1
                    }
                }
            }
            if i < n && (fmt[i] == 104 || fmt[i] == 108 || fmt[i] == 76) { i += 1 }
            if i >= n { throw .value("incomplete format") }
            let conv = fmt[i]
            i += 1
            let v = try next()
            var body: [UInt32]
            var numeric = false
            switch conv {
            case 115, 114, 97, 98:  // s r a b
                if bytes {
                    if conv == 115 || conv == 98 {
                        body = try bytesArg(v).map { UInt32($0) }
                    } else {
                        body = Str.codePoints(try Ops.ascii(v))
                    }
                } else {
                    if conv == 98 { throw unsupported(conv, i - 1) }
                    let s: Value = conv == 115 ? try Ops.str(v) : (conv == 114 ? try Ops.repr(v) : try Ops.ascii(v))
                    body = Str.codePoints(s)
                }
                if prec >= 0 && body.count > prec { body = Array(body[0..<prec]) }
            case 99:  // c
                body = [try charArg(v, bytes: bytes)]
            case 100, 105, 117, 111, 120, 88:  // d i u o x X
                numeric = true
                let n = try intArg(v, conv)
                let (negative, magnitude) = try Ints.signedDigits(n, radix: conv == 111 ? 8 : (conv == 120 || conv == 88 ? 16 : 10),
                                                                   uppercase: conv == 88)
                var digits = magnitude
                if prec > digits.utf8.count { digits = String(repeating: "0", count: prec - digits.utf8.count) + digits }
                var s = negative ? "-" : ""
                if alt && (conv == 111 || conv == 120 || conv == 88) {
                    s += conv == 111 ? "0o" : (conv == 120 ? "0x" : "0X")
                }
                body = FormatSpec.ascii(s + digits)
            case 101, 69, 102, 70, 103, 71:  // e E f F g G
                numeric = true
                let d = try floatArg(v)
                body = FormatSpec.ascii(FloatFormat.toString(d, type: conv, precision: prec < 0 ? 6 : prec, alt: alt, addDot0: false))
            default:
                throw unsupported(conv, i - 1)
            }
            _ = startIndex
            out += output(body, numeric: numeric, conv: conv, width: width, ljust: ljust, plus: plus, blank: blank, alt: alt,
                          zero: zero)
        }
        if argIdx < argLen && dict == nil {
            throw .type(bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting")
        }
        return out
    }

    static func unsupported(_ c: UInt32, _ at: Int) -> PyError {
        let ch = c < 128 && c >= 32 ? String(UnicodeScalar(UInt8(c))) : (Unicode.Scalar(c).map { String(Character($0)) } ?? "?")
        return .value("unsupported format character '\(ch)' (0x\(String(c, radix: 16))) at index \(at)")
    }

    /// unicode_format_arg_output: sign, alternate prefix, zero or space padding.
    static func output(_ text: [UInt32], numeric: Bool, conv: UInt32, width w0: Int, ljust: Bool, plus: Bool, blank: Bool,
                       alt: Bool, zero: Bool) -> [UInt32] {
        var body = text
        var width = w0
        var out: [UInt32] = []
        let fill: UInt32 = numeric && zero && !ljust ? 48 : 32
        var sign: UInt32? = nil
        if numeric {
            if let f = body.first, f == 45 || f == 43 {
                sign = f
                body.removeFirst()
            } else if plus {
                sign = 43
            } else if blank {
                sign = 32
            }
        }
        var prefix: [UInt32] = []
        if numeric && alt && (conv == 120 || conv == 88 || conv == 111) && body.count >= 2 && body[0] == 48 {
            prefix = Array(body[0..<2])
            body.removeFirst(2)
        }
        let len = body.count + (sign == nil ? 0 : 1) + prefix.count
        if width < len { width = len }
        let pad = width - len
        if fill == 48 {
            if let s = sign { out.append(s) }
            out += prefix
            if pad > 0 { out += [UInt32](repeating: 48, count: pad) }
            out += body
            return out
        }
        if !ljust && pad > 0 { out += [UInt32](repeating: 32, count: pad) }
        if let s = sign { out.append(s) }
        out += prefix
        out += body
        if ljust && pad > 0 { out += [UInt32](repeating: 32, count: pad) }
        return out
    }

    static func bytesArg(_ v: Value) throws(PyError) -> [UInt8] {
        if v.isObject && v.layout == QK_LAYOUT_BYTES { return Bytes.array(v) }
        if let b = try Bytes.bufferBytes(v) { return b }
        if let m = Ops.userMethod(v.type, Str.intern("__bytes__")) {
            let r = try Ops.callMethod(m, v, [])
            if r.isObject && r.layout == QK_LAYOUT_BYTES { return Bytes.array(r) }
            throw .type("__bytes__ returned non-bytes (type \(r.type.name))")
        }
        throw .type("%b requires a bytes-like object, or an object that implements __bytes__, not '\(v.type.name)'")
    }

    static func charArg(_ v: Value, bytes: Bool) throws(PyError) -> UInt32 {
        if bytes {
            if v.isObject && v.layout == QK_LAYOUT_BYTES && Bytes.count(v) == 1 { return UInt32(Bytes.data(v)[0]) }
            if let b = try Bytes.bufferBytes(v), b.count == 1 { return UInt32(b[0]) }
            guard Ints.isInt(v) || Ops.userMethod(v.type, Names.__index__) != nil else {
                throw .type("%c requires an integer in range(256) or a single byte")
            }
            let i = try StrArgs.index(v)
            guard i >= 0 && i < 256 else { throw .overflow("%c arg not in range(256)") }
            return UInt32(i)
        }
        if v.isObject && v.layout == QK_LAYOUT_STR {
            guard Str.count(v) == 1 else { throw .type("%c requires int or char") }
            return Str.codePoint(v.ptr(QKStr.self), 0)
        }
        guard Ints.isInt(v) else { throw .type("%c requires int or char") }
        guard let i = Ints.exact(v), i >= 0 && i < 0x110000 else { throw .overflow("%c arg not in range(0x110000)") }
        return UInt32(i)
    }

    /// The int that %d/%x/... formats for `v`.
    static func intArg(_ v: Value, _ conv: UInt32) throws(PyError) -> Value {
        if Ints.isInt(v) { return v }
        let c = String(UnicodeScalar(UInt8(conv)))
        let hexLike = conv == 111 || conv == 120 || conv == 88
        if v.isDouble || (v.isObject && v.layout == QK_LAYOUT_FLOAT) {
            if hexLike { throw .type("%\(c) format: an integer is required, not \(v.type.name)") }
            let d = Numbers.toDouble(v) ?? 0
            if d.isNaN { throw .value("cannot convert float NaN to integer") }
            if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
            return Ints.make(BigIntValue(d.rounded(.towardZero)))
        }
        if let m = Ops.userMethod(v.type, Names.__index__) {
            let r = try Ops.callMethod(m, v, [])
            if Ints.isInt(r) { return r }
        }
        if !hexLike, let m = Ops.userMethod(v.type, Str.intern("__int__")) {
            let r = try Ops.callMethod(m, v, [])
            if Ints.isInt(r) { return r }
        }
        if hexLike { throw .type("%\(c) format: an integer is required, not \(v.type.name)") }
        throw .type("%\(c) format: a real number is required, not \(v.type.name)")
    }

    /// float(v) for an int or float (OverflowError for huge ints), nil for other types.
    static func realDouble(_ v: Value) throws(PyError) -> Double? {
        if v.isDouble { return v.double }
        if v.isSmallInt { return Double(v.smallInt) }
        guard v.isObject else { return nil }
        if Ints.isInt(v) {
            let d = Numbers.bigToDouble(Ints.big(v))
            if !d.isFinite { throw .overflow("int too large to convert to float") }
            return d
        }
        if v.layout == QK_LAYOUT_FLOAT { return Numbers.toDouble(v) }
        return nil
    }

    static func floatArg(_ v: Value) throws(PyError) -> Double {
        if let d = try realDouble(v) { return d }
        if let m = Ops.userMethod(v.type, Names.__float__) {
            let r = try Ops.callMethod(m, v, [])
            if let d = Numbers.toDouble(r), r.isDouble || r.layout == QK_LAYOUT_FLOAT { return d }
            throw .type("\(v.type.name).__float__ returned non-float (type \(r.type.name))")
        }
        if let m = Ops.userMethod(v.type, Names.__index__) {
            let r = try Ops.callMethod(m, v, [])
            if let d = try realDouble(r) { return d }
        }
        throw .type("must be real number, not \(v.type.name)")
    }
}

extension Strings {
    /// str % args (printf-style formatting).
    static func percentFormat(_ fmt: Value, _ args: Value) throws(PyError) -> Value {
        if let r = QuickFormat.percent(fmt, args) { return r }
        return Str.make(codePoints: try PercentFormat.format(Str.codePoints(fmt), args, bytes: false))
    }
}
