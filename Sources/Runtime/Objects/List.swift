// list: a growable array of values (the buffer is malloc'd; the GC frees it on sweep).

import CSupport
#if canImport(Glibc)
import Glibc
#endif

public enum List {
    public static func new(capacity: Int = 0, type: TypePtr? = nil) -> Value {
        let l: UnsafeMutablePointer<QKList> = Heap.allocate(type ?? Types.list,
            size: Int(type?.pointee.basicsize ?? UInt32(MemoryLayout<QKList>.size)), as: QKList.self)
        if capacity > 0 {
            l.pointee.items = malloc(capacity * 8)!.assumingMemoryBound(to: QKValue.self)
            l.pointee.capacity = Int64(capacity)
        }
        return Value(l)
    }

    public static func make(_ values: [Value]) -> Value {
        let l = new(capacity: values.count)
        let p = l.ptr(QKList.self)
        for (i, v) in values.enumerated() { p.pointee.items[i] = v.raw }
        p.pointee.size = Int64(values.count)
        return l
    }

    public static func make(_ src: UnsafePointer<Value>, _ n: Int) -> Value {
        let l = new(capacity: n)
        if n > 0 { items(l).update(from: src, count: n) }
        l.ptr(QKList.self).pointee.size = Int64(n)
        return l
    }

    @inline(__always) public static func items(_ v: Value) -> UnsafeMutablePointer<Value> {
        UnsafeMutableRawPointer(v.ptr(QKList.self).pointee.items).unsafelyUnwrapped.assumingMemoryBound(to: Value.self)
    }
    @inline(__always) public static func count(_ v: Value) -> Int { Int(v.ptr(QKList.self).pointee.size) }

    public static func reserve(_ v: Value, _ n: Int) {
        let l = v.ptr(QKList.self)
        if Int(l.pointee.capacity) >= n { return }
        let newCap = max(n, Int(l.pointee.capacity) * 2 + 4)
        l.pointee.items = realloc(l.pointee.items, newCap * 8)!.assumingMemoryBound(to: QKValue.self)
        l.pointee.capacity = Int64(newCap)
    }

    @inline(__always) public static func append(_ v: Value, _ x: Value) {
        let l = v.ptr(QKList.self)
        if l.pointee.size == l.pointee.capacity { reserve(v, Int(l.pointee.size) + 1) }
        l.pointee.items[Int(l.pointee.size)] = x.raw
        l.pointee.size += 1
    }

    public static func elements(_ v: Value) -> [Value] {
        let n = count(v)
        if n == 0 { return [] }
        return Array(UnsafeBufferPointer(start: items(v), count: n))
    }

    public static func setCount(_ v: Value, _ n: Int) {
        reserve(v, n)
        v.ptr(QKList.self).pointee.size = Int64(n)
    }
}
