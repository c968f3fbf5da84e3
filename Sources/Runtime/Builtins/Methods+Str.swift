// Python-visible methods of str (the common ones; see issue notes for gaps).

import CSupport
import Foundation

enum StrMethods {
    static func arg(_ a: Args, _ i: Int, _ fname: String) throws(PyError) -> Value {
        let v = a[i]
        guard v.isObject && v.layout == QK_LAYOUT_STR else {
            throw .type("\(fname) arg must be None or str")
        }
        return v
    }

    static func register() {
        let s = Types.str
        Native.method(s, "join") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("join", min: 1, max: 1)
            let items = try Ops.toArray(a[0])
            var parts: [Value] = []
            for (i, x) in items.enumerated() {
                guard x.isObject && x.layout == QK_LAYOUT_STR else {
                    throw .type("sequence item \(i): expected str instance, \(x.type.name) found")
                }
                if i > 0 { parts.append(a.receiver) }
                parts.append(x)
            }
            return Strings.join(parts)
        }
        Native.method(s, "split") { (a: inout Args) throws(PyError) -> Value in try split(&a, right: false) }
        Native.method(s, "rsplit") { (a: inout Args) throws(PyError) -> Value in try split(&a, right: true) }
        for (name, mode) in [("strip", 0), ("lstrip", 1), ("rstrip", 2)] {
            Native.method(s, name) { (a: inout Args) throws(PyError) -> Value in
                let cps = Str.codePoints(a.receiver)
                let chars: Set<UInt32>? = a.count > 0 && !a[0].isNone ? Set(Str.codePoints(try arg(a, 0, name))) : nil
                func strip(_ c: UInt32) -> Bool { chars.map { $0.contains(c) } ?? isSpace(c) }
                var lo = 0, hi = cps.count
                if mode != 2 { while lo < hi && strip(cps[lo]) { lo += 1 } }
                if mode != 1 { while hi > lo && strip(cps[hi - 1]) { hi -= 1 } }
                return Str.substring(a.receiver, lo, hi - lo)
            }
        }
        Native.method(s, "replace") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("replace", min: 2, max: 3)
            let old = Str.swift(try arg(a, 0, "replace")), new = Str.swift(try arg(a, 1, "replace"))
            var count = a.count > 2 ? (Ints.exact(a[2]) ?? -1) : -1
            let src = Str.swift(a.receiver)
            if old.isEmpty {
                var out = ""
                var n = 0
                for ch in src.unicodeScalars {
                    if count < 0 || n < count { out += new; n += 1 }
                    out.unicodeScalars.append(ch)
                }
                if count < 0 || n < count { out += new }
                return Str.make(out)
            }
            var out = ""
            var rest = Substring(src)
            while count != 0, let r = rest.range(of: old, options: .literal) {
                out += rest[..<r.lowerBound] + new
                rest = rest[r.upperBound...]
                count -= 1
            }
            return Str.make(out + rest)
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            Native.method(s, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect(name, min: 1, max: 3)
                let cps = Str.codePoints(a.receiver)
                let (lo, hi) = try bounds(a, cps.count, from: 1)
                let candidates = a[0].isExactly(Types.tuple) ? Tuple.elements(a[0]) : [a[0]]
                for c in candidates {
                    guard c.isObject && c.layout == QK_LAYOUT_STR else {
                        throw .type("\(name) first arg must be str or a tuple of str, not \(c.type.name)")
                    }
                    let p = Str.codePoints(c)
                    if hi - lo < p.count { continue }
                    let slice = suffix ? cps[(hi - p.count)..<hi] : cps[lo..<(lo + p.count)]
                    if Array(slice) == p { return .true_ }
                }
                return .false_
            }
        }
        for (name, f) in [("upper", { (c: String) in c.uppercased() }), ("lower", { (c: String) in c.lowercased() }),
                          ("casefold", { (c: String) in c.lowercased() })] {
            Native.method(s, name) { (a: inout Args) throws(PyError) -> Value in Str.make(f(Str.swift(a.receiver))) }
        }
        Native.method(s, "capitalize") { (a: inout Args) throws(PyError) -> Value in
            let t = Str.swift(a.receiver)
            return Str.make(t.prefix(1).uppercased() + t.dropFirst().lowercased())
        }
        Native.method(s, "title") { (a: inout Args) throws(PyError) -> Value in
            var out = ""
            var prevCased = false
            for ch in Str.swift(a.receiver) {
                let cased = ch.isLetter
                out += prevCased ? ch.lowercased() : ch.uppercased()
                prevCased = cased
            }
            return Str.make(out)
        }
        Native.method(s, "swapcase") { (a: inout Args) throws(PyError) -> Value in
            Str.make(String(Str.swift(a.receiver).map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
        }
        for (name, reverse, raise) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            Native.method(s, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect(name, min: 1, max: 3)
                let n = Str.count(a.receiver)
                let (lo, hi) = try bounds(a, n, from: 1)
                let needle = try arg(a, 0, name)
                let r = reverse ? Strings.rfind(a.receiver, needle, lo, hi) : Strings.find(a.receiver, needle, lo, hi)
                if r < 0 && raise { throw .value("substring not found") }
                return .int(r)
            }
        }
        Native.method(s, "count") { (a: inout Args) throws(PyError) -> Value in
            let n = Str.count(a.receiver)
            let (lo, hi) = try bounds(a, n, from: 1)
            let needle = try arg(a, 0, "count")
            let m = Str.count(needle)
            if m == 0 { return .int(max(0, hi - lo + 1)) }
            var c = 0, i = lo
            while true {
                let r = Strings.find(a.receiver, needle, i, hi)
                if r < 0 { break }
                c += 1
                i = r + m
            }
            return .int(c)
        }
        let predicates: [(String, (UInt32) -> Bool)] = [
            ("isdigit", { $0 >= 48 && $0 <= 57 || (Unicode.Scalar($0)?.properties.numericType == .digit || Unicode.Scalar($0)?.properties.numericType == .decimal) }),
            ("isdecimal", { Unicode.Scalar($0)?.properties.numericType == .decimal }),
            ("isnumeric", { Unicode.Scalar($0)?.properties.numericType != nil }),
            ("isalpha", { Unicode.Scalar($0)?.properties.isAlphabetic ?? false }),
            ("isalnum", { (Unicode.Scalar($0)?.properties.isAlphabetic ?? false) || Unicode.Scalar($0)?.properties.numericType != nil }),
            ("isspace", isSpace),
        ]
        for (name, p) in predicates {
            Native.method(s, name) { (a: inout Args) throws(PyError) -> Value in
                let cps = Str.codePoints(a.receiver)
                return .bool(!cps.isEmpty && cps.allSatisfy(p))
            }
        }
        Native.method(s, "isupper") { (a: inout Args) throws(PyError) -> Value in
            let t = Str.swift(a.receiver)
            return .bool(t.contains { $0.isCased } && !t.contains { $0.isLowercase })
        }
        Native.method(s, "islower") { (a: inout Args) throws(PyError) -> Value in
            let t = Str.swift(a.receiver)
            return .bool(t.contains { $0.isCased } && !t.contains { $0.isUppercase })
        }
        Native.method(s, "isidentifier") { (a: inout Args) throws(PyError) -> Value in
            let cps = Str.codePoints(a.receiver)
            guard let f = cps.first, let u = Unicode.Scalar(f), u == "_" || u.properties.isXIDStart else { return .false_ }
            return .bool(cps.dropFirst().allSatisfy { Unicode.Scalar($0).map { $0.properties.isXIDContinue } ?? false })
        }
        Native.method(s, "encode") { (a: inout Args) throws(PyError) -> Value in Bytes.make(Array(Str.swift(a.receiver).utf8)) }
        Native.method(s, "format") { (a: inout Args) throws(PyError) -> Value in try StrFormat.format(a.receiver, a) }
        Native.method(s, "__format__") { (a: inout Args) throws(PyError) -> Value in try Ops.format(a.receiver, a[0]) }
        Native.method(s, "__len__") { (a: inout Args) throws(PyError) -> Value in .int(Str.count(a.receiver)) }
        Native.method(s, "__getitem__") { (a: inout Args) throws(PyError) -> Value in try Strings.getItem(a.receiver, a[0]) }
        Native.method(s, "__add__") { (a: inout Args) throws(PyError) -> Value in try Containers.binary(a.receiver, a[0], 0) ?? .notImplemented }
        Native.method(s, "__mul__") { (a: inout Args) throws(PyError) -> Value in try Containers.binary(a.receiver, a[0], 5) ?? .notImplemented }
        Native.method(s, "__contains__") { (a: inout Args) throws(PyError) -> Value in .bool(try Ops.contains(a.receiver, a[0])) }
        Native.method(s, "__str__") { (a: inout Args) throws(PyError) -> Value in a.receiver }
        Native.method(s, "__repr__") { (a: inout Args) throws(PyError) -> Value in try Ops.repr(a.receiver) }
        Native.method(s, "__hash__") { (a: inout Args) throws(PyError) -> Value in .int(Str.hash(a.receiver)) }
        Native.method(s, "__eq__") { (a: inout Args) throws(PyError) -> Value in
            a[0].isObject && a[0].layout == QK_LAYOUT_STR ? .bool(Str.equal(a.receiver, a[0]) || Str.compare(a.receiver, a[0]) == 0) : .notImplemented
        }
        Native.method(s, "__lt__") { (a: inout Args) throws(PyError) -> Value in
            a[0].isObject && a[0].layout == QK_LAYOUT_STR ? .bool(Str.compare(a.receiver, a[0]) < 0) : .notImplemented
        }
        for (name, left) in [("ljust", true), ("rjust", false)] {
            Native.method(s, name) { (a: inout Args) throws(PyError) -> Value in
                let w = Ints.exact(a[0]) ?? 0
                let fill = a.count > 1 ? Str.swift(a[1]) : " "
                let t = Str.swift(a.receiver)
                let n = w - Str.count(a.receiver)
                if n <= 0 { return a.receiver }
                let pad = String(repeating: fill, count: n)
                return Str.make(left ? t + pad : pad + t)
            }
        }
        Native.method(s, "center") { (a: inout Args) throws(PyError) -> Value in
            let w = Ints.exact(a[0]) ?? 0
            let fill = a.count > 1 ? Str.swift(a[1]) : " "
            let len = Str.count(a.receiver)
            if w <= len { return a.receiver }
            let marg = w - len
            let left = marg / 2 + (marg & w & 1)
            return Str.make(String(repeating: fill, count: left) + Str.swift(a.receiver) + String(repeating: fill, count: marg - left))
        }
        Native.method(s, "zfill") { (a: inout Args) throws(PyError) -> Value in
            let w = Ints.exact(a[0]) ?? 0
            var t = Str.swift(a.receiver)
            let n = w - t.unicodeScalars.count
            if n <= 0 { return a.receiver }
            var sign = ""
            if t.hasPrefix("-") || t.hasPrefix("+") { sign = String(t.removeFirst()) }
            return Str.make(sign + String(repeating: "0", count: n) + t)
        }
        for (name, right) in [("partition", false), ("rpartition", true)] {
            Native.method(s, name) { (a: inout Args) throws(PyError) -> Value in
                let sep = try arg(a, 0, name)
                if Str.count(sep) == 0 { throw .value("empty separator") }
                let n = Str.count(a.receiver)
                let i = right ? Strings.rfind(a.receiver, sep, 0, n) : Strings.find(a.receiver, sep, 0, n)
                if i < 0 {
                    return right ? Tuple.make([Str.empty, Str.empty, a.receiver]) : Tuple.make([a.receiver, Str.empty, Str.empty])
                }
                let m = Str.count(sep)
                return Tuple.make([Str.substring(a.receiver, 0, i), sep, Str.substring(a.receiver, i + m, n - i - m)])
            }
        }
        Native.method(s, "splitlines") { (a: inout Args) throws(PyError) -> Value in
            let keep = a.count > 0 ? try Ops.truthy(a[0]) : (try a.keyword("keepends").map { (v) throws(PyError) in try Ops.truthy(v) } ?? false)
            let cps = Str.codePoints(a.receiver)
            var out: [Value] = []
            var start = 0, i = 0
            let breaks: Set<UInt32> = [10, 13, 11, 12, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]
            while i < cps.count {
                if breaks.contains(cps[i]) {
                    var end = i + 1
                    if cps[i] == 13 && i + 1 < cps.count && cps[i + 1] == 10 { end = i + 2 }
                    out.append(Str.make(codePoints: Array(cps[start..<(keep ? end : i)])))
                    start = end
                    i = end
                } else {
                    i += 1
                }
            }
            if start < cps.count { out.append(Str.make(codePoints: Array(cps[start...]))) }
            return List.make(out)
        }
        Native.method(s, "expandtabs") { (a: inout Args) throws(PyError) -> Value in
            let size = a.count > 0 ? (Ints.exact(a[0]) ?? 8) : 8
            var out = "", col = 0
            for ch in Str.swift(a.receiver) {
                if ch == "\t" {
                    let n = size > 0 ? size - col % size : 0
                    out += String(repeating: " ", count: n)
                    col += n
                } else {
                    out.append(ch)
                    col = (ch == "\n" || ch == "\r") ? 0 : col + 1
                }
            }
            return Str.make(out)
        }
        Native.method(s, "removeprefix") { (a: inout Args) throws(PyError) -> Value in
            let t = Str.swift(a.receiver), p = Str.swift(a[0])
            return t.hasPrefix(p) ? Str.make(String(t.dropFirst(p.count))) : a.receiver
        }
        Native.method(s, "removesuffix") { (a: inout Args) throws(PyError) -> Value in
            let t = Str.swift(a.receiver), p = Str.swift(a[0])
            return t.hasSuffix(p) && !p.isEmpty ? Str.make(String(t.dropLast(p.count))) : a.receiver
        }
        Native.classMethod(s, "maketrans") { (a: inout Args) throws(PyError) -> Value in
            let d = Dict.new()
            if a.count == 1 {
                for (k, v) in Dict.items(a[0]) { try Dict.set(d, k.isSmallInt ? k : .int(Int(Str.codePoint(k.ptr(QKStr.self), 0))), v) }
                return d
            }
            let x = Str.codePoints(a[0]), y = Str.codePoints(a[1])
            for (p, q) in zip(x, y) { try Dict.set(d, .int(Int(p)), .int(Int(q))) }
            if a.count > 2 { for c in Str.codePoints(a[2]) { try Dict.set(d, .int(Int(c)), .none) } }
            return d
        }
        Native.method(s, "translate") { (a: inout Args) throws(PyError) -> Value in
            var out: [UInt32] = []
            for c in Str.codePoints(a.receiver) {
                if let v = try Ops.getItemOrNil(a[0], .int(Int(c))) {
                    if v.isNone { continue }
                    if v.isSmallInt { out.append(UInt32(v.smallInt)) } else { out += Str.codePoints(v) }
                } else {
                    out.append(c)
                }
            }
            return Str.make(codePoints: out)
        }
    }

    static func isSpace(_ c: UInt32) -> Bool {
        (c >= 9 && c <= 13) || c == 32 || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 ||
            (c > 255 && (Unicode.Scalar(c)?.properties.isWhitespace ?? false))
    }

    static func bounds(_ a: Args, _ n: Int, from i: Int) throws(PyError) -> (Int, Int) {
        func norm(_ v: Value?, _ def: Int) throws(PyError) -> Int {
            guard let v, !v.isNone else { return def }
            var x = try Slices.index(v, clampTo: Int.max / 2)
            if x < 0 { x = max(0, x + n) }
            return min(x, n)
        }
        return (try norm(a.count > i ? a[i] : nil, 0), try norm(a.count > i + 1 ? a[i + 1] : nil, n))
    }

    static func split(_ a: inout Args, right: Bool) throws(PyError) -> Value {
        try a.expect(right ? "rsplit" : "split", min: 0, max: 2, keywords: ["sep", "maxsplit"])
        let sepV = a.arg(0, "sep") ?? .none
        let maxsplit = Ints.exact(a.arg(1, "maxsplit") ?? .int(-1)) ?? -1
        let cps = Str.codePoints(a.receiver)
        var out: [Value] = []
        if sepV.isNone {
            var words: [(Int, Int)] = []
            var i = 0
            while i < cps.count {
                while i < cps.count && isSpace(cps[i]) { i += 1 }
                if i >= cps.count { break }
                var j = i
                while j < cps.count && !isSpace(cps[j]) { j += 1 }
                words.append((i, j))
                i = j
            }
            if maxsplit >= 0 && words.count > maxsplit + 0 && maxsplit < words.count {
                if right {
                    let keep = Array(words.suffix(maxsplit))
                    let headEnd = keep.first.map { $0.0 } ?? cps.count
                    var h = headEnd
                    while h > 0 && isSpace(cps[h - 1]) { h -= 1 }
                    var head: [Value] = []
                    if h > 0 { var s0 = 0; while s0 < h && isSpace(cps[s0]) { s0 += 1 }; head = [Str.make(codePoints: Array(cps[s0..<h]))] }
                    return List.make(head + keep.map { Str.make(codePoints: Array(cps[$0.0..<$0.1])) })
                }
                let keep = Array(words.prefix(maxsplit))
                var rest = keep.last.map { $0.1 } ?? 0
                while rest < cps.count && isSpace(cps[rest]) { rest += 1 }
                var end = cps.count
                while end > rest && isSpace(cps[end - 1]) { end -= 1 }
                out = keep.map { Str.make(codePoints: Array(cps[$0.0..<$0.1])) }
                if rest < cps.count { out.append(Str.make(codePoints: Array(cps[rest..<end]))) }
                return List.make(out)
            }
            return List.make(words.map { Str.make(codePoints: Array(cps[$0.0..<$0.1])) })
        }
        guard sepV.isObject && sepV.layout == QK_LAYOUT_STR else { throw .type("must be str or None, not \(sepV.type.name)") }
        let sep = Str.codePoints(sepV)
        if sep.isEmpty { throw .value("empty separator") }
        var pieces: [[UInt32]] = []
        var cur: [UInt32] = []
        var i = 0
        var splits = 0
        if right {
            var j = cps.count
            var end = cps.count
            while j - sep.count >= 0 && (maxsplit < 0 || splits < maxsplit) {
                if Array(cps[(j - sep.count)..<j]) == sep {
                    pieces.append(Array(cps[j..<end]))
                    j -= sep.count
                    end = j
                    splits += 1
                } else {
                    j -= 1
                }
            }
            pieces.append(Array(cps[0..<end]))
            return List.make(pieces.reversed().map { Str.make(codePoints: $0) })
        }
        while i < cps.count {
            if (maxsplit < 0 || splits < maxsplit) && i + sep.count <= cps.count && Array(cps[i..<(i + sep.count)]) == sep {
                pieces.append(cur)
                cur = []
                i += sep.count
                splits += 1
            } else {
                cur.append(cps[i])
                i += 1
            }
        }
        pieces.append(cur)
        return List.make(pieces.map { Str.make(codePoints: $0) })
    }
}

/// str.format and %-formatting.
enum StrFormat {
    static func format(_ fmt: Value, _ a: Args) throws(PyError) -> Value {
        let chars = Array(Str.swift(fmt))
        var out = ""
        var i = 0
        var auto = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
                var depth = 1, j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1 }
                    if depth > 0 { j += 1 }
                }
                if j >= chars.count { throw .value("Single '{' encountered in format string") }
                let field = String(chars[(i + 1)..<j])
                out += try replacementField(field, a, &auto)
                i = j + 1
            } else if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw .value("Single '}' encountered in format string")
            } else {
                out.append(c)
                i += 1
            }
        }
        return Str.make(out)
    }

    static func replacementField(_ field: String, _ a: Args, _ auto: inout Int) throws(PyError) -> String {
        var name = field, conv: Character? = nil, spec = ""
        if let colon = topLevelColon(field) {
            name = String(field[..<colon])
            spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
            conv = name[name.index(after: bang)...].first
            name = String(name[..<bang])
        }
        // The first part is an index or keyword; then .attr and [key] accessors.
        var head = ""
        var rest = Substring(name)
        while let ch = rest.first, ch != "." && ch != "[" { head.append(ch); rest = rest.dropFirst() }
        var v: Value
        if head.isEmpty {
            guard auto < a.count else { throw .index("Replacement index \(auto) out of range for positional args tuple") }
            v = a[auto]
            auto += 1
        } else if let n = Int(head) {
            guard n < a.count else { throw .index("Replacement index \(n) out of range for positional args tuple") }
            v = a[n]
        } else {
            guard let kv = a.keyword(head) else { throw PyError.key(Str.make(head)) }
            v = kv
        }
        while let ch = rest.first {
            rest = rest.dropFirst()
            if ch == "." {
                var attr = ""
                while let c2 = rest.first, c2 != "." && c2 != "[" { attr.append(c2); rest = rest.dropFirst() }
                v = try Ops.getAttr(v, Str.intern(attr))
            } else {
                var key = ""
                while let c2 = rest.first, c2 != "]" { key.append(c2); rest = rest.dropFirst() }
                rest = rest.dropFirst()
                v = try Ops.getItem(v, Int(key).map { Value.int($0) } ?? Str.make(key))
            }
        }
        switch conv {
        case "r": v = try Ops.repr(v)
        case "s": v = try Ops.str(v)
        case "a": v = try Ops.ascii(v)
        default: break
        }
        if spec.contains("{") {
            spec = Str.swift(try format(Str.make(spec), a))
        }
        return Str.swift(try Ops.format(v, Str.make(spec)))
    }

    static func topLevelColon(_ s: String) -> String.Index? {
        var depth = 0
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "[" { depth += 1 } else if c == "]" { depth -= 1 } else if c == ":" && depth == 0 { return i }
            i = s.index(after: i)
        }
        return nil
    }
}

extension Strings {
    /// str % args (printf-style formatting).
    static func percentFormat(_ fmt: Value, _ args: Value) throws(PyError) -> Value {
        let chars = Array(Str.swift(fmt))
        var values: [Value] = args.isExactly(Types.tuple) ? Tuple.elements(args) : [args]
        let mapping: Value? = (args.layout == QK_LAYOUT_DICT) ? args : nil
        var next = 0
        var out = ""
        var i = 0
        func take() throws(PyError) -> Value {
            guard next < values.count else { throw .type("not enough arguments for format string") }
            next += 1
            return values[next - 1]
        }
        while i < chars.count {
            let c = chars[i]
            i += 1
            if c != "%" { out.append(c); continue }
            guard i < chars.count else { throw .value("incomplete format") }
            var key: Value? = nil
            if chars[i] == "(" {
                var j = i + 1
                while j < chars.count && chars[j] != ")" { j += 1 }
                key = Str.make(String(chars[(i + 1)..<j]))
                i = j + 1
            }
            var flags = ""
            while i < chars.count, "-+ #0".contains(chars[i]) { flags.append(chars[i]); i += 1 }
            var width = ""
            if i < chars.count && chars[i] == "*" { width = String(Ints.exact(try take()) ?? 0); i += 1 }
            while i < chars.count, chars[i].isNumber { width.append(chars[i]); i += 1 }
            var prec: String? = nil
            if i < chars.count && chars[i] == "." {
                i += 1
                var p = ""
                if i < chars.count && chars[i] == "*" { p = String(Ints.exact(try take()) ?? 0); i += 1 }
                while i < chars.count, chars[i].isNumber { p.append(chars[i]); i += 1 }
                prec = p
            }
            guard i < chars.count else { throw .value("incomplete format") }
            let conv = chars[i]
            i += 1
            if conv == "%" { out.append("%"); continue }
            let v: Value
            if let key, let m = mapping { v = try Ops.getItem(m, key) } else { v = try take() }
            var align: String = flags.contains("-") ? "<" : ">"
            var spec = ""
            if flags.contains("0") && !flags.contains("-") && "diouxXeEfFgG".contains(conv) { align = "="; spec = "0" }
            let sign = flags.contains("+") ? "+" : (flags.contains(" ") ? " " : "")
            switch conv {
            case "s", "r", "a":
                var s = Str.swift(conv == "s" ? try Ops.str(v) : (conv == "r" ? try Ops.repr(v) : try Ops.ascii(v)))
                if let p = prec, let n = Int(p) { s = String(s.prefix(n)) }
                out += Str.swift(try FormatSpec.format(Str.make(s), (align == "<" ? "<" : ">") + width))
            case "d", "i", "u", "x", "X", "o", "c":
                if conv == "c" {
                    let ch = v.isObject && v.layout == QK_LAYOUT_STR ? Str.swift(v) : String(Character(Unicode.Scalar(UInt32(Ints.exact(v) ?? 0))!))
                    out += Str.swift(try FormatSpec.format(Str.make(ch), (align == "<" ? "<" : ">") + width))
                    continue
                }
                guard let d = Numbers.toDouble(v) else {
                    throw .type("%\(conv) format: a real number is required, not \(v.type.name)")
                }
                let iv: Value = Ints.isInt(v) ? v : Ints.make(BigIntValue(d.rounded(.towardZero)))
                let t = conv == "i" || conv == "u" ? "d" : String(conv)
                let alt = flags.contains("#") ? "#" : ""
                out += Str.swift(try FormatSpec.format(iv, spec.isEmpty ? align + sign + alt + width + t : "0" + align + sign + alt + width + t))
            default:
                guard let d = Numbers.toDouble(v) else {
                    throw .type("must be real number, not \(v.type.name)")
                }
                let p = prec.map { "." + ($0.isEmpty ? "0" : $0) } ?? ".6"
                let alt = flags.contains("#") ? "#" : ""
                out += Str.swift(try FormatSpec.format(.float(d), (spec.isEmpty ? align : "0" + align) + sign + alt + width + p + String(conv)))
            }
        }
        if mapping == nil && next < values.count { throw .type("not all arguments converted during string formatting") }
        values.removeAll()
        return Str.make(out)
    }
}
