// Builtin functions and methods implemented in Swift. A QKNative object holds an index into
// `Native.table`; calls pass arguments as a pointer into the caller's value stack.

import CSupport

/// The arguments of a native call: positional values, then keyword values named by `kwnames`.
public struct Args {
    /// The receiver for methods, or NULL for plain functions.
    public var receiver: Value
    public var base: UnsafePointer<Value>
    /// Positional plus keyword values.
    public var total: Int
    /// A tuple of keyword names for the last `kwnames.count` values, or NULL.
    public var kwnames: Value
    /// The function name, for error messages.
    public var name: StaticString

    @inline(__always) public var count: Int { total - kwCount }
    @inline(__always) public var kwCount: Int { kwnames.isNull ? 0 : Tuple.count(kwnames) }
    @inline(__always) public subscript(i: Int) -> Value { base[i] }
    public var positional: [Value] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The keyword argument `name`, if passed.
    public func keyword(_ name: String) -> Value? {
        if kwnames.isNull { return nil }
        let names = Tuple.items(kwnames)
        let k = Str.intern(name)
        for i in 0..<kwCount where Str.equal(names[i], k) { return base[count + i] }
        return nil
    }

    /// Positional argument `i`, or the keyword `kw`, or nil.
    public func arg(_ i: Int, _ kw: String? = nil) -> Value? {
        if i < count { return base[i] }
        if let kw { return keyword(kw) }
        return nil
    }

    public var keywords: [(String, Value)] {
        if kwnames.isNull { return [] }
        let names = Tuple.items(kwnames)
        return (0..<kwCount).map { (Str.swift(names[$0]), base[count + $0]) }
    }

    /// Check the positional count and reject unknown keywords, with CPython's messages.
    public func expect(_ fname: String, min: Int, max: Int, keywords allowed: [String] = []) throws(PyError) {
        if !kwnames.isNull {
            for (k, _) in keywords where !allowed.contains(k) {
                if allowed.isEmpty { throw .type("\(fname)() takes no keyword arguments") }
                throw .type("\(fname)() got an unexpected keyword argument '\(k)'")
            }
        }
        if count < min || count > max {
            if min == max {
                if min == 0 { throw .type("\(fname)() takes no arguments (\(count) given)") }
                if min == 1 { throw .type("\(fname)() takes exactly one argument (\(count) given)") }
                throw .type("\(fname) expected \(min) arguments, got \(count)")
            }
            if count < min { throw .type("\(fname) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(count)") }
            throw .type("\(fname) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(count)")
        }
    }
}

public typealias NativeFunction = (inout Args) throws(PyError) -> Value

public enum Native {
    /// A native's body in a concrete struct: a closure stored directly in a generic buffer is
    /// reabstracted behind a thunk whose context is retained on every call (perf: swift_retain
    /// was 8% of str_build).
    struct Entry { let body: NativeFunction }

    /// Every native's Swift body, indexed by QKNative.index.
    nonisolated(unsafe) static var table = UnsafeMutablePointer<Entry>.allocate(capacity: 0)
    nonisolated(unsafe) static var tableCount = 0
    nonisolated(unsafe) static var tableCapacity = 0

    static func register(_ fn: @escaping NativeFunction) -> Int {
        if tableCount == tableCapacity {
            let grown = UnsafeMutablePointer<Entry>.allocate(capacity: max(1024, tableCapacity * 2))
            grown.moveInitialize(from: table, count: tableCount)
            table.deallocate()
            table = grown
            tableCapacity = max(1024, tableCapacity * 2)
        }
        (table + tableCount).initialize(to: Entry(body: fn))
        tableCount += 1
        return tableCount - 1
    }

    /// Create a builtin function object.
    public static func function(_ name: String, qualname: String? = nil, kind: Int32 = QK_NATIVE_FUNCTION,
                                _ fn: @escaping NativeFunction) -> Value {
        let index = register(fn)
        let n: UnsafeMutablePointer<QKNative> = Heap.allocate(Types.native, size: MemoryLayout<QKNative>.size, as: QKNative.self)
        n.pointee.index = Int64(index)
        n.pointee.name = Str.intern(name).raw
        n.pointee.qualname = Str.intern(qualname ?? name).raw
        n.pointee.kind = kind
        Heap.addRoot(Value(n))
        return Value(n)
    }

    /// Define a method on a builtin type (bound to the instance on attribute access).
    public static func method(_ type: TypePtr, _ name: String, _ fn: @escaping NativeFunction) {
        let f = function(name, qualname: "\(type.name).\(name)", kind: QK_NATIVE_METHOD, fn)
        Dict.setStr(type.dict, name, f)
        TypeObjects.modified(type)
    }

    /// Define a classmethod on a builtin type (receives the class as `receiver`).
    public static func classMethod(_ type: TypePtr, _ name: String, _ fn: @escaping NativeFunction) {
        let f = function(name, qualname: "\(type.name).\(name)", kind: QK_NATIVE_CLASSMETHOD, fn)
        Dict.setStr(type.dict, name, f)
    }

    /// A native bound to `receiver` (what `obj.method` evaluates to).
    public static func bind(_ native: Value, _ receiver: Value) -> Value {
        let src = native.ptr(QKNative.self)
        let n: UnsafeMutablePointer<QKNative> = Heap.allocate(Types.native, size: MemoryLayout<QKNative>.size, as: QKNative.self)
        let header = n.pointee.ob
        n.pointee = src.pointee
        n.pointee.ob = header
        n.pointee.receiver = receiver.raw
        n.pointee.kind = QK_NATIVE_FUNCTION
        return Value(n)
    }

    /// Call a native with arguments already laid out in memory.
    @inline(__always)
    public static func call(_ native: Value, receiver: Value, _ base: UnsafePointer<Value>, _ total: Int,
                            kwnames: Value) throws(PyError) -> Value {
        let n = native.ptr(QKNative.self)
        var args = Args(receiver: n.pointee.receiver != 0 ? Value(raw: n.pointee.receiver) : receiver,
                        base: base, total: total, kwnames: kwnames, name: "")
        if n.pointee.kind == QK_NATIVE_METHOD && args.receiver.isNull {
            // Unbound use: `list.append(xs, 1)`.
            guard total - (kwnames.isNull ? 0 : Tuple.count(kwnames)) >= 1 else {
                throw .type("unbound method \(Str.swift(Value(raw: n.pointee.qualname)))() needs an argument")
            }
            args.receiver = base[0]
            args.base = base + 1
            args.total -= 1
        }
        Heap.nativeDepth += 1
        defer { Heap.nativeDepth -= 1 }
        return try table[Int(n.pointee.index)].body(&args)
    }
}
