// Classes: object and type behaviour, class creation (__build_class__, type(name, bases, ns)),
// __slots__, super(), and special attributes (__name__, __dict__, __class__, ...).

import CSupport

public enum ObjectType {
    nonisolated(unsafe) static var newNative = Value.null
    nonisolated(unsafe) static var initNative = Value.null

    /// object.__new__(cls): a plain instance with a dict (unless __slots__ removed it).
    static func allocateInstance(_ t: TypePtr) throws(PyError) -> Value {
        if t.pointee.flags & QK_TYPE_ABSTRACT != 0 {
            throw .type("Can't instantiate abstract class \(t.name)")
        }
        switch QKLayout(t.pointee.layout) {
        case QK_LAYOUT_OBJECT:
            let o: UnsafeMutablePointer<QKObject> = Heap.allocate(t, size: Int(t.pointee.basicsize), as: QKObject.self)
            return Value(o)
        case QK_LAYOUT_EXCEPTION: return Exceptions.make(t, args: [])
        case QK_LAYOUT_LIST: return List.new(type: t)
        case QK_LAYOUT_DICT: return Dict.new(type: t)
        case QK_LAYOUT_SET: return Sets.new(frozen: false, type: t)
        default:
            throw .type("object.__new__(\(t.name)) is not safe, use \(t.pointee.base?.name ?? "object").__new__()")
        }
    }

    static func register() {
        let o = Types.object
        newNative = Native.function("__new__", qualname: "object.__new__") { (a: inout Args) throws(PyError) -> Value in
            // Called as type's __new__: receiver is the class.
            var cls = a.receiver
            if cls.isNull {
                guard a.count >= 1 else { throw .type("object.__new__(): not enough arguments") }
                cls = a[0]
            }
            guard cls.isLayout(QK_LAYOUT_TYPE) else { throw .type("object.__new__(X): X is not a type object (\(cls.type.name))") }
            return try allocateInstance(cls.ptr(QKType.self))
        }
        Dict.setStr(o.dict, "__new__", newNative)
        initNative = Native.function("__init__", qualname: "object.__init__", kind: QK_NATIVE_METHOD) { (a: inout Args) throws(PyError) -> Value in
            .none
        }
        Dict.setStr(o.dict, "__init__", initNative)
        Native.method(o, "__repr__") { (a: inout Args) throws(PyError) -> Value in
            Str.make("<\(Ops.typeQualifiedName(a.receiver.type)) object at \(Ops.address(a.receiver))>")
        }
        Native.method(o, "__str__") { (a: inout Args) throws(PyError) -> Value in try Ops.repr(a.receiver) }
        Native.method(o, "__eq__") { (a: inout Args) throws(PyError) -> Value in a.receiver == a[0] ? .true_ : .notImplemented }
        Native.method(o, "__ne__") { (a: inout Args) throws(PyError) -> Value in
            let r = try Ops.richCompare(a.receiver, a[0], 2)
            if r == .notImplemented { return r }
            return .bool(!(try Ops.truthy(r)))
        }
        Native.method(o, "__hash__") { (a: inout Args) throws(PyError) -> Value in .int(Int(truncatingIfNeeded: a.receiver.raw >> 4)) }
        Native.method(o, "__setattr__") { (a: inout Args) throws(PyError) -> Value in
            try Ops.genericSetAttr(a.receiver, try Str.internName(a[0]), a[1])
            return .none
        }
        Native.method(o, "__delattr__") { (a: inout Args) throws(PyError) -> Value in
            try Ops.genericSetAttr(a.receiver, try Str.internName(a[0]), .null)
            return .none
        }
        Native.method(o, "__getattribute__") { (a: inout Args) throws(PyError) -> Value in
            let name = try Str.internName(a[0])
            // Generic lookup without user __getattribute__/__getattr__ recursion.
            let t = a.receiver.type
            if let d = lookupInMRO(t, name), Ops.isDataDescriptor(d) { return try Ops.descriptorGet(d, a.receiver, t) }
            if let dict = Ops.instanceDict(a.receiver, create: false), let v = Dict.getStr(dict, name) { return v }
            if let d = lookupInMRO(t, name) { return try Ops.bindClassAttribute(d, a.receiver, t) }
            if let v = try BuiltinAttributes.get(a.receiver, name) { return v }
            throw Ops.attributeError(a.receiver, name)
        }
        Native.method(o, "__format__") { (a: inout Args) throws(PyError) -> Value in
            if Str.count(a[0]) != 0 { throw .type("unsupported format string passed to \(a.receiver.type.name).__format__") }
            return try Ops.str(a.receiver)
        }
        Native.classMethod(o, "__init_subclass__") { (a: inout Args) throws(PyError) -> Value in .none }
        Native.method(o, "__reduce_ex__") { (a: inout Args) throws(PyError) -> Value in throw .type("cannot pickle") }
        Native.method(o, "__dir__") { (a: inout Args) throws(PyError) -> Value in try Builtins.dir(a.receiver) }
        Native.method(o, "__lt__") { (a: inout Args) throws(PyError) -> Value in .notImplemented }
        Native.method(o, "__le__") { (a: inout Args) throws(PyError) -> Value in .notImplemented }
        Native.method(o, "__gt__") { (a: inout Args) throws(PyError) -> Value in .notImplemented }
        Native.method(o, "__ge__") { (a: inout Args) throws(PyError) -> Value in .notImplemented }
    }
}

public enum ClassBuilder {
    /// type(name, bases, namespace): create a heap type.
    static func makeClass(meta: TypePtr, name: Value, bases: Value, ns: Value,
                          keywords: [(name: Value, value: Value)] = []) throws(PyError) -> Value {
        var baseList = Tuple.elements(bases).map { $0 }
        if baseList.isEmpty { baseList = [Value(Types.object)] }
        for b in baseList {
            guard b.isLayout(QK_LAYOUT_TYPE) else { throw .type("bases must be types") }
            let bt = b.ptr(QKType.self)
            if bt.pointee.flags & QK_TYPE_BASETYPE == 0 {
                throw .type("type '\(bt.name)' is not an acceptable base type")
            }
        }
        let baseTypes = baseList.map { $0.ptr(QKType.self) }
        // The solid base decides the instance layout.
        var solid = baseTypes[0]
        for b in baseTypes where QKLayout(b.pointee.layout) != QK_LAYOUT_OBJECT { solid = b }
        for b in baseTypes where QKLayout(b.pointee.layout) != QK_LAYOUT_OBJECT && b.pointee.layout != solid.pointee.layout {
            throw .type("multiple bases have instance lay-out conflict")
        }
        let t: TypePtr = Heap.allocate(meta, size: max(Int(meta.pointee.basicsize), MemoryLayout<QKType>.size), as: QKType.self)
        let tv = Value(t)
        Heap.pushRoot(tv)
        defer { Heap.popRoots(to: Heap.rootMark - 1) }
        t.pointee.name = Str.intern(name).raw
        t.pointee.qualname = (Dict.getStr(ns, "__qualname__") ?? name).raw
        t.pointee.module = (Dict.getStr(ns, "__module__") ?? Str.intern("builtins")).raw
        t.pointee.base = solid
        t.pointee.bases = Tuple.make(baseList).raw
        t.pointee.layout = solid.pointee.layout
        t.pointee.flags = QK_TYPE_HEAP | QK_TYPE_BASETYPE
        t.pointee.subclasses = List.new().raw
        let dict = Dict.copy(ns)
        t.pointee.dict = dict.raw
        _ = try? Dict.remove(dict, Str.intern("__qualname__"))
        _ = try? Dict.remove(dict, Names.__classcell__)
        t.pointee.mro = Tuple.make(try TypeObjects.c3(t, bases: baseTypes)).raw
        for b in baseTypes { List.append(Value(raw: b.pointee.subclasses), tv) }

        // Instance layout: the base's fields, then a dict slot and __slots__ as needed.
        var size = Int(solid.pointee.basicsize)
        var dictoffset = 0
        var inheritedDict = false
        for b in baseTypes where b.pointee.dictoffset != 0 { inheritedDict = true; dictoffset = Int(b.pointee.dictoffset) }
        var slotNames: [Value] = []
        if let slots = Dict.getStr(ns, "__slots__") {
            slotNames = slots.isExactlyStr ? [slots] : try Ops.toArray(slots)
        }
        let wantsDict = Dict.getStr(ns, "__slots__") == nil || slotNames.contains { Str.swift($0) == "__dict__" }
        // Slots of bases with slots must be preserved: extend from the largest base size.
        for b in baseTypes { size = max(size, Int(b.pointee.basicsize)) }
        // Variable-size layouts keep their items right after the header, so a fixed dict slot
        // would overlap them; their subclasses get no instance dict (a known gap: CPython puts
        // it at a negative offset from the end).
        let variableSize = [QK_LAYOUT_STR, QK_LAYOUT_BYTES, QK_LAYOUT_TUPLE].contains(QKLayout(solid.pointee.layout))
        // An int subclass instance always holds an inline BigInt (BigIntBox.box), so its dict
        // and slots can follow that fixed-size payload.
        if QKLayout(solid.pointee.layout) == QK_LAYOUT_INT {
            let payloadEnd = BigIntBox.payloadOffset + MemoryLayout<BigIntValue>.stride
            size = max(size, payloadEnd)
            // A dict slot inherited from a plain-object base (class IntEnum(int, ReprEnum))
            // would overlap the payload: give this class its own.
            if inheritedDict && dictoffset < payloadEnd { inheritedDict = false; dictoffset = 0 }
        }
        // Likewise a variable-size solid base cannot take an inherited fixed dict slot.
        if variableSize && inheritedDict && solid.pointee.dictoffset == 0 { inheritedDict = false; dictoffset = 0 }
        if wantsDict && !inheritedDict && !variableSize {
            dictoffset = size
            size += 8
        }
        t.pointee.dictoffset = Int32(dictoffset)
        let ownSlots = slotNames.filter { Str.swift($0) != "__dict__" && Str.swift($0) != "__weakref__" }
        if !ownSlots.isEmpty {
            t.pointee.slotsoffset = Int32(size)
            t.pointee.nslots = Int32(ownSlots.count)
            for (i, s) in ownSlots.enumerated() {
                let d: UnsafeMutablePointer<QKBox> = Heap.allocate(ExtraTypes.memberDescriptor, size: MemoryLayout<QKBox>.size, as: QKBox.self)
                let msg = "'\(Str.swift(name))' object has no attribute '\(Str.swift(s))'"
                d.pointee.a = Str.make(msg).raw
                d.pointee.b = Str.intern(s).raw
                d.pointee.i = Int64(size + i * 8)
                Dict.setStr(dict, Str.intern(s), Value(d))
            }
            size += ownSlots.count * 8
            t.pointee.slotnames = Tuple.make(ownSlots).raw
        } else {
            t.pointee.slotsoffset = solid.pointee.slotsoffset
            t.pointee.nslots = 0
        }
        t.pointee.basicsize = UInt32(size)
        // Inherit base slot tracing by keeping the slot span contiguous from the first base with slots.
        var firstSlot = Int(t.pointee.slotsoffset), nslots = Int(t.pointee.nslots)
        for b in baseTypes where b.pointee.nslots > 0 {
            let start = Int(b.pointee.slotsoffset)
            if nslots == 0 || start < firstSlot {
                nslots = (nslots == 0 ? 0 : (firstSlot - start) / 8 + nslots)
                if nslots == 0 { nslots = Int(b.pointee.nslots) }
                firstSlot = start
            }
        }
        t.pointee.slotsoffset = Int32(firstSlot)
        t.pointee.nslots = Int32(nslots)

        // __new__ and __init_subclass__ are implicitly static/class methods.
        if let n = Dict.getStr(dict, Names.__new__), n.isLayout(QK_LAYOUT_FUNCTION) {
            Dict.setStr(dict, Names.__new__, Builtins.staticMethod(n))
        }
        if let n = Dict.getStr(dict, Names.__init_subclass__), n.isLayout(QK_LAYOUT_FUNCTION) {
            Dict.setStr(dict, Names.__init_subclass__, Builtins.classMethod(n))
        }
        if lookupInMRO(t, Names.__getattr__) != nil { t.pointee.flags |= QK_TYPE_HAS_GETATTR }
        // __eq__ without __hash__ makes instances unhashable.
        if Dict.getStr(dict, Names.__eq__) != nil && Dict.getStr(dict, Names.__hash__) == nil {
            Dict.setStr(dict, Names.__hash__, .none)
        }
        if try Abstract.hasAbstractMethods(t) { t.pointee.flags |= QK_TYPE_ABSTRACT }
        TypeObjects.assignVersion(t)
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        for (k, v) in Dict.items(dict) where v.isObject && v.type.isHeapType {
            if let sn = lookupInMRO(v.type, Names.__set_name__) { _ = try callValues(sn, [v, tv, k]) }
        }
        // The parent's __init_subclass__ receives the class keywords.
        if let isc = try SuperObject.lookupFrom(t, after: t, Names.__init_subclass__) {
            let fn = isc.isExactly(Types.classmethod) ? Value(raw: isc.ptr(QKBox.self).pointee.a) : isc
            let kwnames = keywords.isEmpty ? Value.null : Tuple.make(keywords.map { $0.name })
            let values = keywords.map { $0.value }
            if fn.isLayout(QK_LAYOUT_NATIVE) {
                if !keywords.isEmpty {
                    throw .type("\(Str.swift(name)).__init_subclass__() takes no keyword arguments")
                }
            } else {
                _ = try callValues(fn, [tv] + values, kwnames: kwnames)
            }
        }
        return tv
    }

    /// builtins.__build_class__(func, name, *bases, **kw).
    /// PEP 560: a base that is not a class may stand for others through __mro_entries__
    /// (typing.Generic[T], NamedTuple, ...). Returns `bases` itself when nothing changed.
    static func resolveBases(_ bases: Value) throws(PyError) -> Value {
        var out: [Value] = []
        var changed = false
        for b in Tuple.elements(bases) {
            if !b.isLayout(QK_LAYOUT_TYPE), let entries = try Ops.getAttrOrNil(b, Str.intern("__mro_entries__")) {
                let r = try callValues(entries, [bases])
                guard r.isLayout(QK_LAYOUT_TUPLE) else { throw .type("__mro_entries__ must return a tuple") }
                out += Tuple.elements(r)
                changed = true
            } else {
                out.append(b)
            }
        }
        return changed ? Tuple.make(out) : bases
    }

    static func buildClass(_ a: inout Args) throws(PyError) -> Value {
        guard a.count >= 2, a[0].isLayout(QK_LAYOUT_FUNCTION) else { throw .type("__build_class__: func must be a function") }
        let body = a[0]
        let name = a[1]
        let origBases = Tuple.make(Array(a.positional.dropFirst(2)))
        let bases = try resolveBases(origBases)
        var meta: Value = Value(Types.type)
        var keywords: [(name: Value, value: Value)] = []
        for (k, v) in a.keywords where k != "metaclass" { keywords.append((Str.intern(k), v)) }
        if let m = a.keyword("metaclass") {
            meta = m
        } else if Tuple.count(bases) > 0 {
            meta = Value(Tuple.items(bases)[0].type)
        }
        // The most derived metaclass among the bases wins.
        if meta.isLayout(QK_LAYOUT_TYPE) {
            for b in Tuple.elements(bases) where isSubtype(b.type, meta.ptr(QKType.self)) { meta = Value(b.type) }
        }
        let mark = Heap.rootMark
        Heap.pushRoot(bases)
        Heap.pushRoot(origBases)
        defer { Heap.popRoots(to: mark) }
        let kwnames = keywords.isEmpty ? Value.null : Tuple.make(keywords.map { $0.name })
        var ns = Dict.new()
        if meta.isLayout(QK_LAYOUT_TYPE), let prep = Ops.userMethod(meta.ptr(QKType.self), Str.intern("__prepare__")) {
            let f = prep.isExactly(Types.classmethod) ? Value(raw: prep.ptr(QKBox.self).pointee.a) : prep
            ns = try callValues(f, [meta, name, bases] + keywords.map { $0.value }, kwnames: kwnames)
        }
        Heap.pushRoot(ns)
        let fn = body.ptr(QKFunction.self)
        let code = Value(raw: fn.pointee.code)
        let frame = try Frames.push(code.ptr(QKCode.self), function: body, globals: Value(raw: fn.pointee.globals),
                                    builtins: Value(raw: fn.pointee.builtins), locals: ns)
        frame.pointee.is_entry = 1
        let cell = try Interpreter.execute(frame)
        if bases != origBases { try Ops.setItem(ns, Str.intern("__orig_bases__"), origBases) }
        let cls: Value
        let typeNew = Dict.getStr(Types.type.dict, "__new__"), typeInit = Dict.getStr(Types.type.dict, "__init__")
        if meta.isLayout(QK_LAYOUT_TYPE) && ns.isExactly(Types.dict) && lookupInMRO(meta.ptr(QKType.self), Names.__new__) == typeNew
            && lookupInMRO(meta.ptr(QKType.self), Names.__init__) == typeInit {
            cls = try makeClass(meta: meta.ptr(QKType.self), name: name, bases: bases, ns: ns, keywords: keywords)
        } else {
            cls = try callValues(meta, [name, bases, ns] + keywords.map { $0.value }, kwnames: kwnames)
        }
        if cell.isLayout(QK_LAYOUT_CELL) { cell.ptr(QKCell.self).pointee.ref = cls.raw }
        return cls
    }
}

/// abc-style abstract methods: a class is abstract while any __isabstractmethod__ remains.
enum Abstract {
    static func hasAbstractMethods(_ t: TypePtr) throws(PyError) -> Bool {
        let flag = Str.intern("__isabstractmethod__")
        var names: Set<String> = []
        for base in Tuple.elements(t.mro).reversed() {
            for (k, v) in Dict.items(base.ptr(QKType.self).dict) {
                let key = Str.swift(k)
                var isAbstract = false
                if v.isObject, let d = Ops.instanceDict(v, create: false), let f = Dict.getStr(d, flag) { isAbstract = try Ops.truthy(f) }
                if v.isExactly(Types.staticmethod) || v.isExactly(Types.classmethod) || v.isExactly(Types.property) {
                    let inner = Value(raw: v.ptr(QKBox.self).pointee.a)
                    if inner.isObject, let d = Ops.instanceDict(inner, create: false), let f = Dict.getStr(d, flag) { isAbstract = try Ops.truthy(f) }
                }
                if isAbstract { names.insert(key) } else { names.remove(key) }
            }
        }
        return !names.isEmpty
    }
}

public enum SuperObject {
    /// super(cls, obj): QKBox a = cls, b = obj, c = the type whose MRO is searched.
    static func make(_ cls: Value, _ obj: Value) throws(PyError) -> Value {
        guard cls.isLayout(QK_LAYOUT_TYPE) else { throw .type("super() argument 1 must be a type, not \(cls.type.name)") }
        let start: TypePtr
        if obj.isLayout(QK_LAYOUT_TYPE) && isSubtype(obj.ptr(QKType.self), cls.ptr(QKType.self)) {
            start = obj.ptr(QKType.self)
        } else if isSubtype(obj.type, cls.ptr(QKType.self)) {
            start = obj.type
        } else {
            throw .type("super(type, obj): obj must be an instance or subtype of type")
        }
        let p: UnsafeMutablePointer<QKBox> = Heap.allocate(Types.super, size: MemoryLayout<QKBox>.size, as: QKBox.self)
        p.pointee.a = cls.raw
        p.pointee.b = obj.raw
        p.pointee.c = Value(start).raw
        return Value(p)
    }

    /// Find `name` in the MRO of `start` after `after`.
    static func lookupFrom(_ start: TypePtr, after: TypePtr, _ name: Value) throws(PyError) -> Value? {
        let mro = Tuple.elements(start.mro)
        guard let i = mro.firstIndex(where: { $0 == Value(after) }) else { return nil }
        for t in mro[(i + 1)...] {
            if let v = Dict.getStr(t.ptr(QKType.self).dict, name) { return v }
        }
        return nil
    }

    static func getAttr(_ sup: Value, _ name: Value) throws(PyError) -> Value? {
        let b = sup.ptr(QKBox.self).pointee
        let cls = Value(raw: b.a).ptr(QKType.self), obj = Value(raw: b.b), start = Value(raw: b.c).ptr(QKType.self)
        if Str.swift(name) == "__class__" { return Value(Types.super) }
        guard let v = try lookupFrom(start, after: cls, name) else { return nil }
        if obj.isLayout(QK_LAYOUT_TYPE) && obj.ptr(QKType.self) == start {
            // super() in a classmethod: bind classmethods to the class, return functions unbound.
            if v.isExactly(Types.classmethod) { return Method.make(Value(raw: v.ptr(QKBox.self).pointee.a), obj) }
            if v.isExactly(Types.staticmethod) { return Value(raw: v.ptr(QKBox.self).pointee.a) }
            if v.isLayout(QK_LAYOUT_NATIVE) && v.ptr(QKNative.self).pointee.kind == QK_NATIVE_CLASSMETHOD { return Native.bind(v, obj) }
            return v
        }
        return try Ops.bindClassAttribute(v, obj, start)
    }

    static func lookupMethod(_ sup: Value, _ name: Value) throws(PyError) -> Value? {
        let b = sup.ptr(QKBox.self).pointee
        let obj = Value(raw: b.b)
        if obj.isLayout(QK_LAYOUT_TYPE) { return nil }
        guard let v = try lookupFrom(Value(raw: b.c).ptr(QKType.self), after: Value(raw: b.a).ptr(QKType.self), name) else { return nil }
        if v.isExactly(Types.function) || (v.isLayout(QK_LAYOUT_NATIVE) && v.ptr(QKNative.self).pointee.kind == QK_NATIVE_METHOD) { return v }
        return nil
    }
}

/// Attributes every object of a layout has without a dict entry (__class__, __name__, ...).
public enum BuiltinAttributes {
    static func get(_ obj: Value, _ name: Value) throws(PyError) -> Value? {
        let n = Str.swift(name)
        if n == "__class__" { return Value(obj.type) }
        // (A class whose metaclass is a heap type still answers with its own namespace below.)
        if n == "__dict__", obj.isObject, obj.layout == QK_LAYOUT_OBJECT || (obj.type.isHeapType && obj.layout != QK_LAYOUT_TYPE),
           let d = Ops.instanceDict(obj) { return d }
        guard obj.isObject else {
            if obj.isDouble || obj.isSmallInt { return try numberAttribute(obj, n) }
            return nil
        }
        switch obj.layout {
        case QK_LAYOUT_TYPE:
            let t = obj.ptr(QKType.self)
            switch n {
            case "__name__": return Value(raw: t.pointee.name)
            case "__qualname__": return Value(raw: t.pointee.qualname)
            case "__module__": return t.pointee.module == 0 ? Str.intern("builtins") : Value(raw: t.pointee.module)
            case "__mro__": return t.mro
            case "__bases__": return Value(raw: t.pointee.bases)
            case "__base__": return t.pointee.base.map { Value($0) } ?? Value.none
            case "__dict__": return Dict.copy(t.dict)
            case "__doc__": return Dict.getStr(t.dict, "__doc__") ?? Value.none
            case "__annotations__":
                if let a = Dict.getStr(t.dict, "__annotations__") { return a }
                return nil
            case "__subclasses__": return Native.bind(Builtins.subclassesNative, obj)
            case "mro": return Native.bind(Builtins.mroNative, obj)
            default: return nil
            }
        case QK_LAYOUT_FUNCTION:
            let f = obj.ptr(QKFunction.self)
            switch n {
            case "__name__": return Value(raw: f.pointee.name)
            case "__qualname__": return Value(raw: f.pointee.qualname)
            case "__module__": return Value(raw: f.pointee.module)
            case "__doc__": return Value(raw: f.pointee.doc)
            case "__code__": return Value(raw: f.pointee.code)
            case "__globals__": return Value(raw: f.pointee.globals)
            case "__defaults__": return f.pointee.defaults == 0 ? Value.none : Value(raw: f.pointee.defaults)
            case "__kwdefaults__": return f.pointee.kwdefaults == 0 ? Value.none : Value(raw: f.pointee.kwdefaults)
            case "__closure__": return f.pointee.closure == 0 ? Value.none : Value(raw: f.pointee.closure)
            case "__dict__":
                if f.pointee.dict == 0 { f.pointee.dict = Dict.new().raw }
                return Value(raw: f.pointee.dict)
            case "__annotations__":
                // MAKE_FUNCTION leaves a flat (name, value, ...) tuple; the dict is built on first use.
                let ann = Value(raw: f.pointee.annotations)
                if ann.isNull || ann.isExactly(Types.tuple) {
                    let d = Dict.new()
                    if !ann.isNull {
                        let items = Tuple.items(ann)
                        for i in stride(from: 0, to: Tuple.count(ann) - 1, by: 2) { try Dict.set(d, items[i], items[i + 1]) }
                    }
                    f.pointee.annotations = d.raw
                }
                return Value(raw: f.pointee.annotations)
            default:
                if f.pointee.dict != 0, let v = Dict.getStr(Value(raw: f.pointee.dict), name) { return v }
                return nil
            }
        case QK_LAYOUT_NATIVE:
            let f = obj.ptr(QKNative.self)
            switch n {
            case "__name__": return Value(raw: f.pointee.name)
            case "__qualname__": return Value(raw: f.pointee.qualname)
            case "__self__": return f.pointee.receiver == 0 ? Value.none : Value(raw: f.pointee.receiver)
            case "__doc__": return Value.none
            case "__module__": return f.pointee.kind == QK_NATIVE_FUNCTION && f.pointee.receiver == 0 ? Str.intern("builtins") : Value.none
            default: return nil
            }
        case QK_LAYOUT_METHOD:
            let m = obj.ptr(QKMethod.self)
            switch n {
            case "__self__": return Value(raw: m.pointee.receiver)
            case "__func__": return Value(raw: m.pointee.callable)
            default: return try Ops.getAttrOrNil(Value(raw: m.pointee.callable), name)
            }
        case QK_LAYOUT_MODULE:
            if n == "__dict__" { return Value(raw: obj.ptr(QKModule.self).pointee.dict) }
            return nil
        case QK_LAYOUT_EXCEPTION:
            let e = obj.ptr(QKException.self)
            switch n {
            case "args": return Value(raw: e.pointee.args)
            case "__cause__": return e.pointee.cause == 0 ? Value.none : Value(raw: e.pointee.cause)
            case "__context__": return e.pointee.context == 0 ? Value.none : Value(raw: e.pointee.context)
            case "__suppress_context__": return .bool(e.pointee.suppress_context != 0)
            case "__traceback__": return Exceptions.tracebackObject(obj)
            case "value" where isInstance(obj, qk_exc.StopIteration): return Exceptions.stopIterationValue(obj)
            case "code" where isInstance(obj, qk_exc.SystemExit):
                let a = Value(raw: e.pointee.args)
                return Tuple.count(a) == 0 ? Value.none : (Tuple.count(a) == 1 ? Tuple.items(a)[0] : a)
            case "__dict__": return Ops.instanceDict(obj) ?? Value.none
            default: return nil
            }
        case QK_LAYOUT_GENERATOR:
            let g = obj.ptr(QKGenerator.self)
            switch n {
            case "__name__": return Value(raw: g.pointee.name)
            case "__qualname__": return Value(raw: g.pointee.qualname)
            case "gi_running": return .bool(g.pointee.state == QK_GEN_RUNNING)
            default: return nil
            }
        case QK_LAYOUT_CODE:
            let c = obj.ptr(QKCode.self)
            switch n {
            case "co_name": return Value(raw: c.pointee.name)
            case "co_qualname": return Value(raw: c.pointee.qualname)
            case "co_filename": return Value(raw: c.pointee.filename)
            case "co_firstlineno": return .int(Int(c.pointee.firstlineno))
            case "co_argcount": return .int(Int(c.pointee.argcount))
            case "co_consts": return Value(raw: c.pointee.consts)
            case "co_names": return Value(raw: c.pointee.names)
            case "co_varnames":
                var names: [Value] = []
                for i in 0..<Int(c.pointee.nlocalsplus) where c.pointee.localspluskinds[i] & 0x20 != 0 {
                    names.append(Tuple.items(Value(raw: c.pointee.localsplusnames))[i])
                }
                return Tuple.make(names)
            default: return nil
            }
        case QK_LAYOUT_RANGE:
            let r = obj.ptr(QKRange.self).pointee
            switch n {
            case "start": return Value(raw: r.start)
            case "stop": return Value(raw: r.stop)
            case "step": return Value(raw: r.step)
            default: return nil
            }
        case QK_LAYOUT_SLICE:
            let s = obj.ptr(QKSlice.self).pointee
            switch n {
            case "start": return Value(raw: s.start)
            case "stop": return Value(raw: s.stop)
            case "step": return Value(raw: s.step)
            default: return nil
            }
        case QK_LAYOUT_CELL:
            if n == "cell_contents" {
                let v = Value(raw: obj.ptr(QKCell.self).pointee.ref)
                if v.isNull { throw .value("Cell is empty") }
                return v
            }
            return nil
        case QK_LAYOUT_INT, QK_LAYOUT_BOOL:
            return try numberAttribute(obj, n)
        case QK_LAYOUT_BOX:
            let t = obj.type
            if t == Types.property {
                let b = obj.ptr(QKBox.self).pointee
                switch n {
                case "fget": return b.a == 0 ? Value.none : Value(raw: b.a)
                case "fset": return b.b == 0 ? Value.none : Value(raw: b.b)
                case "fdel": return b.c == 0 ? Value.none : Value(raw: b.c)
                case "__doc__": return b.d == 0 ? Value.none : Value(raw: b.d)
                default: return nil
                }
            }
            if t == Types.staticmethod || t == Types.classmethod {
                let f = Value(raw: obj.ptr(QKBox.self).pointee.a)
                if n == "__func__" { return f }
                if n == "__isabstractmethod__" || n == "__name__" || n == "__doc__" || n == "__qualname__" { return try Ops.getAttrOrNil(f, name) }
            }
            if t == ExtraTypes.traceback {
                let b = obj.ptr(QKBox.self).pointee
                let list = Value(raw: b.a)
                let entry = List.items(list)[Int(b.i)]
                switch n {
                case "tb_lineno": return Tuple.items(entry)[1]
                case "tb_next": return b.i == 0 ? Value.none : Builtins.box(ExtraTypes.traceback, list).with(index: Int(b.i) - 1)
                case "tb_frame", "tb_lasti": return Value.none
                default: return nil
                }
            }
            if t == TextFile.type {
                let b = obj.ptr(QKBox.self).pointee
                switch n {
                case "closed": return .bool(b.j == TextFile.kindClosed)
                case "name": return Value(raw: b.a)
                case "mode": return Str.make(b.j == TextFile.kindWrite ? (b.i == 1 ? "a" : "w") : "r")
                case "encoding": return Str.make("utf-8")
                default: return nil
                }
            }
            if t == ExtraTypes.complex {
                let (r, i) = Complex.parts(obj)
                if n == "real" { return .float(r) }
                if n == "imag" { return .float(i) }
            }
            return nil
        default:
            return nil
        }
    }

    static func numberAttribute(_ v: Value, _ n: String) throws(PyError) -> Value? {
        if Ints.isInt(v) {
            switch n {
            case "real", "numerator": return Ints.make(Ints.big(v))
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: return nil
            }
        }
        if v.isDouble {
            switch n {
            case "real": return v
            case "imag": return .float(0)
            default: return nil
            }
        }
        return nil
    }

    static func set(_ obj: Value, _ name: Value, _ value: Value) throws(PyError) -> Bool {
        guard obj.isLayout(QK_LAYOUT_EXCEPTION) else { return false }
        let e = obj.ptr(QKException.self)
        switch Str.swift(name) {
        case "__cause__":
            e.pointee.cause = value.isNone ? 0 : value.raw
            e.pointee.suppress_context = 1
        case "__context__": e.pointee.context = value.isNone ? 0 : value.raw
        case "__suppress_context__": e.pointee.suppress_context = (try Ops.truthy(value)) ? 1 : 0
        case "args": e.pointee.args = Tuple.make(try Ops.toArray(value)).raw
        case "__traceback__": e.pointee.traceback = value.isNone ? 0 : (Exceptions.tracebackList(value) ?? List.new()).raw
        default: return false
        }
        return true
    }

    static func setFunctionAttribute(_ obj: Value, _ name: Value, _ value: Value) throws(PyError) -> Bool {
        let f = obj.ptr(QKFunction.self)
        switch Str.swift(name) {
        case "__name__": f.pointee.name = value.raw
        case "__qualname__": f.pointee.qualname = value.raw
        case "__doc__": f.pointee.doc = value.raw
        case "__module__": f.pointee.module = value.raw
        case "__defaults__":
            f.pointee.defaults = value.isNone ? 0 : value.raw
            Function.bumpVersion(f)
        case "__kwdefaults__": f.pointee.kwdefaults = value.isNone ? 0 : value.raw
        case "__code__":
            f.pointee.code = value.raw
            Function.bumpVersion(f)
        case "__annotations__": f.pointee.annotations = value.raw
        default:
            if f.pointee.dict == 0 { f.pointee.dict = Dict.new().raw }
            if value.isNull {
                if try Dict.remove(Value(raw: f.pointee.dict), name) == nil { throw Ops.attributeError(obj, name) }
            } else {
                Dict.setStr(Value(raw: f.pointee.dict), name, value)
            }
        }
        return true
    }
}

enum ContextManagers {
    /// BEFORE_WITH: (bound __exit__, result of __enter__()).
    static func enter(_ mgr: Value) throws(PyError) -> (Value, Value) {
        let t = mgr.type
        guard let enter = lookupInMRO(t, Names.__enter__) else {
            throw .type("'\(t.name)' object does not support the context manager protocol")
        }
        guard let exit = lookupInMRO(t, Names.__exit__) else {
            throw .type("'\(t.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let boundExit = try Ops.bindClassAttribute(exit, mgr, t)
        let res = try callValues(try Ops.bindClassAttribute(enter, mgr, t), [])
        return (boundExit, res)
    }
}

enum Intrinsics {
    static func call1(_ which: Int, _ v: Value, _ frame: FramePtr) throws(PyError) -> Value {
        switch which {
        case 1: // INTRINSIC_PRINT (REPL echo)
            if !v.isNone {
                Dict.setStr(Value(raw: frame.pointee.builtins), "_", v)
                try Builtins.writeStdout(Str.swift(try Ops.repr(v)) + "\n")
            }
            return .none
        case 2: // INTRINSIC_IMPORT_STAR
            try Imports.importStar(v, into: Value(raw: frame.pointee.locals).isNull ? Value(raw: frame.pointee.globals) : Value(raw: frame.pointee.locals))
            return .none
        case 3: // INTRINSIC_STOPITERATION_ERROR
            if isInstance(v, qk_exc.StopIteration) {
                let e = Exceptions.make(qk_exc.RuntimeError, args: [Str.make("generator raised StopIteration")])
                e.ptr(QKException.self).pointee.cause = v.raw
                e.ptr(QKException.self).pointee.context = v.raw
                e.ptr(QKException.self).pointee.suppress_context = 1
                return e
            }
            return v
        case 5: return try Ops.positive(v)
        case 6: return Tuple.make(List.elements(v))
        default: throw .runtime("unsupported intrinsic \(which)")
        }
    }

    static func call2(_ which: Int, _ a: Value, _ b: Value) throws(PyError) -> Value {
        throw .runtime("unsupported intrinsic2 \(which)")
    }
}

enum CallEx {
    /// CALL_FUNCTION_EX: f(*args, **kwargs).
    static func call(_ callable: Value, _ callargs: Value, _ kwargs: Value) throws(PyError) -> Value {
        var args = callargs.isExactly(Types.tuple) ? Tuple.elements(callargs) : try Ops.toArray(callargs)
        var kwnames = Value.null
        if !kwargs.isNull && Dict.count(kwargs) > 0 {
            var names: [Value] = []
            for (k, v) in Dict.items(kwargs) {
                guard k.isObject && k.layout == QK_LAYOUT_STR else { throw .type("keywords must be strings") }
                names.append(k)
                args.append(v)
            }
            kwnames = Tuple.make(names)
        }
        return try callValues(callable, args, kwnames: kwnames)
    }
}
