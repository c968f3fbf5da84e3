// tuple: a fixed-size inline array of values.

import CSupport

public enum Tuple {
    @inline(__always) public static func items(_ t: UnsafeMutablePointer<QKTuple>) -> UnsafeMutablePointer<Value> {
        UnsafeMutableRawPointer(t).advanced(by: MemoryLayout<QKTuple>.size).assumingMemoryBound(to: Value.self)
    }
    @inline(__always) public static func items(_ v: Value) -> UnsafeMutablePointer<Value> { items(v.ptr(QKTuple.self)) }
    @inline(__always) public static func count(_ v: Value) -> Int { Int(v.ptr(QKTuple.self).pointee.size) }

    nonisolated(unsafe) static var emptyTuple = Value.null

    /// A tuple of `n` NULL items, to be filled in by the caller before anything can observe it.
    public static func allocate(_ n: Int, type: TypePtr? = nil) -> Value {
        if n == 0 && type == nil && !emptyTuple.isNull { return emptyTuple }
        let t: UnsafeMutablePointer<QKTuple> = Heap.allocate(type ?? Types.tuple,
            size: Int(type?.pointee.basicsize ?? UInt32(MemoryLayout<QKTuple>.size)) + n * 8, as: QKTuple.self)
        t.pointee.size = Int64(n)
        t.pointee.hash = -1
        return Value(t)
    }

    public static func make(_ values: [Value]) -> Value {
        let t = allocate(values.count)
        let it = items(t)
        for (i, v) in values.enumerated() { it[i] = v }
        return t
    }

    public static func make(_ p: UnsafePointer<Value>, _ n: Int) -> Value {
        let t = allocate(n)
        if n > 0 { items(t).update(from: p, count: n) }
        return t
    }

    public static func elements(_ v: Value) -> [Value] {
        Array(UnsafeBufferPointer(start: items(v), count: count(v)))
    }

    static func bootstrap() {
        emptyTuple = allocate(0)
        Heap.addRoot(emptyTuple)
    }
}
