// LOAD_ATTR (cache: counter, type version:2, keys version or hint:2, descr:4) and
// STORE_ATTR (cache: counter, type version:2, index:1).
//
// Instances keep their attributes in a per-instance dict (no shared-key "inline values" yet),
// so plain instance attributes specialize as LOAD_ATTR_WITH_HINT / STORE_ATTR_WITH_HINT: the
// type version plus the dict entry the name was found at, checked by pointer. The
// *_INSTANCE_VALUE forms wait for shared-key dicts.

import CSupport

extension Specializer {
    /// The instance dict of `obj` (NULL when it has none yet or cannot have one).
    @inline(__always) static func dictOf(_ obj: Value, _ t: TypePtr) -> Value {
        let off = Int(t.pointee.dictoffset)
        guard off != 0, obj.isObject else { return .null }
        return (UnsafeMutableRawPointer(obj.object) + off).assumingMemoryBound(to: Value.self).pointee
    }

    /// The entry index of the interned `name` in dict `d`, found by pointer.
    static func hint(_ d: Value, _ name: Value) -> Int? {
        guard !d.isNull, let i = Dict.entryIndex(d.ptr(QKDict.self), name),
              d.ptr(QKDict.self).pointee.entries[i].key == name.raw else { return nil }
        return i
    }

    static func isPlainValue(_ v: Value) -> Bool {
        guard v.isObject else { return true }
        let t = v.object.pointee.ob_type!
        if t == Types.function || t == Types.native || t == Types.staticmethod || t == Types.classmethod
            || t == Types.property || t == ExtraTypes.memberDescriptor { return false }
        return !(t.isHeapType && lookupInMRO(t, Names.__get__) != nil)
    }

    static func isMethodDescriptor(_ v: Value) -> Bool {
        v.isExactly(Types.function) || (v.isExactly(Types.native) && v.ptr(QKNative.self).pointee.kind == QK_NATIVE_METHOD)
    }

    static func loadAttr(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ owner: Value, _ name: Value,
                         _ oparg: Int) -> Int {
        let head = OP_LOAD_ATTR
        if mode == .off { return fail(code, instr, head, .disabled) }
        let method = oparg & 1 != 0
        if owner.isExactly(Types.module) {
            let d = Value(raw: owner.ptr(QKModule.self).pointee.dict)
            guard let i = hint(d, name) else { return fail(code, instr, head, .notFound) }
            let v = Dict.keysVersion(d.ptr(QKDict.self))
            guard v != 0 else { return fail(code, instr, head, .outOfVersions) }
            Cache.write32(instr + 2, v)
            Cache.write32(instr + 4, UInt32(i))
            return succeed(code, instr, OP_LOAD_ATTR_MODULE)
        }
        if owner.isLayout(QK_LAYOUT_TYPE) {
            let cls = owner.ptr(QKType.self)
            guard owner.object.pointee.ob_type == Types.type, lookupInMRO(Types.type, name) == nil,
                  let v = lookupInMRO(cls, name), isPlainValue(v) || v.isExactly(Types.function) else {
                return fail(code, instr, head, .descriptor)
            }
            guard cls.pointee.version != 0 else { return fail(code, instr, head, .noTypeVersion) }
            Cache.write32(instr + 2, cls.pointee.version)
            Cache.write64(instr + 6, v.raw)
            return succeed(code, instr, OP_LOAD_ATTR_CLASS)
        }
        let t = owner.type
        guard t.pointee.version != 0 else { return fail(code, instr, head, .noTypeVersion) }
        if t.isHeapType, let ga = lookupInMRO(t, Names.__getattribute__), !ga.isLayout(QK_LAYOUT_NATIVE) {
            guard ga.isExactly(Types.function), !method, lookupInMRO(t, Names.__getattr__) == nil else {
                return fail(code, instr, head, .overridden)
            }
            Cache.write32(instr + 2, t.pointee.version)
            Cache.write64(instr + 6, ga.raw)
            return succeed(code, instr, OP_LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN)
        }
        let layout = t.pointee.layout
        guard layout != QK_LAYOUT_MODULE.rawValue && layout != QK_LAYOUT_BOX.rawValue else {
            return fail(code, instr, head, .otherType(owner))
        }
        Cache.write32(instr + 2, t.pointee.version)
        let descr = lookupInMRO(t, name)
        if let d = descr, Ops.isDataDescriptor(d) {
            if d.isExactly(ExtraTypes.memberDescriptor) {
                Cache.write32(instr + 4, UInt32(d.ptr(QKBox.self).pointee.i))
                return succeed(code, instr, OP_LOAD_ATTR_SLOT)
            }
            if d.isExactly(Types.property) && !method {
                let fget = Value(raw: d.ptr(QKBox.self).pointee.a)
                guard fget.isExactly(Types.function) else { return fail(code, instr, head, .descriptor) }
                Cache.write64(instr + 6, fget.raw)
                return succeed(code, instr, OP_LOAD_ATTR_PROPERTY)
            }
            return fail(code, instr, head, .descriptor)
        }
        let dict = dictOf(owner, t)
        if let i = hint(dict, name) {
            Cache.write32(instr + 4, UInt32(i))
            return succeed(code, instr, OP_LOAD_ATTR_WITH_HINT)
        }
        if !dict.isNull && Dict.getStr(dict, name) != nil { return fail(code, instr, head, .notFound) }  // key not interned
        guard let d = descr else { return fail(code, instr, head, .notFound) }
        let hasDict = t.pointee.dictoffset != 0
        if method && isMethodDescriptor(d) {
            Cache.write64(instr + 6, d.raw)
            if !hasDict { return succeed(code, instr, OP_LOAD_ATTR_METHOD_NO_DICT) }
            return succeed(code, instr, dict.isNull ? OP_LOAD_ATTR_METHOD_LAZY_DICT : OP_LOAD_ATTR_METHOD_WITH_VALUES)
        }
        if isPlainValue(d) {
            Cache.write64(instr + 6, d.raw)
            return succeed(code, instr, hasDict ? OP_LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES : OP_LOAD_ATTR_NONDESCRIPTOR_NO_DICT)
        }
        return fail(code, instr, head, .descriptor)
    }

    static func storeAttr(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ owner: Value, _ name: Value) -> Int {
        let head = OP_STORE_ATTR
        if mode == .off { return fail(code, instr, head, .disabled) }
        guard owner.isObject, !owner.isLayout(QK_LAYOUT_TYPE), !owner.isLayout(QK_LAYOUT_MODULE) else {
            return fail(code, instr, head, .otherType(owner))
        }
        let t = owner.type
        guard t.pointee.version != 0 else { return fail(code, instr, head, .noTypeVersion) }
        if t.isHeapType, let sa = lookupInMRO(t, Names.__setattr__), !sa.isLayout(QK_LAYOUT_NATIVE) {
            return fail(code, instr, head, .overridden)
        }
        Cache.write32(instr + 2, t.pointee.version)
        if let d = lookupInMRO(t, name), Ops.isDataDescriptor(d) {
            guard d.isExactly(ExtraTypes.memberDescriptor) else { return fail(code, instr, head, .descriptor) }
            (instr + 4).pointee = UInt16(d.ptr(QKBox.self).pointee.i)
            return succeed(code, instr, OP_STORE_ATTR_SLOT)
        }
        guard let i = hint(dictOf(owner, t), name) else { return fail(code, instr, head, .noDict) }
        guard i <= 0xFFFF else { return fail(code, instr, head, .indexTooLarge) }
        (instr + 4).pointee = UInt16(i)
        return succeed(code, instr, OP_STORE_ATTR_WITH_HINT)
    }
}

extension Specializer {
    /// The guards and loads of the LOAD_ATTR forms except WITH_HINT and PROPERTY: the value (for the
    /// METHOD_* forms, the function to call), or 0 for a miss. `cache` is the counter unit.
    @inline(__always)
    static func loadAttrFast(_ op: Int, _ owner: Value, _ cache: UnsafeMutablePointer<UInt16>, _ name: Value) -> UInt64 {
        let version = Cache.read32(cache + 1)
        if op == OP_LOAD_ATTR_MODULE {
            guard owner.isExactly(Types.module) else { return 0 }
            let d = Value(raw: owner.ptr(QKModule.self).pointee.dict).ptr(QKDict.self)
            guard d.pointee.keys_version == version else { return 0 }
            return d.pointee.entries[Int(Cache.read32(cache + 3))].value
        }
        if op == OP_LOAD_ATTR_CLASS {
            guard owner.isLayout(QK_LAYOUT_TYPE) && owner.ptr(QKType.self).pointee.version == version else { return 0 }
            return Cache.read64(cache + 5)
        }
        let t = owner.type
        guard t.pointee.version == version else { return 0 }
        switch op {
        case OP_LOAD_ATTR_SLOT:
            return (UnsafeMutableRawPointer(owner.object) + Int(Cache.read32(cache + 3))).load(as: UInt64.self)
        case OP_LOAD_ATTR_METHOD_WITH_VALUES, OP_LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES:
            let dict = dictOf(owner, t)
            if op == OP_LOAD_ATTR_METHOD_WITH_VALUES && dict.isNull { return 0 }
            guard dict.isNull || Dict.getStr(dict, name) == nil else { return 0 }
            return Cache.read64(cache + 5)
        case OP_LOAD_ATTR_METHOD_LAZY_DICT:
            return dictOf(owner, t).isNull ? Cache.read64(cache + 5) : 0
        default:  // METHOD_NO_DICT, NONDESCRIPTOR_NO_DICT
            return Cache.read64(cache + 5)
        }
    }

    /// STORE_ATTR_SLOT: true when stored, false for a miss.
    @inline(__always)
    static func storeAttrFast(_ op: Int, _ owner: Value, _ cache: UnsafeMutablePointer<UInt16>, _ name: Value, _ value: Value) -> Bool {
        guard owner.isObject, owner.type.pointee.version == Cache.read32(cache + 1) else { return false }
        (UnsafeMutableRawPointer(owner.object) + Int(cache[3])).storeBytes(of: value.raw, as: UInt64.self)
        return true
    }
}
