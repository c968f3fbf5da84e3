// Type objects: creation, the C3 MRO, attribute lookup along the MRO, and version tags.

import CSupport

public typealias TypePtr = UnsafeMutablePointer<QKType>

/// The builtin types (stored in C so the stencils can reach them too).
public enum Types {
    @inline(__always) public static var object: TypePtr { qk_types.object_ }
    @inline(__always) public static var type: TypePtr { qk_types.type_ }
    @inline(__always) public static var none: TypePtr { qk_types.none_ }
    @inline(__always) public static var bool: TypePtr { qk_types.bool_ }
    @inline(__always) public static var int: TypePtr { qk_types.int_ }
    @inline(__always) public static var float: TypePtr { qk_types.float_ }
    @inline(__always) public static var str: TypePtr { qk_types.str_ }
    @inline(__always) public static var bytes: TypePtr { qk_types.bytes_ }
    @inline(__always) public static var tuple: TypePtr { qk_types.tuple_ }
    @inline(__always) public static var list: TypePtr { qk_types.list_ }
    @inline(__always) public static var dict: TypePtr { qk_types.dict_ }
    @inline(__always) public static var set: TypePtr { qk_types.set_ }
    @inline(__always) public static var frozenset: TypePtr { qk_types.frozenset_ }
    @inline(__always) public static var range: TypePtr { qk_types.range_ }
    @inline(__always) public static var slice: TypePtr { qk_types.slice_ }
    @inline(__always) public static var function: TypePtr { qk_types.function_ }
    @inline(__always) public static var native: TypePtr { qk_types.native_ }
    @inline(__always) public static var method: TypePtr { qk_types.method_ }
    @inline(__always) public static var code: TypePtr { qk_types.code_ }
    @inline(__always) public static var cell: TypePtr { qk_types.cell_ }
    @inline(__always) public static var module: TypePtr { qk_types.module_ }
    @inline(__always) public static var generator: TypePtr { qk_types.generator_ }
    @inline(__always) public static var property: TypePtr { qk_types.property_ }
    @inline(__always) public static var staticmethod: TypePtr { qk_types.staticmethod_ }
    @inline(__always) public static var classmethod: TypePtr { qk_types.classmethod_ }
    @inline(__always) public static var `super`: TypePtr { qk_types.super_ }
}

nonisolated(unsafe) private var nextTypeVersion: UInt32 = 1

extension UnsafeMutablePointer where Pointee == QKType {
    public var name: String { Str.swift(Value(raw: pointee.name)) }
    public var dict: Value { Value(raw: pointee.dict) }
    public var mro: Value { Value(raw: pointee.mro) }
    public var isHeapType: Bool { pointee.flags & QK_TYPE_HEAP != 0 }
}

public enum TypeObjects {
    /// Allocate a type object (used for builtins at start-up and by `type(name, bases, dict)`).
    public static func allocate(name: String, base: TypePtr?, layout: QKLayout, basicSize: Int,
                                flags: UInt32 = QK_TYPE_BASETYPE) -> TypePtr {
        let t: TypePtr = Heap.allocate(Types.type, size: MemoryLayout<QKType>.size, as: QKType.self)
        t.pointee.name = Str.intern(name).raw
        t.pointee.qualname = t.pointee.name
        t.pointee.base = base
        t.pointee.layout = layout.rawValue
        t.pointee.basicsize = UInt32(basicSize)
        t.pointee.flags = flags
        t.pointee.dict = Dict.new().raw
        t.pointee.subclasses = List.new().raw
        if let base {
            t.pointee.bases = Tuple.make([Value(base)]).raw
            t.pointee.dictoffset = base.pointee.dictoffset
            List.append(Value(raw: base.pointee.subclasses), Value(t))
        } else {
            t.pointee.bases = Tuple.make([]).raw
        }
        t.pointee.mro = Tuple.make(linearMRO(t)).raw
        assignVersion(t)
        return t
    }

    static func linearMRO(_ t: TypePtr) -> [Value] {
        var out: [Value] = [Value(t)]
        var b = t.pointee.base
        while let cur = b {
            out.append(Value(cur))
            b = cur.pointee.base
        }
        return out
    }

    static func assignVersion(_ t: TypePtr) {
        t.pointee.version = nextTypeVersion
        nextTypeVersion &+= 1
        if nextTypeVersion == 0 { nextTypeVersion = 1 }
    }

    /// The type or something in its MRO changed: give it and every subclass a fresh version.
    public static func modified(_ t: TypePtr) {
        assignVersion(t)
        let subs = Value(raw: t.pointee.subclasses)
        if subs.isNull { return }
        for sub in List.elements(subs) { modified(sub.ptr(QKType.self)) }
    }

    /// C3 linearization (https://www.python.org/download/releases/2.3/mro/).
    public static func c3(_ t: TypePtr, bases: [TypePtr]) throws(PyError) -> [Value] {
        var seqs: [[TypePtr]] = bases.map { b in Tuple.elements(b.mro).map { $0.ptr(QKType.self) } }
        seqs.append(bases)
        var result: [TypePtr] = [t]
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { break }
            var candidate: TypePtr? = nil
            for s in seqs {
                let head = s[0]
                if !seqs.contains(where: { $0.dropFirst().contains(head) }) {
                    candidate = head
                    break
                }
            }
            guard let c = candidate else {
                let names = bases.map { $0.name }.joined(separator: ", ")
                throw .type("Cannot create a consistent method resolution order (MRO) for bases \(names)")
            }
            result.append(c)
            seqs = seqs.map { $0.first == c ? Array($0.dropFirst()) : $0 }
        }
        return result.map { Value($0) }
    }
}

/// `a` is `b` or a subclass of it.
@inline(__always)
public func isSubtype(_ a: TypePtr, _ b: TypePtr) -> Bool {
    if a == b { return true }
    let mro = Value(raw: a.pointee.mro)
    let n = Tuple.count(mro)
    let items = Tuple.items(mro.ptr(QKTuple.self))
    for i in 0..<n where items[i] == Value(b) { return true }
    return false
}

@inline(__always)
public func isInstance(_ v: Value, _ t: TypePtr) -> Bool { isSubtype(v.type, t) }

/// Find `name` (an interned str) in the type's MRO dicts, without invoking descriptors.
public func lookupInMRO(_ t: TypePtr, _ name: Value) -> Value? {
    // CPython's type attribute cache (CSupport: qk_attr_cache).
    let version = t.pointee.version
    let cacheable = version != 0 && name.ptr(QKStr.self).pointee.interned != 0
    let slot = qk_attr_cache_slot(version, name.raw)!
    if cacheable && slot.pointee.version == version && slot.pointee.name == name.raw {
        return slot.pointee.value == 0 ? nil : Value(raw: slot.pointee.value)
    }
    let found = lookupInMROUncached(t, name)
    if cacheable { slot.pointee = QKAttrCacheEntry(name: name.raw, value: found?.raw ?? 0, version: version, pad: 0) }
    return found
}

enum AttributeCache {
    /// Forget everything (types were edited in place, e.g. while builtins are registered).
    static func clear() {
        withUnsafeMutableBytes(of: &qk_attr_cache) { $0.initializeMemory(as: UInt8.self, repeating: 0) }
    }
}

func lookupInMROUncached(_ t: TypePtr, _ name: Value) -> Value? {
    let mro = Value(raw: t.pointee.mro)
    let items = Tuple.items(mro.ptr(QKTuple.self))
    for i in 0..<Tuple.count(mro) {
        let ty = items[i].ptr(QKType.self)
        if let v = Dict.getStr(Value(raw: ty.pointee.dict), name) { return v }
    }
    return nil
}
