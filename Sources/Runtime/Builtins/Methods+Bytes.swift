// Python-visible methods of bytes and bytearray (CPython 3.13 semantics and messages).
// Both types share one implementation over [UInt8]; results take the receiver's type.

import CSupport

enum BytesMethods {
    typealias B = [UInt8]

    static func recv(_ v: Value) -> B { ByteArray.isByteArray(v) ? ByteArray.array(v) : Bytes.array(v) }

    static func result(_ a: Args, _ b: B) -> Value {
        ByteArray.isByteArray(a.receiver) ? ByteArray.make(b) : Bytes.make(b)
    }

    /// The receiver unchanged: bytes returns itself (exact type), bytearray a copy.
    static func same(_ a: Args) -> Value {
        if a.receiver.isExactly(Types.bytes) { return a.receiver }
        return result(a, recv(a.receiver))
    }

    static func need(_ v: Value) throws(PyError) -> B {
        guard let b = try Bytes.bufferBytes(v) else { throw .type("a bytes-like object is required, not '\(v.type.name)'") }
        return b
    }

    /// find/count/index argument: a bytes-like object or an int in range(256).
    static func subArg(_ v: Value) throws(PyError) -> B {
        if let b = try Bytes.bufferBytes(v) { return b }
        if Ints.isInt(v) || Ops.userMethod(v.type, Names.__index__) != nil {
            if Ints.isInt(v) && Ints.exact(v) == nil { throw .value("byte must be in range(0, 256)") }
            let i = try StrArgs.index(v)
            guard i >= 0 && i < 256 else { throw .value("byte must be in range(0, 256)") }
            return [UInt8(i)]
        }
        throw .type("argument should be integer or bytes-like object, not '\(v.type.name)'")
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }
    @inline(__always) static func upper(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func hex(_ b: B, _ a: Args, _ fname: String) throws(PyError) -> Value {
        let p = try StrArgs.parse(a, fname, ["sep", "bytes_per_sep"])
        var sep: UInt32? = nil
        var group = 1
        if let g = p[1] { group = try StrArgs.cInt(g) }
        if let s = p[0] {
            guard try Ops.length(s) == 1 else { throw .value("sep must be length 1.") }
            if StrArgs.isStr(s) {
                let c = Str.codePoint(s.ptr(QKStr.self), 0)
                guard c < 128 else { throw .value("sep must be ASCII.") }
                sep = c
            } else if Bytes.isBytes(s) {
                sep = UInt32(Bytes.data(s)[0])
            } else {
                throw .type("sep must be str or bytes.")
            }
        }
        var out: [UInt32] = []
        out.reserveCapacity(b.count * 3)
        func put(_ x: UInt8) {
            out.append(UInt32(hexDigits[Int(x >> 4)]))
            out.append(UInt32(hexDigits[Int(x & 15)]))
        }
        guard let sp = sep, group != 0, b.count > 0 else {
            for x in b { put(x) }
            return Str.make(codePoints: out)
        }
        let g = abs(group)
        // Positive: groups counted from the right; negative: from the left.
        for (i, x) in b.enumerated() {
            if i > 0 {
                let boundary = group > 0 ? (b.count - i) % g == 0 : i % g == 0
                if boundary { out.append(sp) }
            }
            put(x)
        }
        return Str.make(codePoints: out)
    }

    static func fromhex(_ s: Value) throws(PyError) -> B {
        guard StrArgs.isStr(s) else { throw .type("fromhex() argument must be str, not \(s.type.name)") }
        let c = Str.codePoints(s)
        var out: B = []
        var i = 0
        func val(_ x: UInt32) -> UInt8? {
            switch x {
            case 48...57: return UInt8(x - 48)
            case 97...102: return UInt8(x - 87)
            case 65...70: return UInt8(x - 55)
            default: return nil
            }
        }
        while i < c.count {
            if UChar.isSpace(c[i]) && c[i] < 128 { i += 1; continue }
            guard let hi = val(c[i]) else { throw .value("non-hexadecimal number found in fromhex() arg at position \(i)") }
            guard i + 1 < c.count, let lo = val(c[i + 1]) else {
                throw .value("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }

    static func register(_ t: TypePtr) {
        let tn = t.name
        func method(_ name: String, _ fn: @escaping NativeFunction) { Native.method(t, name, fn) }

        method("decode") { (a: inout Args) throws(PyError) -> Value in
            let p = try StrArgs.parse(a, "decode", ["encoding", "errors"])
            let (enc, errs) = try StrMethods.encodingArgs(p[0], p[1], "decode")
            return Str.make(codePoints: try Codecs.decode(recv(a.receiver), enc, errs))
        }
        method("hex") { (a: inout Args) throws(PyError) -> Value in try hex(recv(a.receiver), a, "hex") }
        Native.classMethod(t, "fromhex") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "\(tn).fromhex")
            let b = try fromhex(a[0])
            let cls = a.receiver.isObject && a.receiver.layout == QK_LAYOUT_TYPE ? a.receiver.ptr(QKType.self) : t
            if ByteArray.isByteArray(Value(cls)) || cls == ByteArray.type { return ByteArray.make(b) }
            return Bytes.make(b)
        }
        method("join") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "\(tn).join")
            let items: [Value]
            do throws(PyError) { items = try Ops.toArray(a[0]) } catch {
                if error.matches(qk_exc.TypeError), Str.swift(try Exceptions.str(error.exception)) == "'\(a[0].type.name)' object is not iterable" {
                    throw .type("can only join an iterable")
                }
                throw error
            }
            let sep = recv(a.receiver)
            var out: B = []
            for (i, x) in items.enumerated() {
                guard let b = try Bytes.bufferBytes(x) else {
                    throw .type("sequence item \(i): expected a bytes-like object, \(x.type.name) found")
                }
                if i > 0 { out += sep }
                out += b
                try StrArgs.checkSize(out.count)
            }
            return result(a, out)
        }
        for (name, reverse, raise) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.count(a, name, "\(tn).\(name)", min: 1, max: 3)
                let b = recv(a.receiver)
                let (lo, hi) = try StrArgs.bounds(a, b.count, from: 1)
                let sub = try subArg(a[0])
                var r = -1
                if lo <= b.count {
                    r = reverse ? StrMethods.rfind(b.map { UInt32($0) }, sub.map { UInt32($0) }, lo, hi)
                        : StrMethods.find(b.map { UInt32($0) }, sub.map { UInt32($0) }, lo, hi)
                }
                if r < 0 && raise { throw .value("subsection not found") }
                return .int(r)
            }
        }
        method("count") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.count(a, "count", "\(tn).count", min: 1, max: 3)
            let b = recv(a.receiver)
            let (lo, hi) = try StrArgs.bounds(a, b.count, from: 1)
            let sub = try subArg(a[0])
            if lo > b.count { return .int(0) }
            return .int(StrMethods.countOf(b.map { UInt32($0) }, sub.map { UInt32($0) }, lo, hi))
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.count(a, name, "\(tn).\(name)", min: 1, max: 3)
                let b = recv(a.receiver)
                let (lo, hi) = try StrArgs.bounds(a, b.count, from: 1)
                var cands: [B] = []
                if a[0].isObject && a[0].layout == QK_LAYOUT_TUPLE {
                    for x in Tuple.elements(a[0]) { cands.append(try need(x)) }
                } else {
                    guard let x = try Bytes.bufferBytes(a[0]) else {
                        throw .type("\(name) first arg must be bytes or a tuple of bytes, not \(a[0].type.name)")
                    }
                    cands = [x]
                }
                for c in cands where StrMethods.tailMatch(b, c, lo, hi, suffix) { return .true_ }
                return .false_
            }
        }
        for (name, mode) in [("strip", 0), ("lstrip", 1), ("rstrip", 2)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.count(a, name, "\(tn).\(name)", min: 0, max: 1)
                let b = recv(a.receiver)
                var set: Set<UInt8>? = nil
                if a.count > 0 && !a[0].isNone { set = Set(try need(a[0])) }
                func strip(_ c: UInt8) -> Bool { set.map { $0.contains(c) } ?? isSpace(c) }
                var lo = 0, hi = b.count
                if mode != 2 { while lo < hi && strip(b[lo]) { lo += 1 } }
                if mode != 1 { while hi > lo && strip(b[hi - 1]) { hi -= 1 } }
                if lo == 0 && hi == b.count { return same(a) }
                return result(a, Array(b[lo..<hi]))
            }
        }
        for (name, right) in [("split", false), ("rsplit", true)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                let p = try StrArgs.parse(a, name, ["sep", "maxsplit"])
                let maxsplit = try p[1].map { (v) throws(PyError) in try StrArgs.index(v) } ?? -1
                let b = recv(a.receiver)
                let parts: [ArraySlice<UInt8>]
                if let s = p[0], !s.isNone {
                    let sep = try need(s)
                    if sep.isEmpty { throw .value("empty separator") }
                    parts = right ? StrMethods.rsplitSep(b, sep, maxsplit) : StrMethods.splitSep(b, sep, maxsplit)
                } else {
                    parts = right ? StrMethods.rsplitWhitespace(b, maxsplit, isSpace) : StrMethods.splitWhitespace(b, maxsplit, isSpace)
                }
                return List.make(parts.map { result(a, Array($0)) })
            }
        }
        for (name, right) in [("partition", false), ("rpartition", true)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.one(a, "\(tn).\(name)")
                let sep = try need(a[0])
                if sep.isEmpty { throw .value("empty separator") }
                let b = recv(a.receiver)
                let pos = right ? StrMethods.lastIndex(b, sep, before: b.count) : StrMethods.firstIndex(b, sep, from: 0)
                guard let i = pos else {
                    let e = result(a, [])
                    return right ? Tuple.make([e, result(a, []), same(a)]) : Tuple.make([same(a), e, result(a, [])])
                }
                return Tuple.make([result(a, Array(b[0..<i])), result(a, sep), result(a, Array(b[(i + sep.count)...]))])
            }
        }
        method("replace") { (a: inout Args) throws(PyError) -> Value in
            let p = try StrArgs.parse(a, "replace", ["old", "new", "count"], required: 2, positionalOnly: 2)
            let old = try need(p[0]!), new = try need(p[1]!)
            let count = try p[2].map { (v) throws(PyError) in try StrArgs.index(v) } ?? -1
            return result(a, try StrMethods.replace(recv(a.receiver), old, new, count))
        }
        let maps: [(String, (B) -> B)] = [
            ("lower", { $0.map(lower) }), ("upper", { $0.map(upper) }),
            ("swapcase", { $0.map { isUpper($0) ? lower($0) : upper($0) } }),
            ("capitalize", { b in b.isEmpty ? b : [upper(b[0])] + b.dropFirst().map(lower) }),
            ("title", { b in
                var prev = false
                return b.map { c in
                    let r = prev ? lower(c) : upper(c)
                    prev = isAlpha(c)
                    return r
                }
            }),
        ]
        for (name, f) in maps {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.none(a, "\(tn).\(name)")
                return result(a, f(recv(a.receiver)))
            }
        }
        let preds: [(String, (UInt8) -> Bool)] = [("isalpha", isAlpha), ("isdigit", isDigit), ("isspace", isSpace),
                                                  ("isalnum", { isAlpha($0) || isDigit($0) })]
        for (name, f) in preds {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.none(a, "\(tn).\(name)")
                let b = recv(a.receiver)
                return .bool(!b.isEmpty && b.allSatisfy(f))
            }
        }
        method("isascii") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "\(tn).isascii")
            return .bool(recv(a.receiver).allSatisfy { $0 < 128 })
        }
        method("isupper") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "\(tn).isupper")
            let b = recv(a.receiver)
            return .bool(b.contains(where: isUpper) && !b.contains(where: isLower))
        }
        method("islower") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "\(tn).islower")
            let b = recv(a.receiver)
            return .bool(b.contains(where: isLower) && !b.contains(where: isUpper))
        }
        method("istitle") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "\(tn).istitle")
            var cased = false, prev = false
            for c in recv(a.receiver) {
                if isUpper(c) {
                    if prev { return .false_ }
                    prev = true
                    cased = true
                } else if isLower(c) {
                    if !prev { return .false_ }
                    prev = true
                    cased = true
                } else {
                    prev = false
                }
            }
            return .bool(cased)
        }
        for (name, kind) in [("ljust", 0), ("rjust", 1), ("center", 2)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.count(a, name, "\(tn).\(name)", min: 1, max: 2)
                let width = try StrArgs.index(a[0])
                var fill: UInt8 = 32
                if a.count > 1 {
                    guard let f = try Bytes.bufferBytes(a[1]), f.count == 1 else {
                        throw .type("\(name)() argument 2 must be a byte string of length 1, not \(a[1].type.name)")
                    }
                    fill = f[0]
                }
                let b = recv(a.receiver)
                if width <= b.count { return same(a) }
                try StrArgs.checkSize(width)
                let marg = width - b.count
                let left = kind == 0 ? 0 : (kind == 1 ? marg : marg / 2 + (marg & width & 1))
                return result(a, B(repeating: fill, count: left) + b + B(repeating: fill, count: marg - left))
            }
        }
        method("zfill") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "\(tn).zfill")
            let width = try StrArgs.index(a[0])
            var b = recv(a.receiver)
            if b.count >= width { return same(a) }
            try StrArgs.checkSize(width)
            let fill = width - b.count
            b = B(repeating: 48, count: fill) + b
            if fill < b.count && (b[fill] == 43 || b[fill] == 45) {
                b[0] = b[fill]
                b[fill] = 48
            }
            return result(a, b)
        }
        method("expandtabs") { (a: inout Args) throws(PyError) -> Value in
            let p = try StrArgs.parse(a, "expandtabs", ["tabsize"])
            let size = try p[0].map { (v) throws(PyError) in try StrArgs.cInt(v) } ?? 8
            return result(a, try StrMethods.expandtabs(recv(a.receiver), size, tab: 9))
        }
        method("splitlines") { (a: inout Args) throws(PyError) -> Value in
            let p = try StrArgs.parse(a, "splitlines", ["keepends"])
            let keep = try p[0].map { (v) throws(PyError) in try Ops.truthy(v) } ?? false
            let parts = StrMethods.splitlines(recv(a.receiver), keepends: keep, { $0 == 10 || $0 == 13 }, cr: 13, lf: 10)
            return List.make(parts.map { result(a, Array($0)) })
        }
        for (name, suffix) in [("removeprefix", false), ("removesuffix", true)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.one(a, "\(tn).\(name)")
                let p = try need(a[0])
                let b = recv(a.receiver)
                if !p.isEmpty && StrMethods.tailMatch(b, p, 0, b.count, suffix) {
                    return result(a, suffix ? Array(b[0..<(b.count - p.count)]) : Array(b[p.count...]))
                }
                return same(a)
            }
        }
        Native.classMethod(t, "maketrans") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.count(a, "maketrans", "\(tn).maketrans", min: 2, max: 2)
            let x = try need(a[0]), y = try need(a[1])
            guard x.count == y.count else { throw .value("maketrans arguments must have same length") }
            var table = B(0...255)
            for (p, q) in zip(x, y) { table[Int(p)] = q }
            return Bytes.make(table)
        }
        method("translate") { (a: inout Args) throws(PyError) -> Value in
            let p = try StrArgs.parse(a, "translate", ["table", "delete"], required: 1, positionalOnly: 1)
            var table: B? = nil
            if let tv = p[0], !tv.isNone {
                let tb = try need(tv)
                guard tb.count == 256 else { throw .value("translation table must be 256 characters long") }
                table = tb
            }
            let del = Set(try p[1].map { (v) throws(PyError) in try need(v) } ?? [])
            var out: B = []
            for c in recv(a.receiver) where !del.contains(c) { out.append(table.map { $0[Int(c)] } ?? c) }
            return result(a, out)
        }
        method("__len__") { (a: inout Args) throws(PyError) -> Value in .int(recv(a.receiver).count) }
        method("__getitem__") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "\(tn).__getitem__")
            if ByteArray.isByteArray(a.receiver) {
                let r = try Bytes.getItem(Bytes.make(recv(a.receiver)), a[0])
                return Bytes.isBytes(r) ? ByteArray.make(Bytes.array(r)) : r
            }
            return try Bytes.getItem(a.receiver, a[0])
        }
        method("__contains__") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "\(tn).__contains__")
            return .bool(try Bytes.contains(recv(a.receiver), a[0]))
        }
        method("__iter__") { (a: inout Args) throws(PyError) -> Value in
            try Ops.iter(a.receiver.isExactly(Types.bytes) ? a.receiver : Bytes.make(recv(a.receiver)))
        }
        method("__add__") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "\(tn).__add__")
            guard let other = try Bytes.bufferBytes(a[0]) else {
                throw .type("can't concat \(a[0].type.name) to \(tn)")
            }
            return result(a, recv(a.receiver) + other)
        }
        method("__mul__") { (a: inout Args) throws(PyError) -> Value in
            guard Ints.isInt(a[0]) || Ops.userMethod(a[0].type, Names.__index__) != nil else { return .notImplemented }
            return result(a, try Bytes.repeatedChecked(recv(a.receiver), try StrArgs.index(a[0])))
        }
        method("__rmul__") { (a: inout Args) throws(PyError) -> Value in
            guard Ints.isInt(a[0]) || Ops.userMethod(a[0].type, Names.__index__) != nil else { return .notImplemented }
            return result(a, try Bytes.repeatedChecked(recv(a.receiver), try StrArgs.index(a[0])))
        }
        method("__mod__") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "\(tn).__mod__")
            let out = try PercentFormat.format(recv(a.receiver).map { UInt32($0) }, a[0], bytes: true)
            return result(a, out.map { UInt8(truncatingIfNeeded: $0) })
        }
        method("__rmod__") { (a: inout Args) throws(PyError) -> Value in .notImplemented }
        method("__bytes__") { (a: inout Args) throws(PyError) -> Value in
            a.receiver.isExactly(Types.bytes) ? a.receiver : Bytes.make(recv(a.receiver))
        }
        method("__getnewargs__") { (a: inout Args) throws(PyError) -> Value in Tuple.make([Bytes.make(recv(a.receiver))]) }
        let cmps: [(String, (Int) -> Bool)] = [("__eq__", { $0 == 0 }), ("__ne__", { $0 != 0 }), ("__lt__", { $0 < 0 }),
                                               ("__le__", { $0 <= 0 }), ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 })]
        for (name, f) in cmps {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                guard a.count == 1, let other = try Bytes.bufferBytes(a[0]) else { return .notImplemented }
                let x = recv(a.receiver)
                var c = 0
                for (p, q) in zip(x, other) where p != q { c = p < q ? -1 : 1; break }
                if c == 0 { c = x.count < other.count ? -1 : (x.count > other.count ? 1 : 0) }
                return .bool(f(c))
            }
        }
    }

    static func registerBytes() {
        register(Types.bytes)
        Native.method(Types.bytes, "__hash__") { (a: inout Args) throws(PyError) -> Value in .int(Bytes.hash(a.receiver)) }
        Dict.setStr(Types.bytes.dict, "__new__", Native.function("__new__", qualname: "bytes.__new__") { (a: inout Args) throws(PyError) -> Value in
            var b = a
            var cls = Types.bytes
            if b.receiver.isNull {
                guard b.count > 0 else { throw .type("bytes.__new__(): not enough arguments") }
                cls = b[0].ptr(QKType.self)
                b.base += 1
                b.total -= 1
            } else {
                cls = b.receiver.ptr(QKType.self)
            }
            let bytes = try construct(b, "bytes")
            if cls == Types.bytes { return Bytes.make(bytes) }
            return Bytes.make(bytes, type: cls)
        })
        ByteArray.bootstrap()
        let t = ByteArray.type!
        register(t)
        Dict.setStr(t.dict, "__hash__", .none)
        Dict.setStr(t.dict, "__new__", Native.function("__new__", qualname: "bytearray.__new__") { (a: inout Args) throws(PyError) -> Value in
            var b = a
            var cls = t
            if b.receiver.isNull {
                guard b.count > 0 else { throw .type("bytearray.__new__(): not enough arguments") }
                cls = b[0].ptr(QKType.self)
                b.base += 1
                b.total -= 1
            } else {
                cls = b.receiver.ptr(QKType.self)
            }
            return ByteArray.make(try construct(b, "bytearray"), type: cls)
        })
        registerByteArrayMutators(t)
    }

    /// bytes(source=b'', encoding=..., errors=...) / bytearray(...)
    static func construct(_ a: Args, _ fname: String) throws(PyError) -> B {
        let p = try StrArgs.parse(a, fname, ["source", "encoding", "errors"])
        guard let src = p[0] else {
            if p[1] != nil { throw .type("encoding without a string argument") }
            if p[2] != nil { throw .type("errors without a string argument") }
            return []
        }
        if StrArgs.isStr(src) {
            guard p[1] != nil else { throw .type("string argument without an encoding") }
            let (enc, errs) = try StrMethods.encodingArgs(p[1], p[2], fname)
            return try Codecs.encode(Str.codePoints(src), enc, errs)
        }
        if p[1] != nil { throw .type("encoding without a string argument") }
        if p[2] != nil { throw .type("errors without a string argument") }
        if let b = try Bytes.bufferBytes(src) { return b }
        if Ints.isInt(src) || (src.type.isHeapType && Ops.userMethod(src.type, Names.__index__) != nil) {
            let n = try StrArgs.index(src)
            if n < 0 { throw .value("negative count") }
            try StrArgs.checkSize(n)
            return B(repeating: 0, count: n)
        }
        if let m = Ops.userMethod(src.type, Str.intern("__bytes__")) {
            let r = try Ops.callMethod(m, src, [])
            guard Bytes.isBytes(r) else { throw .type("__bytes__ returned non-bytes (type \(r.type.name))") }
            return Bytes.array(r)
        }
        if src.isDouble || src.layout == QK_LAYOUT_FLOAT || !isIterable(src) {
            throw .type("cannot convert '\(src.type.name)' object to \(fname)")
        }
        var out: B = []
        for x in try Ops.toArray(src) {
            let i = try StrArgs.index(x)
            guard i >= 0 && i < 256 else { throw .value("bytes must be in range(0, 256)") }
            out.append(UInt8(i))
        }
        return out
    }

    static func isIterable(_ v: Value) -> Bool {
        if !v.isObject { return false }
        switch v.layout {
        case QK_LAYOUT_LIST, QK_LAYOUT_TUPLE, QK_LAYOUT_DICT, QK_LAYOUT_SET, QK_LAYOUT_RANGE, QK_LAYOUT_STR, QK_LAYOUT_GENERATOR, QK_LAYOUT_ITER:
            return true
        default:
            return Ops.userMethod(v.type, Str.intern("__iter__")) != nil || Ops.userMethod(v.type, Names.__getitem__) != nil
                || Dict.getStr(v.type.dict, "__iter__") != nil
        }
    }

    // MARK: bytearray mutators

    static func byteValue(_ v: Value) throws(PyError) -> UInt8 {
        guard Ints.isInt(v) || Ops.userMethod(v.type, Names.__index__) != nil else {
            throw .type("'\(v.type.name)' object cannot be interpreted as an integer")
        }
        if Ints.isInt(v) && Ints.exact(v) == nil { throw .value("byte must be in range(0, 256)") }
        let i = try StrArgs.index(v)
        guard i >= 0 && i < 256 else { throw .value("byte must be in range(0, 256)") }
        return UInt8(i)
    }

    static func registerByteArrayMutators(_ t: TypePtr) {
        func method(_ name: String, _ fn: @escaping NativeFunction) { Native.method(t, name, fn) }
        method("append") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "bytearray.append")
            ByteArray.append(a.receiver, try byteValue(a[0]))
            return .none
        }
        method("extend") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "bytearray.extend")
            var add: B
            if let b = try Bytes.bufferBytes(a[0]) { add = b } else {
                if StrArgs.isStr(a[0]) {
                    if Str.count(a[0]) == 0 { return .none }
                    throw .type("expected iterable of integers; got: 'str'")
                }
                guard isIterable(a[0]) else { throw .type("can't extend bytearray with \(a[0].type.name)") }
                add = []
                for x in try Ops.toArray(a[0]) { add.append(try byteValue(x)) }
            }
            ByteArray.set(a.receiver, ByteArray.array(a.receiver) + add)
            return .none
        }
        method("__iadd__") { (a: inout Args) throws(PyError) -> Value in
            guard let b = try Bytes.bufferBytes(a[0]) else { throw .type("can't concat \(a[0].type.name) to bytearray") }
            ByteArray.set(a.receiver, ByteArray.array(a.receiver) + b)
            return a.receiver
        }
        method("__imul__") { (a: inout Args) throws(PyError) -> Value in
            guard Ints.isInt(a[0]) else { return .notImplemented }
            ByteArray.set(a.receiver, try Bytes.repeatedChecked(ByteArray.array(a.receiver), try StrArgs.index(a[0])))
            return a.receiver
        }
        method("insert") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.count(a, "insert", "bytearray.insert", min: 2, max: 2)
            var b = ByteArray.array(a.receiver)
            var i = try StrArgs.index(a[0])
            if i < 0 { i = max(0, i + b.count) }
            i = min(i, b.count)
            b.insert(try byteValue(a[1]), at: i)
            ByteArray.set(a.receiver, b)
            return .none
        }
        method("pop") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.count(a, "pop", "bytearray.pop", min: 0, max: 1)
            var b = ByteArray.array(a.receiver)
            if b.isEmpty { throw .index("pop from empty bytearray") }
            var i = a.count > 0 ? try StrArgs.index(a[0]) : -1
            if i < 0 { i += b.count }
            guard i >= 0 && i < b.count else { throw .index("pop index out of range") }
            let x = b.remove(at: i)
            ByteArray.set(a.receiver, b)
            return .int(Int(x))
        }
        method("remove") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "bytearray.remove")
            let v = try byteValue(a[0])
            var b = ByteArray.array(a.receiver)
            guard let i = b.firstIndex(of: v) else { throw .value("value not found in bytearray") }
            b.remove(at: i)
            ByteArray.set(a.receiver, b)
            return .none
        }
        method("clear") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "bytearray.clear")
            ByteArray.set(a.receiver, [])
            return .none
        }
        method("copy") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "bytearray.copy")
            return ByteArray.make(ByteArray.array(a.receiver))
        }
        method("reverse") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "bytearray.reverse")
            ByteArray.set(a.receiver, ByteArray.array(a.receiver).reversed())
            return .none
        }
        method("__setitem__") { (a: inout Args) throws(PyError) -> Value in
            var b = ByteArray.array(a.receiver)
            let key = a[0], value = a[1]
            if key.isLayout(QK_LAYOUT_SLICE) {
                let (start, stop, step, count) = try Slices.indices(key, b.count)
                let src: B
                if let bb = try Bytes.bufferBytes(value) { src = bb } else if Ints.isInt(value) {
                    throw .type("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                } else {
                    var tmp: B = []
                    for x in try Ops.toArray(value) { tmp.append(try byteValue(x)) }
                    src = tmp
                }
                if step == 1 {
                    let lo = start, hi = max(start, stop)
                    b.replaceSubrange(lo..<min(hi, b.count), with: src)
                } else {
                    guard src.count == count else {
                        throw .value("attempt to assign bytes of size \(src.count) to extended slice of size \(count)")
                    }
                    for k in 0..<count { b[start + k * step] = src[k] }
                }
                ByteArray.set(a.receiver, b)
                return .none
            }
            guard Ints.isInt(key) || Ops.userMethod(key.type, Names.__index__) != nil else {
                throw .type("bytearray indices must be integers or slices, not \(key.type.name)")
            }
            var i = try StrArgs.index(key)
            if i < 0 { i += b.count }
            guard i >= 0 && i < b.count else { throw .index("bytearray index out of range") }
            b[i] = try byteValue(value)
            ByteArray.set(a.receiver, b)
            return .none
        }
        method("__delitem__") { (a: inout Args) throws(PyError) -> Value in
            var b = ByteArray.array(a.receiver)
            let key = a[0]
            if key.isLayout(QK_LAYOUT_SLICE) {
                let (start, _, step, count) = try Slices.indices(key, b.count)
                var drop = Set<Int>()
                for k in 0..<count { drop.insert(start + k * step) }
                b = b.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
                ByteArray.set(a.receiver, b)
                return .none
            }
            var i = try StrArgs.index(key)
            if i < 0 { i += b.count }
            guard i >= 0 && i < b.count else { throw .index("bytearray index out of range") }
            b.remove(at: i)
            ByteArray.set(a.receiver, b)
            return .none
        }
        method("__repr__") { (a: inout Args) throws(PyError) -> Value in
            let inner = Str.swift(try Ops.repr(Bytes.make(ByteArray.array(a.receiver))))
            let name = a.receiver.type.name
            return Str.make("\(name)(\(inner))")
        }
        method("__str__") { (a: inout Args) throws(PyError) -> Value in
            let inner = Str.swift(try Ops.repr(Bytes.make(ByteArray.array(a.receiver))))
            return Str.make("\(a.receiver.type.name)(\(inner))")
        }
        method("__bool__") { (a: inout Args) throws(PyError) -> Value in .bool(ByteArray.count(a.receiver) > 0) }
        method("__alloc__") { (a: inout Args) throws(PyError) -> Value in .int(ByteArray.count(a.receiver) + 1) }
    }
}
