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
            let kv: [Value]
            do throws(PyError) { kv = try Ops.toArray(pair) } catch {
                if !error.matches(qk_exc.TypeError) { throw error }
                throw .type("cannot convert dictionary update sequence element #\(i) to a sequence")
            }
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
            throw .type("\(functionStr(callee)) argument after ** must be a mapping, not \(other.type.name)")
        }
        let tmp = Dict.new()
        try update(tmp, other)
        for (k, v) in Dict.items(tmp) {
            if try Dict.get(d, k) != nil {
                throw .type("\(functionStr(callee)) got multiple values for keyword argument '\(Str.swift(k))'")
            }
            try Dict.set(d, k, v)
        }
    }

    /// _PyObject_FunctionStr: "module.qualname()" (no module for builtins).
    static func functionStr(_ f: Value) -> String {
        guard let q = try? Ops.getAttrOrNil(f, Names.__qualname__), q.isExactlyStr else {
            return Builtins.functionName(f)
        }
        if let m = try? Ops.getAttrOrNil(f, Names.__module__), m.isExactlyStr, Str.swift(m) != "builtins" {
            return "\(Str.swift(m)).\(Str.swift(q))()"
        }
        return "\(Str.swift(q))()"
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

/// set/frozenset entry points used by the rest of the runtime (the table is in Set.swift).
public enum Sets {
    public static func new(frozen: Bool, type: TypePtr? = nil) -> Value {
        let t = type ?? (frozen ? Types.frozenset : Types.set)
        return SetTable.new(t, frozen: frozen || isSubtype(t, Types.frozenset))
    }

    public static func add(_ s: Value, _ v: Value) throws(PyError) { try SetTable.add(s, v) }

    public static func update(_ s: Value, _ iterable: Value) throws(PyError) { try SetTable.update(s, iterable) }

    static func from(_ a: Value, frozen: Bool) throws(PyError) -> Value { try SetTable.from(a, frozen: frozen) }

    /// a | b, a & b, a - b, a ^ b for two sets (op: 7, 1, 10, 12).
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        switch op {
        case 7: return try SetTable.union(a, [b])
        case 1: return try SetTable.intersection(a, b)
        case 10: return try SetTable.difference(a, b)
        default: return try SetTable.symmetricDifference(a, b)
        }
    }

    /// set ops against dict views (the result is a set built from the view).
    static func binaryWithView(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        guard Views.isKeysLike(a) || Views.isKeysLike(b) else { return nil }
        return try Views.setOp(a, b, op)
    }

    static func isSubset(_ a: Value, _ b: Value) throws(PyError) -> Bool { try SetTable.isSubset(a, b) }

    static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        try SetTable.compare(a, b, op) ?? .notImplemented
    }

    static func hash(_ s: Value) throws(PyError) -> Int { SetTable.hash(s) }
}

public enum Ranges {
    public static func make(_ start: Value, _ stop: Value, _ step: Value) throws(PyError) -> Value {
        if step.isSmallInt && step.smallInt == 0 { throw .value("range() arg 3 must not be zero") }
        let r: UnsafeMutablePointer<QKRange> = Heap.allocate(Types.range, size: MemoryLayout<QKRange>.size, as: QKRange.self)
        r.pointee.start = start.raw
        r.pointee.stop = stop.raw
        r.pointee.step = step.raw
        // Unboxed bounds (the usual case): the length in machine ints, no BigInt.
        if start.isSmallInt && stop.isSmallInt && step.isSmallInt {
            let lo = start.smallInt, hi = stop.smallInt, st = step.smallInt
            let n = st > 0 ? (hi - lo + st - 1) / st : (lo - hi - st - 1) / (-st)
            r.pointee.length = Value.int(max(n, 0)).raw
            return Value(r)
        }
        if Ints.big(step) == 0 { throw .value("range() arg 3 must not be zero") }
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

    static func getItem(_ r: Value, _ key: Value) throws(PyError) -> Value { try RangeMethods.getItem(r, key) }

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
