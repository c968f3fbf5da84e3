// bytes: immutable byte strings (and the bytes-like buffer protocol used by bytes methods).

import CSupport
#if canImport(Glibc)
import Glibc
#endif

public enum Bytes {
    public static func make(_ b: [UInt8], type: TypePtr? = nil) -> Value {
        let p: UnsafeMutablePointer<QKBytes> = Heap.allocate(type ?? Types.bytes, size: MemoryLayout<QKBytes>.size + b.count + 1, as: QKBytes.self)
        p.pointee.length = Int64(b.count)
        p.pointee.hash = -1
        let d = UnsafeMutableRawPointer(p) + MemoryLayout<QKBytes>.size
        b.withUnsafeBytes { d.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!, byteCount: b.count) }
        d.storeBytes(of: 0, toByteOffset: b.count, as: UInt8.self)
        return Value(p)
    }

    public static func make<S: Sequence>(_ b: S) -> Value where S.Element == UInt8 { make(Array(b)) }

    public static func data(_ v: Value) -> UnsafeMutablePointer<UInt8> {
        (UnsafeMutableRawPointer(v.object) + MemoryLayout<QKBytes>.size).assumingMemoryBound(to: UInt8.self)
    }

    @inline(__always) public static func count(_ v: Value) -> Int { Int(v.ptr(QKBytes.self).pointee.length) }

    public static func array(_ v: Value) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data(v), count: count(v)))
    }

    static func isBytes(_ v: Value) -> Bool { v.isObject && v.layout == QK_LAYOUT_BYTES }

    /// The contents of a bytes-like object (bytes, bytearray), or nil.
    static func bufferBytes(_ v: Value) throws(PyError) -> [UInt8]? {
        if isBytes(v) { return array(v) }
        if ByteArray.isByteArray(v) { return ByteArray.array(v) }
        return nil
    }

    static func hash(_ v: Value) -> Int {
        let p = v.ptr(QKBytes.self)
        if p.pointee.hash != -1 { return Int(p.pointee.hash) }
        var h: UInt64 = 0xcbf29ce484222325
        let d = data(v)
        for i in 0..<count(v) { h = (h ^ UInt64(d[i])) &* 0x100000001b3 }
        var r = Int(truncatingIfNeeded: h >> 1)
        if r == -1 { r = -2 }
        p.pointee.hash = Int64(r)
        return r
    }

    static func compare(_ a: Value, _ b: Value) -> Int {
        let la = count(a), lb = count(b)
        let c = memcmp(data(a), data(b), min(la, lb))
        if c != 0 { return c < 0 ? -1 : 1 }
        return la < lb ? -1 : (la > lb ? 1 : 0)
    }

    static func getItem(_ v: Value, _ key: Value) throws(PyError) -> Value {
        let n = count(v)
        if key.isLayout(QK_LAYOUT_SLICE) {
            let (start, _, step, cnt) = try Slices.indices(key, n)
            let d = data(v)
            if step == 1 {
                if start == 0 && cnt == n && v.isExactly(Types.bytes) { return v }
                return make(UnsafeBufferPointer(start: d + start, count: max(cnt, 0)))
            }
            var out: [UInt8] = []
            out.reserveCapacity(cnt)
            for k in 0..<cnt { out.append(d[start + k * step]) }
            return make(out)
        }
        guard Ints.isInt(key) || Ops.userMethod(key.type, Names.__index__) != nil else {
            throw .type("byte indices must be integers or slices, not \(key.type.name)")
        }
        var i = try StrArgs.index(key)
        if i < 0 { i += n }
        if i < 0 || i >= n { throw .index("index out of range") }
        return .int(Int(data(v)[i]))
    }

    /// `item in b`: an int in range(256) or a bytes-like subsequence.
    static func contains(_ hay: [UInt8], _ item: Value) throws(PyError) -> Bool {
        if Ints.isInt(item) || (!isBytes(item) && Ops.userMethod(item.type, Names.__index__) != nil) {
            let i = try StrArgs.index(item)
            guard i >= 0 && i < 256 else { throw .value("byte must be in range(0, 256)") }
            return hay.contains(UInt8(i))
        }
        guard let sub = try bufferBytes(item) else { throw .type("a bytes-like object is required, not '\(item.type.name)'") }
        return StrMethods.firstIndex(hay, sub, from: 0) != nil
    }

    static func contains(_ v: Value, _ item: Value) throws(PyError) -> Bool { try contains(array(v), item) }

    /// bytes % args
    static func percentFormat(_ fmt: Value, _ args: Value) throws(PyError) -> Value {
        let out = try PercentFormat.format(array(fmt).map { UInt32($0) }, args, bytes: true)
        return make(out.map { UInt8(truncatingIfNeeded: $0) })
    }

    static func repeatedChecked(_ b: [UInt8], _ n: Int) throws(PyError) -> [UInt8] {
        if n <= 0 || b.isEmpty { return [] }
        if b.count > Int.max / n { throw .overflow("repeated bytes are too long") }
        try StrArgs.checkSize(b.count * n)
        var out: [UInt8] = []
        out.reserveCapacity(b.count * n)
        for _ in 0..<n { out += b }
        return out
    }
}

extension Bytes {
    /// bytes + bytes-like (a bytearray operand gives bytes, as in CPython).
    static func concat(_ a: Value, _ b: Value) throws(PyError) -> Value? {
        guard let other = try bufferBytes(b) else {
            if b.type.isHeapType { return nil }
            throw .type("can't concat \(b.type.name) to \(a.type.name)")
        }
        if other.isEmpty && a.isExactly(Types.bytes) { return a }
        return make(array(a) + other)
    }
}
