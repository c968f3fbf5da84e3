// str operations used by the interpreter: joining, searching, indexing, repetition.
// The Python-visible str methods live in Builtins/Methods+Str.swift.

import CSupport

public enum Strings {
    /// BUILD_STRING: concatenate `n` str values.
    static func join(_ p: UnsafeMutablePointer<Value>, _ n: Int) -> Value {
        var total = 0, width = 1
        for i in 0..<n {
            let s = p[i].ptr(QKStr.self)
            total += Int(s.pointee.length)
            width = max(width, Str.width(s))
        }
        let out = Str.allocate(length: total, width: width)
        var at = 0
        for i in 0..<n {
            let s = p[i].ptr(QKStr.self)
            Str.copy(from: s, start: 0, count: Int(s.pointee.length), to: out, at: at)
            at += Int(s.pointee.length)
        }
        return Value(out)
    }

    public static func join(_ parts: [Value]) -> Value {
        var copy = parts
        return copy.withUnsafeMutableBufferPointer { b in join(b.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!, b.count) }
    }

    /// Index of `needle` in `hay[start..<end]`, or -1.
    public static func find(_ hay: Value, _ needle: Value, _ start: Int, _ end: Int) -> Int {
        let h = hay.ptr(QKStr.self), n = needle.ptr(QKStr.self)
        let m = Int(n.pointee.length)
        if m == 0 { return start <= end && start <= Int(h.pointee.length) ? start : -1 }
        if end - start < m { return -1 }
        let first = Str.codePoint(n, 0)
        var i = start
        while i <= end - m {
            if Str.codePoint(h, i) == first {
                var j = 1
                while j < m && Str.codePoint(h, i + j) == Str.codePoint(n, j) { j += 1 }
                if j == m { return i }
            }
            i += 1
        }
        return -1
    }

    public static func rfind(_ hay: Value, _ needle: Value, _ start: Int, _ end: Int) -> Int {
        let h = hay.ptr(QKStr.self), n = needle.ptr(QKStr.self)
        let m = Int(n.pointee.length)
        if end - start < m { return -1 }
        var i = end - m
        while i >= start {
            var j = 0
            while j < m && Str.codePoint(h, i + j) == Str.codePoint(n, j) { j += 1 }
            if j == m { return i }
            i -= 1
        }
        return -1
    }

    static func getItem(_ s: Value, _ key: Value) throws(PyError) -> Value {
        let p = s.ptr(QKStr.self)
        let n = Int(p.pointee.length)
        if key.isLayout(QK_LAYOUT_SLICE) {
            let (start, _, step, count) = try Slices.indices(key, n)
            if step == 1 { return Str.substring(s, start, count) }
            var cps: [UInt32] = []
            cps.reserveCapacity(count)
            for k in 0..<count { cps.append(Str.codePoint(p, start + k * step)) }
            return Str.make(codePoints: cps)
        }
        guard Ints.isInt(key) || Ops.userMethod(key.type, Names.__index__) != nil else {
            throw .type("string indices must be integers, not '\(key.type.name)'")
        }
        let i = try Sequences.normalize(key, n, "string")
        return Str.char(Str.codePoint(p, i))
    }

    static func repeated(_ s: Value, _ n: Int) -> Value {
        let p = s.ptr(QKStr.self)
        let len = Int(p.pointee.length)
        if n <= 0 || len == 0 { return Str.empty }
        if n == 1 { return s }
        let out = Str.allocate(length: len * n, width: Str.width(p))
        for k in 0..<n { Str.copy(from: p, start: 0, count: len, to: out, at: k * len) }
        return Value(out)
    }
}

extension Strings {
    /// s * n with CPython's size checks (OverflowError / MemoryError instead of a trap).
    static func repeatedChecked(_ s: Value, _ n: Int) throws(PyError) -> Value {
        let len = Str.count(s)
        if n <= 0 || len == 0 { return Str.empty }
        if len > Int.max / n { throw .overflow("repeated string is too long") }
        try StrArgs.checkSize(len * n * Str.width(s.ptr(QKStr.self)))
        return repeated(s, n)
    }
}
