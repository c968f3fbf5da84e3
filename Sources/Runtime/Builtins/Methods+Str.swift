// Python-visible methods of str, with CPython 3.13's semantics and error messages.
// str.format and %-formatting live in Methods+Format.swift; Unicode properties and case
// mappings in Objects/StrUnicode.swift; codecs in Objects/Codecs.swift.

import CSupport
#if canImport(Glibc)
import Glibc
#endif

/// Argument helpers shared by the str and bytes methods (CPython's argument-clinic messages).
enum StrArgs {
    /// "str.center() takes no keyword arguments"
    static func noKeywords(_ a: Args, _ qualname: String) throws(PyError) {
        if a.kwCount > 0 { throw .type("\(qualname)() takes no keyword arguments") }
    }

    /// "center expected at least 1 argument, got 0" (METH_VARARGS style).
    static func count(_ a: Args, _ name: String, _ qualname: String, min: Int, max: Int) throws(PyError) {
        try noKeywords(a, qualname)
        if a.count < min { throw .type("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(a.count)") }
        if a.count > max { throw .type("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(a.count)") }
    }

    /// "str.upper() takes no arguments (1 given)"
    static func none(_ a: Args, _ qualname: String) throws(PyError) {
        try noKeywords(a, qualname)
        if a.count != 0 { throw .type("\(qualname)() takes no arguments (\(a.count) given)") }
    }

    /// "str.zfill() takes exactly one argument (0 given)"
    static func one(_ a: Args, _ qualname: String) throws(PyError) {
        try noKeywords(a, qualname)
        if a.count != 1 { throw .type("\(qualname)() takes exactly one argument (\(a.count) given)") }
    }

    /// Argument-clinic style positional-or-keyword parameters. Returns one slot per name.
    static func parse(_ a: Args, _ fname: String, _ names: [String], required: Int = 0, positionalOnly: Int = 0)
        throws(PyError) -> [Value?] {
        var out = [Value?](repeating: nil, count: names.count)
        if a.count > names.count {
            let m = names.count
            if required == m {
                throw .type("\(fname)() takes exactly \(m) positional argument\(m == 1 ? "" : "s") (\(a.count) given)")
            }
            throw .type("\(fname)() takes at most \(m) argument\(m == 1 ? "" : "s") (\(a.count) given)")
        }
        for i in 0..<a.count { out[i] = a[i] }
        for (k, v) in a.keywords {
            guard let idx = names.firstIndex(of: k), idx >= positionalOnly else {
                throw .type("\(fname)() got an unexpected keyword argument '\(k)'")
            }
            if out[idx] != nil {
                throw .type("argument for \(fname)() given by name ('\(k)') and position (\(idx + 1))")
            }
            out[idx] = v
        }
        for i in 0..<required where out[i] == nil {
            if i < positionalOnly || a.count > 0 || required > 1 {
                throw .type("\(fname)() takes at least \(required) positional argument\(required == 1 ? "" : "s") (\(a.count) given)")
            }
            throw .type("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// An index-sized int (PyNumber_AsSsize_t with OverflowError).
    static func index(_ v: Value) throws(PyError) -> Int {
        if v.isSmallInt { return v.smallInt }
        if Ints.isInt(v) {
            guard let i = Ints.exact(v) else { throw .overflow("Python int too large to convert to C ssize_t") }
            return i
        }
        if let m = Ops.userMethod(v.type, Names.__index__) {
            let r = try Ops.callMethod(m, v, [])
            guard Ints.isInt(r) else { throw .type("__index__ returned non-int (type \(r.type.name))") }
            return try index(r)
        }
        throw .type("'\(v.type.name)' object cannot be interpreted as an integer")
    }

    /// A C int argument (PyLong_AsInt): OverflowError outside 32 bits.
    static func cInt(_ v: Value) throws(PyError) -> Int {
        if Ints.isInt(v) {
            guard let i = Ints.exact(v), i >= Int(Int32.min) && i <= Int(Int32.max) else {
                throw .overflow("Python int too large to convert to C int")
            }
            return i
        }
        let i = try index(v)
        guard i >= Int(Int32.min) && i <= Int(Int32.max) else { throw .overflow("Python int too large to convert to C int") }
        return i
    }

    static func isStr(_ v: Value) -> Bool { v.isObject && v.layout == QK_LAYOUT_STR }

    static func str(_ v: Value, _ fname: String, _ argno: Int) throws(PyError) -> Value {
        guard isStr(v) else { throw .type("\(fname)() argument \(argno) must be str, not \(v.type.name)") }
        return v
    }

    /// Slice bounds for find/count/startswith (ADJUST_INDICES: start is not clamped to len).
    static func bounds(_ a: Args, _ n: Int, from i: Int) throws(PyError) -> (Int, Int) {
        func get(_ k: Int) throws(PyError) -> Int? {
            guard k < a.count, !a[k].isNone else { return nil }
            return try Slices.index(a[k], clampTo: Int.max / 4)
        }
        var start = try get(i) ?? 0
        var end = try get(i + 1) ?? n
        if end > n { end = n } else if end < 0 { end += n; if end < 0 { end = 0 } }
        if start < 0 { start += n; if start < 0 { start = 0 } }
        return (start, end)
    }

    /// Memory guard for results of computed size.
    static func checkSize(_ n: Int) throws(PyError) {
        if n < 0 || n > (1 << 40) { throw PyError(qk_exc.MemoryError, "") }
    }
}

enum StrMethods {
    typealias CPs = [UInt32]

    @inline(__always) static func cps(_ v: Value) -> CPs { Str.codePoints(v) }
    @inline(__always) static func make(_ c: CPs) -> Value { Str.make(codePoints: c) }

    /// The receiver as an exact str (a str subclass instance is copied).
    static func exact(_ v: Value) -> Value {
        if v.isExactly(Types.str) { return v }
        return make(cps(v))
    }

    static func find(_ h: CPs, _ n: CPs, _ start: Int, _ end: Int) -> Int {
        let m = n.count
        if end - start < m { return -1 }
        if m == 0 { return start }
        let first = n[0]
        var i = start
        let last = end - m
        while i <= last {
            if h[i] == first {
                var j = 1
                while j < m && h[i + j] == n[j] { j += 1 }
                if j == m { return i }
            }
            i += 1
        }
        return -1
    }

    static func rfind(_ h: CPs, _ n: CPs, _ start: Int, _ end: Int) -> Int {
        let m = n.count
        if end - start < m { return -1 }
        if m == 0 { return end }
        var i = end - m
        while i >= start {
            var j = 0
            while j < m && h[i + j] == n[j] { j += 1 }
            if j == m { return i }
            i -= 1
        }
        return -1
    }

    static func countOf(_ h: CPs, _ n: CPs, _ start: Int, _ end: Int, max: Int = Int.max) -> Int {
        if end - start < n.count { return 0 }
        if n.isEmpty { return Swift.min(end - start + 1, max) }
        var c = 0, i = start
        while c < max {
            let r = find(h, n, i, end)
            if r < 0 { break }
            c += 1
            i = r + n.count
        }
        return c
    }

    // MARK: split family (stringlib/split.h)

    static func splitWhitespace<T: Equatable>(_ s: [T], _ maxcount: Int, _ isSpace: (T) -> Bool) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var maxc = maxcount < 0 ? Int.max : maxcount
        let n = s.count
        var i = 0
        while maxc > 0 {
            maxc -= 1
            while i < n && isSpace(s[i]) { i += 1 }
            if i == n { break }
            let j = i
            i += 1
            while i < n && !isSpace(s[i]) { i += 1 }
            out.append(s[j..<i])
        }
        if i < n {
            while i < n && isSpace(s[i]) { i += 1 }
            if i != n { out.append(s[i..<n]) }
        }
        return out
    }

    static func rsplitWhitespace<T: Equatable>(_ s: [T], _ maxcount: Int, _ isSpace: (T) -> Bool) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var maxc = maxcount < 0 ? Int.max : maxcount
        var i = s.count - 1
        while maxc > 0 {
            maxc -= 1
            while i >= 0 && isSpace(s[i]) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !isSpace(s[i]) { i -= 1 }
            out.append(s[(i + 1)...j])
        }
        if i >= 0 {
            while i >= 0 && isSpace(s[i]) { i -= 1 }
            if i >= 0 { out.append(s[0...i]) }
        }
        return out.reversed()
    }

    static func splitSep<T: Equatable>(_ s: [T], _ sep: [T], _ maxcount: Int) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var maxc = maxcount < 0 ? Int.max : maxcount
        var i = 0
        let m = sep.count
        while maxc > 0 {
            maxc -= 1
            guard let pos = firstIndex(s, sep, from: i) else { break }
            out.append(s[i..<pos])
            i = pos + m
        }
        out.append(s[i..<s.count])
        return out
    }

    static func rsplitSep<T: Equatable>(_ s: [T], _ sep: [T], _ maxcount: Int) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var maxc = maxcount < 0 ? Int.max : maxcount
        var j = s.count
        let m = sep.count
        while maxc > 0 {
            maxc -= 1
            guard let pos = lastIndex(s, sep, before: j) else { break }
            out.append(s[(pos + m)..<j])
            j = pos
        }
        out.append(s[0..<j])
        return out.reversed()
    }

    static func firstIndex<T: Equatable>(_ s: [T], _ sep: [T], from: Int) -> Int? {
        let m = sep.count
        var i = from
        while i + m <= s.count {
            var j = 0
            while j < m && s[i + j] == sep[j] { j += 1 }
            if j == m { return i }
            i += 1
        }
        return nil
    }

    static func lastIndex<T: Equatable>(_ s: [T], _ sep: [T], before end: Int) -> Int? {
        let m = sep.count
        var i = end - m
        while i >= 0 {
            var j = 0
            while j < m && s[i + j] == sep[j] { j += 1 }
            if j == m { return i }
            i -= 1
        }
        return nil
    }

    static func splitlines<T: Equatable>(_ s: [T], keepends: Bool, _ isBreak: (T) -> Bool, cr: T, lf: T) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        let n = s.count
        var i = 0
        while i < n {
            let j = i
            while i < n && !isBreak(s[i]) { i += 1 }
            var eol = i
            if i < n {
                if s[i] == cr && i + 1 < n && s[i + 1] == lf { i += 2 } else { i += 1 }
                if keepends { eol = i }
            }
            out.append(s[j..<eol])
        }
        return out
    }

    // MARK: Registration

    static func register() {
        let s = Types.str
        func method(_ name: String, _ fn: @escaping NativeFunction) { Native.method(s, name, fn) }

        method("join") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "str.join")
            let items: [Value]
            do throws(PyError) { items = try Ops.toArray(a[0]) } catch {
                if error.matches(qk_exc.TypeError), Str.swift(try Exceptions.str(error.exception)) == "'\(a[0].type.name)' object is not iterable" {
                    throw .type("can only join an iterable")
                }
                throw error
            }
            let sep = a.receiver.ptr(QKStr.self)
            let sepLen = Int(sep.pointee.length)
            var total = 0
            var width = Str.width(sep)
            for (i, x) in items.enumerated() {
                guard StrArgs.isStr(x) else {
                    throw .type("sequence item \(i): expected str instance, \(x.type.name) found")
                }
                let p = x.ptr(QKStr.self)
                total += Int(p.pointee.length) + (i > 0 ? sepLen : 0)
                width = max(width, Str.width(p))
            }
            if items.isEmpty { return Str.empty }
            if items.count == 1 && items[0].isExactly(Types.str) { return items[0] }
            try StrArgs.checkSize(total * width)
            let out = Str.allocate(length: total, width: width)
            var at = 0
            for (i, x) in items.enumerated() {
                if i > 0 && sepLen > 0 {
                    Str.copy(from: sep, start: 0, count: sepLen, to: out, at: at)
                    at += sepLen
                }
                let p = x.ptr(QKStr.self)
                let n = Int(p.pointee.length)
                Str.copy(from: p, start: 0, count: n, to: out, at: at)
                at += n
            }
            if width == 4 { return StrMethods.narrowed(Value(out)) }
            return Value(out)
        }
        method("split") { (a: inout Args) throws(PyError) -> Value in try split(&a, right: false) }
        method("rsplit") { (a: inout Args) throws(PyError) -> Value in try split(&a, right: true) }
        for (name, mode) in [("strip", 0), ("lstrip", 1), ("rstrip", 2)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.count(a, name, "str.\(name)", min: 0, max: 1)
                let sp = a.receiver.ptr(QKStr.self)
                let n = Str.count(a.receiver)
                var set: Set<UInt32>? = nil
                if a.count > 0 && !a[0].isNone {
                    guard StrArgs.isStr(a[0]) else { throw .type("\(name) arg must be None or str") }
                    set = Set(cps(a[0]))
                }
                func strip(_ ch: UInt32) -> Bool { set.map { $0.contains(ch) } ?? UChar.isSpace(ch) }
                var lo = 0, hi = n
                if mode != 2 { while lo < hi && strip(Str.codePoint(sp, lo)) { lo += 1 } }
                if mode != 1 { while hi > lo && strip(Str.codePoint(sp, hi - 1)) { hi -= 1 } }
                return Str.substring(exact(a.receiver), lo, hi - lo)
            }
        }
        method("replace") { (a: inout Args) throws(PyError) -> Value in
            let p = try StrArgs.parse(a, "replace", ["old", "new", "count"], required: 2, positionalOnly: 2)
            let old = try StrArgs.str(p[0]!, "replace", 1), new = try StrArgs.str(p[1]!, "replace", 2)
            let count = try p[2].map { (v) throws(PyError) in try StrArgs.index(v) } ?? -1
            if Str.count(old) > 0 { return try replaceRaw(exact(a.receiver), old, exact(new), count) }
            return make(try replace(cps(a.receiver), cps(old), cps(new), count))
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.count(a, name, "str.\(name)", min: 1, max: 3)
                let n = Str.count(a.receiver)
                let (lo, hi) = try StrArgs.bounds(a, n, from: 1)
                let candidates: [Value]
                if a[0].isObject && a[0].layout == QK_LAYOUT_TUPLE {
                    candidates = Tuple.elements(a[0])
                    for x in candidates where !StrArgs.isStr(x) {
                        throw .type("tuple for \(name) must only contain str, not \(x.type.name)")
                    }
                } else {
                    guard StrArgs.isStr(a[0]) else {
                        throw .type("\(name) first arg must be str or a tuple of str, not \(a[0].type.name)")
                    }
                    candidates = [a[0]]
                }
                for x in candidates where tailMatchRaw(a.receiver, x, lo, hi, suffix) { return .true_ }
                return .false_
            }
        }
        let mappings: [(String, (CPs) -> CPs)] = [("upper", UChar.upper), ("lower", UChar.lower), ("casefold", UChar.casefold),
                                                  ("capitalize", UChar.capitalize), ("title", UChar.title),
                                                  ("swapcase", UChar.swapcase)]
        for (name, f) in mappings {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.none(a, "str.\(name)")
                if name == "upper" || name == "lower" || name == "casefold", Str.isASCII(a.receiver) {
                    return asciiMap(a.receiver, upper: name == "upper")
                }
                return make(f(cps(a.receiver)))
            }
        }
        for (name, reverse, raise) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.count(a, name, "str.\(name)", min: 1, max: 3)
                let needle = try StrArgs.str(a[0], name, 1)
                let n = Str.count(a.receiver)
                let (lo, hi) = try StrArgs.bounds(a, n, from: 1)
                if lo > n { if raise { throw .value("substring not found") }; return .int(-1) }
                let r = reverse ? Strings.rfind(a.receiver, needle, lo, hi) : Strings.find(a.receiver, needle, lo, hi)
                if r < 0 && raise { throw .value("substring not found") }
                return .int(r)
            }
        }
        method("count") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.count(a, "count", "str.count", min: 1, max: 3)
            let needle = try StrArgs.str(a[0], "count", 1)
            let n = Str.count(a.receiver)
            let (lo, hi) = try StrArgs.bounds(a, n, from: 1)
            if lo > n { return .int(0) }
            let m = Str.count(needle)
            if hi - lo < m { return .int(0) }
            if m == 0 { return .int(hi - lo + 1) }
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
            ("isdigit", UChar.isDigit), ("isdecimal", UChar.isDecimal), ("isnumeric", UChar.isNumeric),
            ("isalpha", UChar.isAlpha), ("isalnum", UChar.isAlnum), ("isspace", UChar.isSpace),
        ]
        for (name, p) in predicates {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.none(a, "str.\(name)")
                let sp = a.receiver.ptr(QKStr.self)
                let n = Str.count(a.receiver)
                if n == 0 { return .false_ }
                for i in 0..<n where !p(Str.codePoint(sp, i)) { return .false_ }
                return .true_
            }
        }
        method("isascii") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "str.isascii")
            return .bool(cps(a.receiver).allSatisfy { $0 < 128 })
        }
        method("isprintable") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "str.isprintable")
            return .bool(cps(a.receiver).allSatisfy(UChar.isPrintable))
        }
        method("isupper") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "str.isupper")
            var cased = false
            for c in cps(a.receiver) {
                if UChar.isLower(c) || UChar.isTitle(c) { return .false_ }
                if !cased && UChar.isUpper(c) { cased = true }
            }
            return .bool(cased)
        }
        method("islower") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "str.islower")
            var cased = false
            for c in cps(a.receiver) {
                if UChar.isUpper(c) || UChar.isTitle(c) { return .false_ }
                if !cased && UChar.isLower(c) { cased = true }
            }
            return .bool(cased)
        }
        method("istitle") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "str.istitle")
            var cased = false, prev = false
            for c in cps(a.receiver) {
                if UChar.isUpper(c) || UChar.isTitle(c) {
                    if prev { return .false_ }
                    prev = true
                    cased = true
                } else if UChar.isLower(c) {
                    if !prev { return .false_ }
                    prev = true
                    cased = true
                } else {
                    prev = false
                }
            }
            return .bool(cased)
        }
        method("isidentifier") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.none(a, "str.isidentifier")
            let c = cps(a.receiver)
            guard let f = c.first, UChar.isXIDStart(f) else { return .false_ }
            return .bool(c.dropFirst().allSatisfy(UChar.isXIDContinue))
        }
        method("encode") { (a: inout Args) throws(PyError) -> Value in
            let p = try StrArgs.parse(a, "encode", ["encoding", "errors"])
            let (enc, errs) = try encodingArgs(p[0], p[1], "encode")
            return Bytes.make(try Codecs.encode(cps(a.receiver), enc, errs))
        }
        method("format") { (a: inout Args) throws(PyError) -> Value in try StrFormat.format(a.receiver, a) }
        method("format_map") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "str.format_map")
            return try StrFormat.formatMap(a.receiver, a[0])
        }
        method("__format__") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "str.__format__")
            guard StrArgs.isStr(a[0]) else { throw .type("__format__() argument must be str, not \(a[0].type.name)") }
            if Str.count(a[0]) == 0 { return exact(a.receiver) }
            return make(try FormatSpec.formatStr(cps(a.receiver), cps(a[0])))
        }
        method("__mod__") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "str.__mod__")
            return try Strings.percentFormat(a.receiver, a[0])
        }
        method("__rmod__") { (a: inout Args) throws(PyError) -> Value in .notImplemented }
        method("__len__") { (a: inout Args) throws(PyError) -> Value in .int(Str.count(a.receiver)) }
        method("__getitem__") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "str.__getitem__")
            return try Strings.getItem(a.receiver, a[0])
        }
        method("__add__") { (a: inout Args) throws(PyError) -> Value in
            guard StrArgs.isStr(a[0]) else { throw .type("can only concatenate str (not \"\(a[0].type.name)\") to str") }
            return Str.concat(exact(a.receiver), exact(a[0]))
        }
        method("__mul__") { (a: inout Args) throws(PyError) -> Value in
            guard Ints.isInt(a[0]) || Ops.userMethod(a[0].type, Names.__index__) != nil else { return .notImplemented }
            return try Strings.repeatedChecked(exact(a.receiver), try StrArgs.index(a[0]))
        }
        method("__rmul__") { (a: inout Args) throws(PyError) -> Value in
            guard Ints.isInt(a[0]) || Ops.userMethod(a[0].type, Names.__index__) != nil else { return .notImplemented }
            return try Strings.repeatedChecked(exact(a.receiver), try StrArgs.index(a[0]))
        }
        method("__contains__") { (a: inout Args) throws(PyError) -> Value in
            guard StrArgs.isStr(a[0]) else { throw .type("'in <string>' requires string as left operand, not \(a[0].type.name)") }
            return .bool(Strings.find(a.receiver, a[0], 0, Str.count(a.receiver)) >= 0)
        }
        method("__iter__") { (a: inout Args) throws(PyError) -> Value in try Ops.iter(exact(a.receiver)) }
        method("__str__") { (a: inout Args) throws(PyError) -> Value in exact(a.receiver) }
        method("__repr__") { (a: inout Args) throws(PyError) -> Value in try Ops.repr(exact(a.receiver)) }
        method("__hash__") { (a: inout Args) throws(PyError) -> Value in .int(Str.hash(a.receiver)) }
        method("__getnewargs__") { (a: inout Args) throws(PyError) -> Value in Tuple.make([exact(a.receiver)]) }
        method("__sizeof__") { (a: inout Args) throws(PyError) -> Value in
            let p = a.receiver.ptr(QKStr.self)
            let w = Str.width(p)
            let n = Str.count(a.receiver)
            let ascii = w == 1 && cps(a.receiver).allSatisfy { $0 < 128 }
            return .int((ascii ? 40 : 56) + (n + 1) * (w == 1 ? 1 : (cps(a.receiver).contains { $0 > 0xffff } ? 4 : 2)))
        }
        let cmps: [(String, (Int) -> Bool)] = [("__eq__", { $0 == 0 }), ("__ne__", { $0 != 0 }), ("__lt__", { $0 < 0 }),
                                               ("__le__", { $0 <= 0 }), ("__gt__", { $0 > 0 }), ("__ge__", { $0 >= 0 })]
        for (name, f) in cmps {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                guard a.count == 1, StrArgs.isStr(a[0]) else { return .notImplemented }
                if name == "__eq__" || name == "__ne__" { return .bool(f(Str.equal(a.receiver, a[0]) ? 0 : 1)) }
                return .bool(f(Str.compare(a.receiver, a[0])))
            }
        }
        for (name, kind) in [("ljust", 0), ("rjust", 1), ("center", 2)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.count(a, name, "str.\(name)", min: 1, max: 2)
                let width = try StrArgs.index(a[0])
                var fill: UInt32 = 32
                if a.count > 1 {
                    guard StrArgs.isStr(a[1]) else {
                        throw .type("The fill character must be a unicode character, not \(a[1].type.name)")
                    }
                    guard Str.count(a[1]) == 1 else { throw .type("The fill character must be exactly one character long") }
                    fill = Str.codePoint(a[1].ptr(QKStr.self), 0)
                }
                let c = cps(a.receiver)
                if width <= c.count { return exact(a.receiver) }
                try StrArgs.checkSize(width)
                let marg = width - c.count
                let left: Int
                switch kind {
                case 0: left = 0
                case 1: left = marg
                default: left = marg / 2 + (marg & width & 1)
                }
                return make([UInt32](repeating: fill, count: left) + c + [UInt32](repeating: fill, count: marg - left))
            }
        }
        method("zfill") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "str.zfill")
            let width = try StrArgs.index(a[0])
            var c = cps(a.receiver)
            if c.count >= width { return exact(a.receiver) }
            try StrArgs.checkSize(width)
            let fill = width - c.count
            c = [UInt32](repeating: 48, count: fill) + c
            if fill < c.count && (c[fill] == 43 || c[fill] == 45) {
                c[0] = c[fill]
                c[fill] = 48
            }
            return make(c)
        }
        for (name, right) in [("partition", false), ("rpartition", true)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.one(a, "str.\(name)")
                guard StrArgs.isStr(a[0]) else { throw .type("must be str, not \(a[0].type.name)") }
                let sep = cps(a[0])
                if sep.isEmpty { throw .value("empty separator") }
                let c = cps(a.receiver)
                let i = right ? rfind(c, sep, 0, c.count) : find(c, sep, 0, c.count)
                let me = exact(a.receiver)
                if i < 0 {
                    return right ? Tuple.make([Str.empty, Str.empty, me]) : Tuple.make([me, Str.empty, Str.empty])
                }
                let n = c.count, m = sep.count
                return Tuple.make([Str.substring(me, 0, i), exact(a[0]), Str.substring(me, i + m, n - i - m)])
            }
        }
        method("splitlines") { (a: inout Args) throws(PyError) -> Value in
            let p = try StrArgs.parse(a, "splitlines", ["keepends"])
            let keep = try p[0].map { (v) throws(PyError) in try Ops.truthy(v) } ?? false
            let parts = splitlines(cps(a.receiver), keepends: keep, UChar.isLineBreak, cr: 13, lf: 10)
            return List.make(parts.map { make(Array($0)) })
        }
        method("expandtabs") { (a: inout Args) throws(PyError) -> Value in
            let p = try StrArgs.parse(a, "expandtabs", ["tabsize"])
            let size = try p[0].map { (v) throws(PyError) in try StrArgs.cInt(v) } ?? 8
            return make(try expandtabs(cps(a.receiver), size, tab: 9))
        }
        for (name, suffix) in [("removeprefix", false), ("removesuffix", true)] {
            method(name) { (a: inout Args) throws(PyError) -> Value in
                try StrArgs.one(a, "str.\(name)")
                guard StrArgs.isStr(a[0]) else { throw .type("\(name)() argument must be str, not \(a[0].type.name)") }
                let c = cps(a.receiver), p = cps(a[0])
                if !p.isEmpty && tailMatch(c, p, 0, c.count, suffix) {
                    return suffix ? make(Array(c[0..<(c.count - p.count)])) : make(Array(c[p.count...]))
                }
                return exact(a.receiver)
            }
        }
        Native.classMethod(s, "maketrans") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.count(a, "maketrans", "str.maketrans", min: 1, max: 3)
            let d = Dict.new()
            if a.count == 1 {
                guard a[0].isObject && a[0].layout == QK_LAYOUT_DICT else {
                    throw .type("if you give only one argument to maketrans it must be a dict")
                }
                for (k, v) in Dict.items(a[0]) {
                    if StrArgs.isStr(k) {
                        guard Str.count(k) == 1 else { throw .value("string keys in translate table must be of length 1") }
                        try Dict.set(d, .int(Int(Str.codePoint(k.ptr(QKStr.self), 0))), v)
                    } else if Ints.isInt(k) {
                        try Dict.set(d, k, v)
                    } else {
                        throw .type("keys in translate table must be strings or integers")
                    }
                }
                return d
            }
            let x = try StrArgs.str(a[0], "maketrans", 1), y = try StrArgs.str(a[1], "maketrans", 2)
            let xs = cps(x), ys = cps(y)
            guard xs.count == ys.count else { throw .value("the first two maketrans arguments must have equal length") }
            for (p, q) in zip(xs, ys) { try Dict.set(d, .int(Int(p)), .int(Int(q))) }
            if a.count > 2 {
                let z = try StrArgs.str(a[2], "maketrans", 3)
                for c in cps(z) { try Dict.set(d, .int(Int(c)), .none) }
            }
            return d
        }
        method("translate") { (a: inout Args) throws(PyError) -> Value in
            try StrArgs.one(a, "str.translate")
            var out: CPs = []
            let table = a[0]
            for c in cps(a.receiver) {
                let r: Value?
                do throws(PyError) { r = try Ops.getItem(table, .int(Int(c))) } catch {
                    if error.matches(qk_exc.LookupError) { out.append(c); continue }
                    throw error
                }
                guard let v = r else { out.append(c); continue }
                if v.isNone { continue }
                if Ints.isInt(v) {
                    guard let i = Ints.exact(v), i >= 0 && i < 0x110000 else {
                        throw .value("character mapping must be in range(0x110000)")
                    }
                    out.append(UInt32(i))
                } else if StrArgs.isStr(v) {
                    out += cps(v)
                } else {
                    throw .type("character mapping must return integer, None or str")
                }
            }
            return make(out)
        }
        registerConstructor()
    }

    /// A width-4 string whose code points all fit in one byte, re-encoded at width 1.
    static func narrowed(_ v: Value) -> Value {
        let p = v.ptr(QKStr.self)
        if Str.width(p) == 1 { return v }
        let n = Str.count(v)
        let d = Str.data(p).assumingMemoryBound(to: UInt32.self)
        for i in 0..<n where d[i] > 255 { return v }
        return make(cps(v))
    }

    static func tailMatchRaw(_ s: Value, _ p: Value, _ start: Int, _ end0: Int, _ suffix: Bool) -> Bool {
        let n = Str.count(s), m = Str.count(p)
        if start > n { return false }
        let end = end0 - m
        if end < start { return false }
        if m == 0 { return true }
        let base = suffix ? end : start
        let x = s.ptr(QKStr.self), y = p.ptr(QKStr.self)
        let w = Str.width(x)
        if w == Str.width(y) { return memcmp(Str.data(x) + base * w, Str.data(y), m * w) == 0 }
        for k in 0..<m where Str.codePoint(x, base + k) != Str.codePoint(y, k) { return false }
        return true
    }

    static func asciiMap(_ v: Value, upper: Bool) -> Value {
        let n = Str.count(v)
        let src = Str.data(v.ptr(QKStr.self)).assumingMemoryBound(to: UInt8.self)
        var changed = false
        for i in 0..<n {
            let c = src[i]
            if upper ? (c >= 97 && c <= 122) : (c >= 65 && c <= 90) { changed = true; break }
        }
        if !changed { return exact(v) }
        let p = Str.allocate(length: n, width: 1)
        let d = Str.data(p).assumingMemoryBound(to: UInt8.self)
        for i in 0..<n {
            let c = src[i]
            if upper { d[i] = c >= 97 && c <= 122 ? c - 32 : c } else { d[i] = c >= 65 && c <= 90 ? c + 32 : c }
        }
        return Value(p)
    }

    static func splitWhitespaceRaw(_ v: Value, _ maxcount: Int) -> [(Int, Int)] {
        let p = v.ptr(QKStr.self)
        let n = Str.count(v)
        var out: [(Int, Int)] = []
        var maxc = maxcount < 0 ? Int.max : maxcount
        var i = 0
        while maxc > 0 {
            maxc -= 1
            while i < n && UChar.isSpace(Str.codePoint(p, i)) { i += 1 }
            if i == n { break }
            let j = i
            i += 1
            while i < n && !UChar.isSpace(Str.codePoint(p, i)) { i += 1 }
            out.append((j, i))
        }
        if i < n {
            while i < n && UChar.isSpace(Str.codePoint(p, i)) { i += 1 }
            if i != n { out.append((i, n)) }
        }
        return out
    }

    static func rsplitWhitespaceRaw(_ v: Value, _ maxcount: Int) -> [(Int, Int)] {
        let p = v.ptr(QKStr.self)
        var out: [(Int, Int)] = []
        var maxc = maxcount < 0 ? Int.max : maxcount
        var i = Str.count(v) - 1
        while maxc > 0 {
            maxc -= 1
            while i >= 0 && UChar.isSpace(Str.codePoint(p, i)) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !UChar.isSpace(Str.codePoint(p, i)) { i -= 1 }
            out.append((i + 1, j + 1))
        }
        if i >= 0 {
            while i >= 0 && UChar.isSpace(Str.codePoint(p, i)) { i -= 1 }
            if i >= 0 { out.append((0, i + 1)) }
        }
        return out.reversed()
    }

    /// replace with a non-empty `old`, on the raw buffers.
    static func replaceRaw(_ s: Value, _ old: Value, _ new: Value, _ maxcount: Int) throws(PyError) -> Value {
        let n = Str.count(s), m = Str.count(old)
        var maxc = maxcount < 0 ? Int.max : maxcount
        var parts: [Value] = []
        var i = 0
        var total = 0
        let nl = Str.count(new)
        while maxc > 0 {
            let pos = Strings.find(s, old, i, n)
            if pos < 0 { break }
            maxc -= 1
            if pos > i { parts.append(Str.substring(s, i, pos - i)) }
            if nl > 0 { parts.append(new) }
            total += pos - i + nl
            try StrArgs.checkSize(total)
            i = pos + m
        }
        if i == 0 { return s }
        if i < n { parts.append(Str.substring(s, i, n - i)) }
        if parts.isEmpty { return Str.empty }
        return Strings.join(parts)
    }

    static func tailMatch<T: Equatable>(_ c: [T], _ p: [T], _ start: Int, _ end0: Int, _ suffix: Bool) -> Bool {
        if start > c.count { return false }
        let end = end0 - p.count
        if end < start { return false }
        if p.isEmpty { return true }
        let base = suffix ? end : start
        for k in 0..<p.count where c[base + k] != p[k] { return false }
        return true
    }

    static func replace<T: Equatable>(_ s: [T], _ old: [T], _ new: [T], _ maxcount: Int) throws(PyError) -> [T] {
        var maxc = maxcount
        if maxc < 0 { maxc = Int.max } else if maxc == 0 || s.isEmpty && !old.isEmpty { return s }
        if old.isEmpty {
            if s.isEmpty && maxcount >= 0 && maxcount == 0 { return s }
            let n = min(s.count + 1, maxc)
            try StrArgs.checkSize(s.count + n * new.count)
            var out: [T] = []
            out.reserveCapacity(s.count + n * new.count)
            var k = 0
            for (i, ch) in s.enumerated() {
                if i < n { out += new; k += 1 }
                out.append(ch)
            }
            if k < n { out += new }
            return out
        }
        var out: [T] = []
        var i = 0
        var done = 0
        while done < maxc, let pos = firstIndex(s, old, from: i) {
            out += s[i..<pos]
            out += new
            i = pos + old.count
            done += 1
            if out.count > (1 << 40) { throw PyError(qk_exc.MemoryError, "") }
        }
        if done == 0 { return s }
        out += s[i...]
        return out
    }

    static func expandtabs<T: BinaryInteger>(_ s: [T], _ size: Int, tab: T) throws(PyError) -> [T] {
        var out: [T] = []
        var col = 0
        for ch in s {
            if ch == tab {
                if size > 0 {
                    let incr = size - col % size
                    try StrArgs.checkSize(out.count + incr)
                    out += [T](repeating: 32, count: incr)
                    col += incr
                }
            } else {
                out.append(ch)
                col += 1
                if ch == 10 || ch == 13 { col = 0 }
            }
        }
        return out
    }

    static func encodingArgs(_ e: Value?, _ r: Value?, _ fname: String) throws(PyError) -> (String, String) {
        var enc = "utf-8", errs = "strict"
        if let e {
            guard StrArgs.isStr(e) else { throw .type("\(fname)() argument 'encoding' must be str, not \(e.type.name)") }
            enc = Str.swift(e)
        }
        if let r {
            guard StrArgs.isStr(r) else { throw .type("\(fname)() argument 'errors' must be str, not \(r.type.name)") }
            errs = Str.swift(r)
        }
        return (enc, errs)
    }

    static func split(_ a: inout Args, right: Bool) throws(PyError) -> Value {
        let name = right ? "rsplit" : "split"
        let p = try StrArgs.parse(a, name, ["sep", "maxsplit"])
        let sepV = p[0] ?? .none
        let maxsplit = try p[1].map { (v) throws(PyError) in try StrArgs.index(v) } ?? -1
        let me = exact(a.receiver)
        let n = Str.count(me)
        var ranges: [(Int, Int)]
        if sepV.isNone {
            ranges = right ? rsplitWhitespaceRaw(me, maxsplit) : splitWhitespaceRaw(me, maxsplit)
        } else {
            guard StrArgs.isStr(sepV) else { throw .type("must be str or None, not \(sepV.type.name)") }
            let m = Str.count(sepV)
            if m == 0 { throw .value("empty separator") }
            var maxc = maxsplit < 0 ? Int.max : maxsplit
            ranges = []
            if right {
                var j = n
                while maxc > 0 {
                    maxc -= 1
                    let pos = Strings.rfind(me, sepV, 0, j)
                    if pos < 0 { break }
                    ranges.append((pos + m, j))
                    j = pos
                }
                ranges.append((0, j))
                ranges.reverse()
            } else {
                var i = 0
                while maxc > 0 {
                    maxc -= 1
                    let pos = Strings.find(me, sepV, i, n)
                    if pos < 0 { break }
                    ranges.append((i, pos))
                    i = pos + m
                }
                ranges.append((i, n))
            }
        }
        return List.make(ranges.map { Str.substring(me, $0.0, $0.1 - $0.0) })
    }

    /// str(object='', encoding=..., errors=...): decoding when encoding or errors is given.
    static func registerConstructor() {
        let previous = Dict.getStr(Types.str.dict, "__new__")
        Dict.setStr(Types.str.dict, "__new__", Native.function("__new__", qualname: "str.__new__") { (a: inout Args) throws(PyError) -> Value in
            var b = a
            var cls = Types.str
            if b.receiver.isNull {
                guard b.count > 0 else { throw .type("str.__new__(): not enough arguments") }
                cls = b[0].ptr(QKType.self)
                b.base += 1
                b.total -= 1
            } else {
                cls = b.receiver.ptr(QKType.self)
            }
            let p = try StrArgs.parse(b, "str", ["object", "encoding", "errors"])
            if p[1] == nil && p[2] == nil, let prev = previous {
                return try Native.call(prev, receiver: a.receiver, a.base, a.total, kwnames: a.kwnames)
            }
            let (enc, errs) = try encodingArgs(p[1], p[2], "str")
            var result = Str.empty
            if let o = p[0] {
                if StrArgs.isStr(o) { throw .type("decoding str is not supported") }
                guard let bytes = try Bytes.bufferBytes(o) else {
                    throw .type("decoding to str: need a bytes-like object, \(o.type.name) found")
                }
                result = make(try Codecs.decode(bytes, enc, errs))
            }
            if cls == Types.str { return result }
            let n = Str.count(result)
            let out = Str.allocate(length: n, width: Str.width(result.ptr(QKStr.self)))
            out.pointee.ob.ob_type = cls
            Str.copy(from: result.ptr(QKStr.self), start: 0, count: n, to: out, at: 0)
            return Value(out)
        })
    }
}
