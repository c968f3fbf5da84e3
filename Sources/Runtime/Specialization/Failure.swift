// Why a site did not specialize: a small code stored per site and counted per family, so
// the stats report, `dis` and the Specialist view can all say *why* (which CPython's own
// tools cannot without a --enable-pystats build).

import CSupport

public struct Failure: Hashable, Sendable {
    public let code: UInt16

    static let disabled = Failure(code: 1)
    static let intOverflow = Failure(code: 2)
    static let operatorNotSpecialized = Failure(code: 3)
    static let zeroDivisor = Failure(code: 4)
    static let strOrdering = Failure(code: 5)
    static let definesBoolOrLen = Failure(code: 6)
    static let noTypeVersion = Failure(code: 7)
    static let sliceSubscript = Failure(code: 8)
    static let wrongLength = Failure(code: 9)
    static let notExactDict = Failure(code: 10)
    static let indexTooLarge = Failure(code: 11)
    static let outOfVersions = Failure(code: 12)
    static let notFound = Failure(code: 13)
    static let differentTypes = Failure(code: 14)
    static let bigInt = Failure(code: 15)
    static let kwargs = Failure(code: 16)
    static let wrongArgCount = Failure(code: 17)
    static let complexParameters = Failure(code: 18)
    static let notAFunction = Failure(code: 19)
    static let overridden = Failure(code: 20)
    static let descriptor = Failure(code: 21)
    static let noDict = Failure(code: 22)
    static let generatorFunction = Failure(code: 23)
    static let indexOutOfRange = Failure(code: 24)
    /// 64 + a layout: the operand's type has no specialized form here.
    static func otherType(_ v: Value) -> Failure {
        if v.isSmallInt { return Failure(code: 64 + UInt16(QK_LAYOUT_INT.rawValue)) }
        if v.isDouble { return Failure(code: 64 + UInt16(QK_LAYOUT_FLOAT.rawValue)) }
        if !v.isObject { return Failure(code: 63) }
        if Ints.isInt(v) && v.layout == QK_LAYOUT_INT && !v.type.isHeapType { return bigInt }
        return Failure(code: 64 + UInt16(v.type.isHeapType ? 127 : v.layout.rawValue))
    }

    /// For binary operators: both operands' kinds decide the reason.
    static func operandKinds(_ a: Value, _ b: Value) -> Failure {
        let ka = otherType(a), kb = otherType(b)
        if ka != kb { return differentTypes }
        return ka
    }

    public var description: String {
        switch code {
        case 0: return "specialized"
        case 1: return "specialization is off"
        case 2: return "int result outside the unboxed 50-bit range"
        case 3: return "operator has no specialized form"
        case 4: return "zero divisor"
        case 5: return "str ordering comparison (only == and != are specialized)"
        case 6: return "type defines __bool__ or __len__"
        case 7: return "type has no version tag"
        case 8: return "slice subscript"
        case 9: return "sequence length differs from the targets"
        case 10: return "globals or builtins is not an exact dict"
        case 11: return "dict entry index does not fit the cache"
        case 12: return "dict keys versions exhausted"
        case 13: return "name not found"
        case 14: return "operands of different types"
        case 15: return "int too large to be unboxed"
        case 16: return "keyword arguments"
        case 17: return "argument count does not match the parameters"
        case 18: return "function has defaults, *args, **kwargs, keyword-only parameters or cells"
        case 19: return "callable kind has no specialized form"
        case 20: return "__getattribute__ or __getattr__ overridden"
        case 21: return "attribute is a descriptor with no specialized form"
        case 22: return "instance has no __dict__ entry for the name"
        case 23: return "generator or coroutine function"
        case 24: return "negative or out-of-range index"
        case 63: return "operand is NULL"
        case 64...255:
            let l = Int(code) - 64
            if l == 127 { return "instance of a class" }
            return "operand type: \(Failure.layoutName(UInt32(l)))"
        default: return "reason \(code)"
        }
    }

    static func layoutName(_ l: UInt32) -> String {
        let names = ["object", "None", "bool", "int", "float", "str", "bytes", "tuple", "list", "dict", "set",
                     "range", "slice", "type", "function", "builtin", "method", "code", "cell", "module",
                     "generator", "exception", "iterator", "box", "singleton"]
        return Int(l) < names.count ? names[Int(l)] : "layout \(l)"
    }
}
