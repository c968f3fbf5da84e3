// Calling any callable from Swift: Python functions (re-entering the interpreter), natives,
// bound methods, classes (__new__ then __init__) and objects with __call__.

import CSupport

/// Call with positional arguments given as a Swift array (cold paths).
public func callValues(_ callable: Value, _ args: [Value], kwnames: Value = .null) throws(PyError) -> Value {
    let mark = Heap.rootMark
    for a in args { Heap.pushRoot(a) }
    defer { Heap.popRoots(to: mark) }
    var copy = args
    return try copy.withUnsafeMutableBufferPointer { (buf) throws(PyError) -> Value in
        try Ops.call(callable, UnsafePointer(buf.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!), buf.count, kwnames: kwnames)
    }
}

extension Ops {
    /// Call `callable` with `total` values at `args` (the last ones named by `kwnames`).
    public static func call(_ callable: Value, _ args: UnsafePointer<Value>, _ total: Int, kwnames: Value = .null) throws(PyError) -> Value {
        guard callable.isObject else { throw .type("'\(callable.type.name)' object is not callable") }
        let t = callable.object.pointee.ob_type!
        switch QKLayout(t.pointee.layout) {
        case QK_LAYOUT_FUNCTION:
            return try Interpreter.callFunction(callable, args, total, kwnames: kwnames)
        case QK_LAYOUT_NATIVE:
            return try Native.call(callable, receiver: .null, args, total, kwnames: kwnames)
        case QK_LAYOUT_METHOD:
            let m = callable.ptr(QKMethod.self).pointee
            return try callWithSelf(Value(raw: m.callable), Value(raw: m.receiver), args, total, kwnames: kwnames)
        case QK_LAYOUT_TYPE:
            // A metaclass defining __call__ (ABCMeta, EnumType, ...) takes over instantiation.
            if t != Types.type, t.isHeapType, let f = lookupInMRO(t, Names.__call__), f != typeCall {
                return try callWithSelf(f, callable, args, total, kwnames: kwnames)
            }
            return try callType(callable.ptr(QKType.self), args, total, kwnames: kwnames)
        default:
            guard let f = lookupInMRO(t, Names.__call__) else {
                throw .type("'\(t.name)' object is not callable")
            }
            return try callWithSelf(f, callable, args, total, kwnames: kwnames)
        }
    }

    /// Call `fn` with `receiver` prepended to the arguments.
    public static func callWithSelf(_ fn: Value, _ receiver: Value, _ args: UnsafePointer<Value>, _ total: Int,
                                    kwnames: Value = .null) throws(PyError) -> Value {
        if fn.isLayout(QK_LAYOUT_NATIVE) && fn.ptr(QKNative.self).pointee.receiver == 0 && fn.ptr(QKNative.self).pointee.kind == QK_NATIVE_METHOD {
            return try Native.call(fn, receiver: receiver, args, total, kwnames: kwnames)
        }
        var buf = [Value](repeating: .null, count: total + 1)
        buf[0] = receiver
        for i in 0..<total { buf[i + 1] = args[i] }
        let mark = Heap.rootMark
        Heap.pushRoot(receiver)
        defer { Heap.popRoots(to: mark) }
        return try buf.withUnsafeBufferPointer { (b) throws(PyError) -> Value in
            try call(fn, b.baseAddress!, total + 1, kwnames: kwnames)
        }
    }

    /// type.__call__, which a metaclass without its own __call__ inherits.
    nonisolated(unsafe) static var typeCall = Value.null

    /// type(...) / C(...): __new__ then __init__.
    static func callType(_ t: TypePtr, _ args: UnsafePointer<Value>, _ total: Int, kwnames: Value) throws(PyError) -> Value {
        if t == Types.type && total == 1 && kwnames.isNull { return Value(args[0].type) }
        if t == Types.str && total == 1 && kwnames.isNull { return try str(args[0]) }
        guard let new = lookupInMRO(t, Names.__new__) else { throw .type("cannot create '\(t.name)' instances") }
        let obj: Value
        if new.isLayout(QK_LAYOUT_NATIVE) {
            obj = try Native.call(new, receiver: Value(t), args, total, kwnames: kwnames)
        } else {
            let fn = new.isExactly(Types.staticmethod) ? Value(raw: new.ptr(QKBox.self).pointee.a) : new
            obj = try callWithSelf(fn, Value(t), args, total, kwnames: kwnames)
        }
        guard isSubtype(obj.type, t) else { return obj }
        let initFn = lookupInMRO(obj.type, Names.__init__)!
        if initFn.isLayout(QK_LAYOUT_NATIVE) && initFn == ObjectType.initNative {
            // object.__init__ rejects arguments only when __new__ is not overridden either.
            if total > 0 && new == ObjectType.newNative {
                throw .type("\(t.name)() takes no arguments")
            }
            return obj
        }
        let mark = Heap.rootMark
        Heap.pushRoot(obj)
        defer { Heap.popRoots(to: mark) }
        let r = try callWithSelf(initFn, obj, args, total, kwnames: kwnames)
        if !r.isNone { throw .type("__init__() should return None, not '\(r.type.name)'") }
        return obj
    }
}
