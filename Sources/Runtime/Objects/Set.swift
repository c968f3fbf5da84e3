// set and frozenset: the open-addressing hash table of CPython's Objects/setobject.c, so that
// iteration order (and therefore repr, list(s), pop()) matches CPython exactly.
//
// The algorithm, as in CPython 3.13:
//   * The table has 2^k slots (at least 8). A slot is unused (key NULL, hash 0), a dummy left by
//     a deletion (key NULL, hash -1 here; CPython uses a dummy key object) or active.
//   * Probing starts at hash & mask and inspects up to LINEAR_PROBES (9) following slots while
//     they stay inside the table, then jumps: perturb >>= 5; i = (i * 5 + 1 + perturb) & mask.
//   * add: the search remembers the last dummy seen and reuses it when the key is absent; a new
//     unused slot increments `fill`, and once fill * 5 >= mask * 3 the table is resized to hold
//     used * 4 (used * 2 above 50000) entries: the smallest power of two > that, minimum 8.
//   * Resizing reinserts active entries in table order with the "clean" insert (no compares).
//   * Comparisons can run Python code that mutates the set; a lookup restarts when the table or
//     the compared entry changed underneath it.
// The layout (QKSet in quicken.h) mirrors QKDict's prefix so the GC and len() treat both alike.

import CSupport
#if canImport(Glibc)
import Glibc
#endif

public typealias SetPtr = UnsafeMutablePointer<QKSet>

public enum SetTable {
    static let minSize = 8
    static let linearProbes = 9
    static let perturbShift = 5

    @inline(__always) static func ptr(_ v: Value) -> SetPtr { v.ptr(QKSet.self) }
    @inline(__always) static func isFrozen(_ v: Value) -> Bool { ptr(v).pointee.is_frozen != 0 }
    @inline(__always) public static func count(_ v: Value) -> Int { Int(ptr(v).pointee.used) }

    /// Size of QKSet (set types get it as their basic size at start-up).
    static var structSize: Int { MemoryLayout<QKSet>.size }

    /// A new empty set or frozenset instance of `type`.
    public static func new(_ type: TypePtr, frozen: Bool) -> Value {
        let size = max(Int(type.pointee.basicsize), structSize)
        let s: SetPtr = Heap.allocate(type, size: size, as: QKSet.self)
        s.pointee.is_frozen = frozen ? 1 : 0
        s.pointee.hash = -1
        allocateTable(s, minSize)
        return Value(s)
    }

    static func allocateTable(_ s: SetPtr, _ size: Int) {
        let t = calloc(size, MemoryLayout<QKDictEntry>.size)!.assumingMemoryBound(to: QKDictEntry.self)
        s.pointee.table = t
        s.pointee.mask = Int64(size - 1)
        s.pointee.table_size = Int64(size)
    }

    /// The hash of a key, with the str fast path.
    @inline(__always) static func hashOf(_ key: Value) throws(PyError) -> Int {
        if key.isExactlyStr { return Str.hash(key) }
        return try Ops.hash(key)
    }

    @inline(__always) static func keysEqual(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if a.isExactlyStr && b.isExactlyStr { return Str.equal(a, b) }
        return try Ops.equal(a, b)
    }

    /// set_lookkey: the slot holding `key`, or -1.
    static func lookup(_ s: SetPtr, _ key: Value, _ hash: Int) throws(PyError) -> Int {
        guard var table = s.pointee.table else { return -1 }
        var mask = Int(s.pointee.mask)
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        let h64 = Int64(hash)
        while true {
            var probes = i + linearProbes <= mask ? linearProbes : 0
            var j = i
            while true {
                let e = table[j]
                if e.hash == 0 && e.key == 0 { return -1 }
                if e.hash == h64 && e.key != 0 {
                    if e.key == key.raw { return j }
                    let startkey = Value(raw: e.key)
                    let eq = try keysEqual(startkey, key)
                    if s.pointee.table != table || table[j].key != startkey.raw {
                        table = s.pointee.table!
                        mask = Int(s.pointee.mask)
                        return try lookup(s, key, hash)
                    }
                    if eq { return j }
                    mask = Int(s.pointee.mask)
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// set_add_entry.
    static func addEntry(_ s: SetPtr, _ key: Value, _ hash: Int) throws(PyError) {
        if s.pointee.table == nil { allocateTable(s, minSize) }
        let h64 = Int64(hash)
        restart: while true {
            let table = s.pointee.table!
            var mask = Int(s.pointee.mask)
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            var freeslot = -1
            while true {
                var probes = i + linearProbes <= mask ? linearProbes : 0
                var j = i
                while true {
                    let e = table[j]
                    if e.hash == 0 && e.key == 0 {
                        if freeslot >= 0 {
                            s.pointee.used += 1
                            table[freeslot].key = key.raw
                            table[freeslot].hash = h64
                            s.pointee.version &+= 1
                            return
                        }
                        s.pointee.fill += 1
                        s.pointee.used += 1
                        table[j].key = key.raw
                        table[j].hash = h64
                        s.pointee.version &+= 1
                        if Int(s.pointee.fill) * 5 < mask * 3 { return }
                        let used = Int(s.pointee.used)
                        resize(s, used > 50000 ? used * 2 : used * 4)
                        return
                    }
                    if e.hash == h64 && e.key != 0 {
                        if e.key == key.raw { return }
                        let startkey = Value(raw: e.key)
                        let eq = try keysEqual(startkey, key)
                        if eq { return }
                        if s.pointee.table != table || table[j].key != startkey.raw { continue restart }
                        mask = Int(s.pointee.mask)
                    } else if e.hash == -1 && e.key == 0 {
                        freeslot = j
                    }
                    if probes == 0 { break }
                    probes -= 1
                    j += 1
                }
                perturb >>= UInt(perturbShift)
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// set_insert_clean: place a key known to be absent into a table without dummies.
    static func insertClean(_ table: UnsafeMutablePointer<QKDictEntry>, _ mask: Int, _ key: UInt64, _ hash: Int64) {
        var perturb = UInt(bitPattern: Int(hash))
        var i = Int(hash) & mask
        while true {
            if table[i].key == 0 {
                table[i].key = key
                table[i].hash = hash
                return
            }
            if i + linearProbes <= mask {
                for j in (i + 1)...(i + linearProbes) where table[j].key == 0 {
                    table[j].key = key
                    table[j].hash = hash
                    return
                }
            }
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// set_table_resize: a table with more than `minused` slots, keeping active entries.
    static func resize(_ s: SetPtr, _ minused: Int) {
        var newsize = minSize
        while newsize <= minused { newsize <<= 1 }
        let oldTable = s.pointee.table
        let oldSize = Int(s.pointee.table_size)
        if newsize == minSize && oldSize == minSize && s.pointee.fill == s.pointee.used { return }
        allocateTable(s, newsize)
        let table = s.pointee.table!
        if let old = oldTable {
            for k in 0..<oldSize where old[k].key != 0 {
                insertClean(table, newsize - 1, old[k].key, old[k].hash)
            }
            free(old)
        }
        s.pointee.fill = s.pointee.used
        s.pointee.version &+= 1
    }

    /// set_discard_entry: true if the key was present.
    @discardableResult
    static func discardEntry(_ s: SetPtr, _ key: Value, _ hash: Int) throws(PyError) -> Bool {
        let j = try lookup(s, key, hash)
        if j < 0 { return false }
        s.pointee.table[j].key = 0
        s.pointee.table[j].hash = -1
        s.pointee.used -= 1
        s.pointee.version &+= 1
        return true
    }

    public static func add(_ v: Value, _ key: Value) throws(PyError) {
        try addEntry(ptr(v), key, try hashOf(key))
    }

    /// A set used as a key is looked up as the equal frozenset (set_contains / set_discard).
    static func withFrozenRetry<T>(_ key: Value, _ body: (Value, Int) throws(PyError) -> T) throws(PyError) -> T {
        let h: Int
        do throws(PyError) {
            h = try hashOf(key)
        } catch {
            guard key.isLayout(QK_LAYOUT_SET), !isFrozen(key), error.matches(qk_exc.TypeError) else { throw error }
            let tmp = new(Types.frozenset, frozen: true)
            try merge(ptr(tmp), key)
            return try body(tmp, try hashOf(tmp))
        }
        return try body(key, h)
    }

    public static func contains(_ v: Value, _ key: Value) throws(PyError) -> Bool {
        try withFrozenRetry(key) { (k, h) throws(PyError) in try lookup(ptr(v), k, h) >= 0 }
    }

    @discardableResult
    public static func discard(_ v: Value, _ key: Value) throws(PyError) -> Bool {
        try withFrozenRetry(key) { (k, h) throws(PyError) in try discardEntry(ptr(v), k, h) }
    }

    public static func clear(_ v: Value) {
        let s = ptr(v)
        free(s.pointee.table)
        s.pointee.used = 0
        s.pointee.fill = 0
        s.pointee.finger = 0
        s.pointee.hash = -1
        allocateTable(s, minSize)
        s.pointee.version &+= 1
    }

    /// set_next: the first active slot at or after `pos`.
    @inline(__always)
    static func next(_ s: SetPtr, _ pos: Int) -> (index: Int, key: Value, hash: Int)? {
        guard let table = s.pointee.table else { return nil }
        var i = pos
        let mask = Int(s.pointee.mask)
        while i <= mask {
            if table[i].key != 0 { return (i, Value(raw: table[i].key), Int(table[i].hash)) }
            i += 1
        }
        return nil
    }

    /// Active (key, hash) pairs in table order, as a snapshot.
    static func entries(_ v: Value) -> [(key: Value, hash: Int)] {
        let s = ptr(v)
        var out: [(key: Value, hash: Int)] = []
        out.reserveCapacity(Int(s.pointee.used))
        var pos = 0
        while let e = next(s, pos) {
            out.append((e.key, e.hash))
            pos = e.index + 1
        }
        return out
    }

    public static func keys(_ v: Value) -> [Value] { entries(v).map { $0.key } }

    /// set_merge: add every element of the set `other`.
    static func merge(_ so: SetPtr, _ otherValue: Value) throws(PyError) {
        let other = ptr(otherValue)
        if so == other || other.pointee.used == 0 { return }
        if (Int(so.pointee.fill) + Int(other.pointee.used)) * 5 >= Int(so.pointee.mask) * 3 {
            resize(so, (Int(so.pointee.used) + Int(other.pointee.used)) * 2)
        }
        let otherMask = Int(other.pointee.mask)
        let otherTable = other.pointee.table!
        // Empty target of the same size and no dummies to drop: copy slot by slot.
        if so.pointee.fill == 0 && so.pointee.mask == other.pointee.mask && other.pointee.fill == other.pointee.used {
            let t = so.pointee.table!
            for i in 0...otherMask where otherTable[i].key != 0 {
                t[i] = otherTable[i]
                t[i].value = 0
            }
            so.pointee.fill = other.pointee.fill
            so.pointee.used = other.pointee.used
            so.pointee.version &+= 1
            return
        }
        if so.pointee.fill == 0 {
            let t = so.pointee.table!
            let mask = Int(so.pointee.mask)
            so.pointee.fill = other.pointee.used
            so.pointee.used = other.pointee.used
            for i in 0...otherMask where otherTable[i].key != 0 {
                insertClean(t, mask, otherTable[i].key, otherTable[i].hash)
            }
            so.pointee.version &+= 1
            return
        }
        for (k, h) in entries(otherValue) { try addEntry(so, k, h) }
    }

    /// set_update_internal: add the elements of any iterable.
    public static func update(_ v: Value, _ other: Value) throws(PyError) {
        let so = ptr(v)
        if other.isLayout(QK_LAYOUT_SET) { return try merge(so, other) }
        if other.isExactly(Types.dict) {
            let n = Dict.count(other)
            if (Int(so.pointee.fill) + n) * 5 >= Int(so.pointee.mask) * 3 {
                resize(so, (Int(so.pointee.used) + n) * 2)
            }
            for (k, h) in Dict.keysWithHashes(other) { try addEntry(so, k, h) }
            return
        }
        let it = try Ops.iter(other)
        while let k = try Ops.next(it) { try addEntry(so, k, try hashOf(k)) }
    }

    /// make_new_set_basetype: exact set/frozenset for results of operations on subclasses.
    static func baseType(_ v: Value) -> TypePtr {
        let t = v.type
        if t == Types.set || t == Types.frozenset { return t }
        return isSubtype(t, Types.set) ? Types.set : Types.frozenset
    }

    static func newLike(_ v: Value) -> Value {
        let t = baseType(v)
        return new(t, frozen: t == Types.frozenset)
    }

    /// set.copy() / make_new_set_basetype(type(so), so).
    public static func copy(_ v: Value) throws(PyError) -> Value {
        let out = newLike(v)
        try merge(ptr(out), v)
        return out
    }

    public static func from(_ iterable: Value, frozen: Bool) throws(PyError) -> Value {
        let out = new(frozen ? Types.frozenset : Types.set, frozen: frozen)
        try update(out, iterable)
        return out
    }

    /// set_intersection.
    static func intersection(_ a: Value, _ other: Value) throws(PyError) -> Value {
        if a == other { return try copy(a) }
        let result = newLike(a)
        let rp = ptr(result)
        if other.isLayout(QK_LAYOUT_SET) {
            var so = a, ot = other
            if count(ot) > count(so) { swap(&so, &ot) }
            for (k, h) in entries(ot) where try lookup(ptr(so), k, h) >= 0 { try addEntry(rp, k, h) }
            return result
        }
        let it = try Ops.iter(other)
        while let k = try Ops.next(it) {
            let h = try hashOf(k)
            if try lookup(ptr(a), k, h) >= 0 {
                try addEntry(rp, k, h)
                if count(result) >= count(a) { break }
            }
        }
        return result
    }

    /// set_difference_update_internal.
    static func differenceUpdate(_ v: Value, _ other: Value) throws(PyError) {
        if v == other { return clear(v) }
        let so = ptr(v)
        if other.isLayout(QK_LAYOUT_SET) {
            let src = (count(other) >> 3) > count(v) ? try intersection(v, other) : other
            for (k, h) in entries(src) { try discardEntry(so, k, h) }
        } else {
            let it = try Ops.iter(other)
            while let k = try Ops.next(it) { try discard(v, k) }
        }
        if Int(so.pointee.fill - so.pointee.used) <= Int(so.pointee.mask) / 4 { return }
        let used = Int(so.pointee.used)
        resize(so, used > 50000 ? used * 2 : used * 4)
    }

    /// set_difference.
    static func difference(_ a: Value, _ other: Value) throws(PyError) -> Value {
        let otherSize: Int
        if other.isLayout(QK_LAYOUT_SET) { otherSize = count(other) }
        else if other.isExactly(Types.dict) { otherSize = Dict.count(other) }
        else {
            let r = try copy(a)
            try differenceUpdate(r, other)
            return r
        }
        if (count(a) >> 2) > otherSize {
            let r = try copy(a)
            try differenceUpdate(r, other)
            return r
        }
        let result = newLike(a)
        let rp = ptr(result)
        for (k, h) in entries(a) {
            let present = other.isLayout(QK_LAYOUT_SET) ? try lookup(ptr(other), k, h) >= 0 : try Dict.get(other, k) != nil
            if !present { try addEntry(rp, k, h) }
        }
        return result
    }

    /// set_symmetric_difference_update.
    static func symmetricDifferenceUpdate(_ v: Value, _ other: Value) throws(PyError) {
        if v == other { return clear(v) }
        let so = ptr(v)
        if other.isExactly(Types.dict) {
            for (k, h) in Dict.keysWithHashes(other) where !(try discardEntry(so, k, h)) { try addEntry(so, k, h) }
            return
        }
        let src: Value
        if other.isLayout(QK_LAYOUT_SET) { src = other } else {
            src = newLike(v)
            try update(src, other)
        }
        for (k, h) in entries(src) where !(try discardEntry(so, k, h)) { try addEntry(so, k, h) }
    }

    /// set_symmetric_difference: a copy of `other` updated with `a`.
    static func symmetricDifference(_ a: Value, _ other: Value) throws(PyError) -> Value {
        let r = newLike(a)
        try update(r, other)
        try symmetricDifferenceUpdate(r, a)
        return r
    }

    /// set_union: a copy updated with every argument.
    static func union(_ a: Value, _ others: [Value]) throws(PyError) -> Value {
        let r = try copy(a)
        for o in others where o != a { try update(r, o) }
        return r
    }

    /// set_issubset.
    static func isSubset(_ a: Value, _ other: Value) throws(PyError) -> Bool {
        if !other.isLayout(QK_LAYOUT_SET) {
            let tmp = try intersection(a, other)
            return count(tmp) == count(a)
        }
        if count(a) > count(other) { return false }
        for (k, h) in entries(a) where try lookup(ptr(other), k, h) < 0 { return false }
        return true
    }

    /// set_issuperset.
    static func isSuperset(_ a: Value, _ other: Value) throws(PyError) -> Bool {
        if other.isLayout(QK_LAYOUT_SET) { return try isSubset(other, a) }
        let it = try Ops.iter(other)
        while let k = try Ops.next(it) { if !(try contains(a, k)) { return false } }
        return true
    }

    /// set_isdisjoint.
    static func isDisjoint(_ a: Value, _ other: Value) throws(PyError) -> Bool {
        if a == other { return count(a) == 0 }
        if other.isExactly(Types.set) || other.isExactly(Types.frozenset) {
            var so = a, ot = other
            if count(ot) > count(so) { swap(&so, &ot) }
            for (k, h) in entries(ot) where try lookup(ptr(so), k, h) >= 0 { return false }
            return true
        }
        let it = try Ops.iter(other)
        while let k = try Ops.next(it) { if try contains(a, k) { return false } }
        return true
    }

    /// set_richcompare; nil means NotImplemented.
    static func compare(_ v: Value, _ w: Value, _ op: Int) throws(PyError) -> Value? {
        guard w.isLayout(QK_LAYOUT_SET) else { return nil }
        switch op {
        case 2, 3:
            var eq = false
            if count(v) == count(w) {
                let hv = ptr(v).pointee.hash, hw = ptr(w).pointee.hash
                eq = (hv != -1 && hw != -1 && hv != hw) ? false : try isSubset(v, w)
            }
            return .bool(eq == (op == 2))
        case 1: return .bool(try isSubset(v, w))
        case 5: return .bool(try isSuperset(v, w))
        case 0: return .bool(count(v) < count(w) ? try isSubset(v, w) : false)
        default: return .bool(count(v) > count(w) ? try isSuperset(v, w) : false)
        }
    }

    /// frozenset_hash (order independent, cached).
    static func hash(_ v: Value) -> Int {
        let s = ptr(v)
        if s.pointee.hash != -1 { return Int(s.pointee.hash) }
        @inline(__always) func shuffle(_ h: UInt64) -> UInt64 { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var h: UInt64 = 0
        for (_, kh) in entries(v) { h ^= shuffle(UInt64(bitPattern: Int64(kh))) }
        h ^= (UInt64(count(v)) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        if h == UInt64.max { h = 590923713 }
        let r = Int(Int64(bitPattern: h))
        s.pointee.hash = Int64(r)
        return r
    }

    /// set_pop: the search resumes at the finger.
    static func pop(_ v: Value) throws(PyError) -> Value {
        let s = ptr(v)
        if s.pointee.used == 0 { throw PyError(qk_exc.KeyError, "pop from an empty set") }
        let table = s.pointee.table!
        let mask = Int(s.pointee.mask)
        var i = Int(s.pointee.finger) & mask
        while table[i].key == 0 {
            i += 1
            if i > mask { i = 0 }
        }
        let key = Value(raw: table[i].key)
        table[i].key = 0
        table[i].hash = -1
        s.pointee.used -= 1
        s.pointee.finger = Int64(i + 1)
        s.pointee.version &+= 1
        return key
    }

    /// set_swap_bodies, used by the in-place intersection.
    static func swapBodies(_ a: Value, _ b: Value) {
        let x = ptr(a), y = ptr(b)
        swap(&x.pointee.used, &y.pointee.used)
        swap(&x.pointee.fill, &y.pointee.fill)
        swap(&x.pointee.mask, &y.pointee.mask)
        swap(&x.pointee.table_size, &y.pointee.table_size)
        swap(&x.pointee.table, &y.pointee.table)
        x.pointee.hash = -1
        y.pointee.hash = -1
        x.pointee.version &+= 1
        y.pointee.version &+= 1
    }
}

extension Dict {
    /// Live (key, hash) pairs in insertion order, as a snapshot.
    static func keysWithHashes(_ v: Value) -> [(key: Value, hash: Int)] {
        let d = v.ptr(QKDict.self)
        var out: [(key: Value, hash: Int)] = []
        guard let e = d.pointee.entries else { return out }
        out.reserveCapacity(Int(d.pointee.used))
        for i in 0..<Int(d.pointee.nentries) where e[i].key != 0 {
            out.append((Value(raw: e[i].key), Int(e[i].hash)))
        }
        return out
    }
}
