// A raised Python exception travelling through Swift code. Runtime functions use typed
// throws, so raising costs a register and a branch, never an allocation of an existential.

import CSupport

public struct PyError: Error {
    public let exception: Value
    /// RERAISE and bare `raise`: the frame already has its traceback entry.
    public var reraise = false
    public init(_ exception: Value, reraise: Bool = false) {
        self.exception = exception
        self.reraise = reraise
    }

    /// A new exception of `type` with a message argument.
    public init(_ type: TypePtr, _ message: String) {
        self.exception = Exceptions.make(type, args: [Str.make(message)])
    }

    public static func type(_ m: String) -> PyError { PyError(qk_exc.TypeError, m) }
    public static func value(_ m: String) -> PyError { PyError(qk_exc.ValueError, m) }
    public static func attribute(_ m: String) -> PyError { PyError(qk_exc.AttributeError, m) }
    public static func index(_ m: String) -> PyError { PyError(qk_exc.IndexError, m) }
    public static func overflow(_ m: String) -> PyError { PyError(qk_exc.OverflowError, m) }
    public static func zeroDivision(_ m: String) -> PyError { PyError(qk_exc.ZeroDivisionError, m) }
    public static func runtime(_ m: String) -> PyError { PyError(qk_exc.RuntimeError, m) }
    public static func name(_ m: String) -> PyError { PyError(qk_exc.NameError, m) }

    /// NameError for an undefined name, with its `name` attribute set.
    public static func undefinedName(_ name: Value) -> PyError {
        let e = Exceptions.make(qk_exc.NameError, args: [Str.make("name '\(Str.swift(name))' is not defined")])
        if let d = Ops.instanceDict(e) { Dict.setStr(d, "name", name) }
        return PyError(e)
    }
    public static func key(_ key: Value) -> PyError { PyError(Exceptions.make(qk_exc.KeyError, args: [key])) }
    public static var stopIteration: PyError { PyError(Exceptions.make(qk_exc.StopIteration, args: [])) }
    public static func notImplemented(_ m: String) -> PyError { PyError(qk_exc.NotImplementedError, m) }

    /// True if the exception is an instance of `type` (or a subclass).
    public func matches(_ type: TypePtr) -> Bool { isSubtype(exception.type, type) }
}
