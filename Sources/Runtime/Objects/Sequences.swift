// Shared sequence machinery: slices, index normalization, sequence comparison, unpacking,
// and the builtin container operators (+, *, |, & ...) dispatched by layout.

import CSupport

public enum Slices {
    public static func make(_ start: Value, _ stop: Value, _ step: Value) -> Value {
        let s: UnsafeMutablePointer<QKSlice> = Heap.allocate(Types.slice, size: MemoryLayout<QKSlice>.size, as: QKSlice.self)
        s.pointee.start = start.raw
        s.pointee.stop = stop.raw
        s.pointee.step = step.raw
        return Value(s)
    }

    /// Resolve a slice against a sequence of `length`: (start, stop, step, count).
    public static func indices(_ slice: Value, _ length: Int) throws(PyError) -> (start: Int, stop: Int, step: Int, count: Int) {
        let s = slice.ptr(QKSlice.self).pointee
        var step = 1
        if !Value(raw: s.step).isNone {
            step = try index(Value(raw: s.step), clampTo: Int.max / 2)
            if step == 0 { throw .value("slice step cannot be zero") }
        }
        let defStart = step < 0 ? length - 1 : 0
        let defStop = step < 0 ? -1 : length
        func clamp(_ v: Value, _ def: Int) throws(PyError) -> Int {
            if v.isNone { return def }
            var i = try index(v, clampTo: Int.max / 2)
            if i < 0 {
                i += length
                if i < 0 { i = step < 0 ? -1 : 0 }
            } else if i >= length {
                i = step < 0 ? length - 1 : length
            }
            return i
        }
        let start = try clamp(Value(raw: s.start), defStart)
        let stop = try clamp(Value(raw: s.stop), defStop)
        var count = 0
        if step > 0 { if start < stop { count = (stop - start - 1) / step + 1 } } else if stop < start { count = (start - stop - 1) / (-step) + 1 }
        return (start, stop, step, count)
    }

    /// An index value (int or __index__), clamped to ±limit for huge ints.
    public static func index(_ v: Value, clampTo limit: Int) throws(PyError) -> Int {
        if v.isSmallInt { return v.smallInt }
        if Ints.isInt(v) {
            if let i = Ints.exact(v) { return i }
            return Ints.big(v) < 0 ? -limit : limit
        }
        if let m = Ops.userMethod(v.type, Names.__index__) {
            return try index(try callValues(m, [v]), clampTo: limit)
        }
        throw .type("slice indices must be integers or None or have an __index__ method")
    }
}

public enum Sequences {
    /// Normalize a subscript for a sequence of `length`, raising "<kind> index out of range".
    public static func normalize(_ key: Value, _ length: Int, _ kind: String) throws(PyError) -> Int {
        var i: Int
        if key.isSmallInt {
            i = key.smallInt
        } else if Ints.isInt(key) {
            guard let x = Ints.exact(key) else { throw .index("cannot fit 'int' into an index-sized integer") }
            i = x
        } else if let m = Ops.userMethod(key.type, Names.__index__) {
            return try normalize(try callValues(m, [key]), length, kind)
        } else {
            throw .type("\(kind) indices must be integers or slices, not \(key.type.name)")
        }
        if i < 0 { i += length }
        if i < 0 || i >= length { throw .index("\(kind) index out of range") }
        return i
    }

    static func items(_ v: Value) -> (UnsafeMutablePointer<Value>?, Int) {
        if v.layout == QK_LAYOUT_LIST { return (List.count(v) > 0 ? List.items(v) : nil, List.count(v)) }
        return (Tuple.items(v), Tuple.count(v))
    }

    /// Lexicographic comparison of two lists or two tuples.
    static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        var i = 0
        while true {
            let (pa, na) = items(a), (pb, nb) = items(b)
            if i >= na || i >= nb {
                return .bool(Ops.compareResult(na < nb ? -1 : (na > nb ? 1 : 0), op))
            }
            let x = pa![i], y = pb![i]
            if !(try Ops.keyEqual(x, y)) {
                if op == 2 { return .false_ }
                if op == 3 { return .true_ }
                return try Ops.richCompare(x, y, op)
            }
            i += 1
        }
    }

    /// New sequence of the same kind with `n` copies.
    static func repeated(_ v: Value, _ n: Int) -> [Value] {
        let (p, count) = items(v)
        if n <= 0 || count == 0 { return [] }
        var out: [Value] = []
        out.reserveCapacity(count * n)
        for _ in 0..<n { for i in 0..<count { out.append(p![i]) } }
        return out
    }
}

public enum Unpack {
    /// UNPACK_SEQUENCE: write `n` items so that item 0 ends on top of the stack.
    static func sequence(_ seq: Value, _ n: Int, _ dst: UnsafeMutablePointer<Value>) throws(PyError) {
        if seq.isExactly(Types.tuple) || seq.isExactly(Types.list) {
            let (p, count) = Sequences.items(seq)
            if count != n {
                if count < n { throw .value("not enough values to unpack (expected \(n), got \(count))") }
                throw .value("too many values to unpack (expected \(n))")
            }
            for i in 0..<n { dst[n - 1 - i] = p![i] }
            return
        }
        let it = try Ops.iter(seq)
        // The source is already off the value stack and the items are only in this array:
        // root them, since resuming a generator can collect (`a, b = (f(x) for x in xs)`).
        let mark = Heap.rootMark
        Heap.pushRoot(seq)
        Heap.pushRoot(it)
        defer { Heap.popRoots(to: mark) }
        var got: [Value] = []
        while got.count < n, let v = try Ops.next(it) {
            Heap.pushRoot(v)
            got.append(v)
        }
        if got.count < n { throw .value("not enough values to unpack (expected \(n), got \(got.count))") }
        if try Ops.next(it) != nil { throw .value("too many values to unpack (expected \(n))") }
        for i in 0..<n { dst[n - 1 - i] = got[i] }
    }

    /// UNPACK_EX: `before` items, a list of the rest, `after` items.
    static func starred(_ seq: Value, before: Int, after: Int, _ dst: UnsafeMutablePointer<Value>) throws(PyError) {
        let all = try Ops.toArray(seq)
        if all.count < before + after {
            throw .value("not enough values to unpack (expected at least \(before + after), got \(all.count))")
        }
        var values = Array(all[0..<before])
        values.append(List.make(Array(all[before..<(all.count - after)])))
        values += all[(all.count - after)...]
        let n = values.count
        for i in 0..<n { dst[n - 1 - i] = values[i] }
    }
}

/// Operators and hooks for builtin containers, dispatched by layout.
public enum Containers {
    static func binary(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        let la = a.layout, lb = b.layout
        switch op {
        case 0:
            if la == QK_LAYOUT_BYTES && lb != la { return try Bytes.concat(a, b) }
            guard la == lb else { return nil }
            switch la {
            case QK_LAYOUT_STR: return Str.concat(a, b)
            case QK_LAYOUT_LIST: return List.make(List.elements(a) + List.elements(b))
            case QK_LAYOUT_TUPLE: return Tuple.make(Tuple.elements(a) + Tuple.elements(b))
            case QK_LAYOUT_BYTES: return Bytes.make(Bytes.array(a) + Bytes.array(b))
            default: return nil
            }
        case 5:
            let (seq, count): (Value, Value)
            if Ints.isInt(b) && (la == QK_LAYOUT_STR || la == QK_LAYOUT_LIST || la == QK_LAYOUT_TUPLE || la == QK_LAYOUT_BYTES) {
                (seq, count) = (a, b)
            } else if Ints.isInt(a) && (lb == QK_LAYOUT_STR || lb == QK_LAYOUT_LIST || lb == QK_LAYOUT_TUPLE || lb == QK_LAYOUT_BYTES) {
                (seq, count) = (b, a)
            } else {
                return nil
            }
            guard let n = Ints.exact(count) else { throw .overflow("cannot fit 'int' into an index-sized integer") }
            switch seq.layout {
            case QK_LAYOUT_STR: return try Strings.repeatedChecked(seq, n)
            case QK_LAYOUT_LIST: return List.make(Sequences.repeated(seq, n))
            case QK_LAYOUT_TUPLE: return n == 1 && seq.isExactly(Types.tuple) ? seq : Tuple.make(Sequences.repeated(seq, n))
            default: return Bytes.make(try Bytes.repeatedChecked(Bytes.array(seq), n))
            }
        case 6:
            if la == QK_LAYOUT_STR { return try Strings.percentFormat(a, b) }
            if la == QK_LAYOUT_BYTES { return try Bytes.percentFormat(a, b) }
            return nil
        case 7, 1, 10, 12:
            if la == QK_LAYOUT_SET && lb == QK_LAYOUT_SET { return try Sets.binary(a, b, op) }
            if op == 7 && la == QK_LAYOUT_DICT && lb == QK_LAYOUT_DICT {
                let d = Dict.copy(a)
                try Dicts.update(d, b)
                return d
            }
            if Views.isKeysLike(a) || Views.isKeysLike(b) { return try Views.setOp(a, b, op) }
            return nil
        default:
            return nil
        }
    }

    /// In-place forms that mutate: list += / *=, set |= &= -= ^=, dict |=.
    static func inplace(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value? {
        switch a.layout {
        case QK_LAYOUT_LIST:
            if op == 0 {
                try Lists.extend(a, b)
                return a
            }
            if op == 5, Ints.isInt(b) {
                let items = Sequences.repeated(a, Ints.exact(b) ?? 0)
                List.setCount(a, 0)
                for v in items { List.append(a, v) }
                return a
            }
        case QK_LAYOUT_SET where !SetTable.isFrozen(a) && b.isLayout(QK_LAYOUT_SET):
            switch op {
            case 7: try SetTable.update(a, b)
            case 1: SetTable.swapBodies(a, try SetTable.intersection(a, b))
            case 10: try SetTable.differenceUpdate(a, b)
            case 12: try SetTable.symmetricDifferenceUpdate(a, b)
            default: return nil
            }
            return a
        case QK_LAYOUT_DICT where op == 7:
            try Dicts.update(a, b)
            return a
        default: break
        }
        return nil
    }

    // Hooks for layouts defined in other files (views, iterators, boxes); nil = unsupported.
    static func length(_ v: Value) throws(PyError) -> Int? { try Views.length(v) }
    static func contains(_ v: Value, _ item: Value) throws(PyError) -> Bool? {
        if v.layout == QK_LAYOUT_BYTES { return try Bytes.contains(v, item) }
        return try Views.contains(v, item)
    }
    static func getItem(_ v: Value, _ key: Value) throws(PyError) -> Value? { nil }
    static func setItem(_ v: Value, _ key: Value, _ value: Value) throws(PyError) -> Bool { false }
}
