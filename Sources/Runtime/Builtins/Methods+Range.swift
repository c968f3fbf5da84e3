// range and slice methods, and the iteration builtins (iter, next, reversed, enumerate, zip,
// map, filter, sorted, sum) with CPython 3.13's semantics and messages. enumerate, zip, map,
// filter and reversed are types, as in CPython.

import BigInt
import CSupport

enum RangeMethods {
    static func fields(_ r: Value) -> (start: BigIntValue, stop: BigIntValue, step: BigIntValue, length: BigIntValue) {
        let p = r.ptr(QKRange.self).pointee
        return (Ints.big(Value(raw: p.start)), Ints.big(Value(raw: p.stop)), Ints.big(Value(raw: p.step)), Ints.big(Value(raw: p.length)))
    }

    /// An int or __index__ value as a big int.
    static func bigIndex(_ v: Value, _ message: String) throws(PyError) -> BigIntValue {
        if Ints.isInt(v) { return Ints.big(v) }
        if let m = Ops.userMethod(v.type, Names.__index__) {
            let r = try callValues(m, [v])
            guard Ints.isInt(r) else { throw .type("__index__ returned non-int (type \(r.type.name))") }
            return Ints.big(r)
        }
        throw .type(message)
    }

    /// PySlice_GetIndicesEx / slice.indices with arbitrary-size ints: (start, stop, step).
    static func sliceIndices(_ slice: Value, _ length: BigIntValue) throws(PyError) -> (BigIntValue, BigIntValue, BigIntValue) {
        let s = slice.ptr(QKSlice.self).pointee
        let msg = "slice indices must be integers or None or have an __index__ method"
        var step: BigIntValue = 1
        if !Value(raw: s.step).isNone {
            step = try bigIndex(Value(raw: s.step), msg)
            if step == 0 { throw .value("slice step cannot be zero") }
        }
        let neg = step < 0
        let lower: BigIntValue = neg ? -1 : 0
        let upper: BigIntValue = neg ? length - 1 : length
        func adjust(_ v: Value, _ def: BigIntValue) throws(PyError) -> BigIntValue {
            if v.isNone { return def }
            var i = try bigIndex(v, msg)
            if i < 0 {
                i += length
                if i < lower { i = lower }
            } else if i > upper {
                i = upper
            }
            return i
        }
        let start = try adjust(Value(raw: s.start), neg ? upper : lower)
        let stop = try adjust(Value(raw: s.stop), neg ? lower : upper)
        return (start, stop, step)
    }

    static func getItem(_ r: Value, _ key: Value) throws(PyError) -> Value {
        let f = fields(r)
        if key.isLayout(QK_LAYOUT_SLICE) {
            let (s, e, st) = try sliceIndices(key, f.length)
            return try Ranges.make(Ints.make(f.start + s * f.step), Ints.make(f.start + e * f.step), Ints.make(f.step * st))
        }
        var i = try bigIndex(key, "range indices must be integers or slices, not \(key.type.name)")
        if i < 0 { i += f.length }
        if i < 0 || i >= f.length { throw .index("range object index out of range") }
        return Ints.make(f.start + i * f.step)
    }

    static func containsInt(_ r: Value, _ x: BigIntValue) -> Bool {
        let f = fields(r)
        if f.step > 0 { if x < f.start || x >= f.stop { return false } } else if x > f.start || x <= f.stop { return false }
        return (x - f.start) % f.step == 0
    }

    static func isExactInt(_ v: Value) -> Bool { v.isSmallInt || v.isExactly(Types.int) || v.isExactly(Types.bool) }

    static func register() {
        let r = Types.range
        Native.method(r, "index") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("range.index", min: 1, max: 1)
            let x = a[0]
            if isExactInt(x) {
                let b = Ints.big(x)
                guard containsInt(a.receiver, b) else { throw .value("\(try Ops.reprString(x)) is not in range") }
                let f = fields(a.receiver)
                return Ints.make((b - f.start) / f.step)
            }
            var i = 0
            let it = try Ops.iter(a.receiver)
            while let v = try Ops.next(it) {
                if try Ops.keyEqual(v, x) { return .int(i) }
                i += 1
            }
            throw .value("sequence.index(x): x not in sequence")
        }
        Native.method(r, "count") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("range.count", min: 1, max: 1)
            let x = a[0]
            if isExactInt(x) { return .int(containsInt(a.receiver, Ints.big(x)) ? 1 : 0) }
            var c = 0
            let it = try Ops.iter(a.receiver)
            while let v = try Ops.next(it) { if try Ops.keyEqual(v, x) { c += 1 } }
            return .int(c)
        }
        Native.method(r, "__reversed__") { (a: inout Args) throws(PyError) -> Value in
            let f = fields(a.receiver)
            let last = f.start + (f.length - 1) * f.step
            return Iterators.rangeIterator(Ints.make(f.length == 0 ? f.start : last), Ints.make(-f.step), Ints.make(f.length))
        }
        Native.method(r, "__len__") { (a: inout Args) throws(PyError) -> Value in .int(try Ranges.length(a.receiver)) }
        Native.method(r, "__getitem__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("range.__getitem__", min: 1, max: 1)
            return try getItem(a.receiver, a[0])
        }
        Native.method(r, "__contains__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("range.__contains__", min: 1, max: 1)
            return .bool(try Ranges.contains(a.receiver, a[0]))
        }
        Native.method(r, "__iter__") { (a: inout Args) throws(PyError) -> Value in try Iterators.make(a.receiver)! }
        Native.method(r, "__bool__") { (a: inout Args) throws(PyError) -> Value in .bool(fields(a.receiver).length != 0) }
        Native.method(r, "__hash__") { (a: inout Args) throws(PyError) -> Value in
            let p = a.receiver.ptr(QKRange.self).pointee
            return .int(try Tuples.hashItems(rangeHashItems(a.receiver, p)))
        }
        CoreMethods.compareMethod(r, { $0.isLayout(QK_LAYOUT_RANGE) }) { (x, y, op) throws(PyError) -> Value in
            guard op == 2 || op == 3 else { return .notImplemented }
            return .bool(try Ranges.equal(x, y) == (op == 2))
        }

        let s = Types.slice
        Native.method(s, "indices") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("slice.indices", min: 1, max: 1)
            let n = try bigIndex(a[0], "'\(a[0].type.name)' object cannot be interpreted as an integer")
            if n < 0 { throw .value("length should not be negative") }
            let (start, stop, step) = try sliceIndices(a.receiver, n)
            return Tuple.make([Ints.make(start), Ints.make(stop), Ints.make(step)])
        }
        CoreMethods.compareMethod(s, { $0.isLayout(QK_LAYOUT_SLICE) }) { (x, y, op) throws(PyError) -> Value in
            try Slices.compare(x, y, op)
        }
    }

    /// range_hash: hash((len, start, step)) with None for what does not matter.
    static func rangeHashItems(_ r: Value, _ p: QKRange) -> [Value] {
        let n = Ints.big(Value(raw: p.length))
        if n == 0 { return [Value(raw: p.length), .none, .none] }
        if n == 1 { return [Value(raw: p.length), Value(raw: p.start), .none] }
        return [Value(raw: p.length), Value(raw: p.start), Value(raw: p.step)]
    }
}

extension Slices {
    /// slice_richcompare: compare (start, stop, step) tuples.
    static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        if a == b && (op == 2 || op == 3) { return .bool(op == 2) }
        func t(_ v: Value) -> Value {
            let s = v.ptr(QKSlice.self).pointee
            return Tuple.make([Value(raw: s.start), Value(raw: s.stop), Value(raw: s.step)])
        }
        return try Sequences.compare(t(a), t(b), op)
    }
}

/// Hooks for the comparison of layouts that have no direct builtin comparison.
extension Containers {
    static func compare(_ a: Value, _ b: Value, _ la: QKLayout, _ lb: QKLayout, _ op: Int) throws(PyError) -> Value? {
        if la == QK_LAYOUT_SLICE && lb == QK_LAYOUT_SLICE { return try Slices.compare(a, b, op) }
        if Views.isKeysLike(a), Views.isKeysLike(b) || lb == QK_LAYOUT_SET {
            let r = try Views.compare(a, b, op)
            return r == .notImplemented ? nil : r
        }
        if Views.isKeysLike(b), la == QK_LAYOUT_SET {
            let r = try Views.compare(b, a, Ops.swappedOp[op])
            return r == .notImplemented ? nil : r
        }
        return nil
    }
}

enum IterBuiltins {
    static func type(_ k: IterKind) -> TypePtr { Iterators.types[Int(k.rawValue)] }

    static func put(_ name: String, _ t: TypePtr) {
        Dict.setStr(Builtins.dict, name, Value(t))
    }

    /// Called at the end of Builtins.register (the builtins dict exists only then): these
    /// replace the generic definitions.
    static func install() {
        let d = Builtins.dict
        func def(_ name: String, _ fn: @escaping NativeFunction) { Dict.setStr(d, name, Native.function(name, fn)) }

        Constructors.new(type(.enumerate)) { (a: inout Args) throws(PyError) -> Value in
            let t = Constructors.cls(&a)
            try a.expect("enumerate", min: 1, max: 2, keywords: ["iterable", "start"])
            guard let src = a.arg(0, "iterable") else { throw .type("enumerate() missing required argument 'iterable'") }
            var start = a.arg(1, "start") ?? .int(0)
            if !Ints.isInt(start) {
                guard let m = Ops.userMethod(start.type, Names.__index__) else {
                    throw .type("'\(start.type.name)' object cannot be interpreted as an integer")
                }
                start = try callValues(m, [start])
            }
            if start.isExactly(Types.bool) { start = .int(start == .true_ ? 1 : 0) }
            return Iterators.box(.enumerate, try Ops.iter(src), start, type: t)
        }
        put("enumerate", type(.enumerate))

        Constructors.new(type(.zip)) { (a: inout Args) throws(PyError) -> Value in
            let t = Constructors.cls(&a)
            try a.expect("zip", min: 0, max: Int.max, keywords: ["strict"])
            let strict = try a.keyword("strict").map { (v) throws(PyError) in try Ops.truthy(v) } ?? false
            var its: [Value] = []
            for i in 0..<a.count { its.append(try Ops.iter(a[i])) }
            return Iterators.box(.zip, Tuple.make(its), index: strict ? 1 : 0, type: t)
        }
        put("zip", type(.zip))

        Constructors.new(type(.map)) { (a: inout Args) throws(PyError) -> Value in
            let t = Constructors.cls(&a)
            try a.expect("map", min: 0, max: Int.max)
            guard a.count >= 2 else { throw .type("map() must have at least two arguments.") }
            var its: [Value] = []
            for i in 1..<a.count { its.append(try Ops.iter(a[i])) }
            return Iterators.box(.map, a[0], Tuple.make(its), type: t)
        }
        put("map", type(.map))

        Constructors.new(type(.filter)) { (a: inout Args) throws(PyError) -> Value in
            let t = Constructors.cls(&a)
            try a.expect("filter", min: 2, max: 2)
            return Iterators.box(.filter, a[0], try Ops.iter(a[1]), type: t)
        }
        put("filter", type(.filter))

        Constructors.new(type(.reversed)) { (a: inout Args) throws(PyError) -> Value in
            let t = Constructors.cls(&a)
            try a.expect("reversed", min: 1, max: 1)
            let v = a[0]
            if let r = Ops.userMethod(v.type, Names.__reversed__) {
                if r.isNone { throw .type("'\(v.type.name)' object is not reversible") }
                return try callValues(r, [v])
            }
            switch v.layout {
            case QK_LAYOUT_LIST: return Iterators.box(.listReversed, v, index: List.count(v) - 1)
            case QK_LAYOUT_DICT: return Iterators.tableIterator(.dictReversedKeys, v)
            case QK_LAYOUT_RANGE:
                let f = RangeMethods.fields(v)
                return Iterators.rangeIterator(Ints.make(f.length == 0 ? f.start : f.start + (f.length - 1) * f.step),
                                               Ints.make(-f.step), Ints.make(f.length))
            case QK_LAYOUT_TUPLE, QK_LAYOUT_STR, QK_LAYOUT_BYTES:
                return Iterators.box(.reversed, v, index: try Ops.length(v) - 1, type: t)
            default:
                if let view = Views.dictOf(v) {
                    let k: IterKind = Views.iterKind(v) == .dictKeys ? .dictReversedKeys
                        : (Views.iterKind(v) == .dictValues ? .dictReversedValues : .dictReversedItems)
                    return Iterators.tableIterator(k, view)
                }
                if let m = lookupInMRO(v.type, Names.__reversed__), !m.isNone, !v.type.isHeapType {
                    return try callValues(m, [v])
                }
                guard v.type.isHeapType, Ops.userMethod(v.type, Names.__getitem__) != nil, v.layout != QK_LAYOUT_DICT else {
                    throw .type("'\(v.type.name)' object is not reversible")
                }
                return Iterators.box(.reversed, v, index: try Ops.length(v) - 1, type: t)
            }
        }
        put("reversed", type(.reversed))

        def("iter") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("iter", min: 1, max: 2)
            if a.count == 2 {
                let f = a[0]
                let callable: Bool
                switch f.layout {
                case QK_LAYOUT_FUNCTION, QK_LAYOUT_NATIVE, QK_LAYOUT_METHOD, QK_LAYOUT_TYPE: callable = true
                default: callable = f.isObject && lookupInMRO(f.type, Names.__call__) != nil
                }
                guard callable else { throw .type("iter(v, w): v must be callable") }
                return Iterators.box(.callable, f, a[1])
            }
            return try Ops.iter(a[0])
        }

        def("sorted") { (a: inout Args) throws(PyError) -> Value in
            if a.count != 1 { throw .type("sorted expected 1 argument, got \(a.count)") }
            try a.expect("sort", min: 1, max: 1, keywords: ["key", "reverse"])
            let l = List.make(try Ops.toArray(a[0]))
            let mark = Heap.rootMark
            Heap.pushRoot(l)
            defer { Heap.popRoots(to: mark) }
            let key = a.keyword("key").flatMap { $0.isNone ? nil : $0 }
            let reverse = try a.keyword("reverse").map { (v) throws(PyError) -> Bool in
                if v.isDouble { throw .type("'float' object cannot be interpreted as an integer") }
                return try Ops.truthy(v)
            } ?? false
            try ListSort.sortList(l, key: key, reverse: reverse)
            return l
        }

        def("sum") { (a: inout Args) throws(PyError) -> Value in try sum(&a) }
    }

    /// builtin_sum_impl: exact-int and float fast paths (Neumaier-compensated for floats).
    static func sum(_ a: inout Args) throws(PyError) -> Value {
        try a.expect("sum", min: 1, max: 2, keywords: ["start"])
        var result = a.arg(1, "start") ?? .int(0)
        if result.isObject {
            switch result.layout {
            case QK_LAYOUT_STR: throw .type("sum() can't sum strings [use ''.join(seq) instead]")
            case QK_LAYOUT_BYTES: throw .type("sum() can't sum bytes [use b''.join(seq) instead]")
            default:
                if result.type.name == "bytearray" { throw .type("sum() can't sum bytearray [use b''.join(seq) instead]") }
            }
        }
        let it = try Ops.iter(a[0])
        var pending: Value? = nil
        if result.isSmallInt {
            var acc = result.smallInt
            while true {
                guard let item = try Ops.next(it) else { return .int(acc) }
                if item.isSmallInt {
                    let (r, o) = acc.addingReportingOverflow(item.smallInt)
                    if !o { acc = r; continue }
                } else if item.isExactly(Types.bool) {
                    acc += item == .true_ ? 1 : 0
                    continue
                }
                result = try Ops.binary(.int(acc), item, 0)
                break
            }
        }
        if result.isDouble {
            var f = result.double
            var c = 0.0
            while true {
                guard let item = try Ops.next(it) else {
                    if c != 0 && c.isFinite { f += c }
                    return .float(f)
                }
                if item.isDouble {
                    let x = item.double
                    let t = f + x
                    if abs(f) >= abs(x) { c += (f - t) + x } else { c += (x - t) + f }
                    f = t
                    continue
                }
                if item.isSmallInt || item.isExactly(Types.bool) {
                    f += item.isSmallInt ? Double(item.smallInt) : (item == .true_ ? 1 : 0)
                    continue
                }
                if c != 0 && c.isFinite { f += c }
                pending = item
                result = .float(f)
                break
            }
        }
        if let p = pending { result = try Ops.binary(result, p, 0) }
        while let item = try Ops.next(it) { result = try Ops.binary(result, item, 0) }
        return result
    }
}
