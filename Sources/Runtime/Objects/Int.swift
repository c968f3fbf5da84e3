// int: small ints are unboxed (50 bits, see quicken.h); larger ones are heap objects holding
// an attaswift BigInt, initialized in place inside the C-layout object.

import BigInt
import CSupport

public typealias BigIntValue = BigInt

/// Box a big int (callers normally use `Ints.make`, which unboxes when it fits).
func makeBigInt(_ b: BigInt) -> Value { BigIntBox.box(b) }

enum BigIntBox {
    static let initializedTag: UInt32 = 0xB161
    static var payloadOffset: Int { MemoryLayout<QKObject>.size }

    static func box(_ b: BigInt, type: TypePtr? = nil) -> Value {
        let t = type ?? Types.int
        let size = max(Int(t.pointee.basicsize), payloadOffset + MemoryLayout<BigInt>.stride)
        let o: UnsafeMutablePointer<QKObject> = Heap.allocate(t, size: size, as: QKObject.self)
        (UnsafeMutableRawPointer(o) + payloadOffset).initializeMemory(as: BigInt.self, repeating: b, count: 1)
        o.pointee.ob_aux = initializedTag
        return Value(o)
    }

    static func get(_ o: UnsafeMutablePointer<QKObject>) -> BigInt {
        (UnsafeMutableRawPointer(o) + payloadOffset).assumingMemoryBound(to: BigInt.self).pointee
    }

    static func deinitialize(_ o: UnsafeMutablePointer<QKObject>) {
        (UnsafeMutableRawPointer(o) + payloadOffset).assumingMemoryBound(to: BigInt.self).deinitialize(count: 1)
    }
}

public enum Ints {
    /// An int value: unboxed when it fits 50 bits.
    public static func make(_ b: BigInt) -> Value {
        if let i = Int(exactly: b), qk_int_fits(Int64(i)) != 0 { return .smallIntUnchecked(i) }
        return BigIntBox.box(b)
    }

    /// True for int and bool values (and subclasses of int).
    @inline(__always) public static func isInt(_ v: Value) -> Bool {
        v.isSmallInt || (v.isObject && (v.layout == QK_LAYOUT_INT || v.layout == QK_LAYOUT_BOOL))
    }

    /// The value of an int or bool as a BigInt.
    public static func big(_ v: Value) -> BigInt {
        if v.isSmallInt { return BigInt(v.smallInt) }
        if v.layout == QK_LAYOUT_BOOL { return BigInt(v.object.pointee.ob_aux) }
        return BigIntBox.get(v.object)
    }

    /// The value as a machine Int, if it is an int that fits.
    public static func exact(_ v: Value) -> Int? {
        if v.isSmallInt { return v.smallInt }
        guard v.isObject else { return nil }
        if v.layout == QK_LAYOUT_BOOL { return Int(v.object.pointee.ob_aux) }
        if v.layout == QK_LAYOUT_INT { return Int(exactly: BigIntBox.get(v.object)) }
        return nil
    }
}
