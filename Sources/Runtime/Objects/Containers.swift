// Core operations of list, tuple, dict, set/frozenset and range (their Python-visible methods
// are registered in Builtins/Methods+*.swift).

import CSupport

public enum Lists {
    static func getItem(_ l: Value, _ key: Value) throws(PyError) -> Value {
        if key.isLayout(QK_LAYOUT_SLICE) {
            let (start, _, step, count) = try Slices.indices(key, List.count(l))
            let out = List.new(capacity: count)
            let src = List.count(l) > 0 ? List.items(l) : nil
            for k in 0..<count { List.append(out, src![start + k * step]) }
            return out
        }
        let i = try Sequences.normalize(key, List.count(l), "list")
        return List.items(l)[i]
    }

    static func setItem(_ l: Value, _ key: Value, _ value: Value) throws(PyError) {
        if key.isLayout(QK_LAYOUT_SLICE) {
            let new = try Ops.toArray(value)
            var items = List.elements(l)
            let (start, stop, step, count) = try Slices.indices(key, items.count)
            if step == 1 {
                let hi = max(start, stop)
                items.replaceSubrange(start..<hi, with: new)
            } else {
                if new.count != count {
                    throw .value("attempt to assign sequence of size \(new.count) to extended slice of size \(count)")
                }
                for k in 0..<count { items[start + k * step] = new[k] }
            }
            List.setCount(l, 0)
            for v in items { List.append(l, v) }
            return
        }
        let i = try Sequences.normalize(key, List.count(l), "list assignment")
        List.items(l)[i] = value
    }

    static func delItem(_ l: Value, _ key: Value) throws(PyError) {
        var items = List.elements(l)
        if key.isLayout(QK_LAYOUT_SLICE) {
            let (start, _, step, count) = try Slices.indices(key, items.count)
            let doomed = Set((0..<count).map { start + $0 * step })
            items = items.enumerated().filter { !doomed.contains($0.offset) }.map { $0.element }
        } else {
            let i = try Sequences.normalize(key, items.count, "list assignment")
            items.remove(at: i)
        }
        List.setCount(l, 0)
        for v in items { List.append(l, v) }
    }

    public static func extend(_ l: Value, _ iterable: Value) throws(PyError) {
        if iterable.isExactly(Types.list) || iterable.isExactly(Types.tuple) {
            for v in (iterable.isExactly(Types.list) ? List.elements(iterable) : Tuple.elements(iterable)) { List.append(l, v) }
            return
        }
        let it = try Ops.iter(iterable)
        while let v = try Ops.next(it) { List.append(l, v) }
    }
}

public enum Tuples {
    static func getItem(_ t: Value, _ key: Value) throws(PyError) -> Value {
        if key.isLayout(QK_LAYOUT_SLICE) {
            let (start, _, step, count) = try Slices.indices(key, Tuple.count(t))
            if step == 1 && count == Tuple.count(t) && t.isExactly(Types.tuple) { return t }
            return Tuple.make((0..<count).map { Tuple.items(t)[start + $0 * step] })
        }
        return Tuple.items(t)[try Sequences.normalize(key, Tuple.count(t), "tuple")]
    }

    static func hash(_ t: Value) throws(PyError) -> Int { try hashItems(Tuple.elements(t)) }

    /// CPython's tuple hash (xxHash-based, Objects/tupleobject.c).
    static func hashItems(_ items: [Value]) throws(PyError) -> Int {
        let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
        var acc = p5
        for v in items {
            let lane = UInt64(bitPattern: Int64(try Ops.hash(v)))
            acc = acc &+ lane &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(items.count) ^ (p5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(bitPattern: UInt(acc))
    }
}

public enum Dicts {
    /// dict.update(other): a mapping (keys() + []) or an iterable of pairs.
    public static func update(_ d: Value, _ other: Value) throws(PyError) {
        if other.layout == QK_LAYOUT_DICT && !Ops.userMethodExists(other, "keys") {
            for (k, v) in Dict.items(other) { try Dict.set(d, k, v) }
            return
        }
        if let keys = try Ops.getAttrOrNil(other, Str.intern("keys")) {
            for k in try Ops.toArray(try callValues(keys, [])) { try Dict.set(d, k, try Ops.getItem(other, k)) }
            return
        }
        let it: Value
        do { it = try Ops.iter(other) } catch { throw .type("'\(other.type.name)' object is not iterable") }
        var i = 0
        while let pair = try Ops.next(it) {
            let kv = try Ops.toArray(pair)
            if kv.count != 2 {
                throw .value("dictionary update sequence element #\(i) has length \(kv.count); 2 is required")
            }
            try Dict.set(d, kv[0], kv[1])
            i += 1
        }
    }

    /// DICT_MERGE for f(**m): duplicates are an error.
    static func merge(_ d: Value, _ other: Value, callee: Value) throws(PyError) {
        let hasKeys = other.layout == QK_LAYOUT_DICT ? true : try Ops.getAttrOrNil(other, Str.intern("keys")) != nil
        guard hasKeys else {
            throw .type("\(Builtins.functionName(callee)) argument after ** must be a mapping, not \(other.type.name)")
        }
        let tmp = Dict.new()
        try update(tmp, other)
        for (k, v) in Dict.items(tmp) {
            if try Dict.get(d, k) != nil {
                throw .type("\(Builtins.functionName(callee)) got multiple values for keyword argument '\(Str.swift(k))'")
            }
            try Dict.set(d, k, v)
        }
    }

    static func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if Dict.count(a) != Dict.count(b) { return false }
        for (k, v) in Dict.items(a) {
            guard let w = try Dict.get(b, k) else { return false }
            if !(try Ops.keyEqual(v, w)) { return false }
        }
        return true
    }
}

public enum Sets {
    public static func new(frozen: Bool, type: TypePtr? = nil) -> Value {
        let s = Dict.new(type: type ?? (frozen ? Types.frozenset : Types.set))
        s.ptr(QKDict.self).pointee.is_frozen = frozen ? 1 : 0
        return s
    }

    public static func add(_ s: Value, _ v: Value) throws(PyError) { try Dict.set(s, v, .none) }

    public static func update(_ s: Value, _ iterable: Value) throws(PyError) {
        if iterable.layout == QK_LAYOUT_SET || iterable.layout == QK_LAYOUT_DICT {
            for k in Dict.keys(iterable) { try add(s, k) }
            return
        }
        let it = try Ops.iter(iterable)
        while let v = try Ops.next(it) { try add(s, v) }
    }

    static func from(_ a: Value, frozen: Bool) throws(PyError) -> Value {
        let s = new(frozen: frozen)
        try update(s, a)
        return s
    }

    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        let frozen = a.ptr(QKDict.self).pointee.is_frozen != 0
        let out = new(frozen: frozen)
        switch op {
        case 7:
            try update(out, a)
            try update(out, b)
        case 1:
            for k in Dict.keys(a) where try Dict.get(b, k) != nil { try add(out, k) }
        case 10:
            for k in Dict.keys(a) where try Dict.get(b, k) == nil { try add(out, k) }
        default:
            for k in Dict.keys(a) where try Dict.get(b, k) == nil { try add(out, k) }
            for k in Dict.keys(b) where try Dict.get(a, k) == nil { try add(out, k) }
        }
        return out
    }

    /// set ops against dict views.
    static func binaryWithView(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        guard Views.isKeysLike(a) || Views.isKeysLike(b) else { return nil }
        return try binary(try from(a, frozen: false), try from(b, frozen: false), op)
    }

    static func isSubset(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if Dict.count(a) > Dict.count(b) { return false }
        for k in Dict.keys(a) where try Dict.get(b, k) == nil { return false }
        return true
    }

    static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        let na = Dict.count(a), nb = Dict.count(b)
        switch op {
        case 2, 3:
            let eq = na == nb ? try isSubset(a, b) : false
            return .bool(eq == (op == 2))
        case 1: return .bool(try isSubset(a, b))
        case 0: return .bool(na < nb ? try isSubset(a, b) : false)
        case 5: return .bool(try isSubset(b, a))
        default: return .bool(nb < na ? try isSubset(b, a) : false)
        }
    }

    /// frozenset hash: order-independent combination as in CPython's setobject.c.
    static func hash(_ s: Value) throws(PyError) -> Int {
        var h: UInt64 = 0
        for k in Dict.keys(s) {
            let x = UInt64(bitPattern: Int64(try Ops.hash(k)))
            h ^= ((x ^ 89869747) ^ (x << 16)) &* 3644798167
        }
        h ^= (UInt64(Dict.count(s)) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        var r = Int(bitPattern: UInt(h))
        if r == -1 { r = 590923713 }
        return r
    }
}

public enum Ranges {
    public static func make(_ start: Value, _ stop: Value, _ step: Value) throws(PyError) -> Value {
        let r: UnsafeMutablePointer<QKRange> = Heap.allocate(Types.range, size: MemoryLayout<QKRange>.size, as: QKRange.self)
        if Ints.big(step) == 0 { throw .value("range() arg 3 must not be zero") }
        r.pointee.start = start.raw
        r.pointee.stop = stop.raw
        r.pointee.step = step.raw
        let lo = Ints.big(start), hi = Ints.big(stop), st = Ints.big(step)
        var n = st > 0 ? (hi - lo + st - 1) / st : (lo - hi - st - 1) / (-st)
        if n < 0 { n = 0 }
        r.pointee.length = Ints.make(n).raw
        return Value(r)
    }

    static func parts(_ r: Value) -> (Int, Int, Int, Int)? {
        let p = r.ptr(QKRange.self).pointee
        guard let a = Ints.exact(Value(raw: p.start)), let b = Ints.exact(Value(raw: p.stop)),
              let c = Ints.exact(Value(raw: p.step)), let n = Ints.exact(Value(raw: p.length)) else { return nil }
        return (a, b, c, n)
    }

    static func length(_ r: Value) throws(PyError) -> Int {
        guard let n = Ints.exact(Value(raw: r.ptr(QKRange.self).pointee.length)) else {
            throw .overflow("Python int too large to convert to C ssize_t")
        }
        return n
    }

    static func getItem(_ r: Value, _ key: Value) throws(PyError) -> Value {
        let p = r.ptr(QKRange.self).pointee
        let start = Ints.big(Value(raw: p.start)), step = Ints.big(Value(raw: p.step))
        let n = try length(r)
        if key.isLayout(QK_LAYOUT_SLICE) {
            let (s, _, st, count) = try Slices.indices(key, n)
            let newStart = start + step * BigIntValue(s)
            let newStep = step * BigIntValue(st)
            return try make(Ints.make(newStart), Ints.make(newStart + newStep * BigIntValue(count)), Ints.make(newStep))
        }
        let i = try Sequences.normalize(key, n, "range object")
        return Ints.make(start + step * BigIntValue(i))
    }

    static func contains(_ r: Value, _ item: Value) throws(PyError) -> Bool {
        guard Ints.isInt(item) else {
            let it = try Ops.iter(r)
            while let v = try Ops.next(it) { if try Ops.equal(v, item) { return true } }
            return false
        }
        let p = r.ptr(QKRange.self).pointee
        let x = Ints.big(item), start = Ints.big(Value(raw: p.start)), stop = Ints.big(Value(raw: p.stop)), step = Ints.big(Value(raw: p.step))
        if step > 0 { if x < start || x >= stop { return false } } else if x > start || x <= stop { return false }
        return (x - start) % step == 0
    }

    static func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        let x = a.ptr(QKRange.self).pointee, y = b.ptr(QKRange.self).pointee
        let na = Ints.big(Value(raw: x.length)), nb = Ints.big(Value(raw: y.length))
        if na != nb { return false }
        if na == 0 { return true }
        if Ints.big(Value(raw: x.start)) != Ints.big(Value(raw: y.start)) { return false }
        if na == 1 { return true }
        return Ints.big(Value(raw: x.step)) == Ints.big(Value(raw: y.step))
    }
}

extension Ops {
    static func userMethodExists(_ v: Value, _ name: String) -> Bool { userMethod(v.type, Str.intern(name)) != nil }
}
