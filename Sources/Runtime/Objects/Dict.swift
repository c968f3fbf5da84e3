// dict: CPython's compact, insertion-ordered hash table. An index table of slots points into
// a dense entry array; deletion leaves a hole (NULL key) that the next resize squeezes out.
// set and frozenset have their own table (Set.swift) whose struct mirrors this one's prefix;
// the generic entry points below (get, set, remove, clear, keys, items) also accept a set, which
// is recognised by an entry table without an index table (a dict always allocates both).

import CSupport
#if canImport(Glibc)
import Glibc
#endif

public typealias DictPtr = UnsafeMutablePointer<QKDict>

public enum Dict {
    static let empty: Int64 = -1
    static let dummy: Int64 = -2

    public static func new(type: TypePtr? = nil, capacity: Int = 0) -> Value {
        let t = type ?? Types.dict
        let d: DictPtr = Heap.allocate(t, size: Int(t == Types.dict ? UInt32(MemoryLayout<QKDict>.size) : t.pointee.basicsize), as: QKDict.self)
        if capacity > 0 { resize(d, minUsable: capacity) }
        return Value(d)
    }

    nonisolated(unsafe) static var nextKeysVersion: UInt32 = 1

    /// The version of the dict's current set of keys, for inline caches: assigned from a
    /// global counter on first request and reset to 0 by any change of keys (as CPython's
    /// _PyDictKeys_GetVersionForCurrentState). 0 once the counter is exhausted.
    static func keysVersion(_ d: DictPtr) -> UInt32 {
        if d.pointee.keys_version == 0 && nextKeysVersion != 0 {
            d.pointee.keys_version = nextKeysVersion
            nextKeysVersion &+= 1
        }
        return d.pointee.keys_version
    }

    /// The entry index holding the str `key`, or nil (a linear scan: specialization time only).
    static func entryIndex(_ d: DictPtr, _ key: Value) -> Int? {
        guard d.pointee.used > 0, !isSetTable(d) else { return nil }
        let entries = d.pointee.entries!
        for i in 0..<Int(d.pointee.nentries) {
            let k = Value(raw: entries[i].key)
            if k == key || (!k.isNull && k.isExactlyStr && Str.equal(k, key)) { return i }
        }
        return nil
    }

    @inline(__always) public static func count(_ v: Value) -> Int { Int(v.ptr(QKDict.self).pointee.used) }

    /// True for a set/frozenset (see the note at the top).
    @inline(__always) static func isSetTable(_ d: DictPtr) -> Bool { d.pointee.indices == nil && d.pointee.entries != nil }

    static func resize(_ d: DictPtr, minUsable: Int) {
        var size = 8
        while size * 2 / 3 < minUsable { size <<= 1 }
        let oldEntries = d.pointee.entries
        let oldN = Int(d.pointee.nentries)
        let capacity = size * 2 / 3
        let entries = calloc(capacity, MemoryLayout<QKDictEntry>.size)!.assumingMemoryBound(to: QKDictEntry.self)
        let indices = malloc(size * 8)!.assumingMemoryBound(to: Int64.self)
        for i in 0..<size { indices[i] = empty }
        let mask = size - 1
        var n = 0
        if let old = oldEntries {
            for i in 0..<oldN where old[i].key != 0 {
                entries[n] = old[i]
                var slot = Int(truncatingIfNeeded: old[i].hash) & mask
                var perturb = UInt64(bitPattern: old[i].hash)
                while indices[slot] != empty {
                    perturb >>= 5
                    slot = (slot &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
                }
                indices[slot] = Int64(n)
                n += 1
            }
        }
        free(d.pointee.indices)
        free(oldEntries)
        d.pointee.indices = indices
        d.pointee.entries = entries
        d.pointee.mask = Int64(mask)
        d.pointee.capacity = Int64(capacity)
        d.pointee.nentries = Int64(n)
        d.pointee.keys_version = 0
        d.pointee.used = Int64(n)
    }

    /// Slot in the index table holding `key`, or the first free slot (as a negative -1-slot).
    @inline(__always)
    static func findSlot(_ d: DictPtr, _ key: Value, _ hash: Int, _ eq: (Value, Value) throws(PyError) -> Bool) throws(PyError) -> (slot: Int, entry: Int) {
        let mask = Int(d.pointee.mask)
        let indices = d.pointee.indices!
        let entries = d.pointee.entries!
        var slot = hash & mask
        var perturb = UInt64(bitPattern: Int64(hash))
        var freeSlot = -1
        while true {
            let ix = indices[slot]
            if ix == empty { return (freeSlot >= 0 ? freeSlot : slot, -1) }
            if ix == dummy {
                if freeSlot < 0 { freeSlot = slot }
            } else {
                let e = entries[Int(ix)]
                if e.key == key.raw { return (slot, Int(ix)) }
                if e.hash == Int64(hash) {
                    if try eq(Value(raw: e.key), key) { return (slot, Int(ix)) }
                }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
    }

    @inline(__always) static func strEq(_ a: Value, _ b: Value) -> Bool {
        a.isExactlyStr && b.isExactlyStr && Str.equal(a, b)
    }

    // MARK: str-keyed fast paths (names, attributes, keyword arguments)

    public static func getStr(_ v: Value, _ key: Value) -> Value? {
        let d = v.ptr(QKDict.self)
        if d.pointee.used == 0 { return nil }
        // Non-throwing probe: str keys compare by pointer (interned) or by content.
        let hash = Str.hash(key)
        let mask = Int(d.pointee.mask)
        let indices = d.pointee.indices!
        let entries = d.pointee.entries!
        var slot = hash & mask
        var perturb = UInt64(bitPattern: Int64(hash))
        while true {
            let ix = indices[slot]
            if ix == empty { return nil }
            if ix >= 0 {
                let e = entries[Int(ix)]
                if e.key == key.raw || (e.hash == Int64(hash) && strEq(Value(raw: e.key), key)) {
                    return Value(raw: e.value)
                }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
    }

    public static func setStr(_ v: Value, _ key: Value, _ value: Value) {
        try! insert(v, key, Str.hash(key), value, eq: { (a, b) throws(PyError) in strEq(a, b) })
    }

    public static func getStr(_ v: Value, _ key: String) -> Value? { getStr(v, Str.intern(key)) }
    public static func setStr(_ v: Value, _ key: String, _ value: Value) { setStr(v, Str.intern(key), value) }

    // MARK: Generic operations

    public static func get(_ v: Value, _ key: Value) throws(PyError) -> Value? {
        let d = v.ptr(QKDict.self)
        if isSetTable(d) { return try SetTable.contains(v, key) ? Value.none : nil }
        let h = try Ops.hash(key)
        if d.pointee.used == 0 { return nil }
        let r = try findSlot(d, key, h, Ops.keyEqual)
        return r.entry >= 0 ? Value(raw: d.pointee.entries[r.entry].value) : nil
    }

    public static func set(_ v: Value, _ key: Value, _ value: Value) throws(PyError) {
        if isSetTable(v.ptr(QKDict.self)) { return try SetTable.add(v, key) }
        try insert(v, key, try Ops.hash(key), value, eq: Ops.keyEqual)
    }

    static func insert(_ v: Value, _ key: Value, _ hash: Int, _ value: Value,
                       eq: (Value, Value) throws(PyError) -> Bool) throws(PyError) {
        let d = v.ptr(QKDict.self)
        if d.pointee.indices == nil { resize(d, minUsable: 1) }
        let r = try findSlot(d, key, hash, eq)
        if r.entry >= 0 {
            d.pointee.entries[r.entry].value = value.raw
            return
        }
        if d.pointee.nentries == d.pointee.capacity {
            resize(d, minUsable: Int(d.pointee.used) * 2 + 1)
            try insert(v, key, hash, value, eq: eq)
            return
        }
        let n = Int(d.pointee.nentries)
        d.pointee.entries[n] = QKDictEntry(key: key.raw, value: value.raw, hash: Int64(hash))
        d.pointee.indices[r.slot] = Int64(n)
        d.pointee.nentries += 1
        d.pointee.used += 1
        d.pointee.keys_version = 0  // keys changed: cached versions no longer match
    }

    /// Remove `key`; returns the old value or nil when absent.
    @discardableResult
    public static func remove(_ v: Value, _ key: Value) throws(PyError) -> Value? {
        let d = v.ptr(QKDict.self)
        if isSetTable(d) { return try SetTable.discard(v, key) ? Value.none : nil }
        let h = try Ops.hash(key)
        if d.pointee.used == 0 { return nil }
        let r = try findSlot(d, key, h, Ops.keyEqual)
        if r.entry < 0 { return nil }
        let old = Value(raw: d.pointee.entries[r.entry].value)
        d.pointee.entries[r.entry].key = 0
        d.pointee.entries[r.entry].value = 0
        d.pointee.indices[r.slot] = dummy
        d.pointee.used -= 1
        d.pointee.keys_version = 0  // keys changed: cached versions no longer match
        return old
    }

    public static func clear(_ v: Value) {
        let d = v.ptr(QKDict.self)
        if isSetTable(d) { return SetTable.clear(v) }
        free(d.pointee.indices)
        free(d.pointee.entries)
        d.pointee.indices = nil
        d.pointee.entries = nil
        d.pointee.used = 0
        d.pointee.nentries = 0
        d.pointee.capacity = 0
        d.pointee.mask = 0
        d.pointee.keys_version = 0  // keys changed: cached versions no longer match
    }

    /// Live (key, value) pairs in insertion order, as a snapshot.
    public static func items(_ v: Value) -> [(key: Value, value: Value)] {
        let d = v.ptr(QKDict.self)
        if isSetTable(d) { return SetTable.keys(v).map { ($0, Value.none) } }
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(Int(d.pointee.used))
        guard let e = d.pointee.entries else { return out }
        for i in 0..<Int(d.pointee.nentries) where e[i].key != 0 {
            out.append((Value(raw: e[i].key), Value(raw: e[i].value)))
        }
        return out
    }

    public static func keys(_ v: Value) -> [Value] {
        if isSetTable(v.ptr(QKDict.self)) { return SetTable.keys(v) }
        return items(v).map { $0.key }
    }

    /// The next live entry at or after `index`, for iterators that survive mutation checks.
    public static func entry(_ v: Value, from index: Int) -> (index: Int, key: Value, value: Value)? {
        let d = v.ptr(QKDict.self)
        guard let e = d.pointee.entries else { return nil }
        var i = index
        while i < Int(d.pointee.nentries) {
            if e[i].key != 0 { return (i, Value(raw: e[i].key), Value(raw: e[i].value)) }
            i += 1
        }
        return nil
    }

    public static func copy(_ v: Value, type: TypePtr? = nil) -> Value {
        let out = new(type: type, capacity: count(v))
        let d = v.ptr(QKDict.self)
        guard let e = d.pointee.entries else { return out }
        // Keys are already unique, so identity is the only equality needed.
        for i in 0..<Int(d.pointee.nentries) where e[i].key != 0 {
            try! insert(out, Value(raw: e[i].key), Int(e[i].hash), Value(raw: e[i].value),
                        eq: { (a, b) throws(PyError) in a == b })
        }
        return out
    }
}

extension Value {
    @inline(__always) var isExactlyStr: Bool { isObject && object.pointee.ob_type == Types.str }
}
