// repr(), str(), ascii() and format() for every builtin layout, with user dunders first.

import CSupport
import QuickenCompiler

extension Ops {
    nonisolated(unsafe) static var reprActive: Set<UInt64> = []

    public static func repr(_ v: Value) throws(PyError) -> Value {
        if v.isSmallInt { return Str.decimal(v.smallInt) }
        let t = v.type
        if t.isHeapType, let r = userMethod(t, Names.__repr__) {
            let s = try callMethod(r, v, [])
            guard s.isObject && s.layout == QK_LAYOUT_STR else {
                throw .type("__repr__ returned non-string (type \(s.type.name))")
            }
            return s
        }
        return Str.make(try reprString(v))
    }

    public static func reprString(_ v: Value) throws(PyError) -> String {
        if v.isSmallInt { return String(v.smallInt) }
        if v.isDouble { return pyFloatRepr(v.double) }
        if v.isNone { return "None" }
        if v == .true_ { return "True" }
        if v == .false_ { return "False" }
        if v == .ellipsis { return "Ellipsis" }
        if v == .notImplemented { return "NotImplemented" }
        let t = v.object.pointee.ob_type!
        if t.isHeapType, userMethod(t, Names.__repr__) != nil { return Str.swift(try repr(v)) }
        switch QKLayout(t.pointee.layout) {
        case QK_LAYOUT_STR: return Str.repr(v)
        case QK_LAYOUT_INT: return try Numbers.intRepr(v)
        case QK_LAYOUT_FLOAT: return pyFloatRepr(Floats.subclassValue(v))
        case QK_LAYOUT_BYTES: return pyBytesRepr(Bytes.array(v))
        case QK_LAYOUT_LIST, QK_LAYOUT_TUPLE, QK_LAYOUT_DICT, QK_LAYOUT_SET:
            return try containerRepr(v, t)
        case QK_LAYOUT_TYPE:
            let ty = v.ptr(QKType.self)
            let module = Value(raw: ty.pointee.module)
            if ty.isHeapType, !module.isNull, module.isExactlyStr, Str.swift(module) != "builtins" {
                return "<class '\(Str.swift(module)).\(Str.swift(Value(raw: ty.pointee.qualname)))'>"
            }
            return "<class '\(ty.name)'>"
        case QK_LAYOUT_FUNCTION:
            return "<function \(Str.swift(Value(raw: v.ptr(QKFunction.self).pointee.qualname))) at \(address(v))>"
        case QK_LAYOUT_NATIVE:
            let n = v.ptr(QKNative.self).pointee
            if n.receiver != 0 && !Value(raw: n.receiver).isLayout(QK_LAYOUT_MODULE) {
                return "<built-in method \(Str.swift(Value(raw: n.name))) of \(Value(raw: n.receiver).type.name) object at \(address(Value(raw: n.receiver)))>"
            }
            return "<built-in function \(Str.swift(Value(raw: n.name)))>"
        case QK_LAYOUT_METHOD:
            let m = v.ptr(QKMethod.self).pointee
            let fname = Value(raw: m.callable).isLayout(QK_LAYOUT_FUNCTION)
                ? Str.swift(Value(raw: Value(raw: m.callable).ptr(QKFunction.self).pointee.qualname)) : "?"
            return "<bound method \(fname) of \(try reprString(Value(raw: m.receiver)))>"
        case QK_LAYOUT_MODULE:
            let name = Str.swift(Value(raw: v.ptr(QKModule.self).pointee.name))
            if let f = Dict.getStr(Value(raw: v.ptr(QKModule.self).pointee.dict), "__file__"), f.isExactlyStr {
                return "<module '\(name)' from '\(Str.swift(f))'>"
            }
            return "<module '\(name)' (built-in)>"
        case QK_LAYOUT_RANGE:
            let r = v.ptr(QKRange.self).pointee
            let step = Value(raw: r.step)
            let base = "range(\(try reprString(Value(raw: r.start))), \(try reprString(Value(raw: r.stop)))"
            return (step.isSmallInt && step.smallInt == 1) ? base + ")" : base + ", \(try reprString(step)))"
        case QK_LAYOUT_SLICE:
            let s = v.ptr(QKSlice.self).pointee
            return "slice(\(try reprString(Value(raw: s.start))), \(try reprString(Value(raw: s.stop))), \(try reprString(Value(raw: s.step))))"
        case QK_LAYOUT_EXCEPTION:
            return try Exceptions.repr(v)
        case QK_LAYOUT_GENERATOR:
            return "<generator object \(Str.swift(Value(raw: v.ptr(QKGenerator.self).pointee.qualname))) at \(address(v))>"
        case QK_LAYOUT_CODE:
            let c = v.ptr(QKCode.self).pointee
            return "<code object \(Str.swift(Value(raw: c.name))) at \(address(v)), file \"\(Str.swift(Value(raw: c.filename)))\", line \(c.firstlineno)>"
        case QK_LAYOUT_CELL:
            return "<cell at \(address(v))>"
        default:
            if t == ExtraTypes.complex { let (r, i) = Complex.parts(v); return pyComplexRepr(real: r, imag: i) }
            if let d = Views.dictOf(v) {
                let inner: [String]
                switch Views.iterKind(v) {
                case .dictKeys: inner = try Dict.keys(d).map { (k) throws(PyError) in try reprString(k) }
                case .dictValues: inner = try Dict.items(d).map { (kv) throws(PyError) in try reprString(kv.value) }
                default: inner = try Dict.items(d).map { (kv) throws(PyError) in "(\(try reprString(kv.key)), \(try reprString(kv.value)))" }
                }
                return "\(t.name)([\(inner.joined(separator: ", "))])"
            }
            if t == Types.property { return "<property object at \(address(v))>" }
            return "<\(typeQualifiedName(t)) object at \(address(v))>"
        }
    }

    static func typeQualifiedName(_ t: TypePtr) -> String {
        let module = Value(raw: t.pointee.module)
        if t.isHeapType, !module.isNull, module.isExactlyStr, Str.swift(module) != "builtins" {
            return "\(Str.swift(module)).\(Str.swift(Value(raw: t.pointee.qualname)))"
        }
        return t.name
    }

    static func address(_ v: Value) -> String {
        "0x" + String(v.raw, radix: 16).leftPadded(to: 12)
    }

    static func containerRepr(_ v: Value, _ t: TypePtr) throws(PyError) -> String {
        if reprActive.contains(v.raw) {
            switch QKLayout(t.pointee.layout) {
            case QK_LAYOUT_LIST: return "[...]"
            case QK_LAYOUT_DICT: return "{...}"
            case QK_LAYOUT_TUPLE: return "(...)"
            default: return "\(t.name)(...)"
            }
        }
        reprActive.insert(v.raw)
        defer { reprActive.remove(v.raw) }
        switch QKLayout(t.pointee.layout) {
        case QK_LAYOUT_LIST:
            var parts: [String] = []
            var i = 0
            while i < List.count(v) {
                parts.append(try reprString(List.items(v)[i]))
                i += 1
            }
            let body = "[" + parts.joined(separator: ", ") + "]"
            return t == Types.list ? body : body
        case QK_LAYOUT_TUPLE:
            let parts = try Tuple.elements(v).map { (x) throws(PyError) in try reprString(x) }
            return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
        case QK_LAYOUT_DICT:
            let parts = try Dict.items(v).map { (kv) throws(PyError) in "\(try reprString(kv.key)): \(try reprString(kv.value))" }
            let body = "{" + parts.joined(separator: ", ") + "}"
            return t == Types.dict ? body : body
        default:
            let frozen = v.ptr(QKDict.self).pointee.is_frozen != 0
            let parts = try Dict.keys(v).map { (k) throws(PyError) in try reprString(k) }
            if parts.isEmpty { return "\(t.name)()" }
            let body = "{" + parts.joined(separator: ", ") + "}"
            return frozen || t != Types.set ? "\(t.name)(\(body))" : body
        }
    }

    public static func str(_ v: Value) throws(PyError) -> Value {
        if v.isExactlyStr { return v }
        if v.isSmallInt { return Str.decimal(v.smallInt) }
        let t = v.type
        if t.isHeapType, let s = userMethod(t, Names.__str__) {
            let r = try callMethod(s, v, [])
            guard r.isObject && r.layout == QK_LAYOUT_STR else {
                throw .type("__str__ returned non-string (type \(r.type.name))")
            }
            return r
        }
        if v.isObject {
            switch v.layout {
            case QK_LAYOUT_STR: return StrMethods.exact(v)
            case QK_LAYOUT_EXCEPTION: return try Exceptions.str(v)
            default: break
            }
        }
        return try repr(v)
    }

    public static func ascii(_ v: Value) throws(PyError) -> Value {
        let r = Str.swift(try repr(v))
        var out = ""
        for u in r.unicodeScalars {
            if u.value < 128 { out.unicodeScalars.append(u) } else if u.value < 256 {
                out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2)
            } else if u.value < 0x10000 {
                out += "\\u" + String(u.value, radix: 16).leftPadded(to: 4)
            } else {
                out += "\\U" + String(u.value, radix: 16).leftPadded(to: 8)
            }
        }
        return Str.make(out)
    }

    /// format(value, spec).
    public static func format(_ v: Value, _ spec: Value) throws(PyError) -> Value {
        let t = v.type
        if t.isHeapType, let f = userMethod(t, Names.__format__) { return try callMethod(f, v, [spec]) }
        if Str.count(spec) == 0 { return try str(v) }
        if let r = QuickFormat.format(v, spec: spec) { return r }
        return try FormatSpec.format(v, spec: Str.codePoints(spec))
    }
}

extension String {
    func leftPadded(to n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
