// bytes: immutable byte strings.

import CSupport

public enum Bytes {
    public static func make(_ b: [UInt8], type: TypePtr? = nil) -> Value {
        let p: UnsafeMutablePointer<QKBytes> = Heap.allocate(type ?? Types.bytes, size: MemoryLayout<QKBytes>.size + b.count + 1, as: QKBytes.self)
        p.pointee.length = Int64(b.count)
        p.pointee.hash = -1
        let d = UnsafeMutableRawPointer(p) + MemoryLayout<QKBytes>.size
        b.withUnsafeBytes { d.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!, byteCount: b.count) }
        return Value(p)
    }

    public static func data(_ v: Value) -> UnsafeMutablePointer<UInt8> {
        (UnsafeMutableRawPointer(v.object) + MemoryLayout<QKBytes>.size).assumingMemoryBound(to: UInt8.self)
    }

    public static func array(_ v: Value) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data(v), count: Int(v.ptr(QKBytes.self).pointee.length)))
    }

    static func hash(_ v: Value) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for b in array(v) { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let r = Int(truncatingIfNeeded: h >> 1)
        return r == -1 ? -2 : r
    }

    static func compare(_ a: Value, _ b: Value) -> Int {
        let x = array(a), y = array(b)
        for (p, q) in zip(x, y) where p != q { return p < q ? -1 : 1 }
        return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
    }

    static func getItem(_ v: Value, _ key: Value) throws(PyError) -> Value {
        let bytes = array(v)
        if key.isLayout(QK_LAYOUT_SLICE) {
            let (start, _, step, count) = try Slices.indices(key, bytes.count)
            return make((0..<count).map { bytes[start + $0 * step] })
        }
        return .int(Int(bytes[try Sequences.normalize(key, bytes.count, "index")]))
    }
}
