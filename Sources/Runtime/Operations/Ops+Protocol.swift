// The abstract object protocol (CPython's abstract.c/object.c): truth, hashing, comparison,
// items, iteration, length, containment, and the dunder fallbacks for user classes.

import CSupport

/// Interned dunder names, created at start-up.
public enum Names {
    nonisolated(unsafe) public static var __init__ = Value(raw: 0), __new__ = Value(raw: 0), __call__ = Value(raw: 0)
    nonisolated(unsafe) public static var __get__ = Value(raw: 0), __set__ = Value(raw: 0), __delete__ = Value(raw: 0)
    nonisolated(unsafe) public static var __getattr__ = Value(raw: 0), __getattribute__ = Value(raw: 0)
    nonisolated(unsafe) public static var __setattr__ = Value(raw: 0), __delattr__ = Value(raw: 0)
    nonisolated(unsafe) public static var __eq__ = Value(raw: 0), __ne__ = Value(raw: 0), __lt__ = Value(raw: 0)
    nonisolated(unsafe) public static var __le__ = Value(raw: 0), __gt__ = Value(raw: 0), __ge__ = Value(raw: 0)
    nonisolated(unsafe) public static var __hash__ = Value(raw: 0), __bool__ = Value(raw: 0), __len__ = Value(raw: 0)
    nonisolated(unsafe) public static var __iter__ = Value(raw: 0), __next__ = Value(raw: 0), __contains__ = Value(raw: 0)
    nonisolated(unsafe) public static var __getitem__ = Value(raw: 0), __setitem__ = Value(raw: 0), __delitem__ = Value(raw: 0)
    nonisolated(unsafe) public static var __repr__ = Value(raw: 0), __str__ = Value(raw: 0), __format__ = Value(raw: 0)
    nonisolated(unsafe) public static var __enter__ = Value(raw: 0), __exit__ = Value(raw: 0)
    nonisolated(unsafe) public static var __neg__ = Value(raw: 0), __pos__ = Value(raw: 0), __invert__ = Value(raw: 0)
    nonisolated(unsafe) public static var __abs__ = Value(raw: 0), __index__ = Value(raw: 0), __int__ = Value(raw: 0)
    nonisolated(unsafe) public static var __float__ = Value(raw: 0), __class__ = Value(raw: 0), __dict__ = Value(raw: 0)
    nonisolated(unsafe) public static var __name__ = Value(raw: 0), __qualname__ = Value(raw: 0), __module__ = Value(raw: 0)
    nonisolated(unsafe) public static var __doc__ = Value(raw: 0), __slots__ = Value(raw: 0), __classcell__ = Value(raw: 0)
    nonisolated(unsafe) public static var __reversed__ = Value(raw: 0), __missing__ = Value(raw: 0), __round__ = Value(raw: 0)
    nonisolated(unsafe) public static var __init_subclass__ = Value(raw: 0), __set_name__ = Value(raw: 0)
    nonisolated(unsafe) public static var send = Value(raw: 0), throw_ = Value(raw: 0), close = Value(raw: 0)

    static func bootstrap() {
        __init__ = Str.intern("__init__"); __new__ = Str.intern("__new__"); __call__ = Str.intern("__call__")
        __get__ = Str.intern("__get__"); __set__ = Str.intern("__set__"); __delete__ = Str.intern("__delete__")
        __getattr__ = Str.intern("__getattr__"); __getattribute__ = Str.intern("__getattribute__")
        __setattr__ = Str.intern("__setattr__"); __delattr__ = Str.intern("__delattr__")
        __eq__ = Str.intern("__eq__"); __ne__ = Str.intern("__ne__"); __lt__ = Str.intern("__lt__")
        __le__ = Str.intern("__le__"); __gt__ = Str.intern("__gt__"); __ge__ = Str.intern("__ge__")
        __hash__ = Str.intern("__hash__"); __bool__ = Str.intern("__bool__"); __len__ = Str.intern("__len__")
        __iter__ = Str.intern("__iter__"); __next__ = Str.intern("__next__"); __contains__ = Str.intern("__contains__")
        __getitem__ = Str.intern("__getitem__"); __setitem__ = Str.intern("__setitem__"); __delitem__ = Str.intern("__delitem__")
        __repr__ = Str.intern("__repr__"); __str__ = Str.intern("__str__"); __format__ = Str.intern("__format__")
        __enter__ = Str.intern("__enter__"); __exit__ = Str.intern("__exit__")
        __neg__ = Str.intern("__neg__"); __pos__ = Str.intern("__pos__"); __invert__ = Str.intern("__invert__")
        __abs__ = Str.intern("__abs__"); __index__ = Str.intern("__index__"); __int__ = Str.intern("__int__")
        __float__ = Str.intern("__float__"); __class__ = Str.intern("__class__"); __dict__ = Str.intern("__dict__")
        __name__ = Str.intern("__name__"); __qualname__ = Str.intern("__qualname__"); __module__ = Str.intern("__module__")
        __doc__ = Str.intern("__doc__"); __slots__ = Str.intern("__slots__"); __classcell__ = Str.intern("__classcell__")
        __reversed__ = Str.intern("__reversed__"); __missing__ = Str.intern("__missing__"); __round__ = Str.intern("__round__")
        __init_subclass__ = Str.intern("__init_subclass__"); __set_name__ = Str.intern("__set_name__")
        send = Str.intern("send"); throw_ = Str.intern("throw"); close = Str.intern("close")
    }
}

extension Ops {
    /// A dunder defined by a Python class in the MRO of `t` (nil for builtin behaviour).
    @inline(__always)
    public static func userMethod(_ t: TypePtr, _ name: Value) -> Value? {
        guard t.isHeapType else { return nil }
        let mro = t.mro
        for i in 0..<Tuple.count(mro) {
            let ty = Tuple.items(mro)[i].ptr(QKType.self)
            if let v = Dict.getStr(ty.dict, name) { return ty.isHeapType ? v : nil }
        }
        return nil
    }

    /// Call a dunder found on the type with `obj` as self.
    @inline(__always)
    static func callMethod(_ fn: Value, _ obj: Value, _ args: [Value]) throws(PyError) -> Value {
        try callValues(fn, [obj] + args)
    }

    // MARK: Truth

    public static func truthy(_ v: Value) throws(PyError) -> Bool {
        if v == .true_ { return true }
        if v == .false_ || v.isNone { return false }
        if v.isSmallInt { return v.smallInt != 0 }
        if v.isDouble { return v.double != 0 }
        let t = v.object.pointee.ob_type!
        if t.isHeapType {
            if let b = userMethod(t, Names.__bool__) {
                let r = try callMethod(b, v, [])
                guard r == .true_ || r == .false_ else {
                    throw .type("__bool__ should return bool, returned \(r.type.name)")
                }
                return r == .true_
            }
            if let l = userMethod(t, Names.__len__) {
                return try lengthResult(try callMethod(l, v, [])) != 0
            }
        }
        switch QKLayout(t.pointee.layout) {
        case QK_LAYOUT_STR: return v.ptr(QKStr.self).pointee.length != 0
        case QK_LAYOUT_LIST: return List.count(v) != 0
        case QK_LAYOUT_TUPLE: return Tuple.count(v) != 0
        case QK_LAYOUT_DICT, QK_LAYOUT_SET: return Dict.count(v) != 0
        case QK_LAYOUT_BYTES: return v.ptr(QKBytes.self).pointee.length != 0
        case QK_LAYOUT_INT: return Ints.big(v) != 0
        case QK_LAYOUT_RANGE: return try length(v) != 0
        default:
            if t == ExtraTypes.complex { return Complex.parts(v) != (0, 0) }
            return true
        }
    }

    static func lengthResult(_ r: Value) throws(PyError) -> Int {
        guard Ints.isInt(r) else { throw .type("'\(r.type.name)' object cannot be interpreted as an integer") }
        guard let n = Ints.exact(r) else { throw .overflow("cannot fit 'int' into an index-sized integer") }
        if n < 0 { throw .value("__len__() should return >= 0") }
        return n
    }

    // MARK: len, in

    public static func length(_ v: Value) throws(PyError) -> Int {
        if v.isObject {
            let t = v.object.pointee.ob_type!
            if let l = userMethod(t, Names.__len__) { return try lengthResult(try callMethod(l, v, [])) }
            switch QKLayout(t.pointee.layout) {
            case QK_LAYOUT_STR: return Str.count(v)
            case QK_LAYOUT_LIST: return List.count(v)
            case QK_LAYOUT_TUPLE: return Tuple.count(v)
            case QK_LAYOUT_DICT, QK_LAYOUT_SET: return Dict.count(v)
            case QK_LAYOUT_BYTES: return Int(v.ptr(QKBytes.self).pointee.length)
            case QK_LAYOUT_RANGE: return try Ranges.length(v)
            default:
                if let n = try Containers.length(v) { return n }
            }
        }
        throw .type("object of type '\(v.type.name)' has no len()")
    }

    public static func contains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        if container.isObject {
            let t = container.object.pointee.ob_type!
            if let c = userMethod(t, Names.__contains__) { return try truthy(try callMethod(c, container, [item])) }
            switch QKLayout(t.pointee.layout) {
            case QK_LAYOUT_STR:
                guard item.isObject && item.layout == QK_LAYOUT_STR else {
                    throw .type("'in <string>' requires string as left operand, not \(item.type.name)")
                }
                return Strings.find(container, item, 0, Str.count(container)) >= 0
            case QK_LAYOUT_DICT, QK_LAYOUT_SET: return try Dict.get(container, item) != nil
            case QK_LAYOUT_LIST:
                var i = 0
                while i < List.count(container) {
                    if try keyEqual(List.items(container)[i], item) { return true }
                    i += 1
                }
                return false
            case QK_LAYOUT_TUPLE:
                for i in 0..<Tuple.count(container) where try keyEqual(Tuple.items(container)[i], item) { return true }
                return false
            case QK_LAYOUT_RANGE: return try Ranges.contains(container, item)
            default:
                if let r = try Containers.contains(container, item) { return r }
            }
            if let g = userMethod(t, Names.__getitem__), userMethod(t, Names.__iter__) == nil {
                var i = 0
                while true {
                    do {
                        let v = try callMethod(g, container, [.int(i)])
                        if try keyEqual(v, item) { return true }
                    } catch {
                        if error.matches(qk_exc.IndexError) { return false }
                        throw error
                    }
                    i += 1
                }
            }
        }
        let it = try iter(container)
        while let v = try next(it) { if try keyEqual(v, item) { return true } }
        return false
    }

    // MARK: Hashing and equality

    public static func hash(_ v: Value) throws(PyError) -> Int {
        if v.isSmallInt { return Numbers.hashInt(v.smallInt) }
        if v.isDouble { return Numbers.hashDouble(v.double) }
        let t = v.object.pointee.ob_type!
        if t == Types.str { return Str.hash(v) }
        if t.isHeapType, let h = lookupInMRO(t, Names.__hash__), !h.isLayout(QK_LAYOUT_NATIVE) {
            if h.isNone { throw .type("unhashable type: '\(t.name)'") }
            let r = try callMethod(h, v, [])
            guard Ints.isInt(r) else { throw .type("__hash__ method should return an integer") }
            // As CPython's slot_tp_hash: a result that fits a machine word is the hash itself
            // (-1 becomes -2); only larger ints are hashed again.
            if let h = Ints.exact(r) { return h == -1 ? -2 : h }
            return Numbers.hashBig(Ints.big(r))
        }
        switch QKLayout(t.pointee.layout) {
        case QK_LAYOUT_STR: return Str.hash(v)
        case QK_LAYOUT_INT: return Numbers.hashBig(Ints.big(v))
        case QK_LAYOUT_BOOL: return Int(v.object.pointee.ob_aux)
        case QK_LAYOUT_TUPLE: return try Tuples.hash(v)
        case QK_LAYOUT_BYTES: return Bytes.hash(v)
        case QK_LAYOUT_LIST, QK_LAYOUT_DICT:
            throw .type("unhashable type: '\(t.name)'")
        case QK_LAYOUT_SET:
            if v.ptr(QKDict.self).pointee.is_frozen == 0 { throw .type("unhashable type: '\(t.name)'") }
            return try Sets.hash(v)
        case QK_LAYOUT_RANGE: return try Tuples.hashItems([Value(raw: v.ptr(QKRange.self).pointee.length), Value(raw: v.ptr(QKRange.self).pointee.start), Value(raw: v.ptr(QKRange.self).pointee.step)])
        default:
            if t.isHeapType, userMethod(t, Names.__eq__) != nil, lookupInMRO(t, Names.__hash__) == nil {
                throw .type("unhashable type: '\(t.name)'")
            }
            if t == ExtraTypes.complex { return Complex.hash(v) }
            if t == Types.slice { throw .type("unhashable type: 'slice'") }
            // Identity hash, as CPython's default (address >> 4).
            return Int(truncatingIfNeeded: v.raw >> 4)
        }
    }

    /// Identity or ==, as used by containers.
    @inline(__always)
    public static func keyEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if a == b { return true }
        if a.isExactlyStr && b.isExactlyStr { return Str.equal(a, b) }
        if a.isSmallInt && b.isSmallInt { return false }
        return try equal(a, b)
    }

    public static func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if a.isSmallInt && b.isSmallInt { return a == b }
        let r = try richCompare(a, b, 2)
        if r == .true_ { return true }
        if r == .false_ { return false }
        return try truthy(r)
    }

    @inline(__always)
    public static func compareResult(_ c: Int32, _ op: Int) -> Bool { qk_compare_outcome(c, Int32(op)) != 0 }

    static let compareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
    static let compareSymbols = ["<", "<=", "==", "!=", ">", ">="]
    static let swappedOp = [4, 5, 2, 3, 0, 1]

    /// a <op> b with CPython's reflected-operand rules; op is Py_LT..Py_GE (0..5).
    public static func richCompare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        let ta = a.type, tb = b.type
        if ta.isHeapType || tb.isHeapType {
            let name = Str.intern(compareNames[op])
            let rname = Str.intern(compareNames[swappedOp[op]])
            var checkedReflected = false
            if ta != tb && isSubtype(tb, ta), let rm = userMethod(tb, rname) {
                checkedReflected = true
                let r = try callMethod(rm, b, [a])
                if r != .notImplemented { return r }
            }
            if let m = userMethod(ta, name) {
                let r = try callMethod(m, a, [b])
                if r != .notImplemented { return r }
            } else if op == 3 && (userMethod(ta, Names.__eq__) != nil) {
                let r = try richCompare(a, b, 2)
                if r != .notImplemented { return .bool(!(try truthy(r))) }
            } else if let r = try builtinCompare(a, b, op) {
                return r
            }
            if !checkedReflected, let rm = userMethod(tb, rname) {
                let r = try callMethod(rm, b, [a])
                if r != .notImplemented { return r }
            } else if !checkedReflected, !tb.isHeapType || userMethod(tb, rname) == nil, let r = try builtinCompare(b, a, swappedOp[op]) {
                return r
            }
        } else if let r = try builtinCompare(a, b, op) {
            return r
        }
        if op == 2 { return .bool(a == b) }
        if op == 3 {
            // object.__ne__ inverts a user __eq__.
            if userMethod(ta, Names.__eq__) != nil || userMethod(tb, Names.__eq__) != nil {
                let r = try richCompare(a, b, 2)
                return .bool(!(try truthy(r)))
            }
            return .bool(a != b)
        }
        throw .type("'\(compareSymbols[op])' not supported between instances of '\(ta.name)' and '\(tb.name)'")
    }

    /// Comparison between builtin layouts; nil means NotImplemented.
    static func builtinCompare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        if let r = try Numbers.compare(a, b, op) { return r }
        guard a.isObject && b.isObject else {
            return nil
        }
        let la = QKLayout(a.object.pointee.ob_type.pointee.layout), lb = QKLayout(b.object.pointee.ob_type.pointee.layout)
        if la == QK_LAYOUT_SLICE || la == QK_LAYOUT_BOX || lb == QK_LAYOUT_BOX, let r = try Containers.compare(a, b, la, lb, op) { return r }
        if la != lb {
            return nil
        }
        switch la {
        case QK_LAYOUT_STR: return .bool(compareResult(Int32(Str.compare(a, b)), op))
        case QK_LAYOUT_BYTES: return .bool(compareResult(Int32(Bytes.compare(a, b)), op))
        case QK_LAYOUT_LIST, QK_LAYOUT_TUPLE: return try Sequences.compare(a, b, op)
        case QK_LAYOUT_DICT:
            guard op == 2 || op == 3 else { return nil }
            return .bool(try Dicts.equal(a, b) == (op == 2))
        case QK_LAYOUT_SET: return try Sets.compare(a, b, op)
        case QK_LAYOUT_RANGE:
            guard op == 2 || op == 3 else { return nil }
            return .bool(try Ranges.equal(a, b) == (op == 2))
        case QK_LAYOUT_METHOD where op == 2 || op == 3:
            let x = a.ptr(QKMethod.self).pointee, y = b.ptr(QKMethod.self).pointee
            return .bool((x.callable == y.callable && x.receiver == y.receiver) == (op == 2))
        default:
            if op == 2 { return a == b ? .true_ : nil }
            if op == 3 { return a != b ? .true_ : nil }
            return nil
        }
    }

    // MARK: Items

    public static func getItem(_ obj: Value, _ key: Value) throws(PyError) -> Value {
        if obj.isObject {
            let t = obj.object.pointee.ob_type!
            if let g = userMethod(t, Names.__getitem__) { return try callMethod(g, obj, [key]) }
            switch QKLayout(t.pointee.layout) {
            case QK_LAYOUT_LIST: return try Lists.getItem(obj, key)
            case QK_LAYOUT_TUPLE: return try Tuples.getItem(obj, key)
            case QK_LAYOUT_DICT:
                if let v = try Dict.get(obj, key) { return v }
                if t != Types.dict, let m = lookupInMRO(t, Names.__missing__) { return try callMethod(m, obj, [key]) }
                throw PyError.key(key)
            case QK_LAYOUT_STR: return try Strings.getItem(obj, key)
            case QK_LAYOUT_BYTES: return try Bytes.getItem(obj, key)
            case QK_LAYOUT_RANGE: return try Ranges.getItem(obj, key)
            case QK_LAYOUT_TYPE:
                let cg = Str.intern("__class_getitem__")
                if let f = lookupInMRO(obj.ptr(QKType.self), cg) {
                    let fn = f.isExactly(Types.classmethod) ? Value(raw: f.ptr(QKBox.self).pointee.a) : f
                    return try callValues(fn, [obj, key])
                }
                let t = obj.ptr(QKType.self)
                if t == Types.list || t == Types.dict || t == Types.tuple || t == Types.set || t == Types.frozenset || t == Types.type {
                    // list[int]: a types.GenericAlias (Lib/types.py).
                    let types = try Imports.load("types", parent: .null)
                    return try callValues(try getAttr(types, Str.intern("GenericAlias")), [obj, key])
                }
                if !t.isHeapType { return obj }
                throw .type("type '\(obj.ptr(QKType.self).name)' is not subscriptable")
            default:
                if let r = try Containers.getItem(obj, key) { return r }
            }
        }
        throw .type("'\(obj.type.name)' object is not subscriptable")
    }

    /// obj[key], or nil on KeyError (used for namespaces).
    public static func getItemOrNil(_ obj: Value, _ key: Value) throws(PyError) -> Value? {
        if obj.isExactly(Types.dict) { return key.isExactlyStr ? Dict.getStr(obj, key) : try Dict.get(obj, key) }
        do {
            return try getItem(obj, key)
        } catch {
            if error.matches(qk_exc.KeyError) { return nil }
            throw error
        }
    }

    public static func setItem(_ obj: Value, _ key: Value, _ value: Value) throws(PyError) {
        if obj.isObject {
            let t = obj.object.pointee.ob_type!
            if let s = userMethod(t, Names.__setitem__) {
                _ = try callMethod(s, obj, [key, value])
                return
            }
            switch QKLayout(t.pointee.layout) {
            case QK_LAYOUT_LIST: return try Lists.setItem(obj, key, value)
            case QK_LAYOUT_DICT: return try Dict.set(obj, key, value)
            default:
                if try Containers.setItem(obj, key, value) { return }
            }
        }
        throw .type("'\(obj.type.name)' object does not support item assignment")
    }

    public static func delItem(_ obj: Value, _ key: Value) throws(PyError) {
        if obj.isObject {
            let t = obj.object.pointee.ob_type!
            if let d = userMethod(t, Names.__delitem__) {
                _ = try callMethod(d, obj, [key])
                return
            }
            switch QKLayout(t.pointee.layout) {
            case QK_LAYOUT_LIST: return try Lists.delItem(obj, key)
            case QK_LAYOUT_DICT:
                if try Dict.remove(obj, key) == nil { throw PyError.key(key) }
                return
            default: break
            }
        }
        throw .type("'\(obj.type.name)' object doesn't support item deletion")
    }

    // MARK: Iteration

    public static func iter(_ v: Value) throws(PyError) -> Value {
        if v.isObject {
            let t = v.object.pointee.ob_type!
            if let i = userMethod(t, Names.__iter__) {
                if i.isNone { throw .type("'\(t.name)' object is not iterable") }
                let it = try callMethod(i, v, [])
                guard it.isObject, userMethod(it.type, Names.__next__) != nil || Iterators.isNativeIterator(it) else {
                    throw .type("iter() returned non-iterator of type '\(it.type.name)'")
                }
                return it
            }
            if let it = try Iterators.make(v) { return it }
            if let i = lookupInMRO(t, Names.__iter__), !i.isNone { return try callWithSelfArray(i, v, []) }
            if userMethod(t, Names.__getitem__) != nil { return Iterators.sequenceIterator(v) }
        }
        throw .type("'\(v.type.name)' object is not iterable")
    }

    /// The next item, or nil when the iterator is exhausted.
    public static func next(_ it: Value) throws(PyError) -> Value? {
        if it.isObject {
            let t = it.object.pointee.ob_type!
            if t.pointee.layout == QK_LAYOUT_ITER.rawValue && !t.isHeapType {
                // map/zip/filter iterators hold fresh values in Swift locals while calling Python.
                Heap.nativeDepth += 1
                defer { Heap.nativeDepth -= 1 }
                return try Iterators.next(it)
            }
            if t == Types.generator { return try Generators.next(it) }
            if let n = userMethod(t, Names.__next__) {
                do {
                    return try callMethod(n, it, [])
                } catch {
                    if error.matches(qk_exc.StopIteration) { return nil }
                    throw error
                }
            }
            if let n = lookupInMRO(t, Names.__next__) {
                do {
                    return try callWithSelfArray(n, it, [])
                } catch {
                    if error.matches(qk_exc.StopIteration) { return nil }
                    throw error
                }
            }
        }
        throw .type("'\(it.type.name)' object is not an iterator")
    }

    static func callWithSelfArray(_ fn: Value, _ obj: Value, _ args: [Value]) throws(PyError) -> Value {
        try callValues(fn, [obj] + args)
    }

    /// Collect an iterable into a Swift array (cold paths).
    public static func toArray(_ v: Value) throws(PyError) -> [Value] {
        if v.isExactly(Types.list) { return List.elements(v) }
        if v.isExactly(Types.tuple) { return Tuple.elements(v) }
        let it = try iter(v)
        var out: [Value] = []
        let mark = Heap.rootMark
        Heap.pushRoot(it)
        defer { Heap.popRoots(to: mark) }
        let holder = List.new()
        Heap.pushRoot(holder)
        while let x = try next(it) {
            List.append(holder, x)
        }
        out = List.elements(holder)
        return out
    }

    // MARK: Method lookup for LOAD_ATTR with the method bit

    /// If `name` resolves to a plain function on the type (not shadowed by the instance dict),
    /// return it unbound so the call can pass `obj` as self without allocating a bound method.
    @inline(__always)
    public static func lookupMethod(_ obj: Value, _ name: Value) throws(PyError) -> Value? {
        let t = obj.type
        if t.isHeapType && lookupInMRO(t, Names.__getattribute__).map({ !$0.isLayout(QK_LAYOUT_NATIVE) }) == true { return nil }
        // Types, modules and super objects resolve attributes their own way.
        if obj.isLayout(QK_LAYOUT_TYPE) || obj.isLayout(QK_LAYOUT_MODULE) || t == Types.super { return nil }
        guard let d = lookupInMRO(t, name), d.isObject else { return nil }
        let dt = d.object.pointee.ob_type!
        let isMethod = dt == Types.function || (dt == Types.native && d.ptr(QKNative.self).pointee.kind == QK_NATIVE_METHOD)
        guard isMethod else { return nil }
        if let dict = instanceDict(obj, create: false), Dict.getStr(dict, name) != nil { return nil }
        return d
    }
}
