// bytearray: a mutable byte string. Instances are QKBox objects: `a` holds a QKBytes buffer
// (its length is the capacity) and `i` the number of bytes in use. The type is flagged as a
// heap type so the generic protocol paths (len, [], in, +, ==, iteration, repr) dispatch to its
// native dunder methods without special cases elsewhere.

import CSupport

enum ByteArray {
    nonisolated(unsafe) static var type: TypePtr! = nil

    static func bootstrap() {
        let t = TypeObjects.allocate(name: "bytearray", base: Types.object, layout: QK_LAYOUT_BOX,
                                     basicSize: MemoryLayout<QKBox>.size, flags: QK_TYPE_BASETYPE | QK_TYPE_HEAP)
        t.pointee.module = Str.intern("builtins").raw
        Heap.addRoot(Value(t))
        type = t
    }

    @inline(__always) static func isByteArray(_ v: Value) -> Bool {
        guard v.isObject, let t = type else { return false }
        let vt = v.type
        return vt == t || (vt.isHeapType && isSubtype(vt, t))
    }

    @inline(__always) static func box(_ v: Value) -> UnsafeMutablePointer<QKBox> { v.ptr(QKBox.self) }

    static func make(_ b: [UInt8], type t: TypePtr? = nil) -> Value {
        let p: UnsafeMutablePointer<QKBox> = Heap.allocate(t ?? type, size: Int((t ?? type).pointee.basicsize), as: QKBox.self)
        let v = Value(p)
        let mark = Heap.rootMark
        Heap.pushRoot(v)
        defer { Heap.popRoots(to: mark) }
        set(v, b)
        return v
    }

    static func count(_ v: Value) -> Int {
        let p = box(v)
        return p.pointee.a == 0 ? 0 : Int(p.pointee.i)
    }

    static func array(_ v: Value) -> [UInt8] {
        let p = box(v)
        if p.pointee.a == 0 { return [] }
        return Array(UnsafeBufferPointer(start: Bytes.data(Value(raw: p.pointee.a)), count: Int(p.pointee.i)))
    }

    static func set(_ v: Value, _ b: [UInt8]) {
        let p = box(v)
        p.pointee.a = Bytes.make(b).raw
        p.pointee.i = Int64(b.count)
    }

    static func append(_ v: Value, _ byte: UInt8) {
        let p = box(v)
        let n = Int(p.pointee.i)
        if p.pointee.a != 0 {
            let buf = Value(raw: p.pointee.a)
            if n < Bytes.count(buf) {
                Bytes.data(buf)[n] = byte
                p.pointee.i = Int64(n + 1)
                return
            }
        }
        var arr = array(v)
        arr.append(byte)
        let cap = max(16, arr.count * 2)
        var grown = arr
        grown += [UInt8](repeating: 0, count: cap - arr.count)
        p.pointee.a = Bytes.make(grown).raw
        p.pointee.i = Int64(arr.count)
    }
}
