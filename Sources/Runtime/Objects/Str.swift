// str: immutable code-point arrays, 1 byte wide when every code point is below 256 and
// 4 bytes wide otherwise, so indexing is O(1). Identifiers are interned.

import CSupport
#if canImport(Glibc)
import Glibc
#endif

public typealias StrPtr = UnsafeMutablePointer<QKStr>

public enum Str {
    nonisolated(unsafe) static var internTable = Value.null
    nonisolated(unsafe) static var latin1Cache: [Value] = []
    nonisolated(unsafe) public static var empty = Value.null

    /// Allocate an uninitialized string of `length` code points and `width` (1 or 4).
    public static func allocate(length: Int, width: Int) -> StrPtr {
        let size = MemoryLayout<QKStr>.size + length * width + 4
        // Callers write all the code units; only the header and the NUL need clearing.
        let s: StrPtr = Heap.allocate(Types.str, size: size, as: QKStr.self, zeroed: MemoryLayout<QKStr>.size)
        (UnsafeMutableRawPointer(s) + size - 4).storeBytes(of: 0, as: UInt32.self)
        s.pointee.ob.ob_aux = UInt32(width)
        s.pointee.length = Int64(length)
        s.pointee.hash = -1
        return s
    }

    @inline(__always) public static func data(_ s: StrPtr) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(s).advanced(by: MemoryLayout<QKStr>.size)
    }
    @inline(__always) public static func width(_ s: StrPtr) -> Int { Int(s.pointee.ob.ob_aux) }
    @inline(__always) public static func count(_ v: Value) -> Int { Int(v.ptr(QKStr.self).pointee.length) }

    @inline(__always) public static func codePoint(_ s: StrPtr, _ i: Int) -> UInt32 {
        if s.pointee.ob.ob_aux == 1 { return UInt32(data(s).load(fromByteOffset: i, as: UInt8.self)) }
        return data(s).load(fromByteOffset: i * 4, as: UInt32.self)
    }

    /// The decimal text of a machine int, written straight into a width-1 string.
    public static func decimal(_ i: Int) -> Value {
        if i >= 0 && i < 10 { return char(48 + UInt32(i)) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for Int.min
        return withUnsafeMutableBytes(of: &digits) { buf in
            var n = i.magnitude
            var at = buf.count
            repeat {
                at -= 1
                buf[at] = UInt8(48 + n % 10)
                n /= 10
            } while n > 0
            if i < 0 { at -= 1; buf[at] = 45 }
            let p = allocate(length: buf.count - at, width: 1)
            data(p).copyMemory(from: buf.baseAddress! + at, byteCount: buf.count - at)
            return Value(p)
        }
    }

    public static func make(_ s: String) -> Value {
        var maxCP: UInt32 = 0
        var n = 0
        for u in s.unicodeScalars {
            maxCP = max(maxCP, u.value)
            n += 1
        }
        if n == 0, !empty.isNull { return empty }
        let width = maxCP < 256 ? 1 : 4
        let p = allocate(length: n, width: width)
        let d = data(p)
        var i = 0
        if width == 1 {
            for u in s.unicodeScalars {
                d.storeBytes(of: UInt8(u.value), toByteOffset: i, as: UInt8.self)
                i += 1
            }
        } else {
            for u in s.unicodeScalars {
                d.storeBytes(of: u.value, toByteOffset: i * 4, as: UInt32.self)
                i += 1
            }
        }
        return Value(p)
    }

    /// A string from code points (narrowed to width 1 when possible).
    public static func make(codePoints cps: UnsafeBufferPointer<UInt32>) -> Value {
        var maxCP: UInt32 = 0
        for c in cps { maxCP = max(maxCP, c) }
        if cps.count == 1 && maxCP < 256 { return char(maxCP) }
        let width = maxCP < 256 ? 1 : 4
        let p = allocate(length: cps.count, width: width)
        let d = data(p)
        if width == 1 {
            for (i, c) in cps.enumerated() { d.storeBytes(of: UInt8(c), toByteOffset: i, as: UInt8.self) }
        } else {
            d.copyMemory(from: cps.baseAddress!, byteCount: cps.count * 4)
        }
        return Value(p)
    }

    public static func make(codePoints cps: [UInt32]) -> Value {
        cps.withUnsafeBufferPointer { make(codePoints: $0) }
    }

    /// A one-character string; code points below 256 are cached.
    public static func char(_ cp: UInt32) -> Value {
        if cp < 256 && !latin1Cache.isEmpty { return latin1Cache[Int(cp)] }
        let width = cp < 256 ? 1 : 4
        let p = allocate(length: 1, width: width)
        if width == 1 { data(p).storeBytes(of: UInt8(cp), as: UInt8.self) } else { data(p).storeBytes(of: cp, as: UInt32.self) }
        return Value(p)
    }

    public static func swift(_ v: Value) -> String {
        let s = v.ptr(QKStr.self)
        let n = Int(s.pointee.length)
        if width(s) == 1 {
            let bytes = UnsafeBufferPointer(start: data(s).assumingMemoryBound(to: UInt8.self), count: n)
            var allASCII = true
            for b in bytes where b >= 0x80 { allASCII = false; break }
            if allASCII { return String(decoding: bytes, as: UTF8.self) }
        }
        var out = String.UnicodeScalarView()
        for i in 0..<n { out.append(Unicode.Scalar(codePoint(s, i)) ?? "\u{FFFD}") }
        return String(out)
    }

    public static func codePoints(_ v: Value) -> [UInt32] {
        let s = v.ptr(QKStr.self)
        let n = Int(s.pointee.length)
        if width(s) == 4 {
            return Array(UnsafeBufferPointer(start: data(s).assumingMemoryBound(to: UInt32.self), count: n))
        }
        let d = data(s).assumingMemoryBound(to: UInt8.self)
        return [UInt32](unsafeUninitializedCapacity: n) { buf, count in
            for i in 0..<n { buf[i] = UInt32(d[i]) }
            count = n
        }
    }

    /// True if every code point is ASCII (width-1 strings only; a scan).
    public static func isASCII(_ v: Value) -> Bool {
        let s = v.ptr(QKStr.self)
        if width(s) != 1 { return false }
        let d = data(s).assumingMemoryBound(to: UInt8.self)
        for i in 0..<Int(s.pointee.length) where d[i] >= 128 { return false }
        return true
    }

    /// A new width-1 string from bytes (all below 256).
    public static func make(latin1 bytes: UnsafeBufferPointer<UInt8>) -> Value {
        let n = bytes.count
        if n == 0 { return empty }
        if n == 1 { return char(UInt32(bytes[0])) }
        let p = allocate(length: n, width: 1)
        if let b = bytes.baseAddress { data(p).copyMemory(from: b, byteCount: n) }
        return Value(p)
    }

    // MARK: Hashing, equality, interning

    public static func hash(_ v: Value) -> Int {
        let s = v.ptr(QKStr.self)
        if s.pointee.hash != -1 { return Int(s.pointee.hash) }
        // FNV-1a over code points; CPython randomizes str hashes, so no program can rely on them.
        var h: UInt64 = 0xcbf29ce484222325
        let n = Int(s.pointee.length)
        if width(s) == 1 {
            let d = data(s).assumingMemoryBound(to: UInt8.self)
            for i in 0..<n { h = (h ^ UInt64(d[i])) &* 0x100000001b3 }
        } else {
            let d = data(s).assumingMemoryBound(to: UInt32.self)
            for i in 0..<n { h = (h ^ UInt64(d[i])) &* 0x100000001b3 }
        }
        var r = Int(truncatingIfNeeded: h >> 1)
        if r == -1 { r = -2 }
        s.pointee.hash = Int64(r)
        return r
    }

    @inline(__always)
    public static func equal(_ a: Value, _ b: Value) -> Bool {
        if a == b { return true }
        let x = a.ptr(QKStr.self), y = b.ptr(QKStr.self)
        if x.pointee.length != y.pointee.length { return false }
        if x.pointee.interned != 0 && y.pointee.interned != 0 { return false }
        if x.pointee.hash != -1 && y.pointee.hash != -1 && x.pointee.hash != y.pointee.hash { return false }
        let n = Int(x.pointee.length)
        if x.pointee.ob.ob_aux == y.pointee.ob.ob_aux {
            return memcmp(data(x), data(y), n * width(x)) == 0
        }
        for i in 0..<n where codePoint(x, i) != codePoint(y, i) { return false }
        return true
    }

    /// -1, 0, 1 by code point order.
    public static func compare(_ a: Value, _ b: Value) -> Int {
        let x = a.ptr(QKStr.self), y = b.ptr(QKStr.self)
        let n = min(Int(x.pointee.length), Int(y.pointee.length))
        for i in 0..<n {
            let c = codePoint(x, i), d = codePoint(y, i)
            if c != d { return c < d ? -1 : 1 }
        }
        let lx = x.pointee.length, ly = y.pointee.length
        return lx < ly ? -1 : (lx > ly ? 1 : 0)
    }

    public static func intern(_ s: String) -> Value { intern(make(s)) }

    /// The canonical copy of `v`, so names compare by pointer.
    public static func intern(_ v: Value) -> Value {
        if v.ptr(QKStr.self).pointee.interned != 0 { return v }
        if let existing = Dict.getStr(internTable, v) { return existing }
        v.ptr(QKStr.self).pointee.interned = 1
        Dict.setStr(internTable, v, v)
        return v
    }

    static func bootstrap() {
        internTable = Dict.new()
        Heap.addRoot(internTable)
        var cache: [Value] = []
        for cp in 0..<256 {
            let p = allocate(length: 1, width: 1)
            data(p).storeBytes(of: UInt8(cp), as: UInt8.self)
            cache.append(Value(p))
            Heap.addRoot(Value(p))
        }
        latin1Cache = cache
        empty = Value(allocate(length: 0, width: 1))
        Heap.addRoot(empty)
    }

    public static func concat(_ a: Value, _ b: Value) -> Value {
        let x = a.ptr(QKStr.self), y = b.ptr(QKStr.self)
        let la = Int(x.pointee.length), lb = Int(y.pointee.length)
        if la == 0 { return b }
        if lb == 0 { return a }
        let w = max(width(x), width(y))
        let p = allocate(length: la + lb, width: w)
        copy(from: x, start: 0, count: la, to: p, at: 0)
        copy(from: y, start: 0, count: lb, to: p, at: la)
        return Value(p)
    }

    /// Copy code points between strings of possibly different widths (dst is at least as wide).
    public static func copy(from src: StrPtr, start: Int, count: Int, to dst: StrPtr, at: Int) {
        let ws = width(src), wd = width(dst)
        if ws == wd {
            (data(dst) + at * wd).copyMemory(from: data(src) + start * ws, byteCount: count * ws)
        } else {
            let d = (data(dst) + at * 4).assumingMemoryBound(to: UInt32.self)
            for i in 0..<count { d[i] = codePoint(src, start + i) }
        }
    }

    /// A substring [start, start+count) with step 1.
    public static func substring(_ v: Value, _ start: Int, _ count: Int) -> Value {
        let s = v.ptr(QKStr.self)
        if count <= 0 { return empty }
        if count == 1 { return char(codePoint(s, start)) }
        if start == 0 && count == Int(s.pointee.length) { return v }
        var w = width(s)
        if w == 4 {
            var m: UInt32 = 0
            for i in start..<(start + count) { m = max(m, codePoint(s, i)) }
            if m < 256 { w = 1 }
        }
        let p = allocate(length: count, width: w)
        if w == width(s) {
            data(p).copyMemory(from: data(s) + start * w, byteCount: count * w)
        } else {
            let d = data(p).assumingMemoryBound(to: UInt8.self)
            for i in 0..<count { d[i] = UInt8(codePoint(s, start + i)) }
        }
        return Value(p)
    }
}

extension Str {
    /// repr(str) from the code points (lone surrogates are escaped, never lost).
    public static func repr(_ v: Value) -> String {
        let s = v.ptr(QKStr.self)
        let n = Int(s.pointee.length)
        var hasSingle = false, hasDouble = false
        for i in 0..<n {
            let c = codePoint(s, i)
            if c == 39 { hasSingle = true } else if c == 34 { hasDouble = true }
        }
        let quote: UInt32 = (hasSingle && !hasDouble) ? 34 : 39
        var out = String.UnicodeScalarView()
        func hex(_ prefix: String, _ c: UInt32, _ w: Int) {
            out.append(contentsOf: prefix.unicodeScalars)
            let h = String(c, radix: 16)
            out.append(contentsOf: (String(repeating: "0", count: max(0, w - h.count)) + h).unicodeScalars)
        }
        out.append(Unicode.Scalar(quote)!)
        for i in 0..<n {
            let c = codePoint(s, i)
            switch c {
            case quote, 92:
                out.append("\\")
                out.append(Unicode.Scalar(c)!)
            case 9: out.append(contentsOf: "\\t".unicodeScalars)
            case 10: out.append(contentsOf: "\\n".unicodeScalars)
            case 13: out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if c < 0x20 || c == 0x7f {
                    hex("\\x", c, 2)
                } else if c < 0x7f {
                    out.append(Unicode.Scalar(c)!)
                } else if UChar.isPrintable(c), let u = Unicode.Scalar(c) {
                    out.append(u)
                } else if c <= 0xff {
                    hex("\\x", c, 2)
                } else if c <= 0xffff {
                    hex("\\u", c, 4)
                } else {
                    hex("\\U", c, 8)
                }
            }
        }
        out.append(Unicode.Scalar(quote)!)
        return String(out)
    }
}
