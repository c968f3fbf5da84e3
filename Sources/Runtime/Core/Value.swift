// A Python value: one NaN-boxed word. The encoding is defined once, in CSupport/quicken.h;
// this file only gives it Swift spelling.

import CSupport

public struct Value: Equatable, Hashable {
    public var raw: UInt64
    @inline(__always) public init(raw: UInt64) { self.raw = raw }

    /// The empty slot / "an exception is set" marker. Never a Python object.
    public static let null = Value(raw: 0)
    @inline(__always) public static var none: Value { Value(raw: qk_none()) }
    @inline(__always) public static var true_: Value { Value(raw: qk_true()) }
    @inline(__always) public static var false_: Value { Value(raw: qk_false()) }
    @inline(__always) public static var notImplemented: Value { Value(raw: qk_notimplemented()) }
    @inline(__always) public static var ellipsis: Value { Value(raw: qk_ellipsis()) }
    @inline(__always) public static func bool(_ b: Bool) -> Value { b ? .true_ : .false_ }

    @inline(__always) public var isNull: Bool { raw == 0 }
    @inline(__always) public var isNone: Bool { raw == qk_none() }
    @inline(__always) public var isSmallInt: Bool { qk_is_int(raw) != 0 }
    @inline(__always) public var isDouble: Bool { qk_is_double(raw) != 0 }
    @inline(__always) public var isObject: Bool { qk_is_ptr(raw) != 0 }

    @inline(__always) public var smallInt: Int { Int(qk_int_value(raw)) }
    @inline(__always) public var double: Double { qk_double_value(raw) }
    @inline(__always) public static func int(_ i: Int) -> Value {
        // Ints that do not fit 50 bits become heap big ints.
        if qk_int_fits(Int64(i)) != 0 { return Value(raw: qk_from_int(Int64(i))) }
        return BigIntBox.word(i)
    }
    @inline(__always) public static func smallIntUnchecked(_ i: Int) -> Value { Value(raw: qk_from_int(Int64(i))) }
    @inline(__always) public static func float(_ d: Double) -> Value { Value(raw: qk_from_double(d)) }

    @inline(__always) public var object: UnsafeMutablePointer<QKObject> {
        UnsafeMutablePointer<QKObject>(bitPattern: UInt(raw)).unsafelyUnwrapped
    }
    @inline(__always) public func ptr<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        UnsafeMutablePointer<T>(bitPattern: UInt(raw)).unsafelyUnwrapped
    }
    @inline(__always) public init<T>(_ p: UnsafeMutablePointer<T>) { raw = UInt64(UInt(bitPattern: p)) }

    /// The type object of any value.
    @inline(__always) public var type: UnsafeMutablePointer<QKType> {
        if isObject { return object.pointee.ob_type }
        if isSmallInt { return Types.int }
        return Types.float
    }
    @inline(__always) public var layout: QKLayout {
        if isObject { return QKLayout(object.pointee.ob_type.pointee.layout) }
        return isSmallInt ? QK_LAYOUT_INT : QK_LAYOUT_FLOAT
    }
    @inline(__always) public func isLayout(_ l: QKLayout) -> Bool {
        isObject && object.pointee.ob_type.pointee.layout == l.rawValue
    }
    @inline(__always) public func isExactly(_ t: UnsafeMutablePointer<QKType>) -> Bool {
        isObject && object.pointee.ob_type == t
    }
}
