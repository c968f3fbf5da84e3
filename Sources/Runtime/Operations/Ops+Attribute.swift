// Attribute access: CPython's generic getattr/setattr with descriptors, instance dicts,
// __slots__, __getattr__, and the special rules for type objects, modules and super.

import CSupport

public enum Ops {}

/// Python-level types the runtime defines in Swift only (not needed by C code).
public enum ExtraTypes {
    nonisolated(unsafe) public static var memberDescriptor: TypePtr! = nil
    nonisolated(unsafe) public static var complex: TypePtr! = nil
    nonisolated(unsafe) public static var traceback: TypePtr! = nil
}

extension Ops {
    /// The instance dict of `obj`, or nil if its type has none.
    @inline(__always)
    public static func instanceDict(_ obj: Value, create: Bool = true) -> Value? {
        guard obj.isObject else { return nil }
        let t = obj.object.pointee.ob_type!
        let off = Int(t.pointee.dictoffset)
        if off == 0 { return nil }
        let slot = (UnsafeMutableRawPointer(obj.object) + off).assumingMemoryBound(to: Value.self)
        if slot.pointee.isNull {
            if !create { return nil }
            slot.pointee = Dict.new()
        }
        return slot.pointee
    }

    static func isDataDescriptor(_ d: Value) -> Bool {
        guard d.isObject else { return false }
        let t = d.object.pointee.ob_type!
        if t == Types.property || t == ExtraTypes.memberDescriptor { return true }
        if t.isHeapType { return lookupInMRO(t, Names.__set__) != nil || lookupInMRO(t, Names.__delete__) != nil }
        return false
    }

    /// Bind a class attribute found on the type of `obj` (a non-data descriptor or plain value).
    static func bindClassAttribute(_ descr: Value, _ obj: Value, _ type: TypePtr) throws(PyError) -> Value {
        guard descr.isObject else { return descr }
        let dt = descr.object.pointee.ob_type!
        if dt == Types.function { return Method.make(descr, obj) }
        if dt == Types.native {
            let kind = descr.ptr(QKNative.self).pointee.kind
            if kind == QK_NATIVE_METHOD { return Native.bind(descr, obj) }
            if kind == QK_NATIVE_CLASSMETHOD { return Native.bind(descr, Value(type)) }
            return descr
        }
        if dt == Types.staticmethod { return Value(raw: descr.ptr(QKBox.self).pointee.a) }
        if dt == Types.classmethod { return Method.make(Value(raw: descr.ptr(QKBox.self).pointee.a), Value(type)) }
        if dt == Types.property || dt == ExtraTypes.memberDescriptor { return try descriptorGet(descr, obj, type) }
        if dt.isHeapType, let get = lookupInMRO(dt, Names.__get__) {
            return try callValues(get, [descr, obj, Value(type)])
        }
        return descr
    }

    static func descriptorGet(_ descr: Value, _ obj: Value, _ type: TypePtr) throws(PyError) -> Value {
        let dt = descr.object.pointee.ob_type!
        if dt == Types.property {
            let fget = Value(raw: descr.ptr(QKBox.self).pointee.a)
            if fget.isNull || fget.isNone { throw .attribute("property '\(propertyName(descr))' of '\(type.name)' object has no getter") }
            return try callValues(fget, [obj])
        }
        if dt == ExtraTypes.memberDescriptor {
            let b = descr.ptr(QKBox.self).pointee
            let v = (UnsafeMutableRawPointer(obj.object) + Int(b.i)).assumingMemoryBound(to: Value.self).pointee
            if v.isNull { throw .attribute(Str.swift(Value(raw: b.a))) }
            return v
        }
        let get = lookupInMRO(dt, Names.__get__)!
        return try callValues(get, [descr, obj, Value(type)])
    }

    static func propertyName(_ p: Value) -> String {
        let fget = Value(raw: p.ptr(QKBox.self).pointee.a)
        if fget.isLayout(QK_LAYOUT_FUNCTION) { return Str.swift(Value(raw: fget.ptr(QKFunction.self).pointee.name)) }
        return "?"
    }

    /// getattr(obj, name) for an interned str `name`.
    public static func getAttr(_ obj: Value, _ name: Value) throws(PyError) -> Value {
        // An overridden __getattribute__ with no __getattr__ behind it raises its own error.
        let type = obj.type
        if type.isHeapType && !obj.isLayout(QK_LAYOUT_TYPE) && !obj.isLayout(QK_LAYOUT_MODULE),
           let ga = lookupInMRO(type, Names.__getattribute__), !ga.isLayout(QK_LAYOUT_NATIVE),
           lookupInMRO(type, Names.__getattr__) == nil {
            return try callValues(ga, [obj, name])
        }
        if let v = try getAttrOrNil(obj, name) { return v }
        throw attributeError(obj, name)
    }

    public static func attributeError(_ obj: Value, _ name: Value) -> PyError {
        let n = Str.swift(name)
        if obj.isLayout(QK_LAYOUT_TYPE) {
            return .attribute("type object '\(obj.ptr(QKType.self).name)' has no attribute '\(n)'")
        }
        if obj.isLayout(QK_LAYOUT_MODULE) {
            let m = Str.swift(Value(raw: obj.ptr(QKModule.self).pointee.name))
            return .attribute("module '\(m)' has no attribute '\(n)'")
        }
        return .attribute("'\(obj.type.name)' object has no attribute '\(n)'")
    }

    /// getattr returning nil instead of raising AttributeError (other errors propagate).
    public static func getAttrOrNil(_ obj: Value, _ name: Value) throws(PyError) -> Value? {
        let type = obj.type
        if obj.isObject {
            switch QKLayout(type.pointee.layout) {
            case QK_LAYOUT_TYPE: return try typeGetAttr(obj.ptr(QKType.self), name)
            case QK_LAYOUT_MODULE:
                if let v = Dict.getStr(Value(raw: obj.ptr(QKModule.self).pointee.dict), name) { return v }
            case QK_LAYOUT_BOX where type == Types.super:
                return try SuperObject.getAttr(obj, name)
            default: break
            }
        }
        if type.isHeapType, let ga = lookupInMRO(type, Names.__getattribute__), !ga.isLayout(QK_LAYOUT_NATIVE) {
            do {
                return try callValues(ga, [obj, name])
            } catch {
                if error.matches(qk_exc.AttributeError) {
                    if let g = lookupInMRO(type, Names.__getattr__) { return try callValues(g, [obj, name]) }
                    return nil
                }
                throw error
            }
        }
        let descr = lookupInMRO(type, name)
        if let d = descr, isDataDescriptor(d) {
            do {
                return try descriptorGet(d, obj, type)
            } catch {
                if error.matches(qk_exc.AttributeError), let g = lookupInMRO(type, Names.__getattr__) {
                    return try callValues(g, [obj, name])
                }
                throw error
            }
        }
        if let dict = instanceDict(obj, create: false), let v = Dict.getStr(dict, name) { return v }
        if let d = descr { return try bindClassAttribute(d, obj, type) }
        if let v = try BuiltinAttributes.get(obj, name) { return v }
        if type.pointee.flags & QK_TYPE_HAS_GETATTR != 0 || type.isHeapType, let g = lookupInMRO(type, Names.__getattr__) {
            return try callValues(g, [obj, name])
        }
        return nil
    }

    static func typeGetAttr(_ t: TypePtr, _ name: Value) throws(PyError) -> Value? {
        let meta = Value(t).object.pointee.ob_type!
        let metaAttr = lookupInMRO(meta, name)
        if let m = metaAttr, isDataDescriptor(m) { return try descriptorGet(m, Value(t), meta) }
        if let v = lookupInMRO(t, name) {
            guard v.isObject else { return v }
            let vt = v.object.pointee.ob_type!
            if vt == Types.staticmethod { return Value(raw: v.ptr(QKBox.self).pointee.a) }
            if vt == Types.classmethod { return Method.make(Value(raw: v.ptr(QKBox.self).pointee.a), Value(t)) }
            if vt == Types.native && v.ptr(QKNative.self).pointee.kind == QK_NATIVE_CLASSMETHOD { return Native.bind(v, Value(t)) }
            if vt.isHeapType, let get = lookupInMRO(vt, Names.__get__) { return try callValues(get, [v, Value.none, Value(t)]) }
            return v
        }
        if let m = metaAttr { return try bindClassAttribute(m, Value(t), meta) }
        if let v = try BuiltinAttributes.get(Value(t), name) { return v }
        if meta.isHeapType, let g = lookupInMRO(meta, Names.__getattr__) { return try callValues(g, [Value(t), name]) }
        return nil
    }

    public static func setAttr(_ obj: Value, _ name: Value, _ value: Value) throws(PyError) {
        let type = obj.type
        if type.isHeapType, let sa = lookupInMRO(type, Names.__setattr__), !sa.isLayout(QK_LAYOUT_NATIVE) {
            _ = try callValues(sa, [obj, name, value])
            return
        }
        try genericSetAttr(obj, name, value)
    }

    /// object.__setattr__: descriptors, then the instance dict.
    public static func genericSetAttr(_ obj: Value, _ name: Value, _ value: Value) throws(PyError) {
        let type = obj.type
        if obj.isLayout(QK_LAYOUT_TYPE) {
            let t = obj.ptr(QKType.self)
            guard t.isHeapType else {
                throw .type("cannot set '\(Str.swift(name))' attribute of immutable type '\(t.name)'")
            }
            let n = Str.swift(name)
            if (n == "__name__" || n == "__qualname__"), !value.isNull {
                // Kept in the type object itself (reprs and error messages read them there).
                guard value.isExactlyStr else {
                    throw .type("can only assign string to \(t.name).\(n), not '\(value.type.name)'")
                }
                if n == "__name__" { t.pointee.name = value.raw } else { t.pointee.qualname = value.raw }
                return
            }
            if n == "__module__", !value.isNull { t.pointee.module = value.raw }
            if value.isNull { try deleteFromDict(t.dict, name, obj) } else { Dict.setStr(t.dict, name, value) }
            if n == "__getattr__" { t.pointee.flags |= QK_TYPE_HAS_GETATTR }
            TypeObjects.modified(t)
            return
        }
        if let d = lookupInMRO(type, name), d.isObject {
            let dt = d.object.pointee.ob_type!
            if dt == Types.property {
                let b = d.ptr(QKBox.self).pointee
                let f = value.isNull ? Value(raw: b.c) : Value(raw: b.b)
                if f.isNull || f.isNone {
                    let what = value.isNull ? "deleter" : "setter"
                    throw .attribute("property '\(propertyName(d))' of '\(type.name)' object has no \(what)")
                }
                _ = try callValues(f, value.isNull ? [obj] : [obj, value])
                return
            }
            if dt == ExtraTypes.memberDescriptor {
                let b = d.ptr(QKBox.self).pointee
                let slot = (UnsafeMutableRawPointer(obj.object) + Int(b.i)).assumingMemoryBound(to: Value.self)
                if value.isNull && slot.pointee.isNull { throw .attribute(Str.swift(name)) }
                slot.pointee = value
                return
            }
            if dt.isHeapType {
                if value.isNull, let del = lookupInMRO(dt, Names.__delete__) {
                    _ = try callValues(del, [d, obj])
                    return
                }
                if !value.isNull, let set = lookupInMRO(dt, Names.__set__) {
                    _ = try callValues(set, [d, obj, value])
                    return
                }
            }
        }
        if obj.isLayout(QK_LAYOUT_MODULE) {
            let dict = Value(raw: obj.ptr(QKModule.self).pointee.dict)
            if value.isNull { try deleteFromDict(dict, name, obj) } else { Dict.setStr(dict, name, value) }
            return
        }
        if obj.isLayout(QK_LAYOUT_FUNCTION), try BuiltinAttributes.setFunctionAttribute(obj, name, value) { return }
        if obj.isLayout(QK_LAYOUT_EXCEPTION), !value.isNull, try BuiltinAttributes.set(obj, name, value) { return }
        guard let dict = instanceDict(obj) else {
            if try BuiltinAttributes.set(obj, name, value) { return }
            let n = Str.swift(name)
            if type.isHeapType && type.pointee.nslots > 0 {
                throw .attribute("'\(type.name)' object has no attribute '\(n)' and no __dict__ for setting new attributes")
            }
            if lookupInMRO(type, name) != nil {
                throw .attribute("'\(type.name)' object attribute '\(n)' is read-only")
            }
            throw .attribute("'\(type.name)' object has no attribute '\(n)' and no __dict__ for setting new attributes")
        }
        if value.isNull { try deleteFromDict(dict, name, obj) } else { Dict.setStr(dict, name, value) }
    }

    static func deleteFromDict(_ dict: Value, _ name: Value, _ obj: Value) throws(PyError) {
        if try Dict.remove(dict, name) == nil { throw attributeError(obj, name) }
    }

    public static func delAttr(_ obj: Value, _ name: Value) throws(PyError) {
        let type = obj.type
        if type.isHeapType, let da = lookupInMRO(type, Names.__delattr__), !da.isLayout(QK_LAYOUT_NATIVE) {
            _ = try callValues(da, [obj, name])
            return
        }
        try genericSetAttr(obj, name, .null)
    }
}
