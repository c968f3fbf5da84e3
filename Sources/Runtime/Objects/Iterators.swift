// Native iterators (list, tuple, str, range, dict views, set, enumerate, zip, map, filter, ...)
// share one C layout, QKBox, and the QK_LAYOUT_ITER layout; each kind has its own type object
// (list_iterator, range_iterator, dict_keyiterator, ...) named as in CPython 3.13.
// Fields: `a`/`b`/`c`/`d` hold the iterated objects, `i` the position, `j` the kind in its low
// byte (IterKind.exhausted once the iterator has let go of its source).

import CSupport

public enum IterKind: Int64, CaseIterable {
    case list, tuple, str, range, dictKeys, dictValues, dictItems, sequence, enumerate, zip, map, filter
    case reversed, callable, bytes, exhausted
    case set, listReversed, dictReversedKeys, dictReversedValues, dictReversedItems
}

public enum Iterators {
    /// One type object per kind (index = IterKind.rawValue), created at start-up.
    nonisolated(unsafe) static var types: [TypePtr] = []
    nonisolated(unsafe) static var strIteratorType: TypePtr? = nil
    nonisolated(unsafe) static var longRangeIteratorType: TypePtr? = nil
    /// The kinds FOR_ITER specializes for (read on the hot path, so not through `types`).
    nonisolated(unsafe) static var listIteratorType: TypePtr? = nil
    nonisolated(unsafe) static var tupleIteratorType: TypePtr? = nil
    nonisolated(unsafe) static var rangeIteratorType: TypePtr? = nil

    static func typeName(_ k: IterKind) -> String {
        switch k {
        case .list: return "list_iterator"
        case .tuple: return "tuple_iterator"
        case .str: return "str_ascii_iterator"
        case .range: return "range_iterator"
        case .dictKeys: return "dict_keyiterator"
        case .dictValues: return "dict_valueiterator"
        case .dictItems: return "dict_itemiterator"
        case .sequence: return "iterator"
        case .enumerate: return "enumerate"
        case .zip: return "zip"
        case .map: return "map"
        case .filter: return "filter"
        case .reversed: return "reversed"
        case .callable: return "callable_iterator"
        case .bytes: return "bytes_iterator"
        case .exhausted: return "iterator"
        case .set: return "set_iterator"
        case .listReversed: return "list_reverseiterator"
        case .dictReversedKeys: return "dict_reversekeyiterator"
        case .dictReversedValues: return "dict_reversevalueiterator"
        case .dictReversedItems: return "dict_reverseitemiterator"
        }
    }

    /// Create the iterator types (before any iterator is made).
    static func bootstrap() {
        if !types.isEmpty { return }
        let box = MemoryLayout<QKBox>.size
        for k in IterKind.allCases {
            if k == .sequence || k == .exhausted {
                types.append(qk_types.iterator_)
                continue
            }
            let basetype: UInt32 = [.enumerate, .zip, .map, .filter, .reversed].contains(k) ? QK_TYPE_BASETYPE : 0
            types.append(Runtime.makeType(typeName(k), Types.object, QK_LAYOUT_ITER, box, flags: basetype))
        }
        listIteratorType = types[Int(IterKind.list.rawValue)]
        tupleIteratorType = types[Int(IterKind.tuple.rawValue)]
        rangeIteratorType = types[Int(IterKind.range.rawValue)]
        strIteratorType = Runtime.makeType("str_iterator", Types.object, QK_LAYOUT_ITER, box, flags: 0)
        longRangeIteratorType = Runtime.makeType("longrange_iterator", Types.object, QK_LAYOUT_ITER, box, flags: 0)
    }

    static func box(_ kind: IterKind, _ a: Value, _ b: Value = .null, index: Int = 0, type: TypePtr? = nil) -> Value {
        let t = type ?? (types.isEmpty ? qk_types.iterator_ : types[Int(kind.rawValue)])
        let p: UnsafeMutablePointer<QKBox> = Heap.allocate(t, size: max(MemoryLayout<QKBox>.size, Int(t.pointee.basicsize)), as: QKBox.self)
        p.pointee.a = a.raw
        p.pointee.b = b.raw
        p.pointee.i = Int64(index)
        p.pointee.j = kind.rawValue
        return Value(p)
    }

    @inline(__always) static func isNativeIterator(_ v: Value) -> Bool {
        v.isObject && (v.layout == QK_LAYOUT_ITER || v.isExactly(Types.generator))
    }

    static func isAscii(_ s: Value) -> Bool {
        let p = s.ptr(QKStr.self)
        if Str.width(p) != 1 { return false }
        let d = Str.data(p).assumingMemoryBound(to: UInt8.self)
        for i in 0..<Int(p.pointee.length) where d[i] >= 128 { return false }
        return true
    }

    static func rangeIterator(_ start: Value, _ step: Value, _ length: Value) -> Value {
        let long = !(start.isSmallInt && step.isSmallInt && length.isSmallInt)
        let it = box(.range, start, step, type: long ? longRangeIteratorType : nil)
        it.ptr(QKBox.self).pointee.c = length.raw
        return it
    }

    /// A dict/set iterator remembers the size it started with (`d`) and what is left (`c`).
    static func tableIterator(_ kind: IterKind, _ table: Value) -> Value {
        let it = box(kind, table)
        let n = Dict.count(table)
        it.ptr(QKBox.self).pointee.d = Value.int(n).raw
        it.ptr(QKBox.self).pointee.c = Value.int(n).raw
        if kind == .dictReversedKeys || kind == .dictReversedValues || kind == .dictReversedItems {
            it.ptr(QKBox.self).pointee.i = table.ptr(QKDict.self).pointee.nentries - 1
        }
        return it
    }

    /// iter() for builtin layouts; nil when the layout is not iterable natively.
    static func make(_ v: Value) throws(PyError) -> Value? {
        switch v.layout {
        case QK_LAYOUT_LIST: return box(.list, v)
        case QK_LAYOUT_TUPLE: return box(.tuple, v)
        case QK_LAYOUT_STR: return box(.str, v, type: isAscii(v) ? nil : strIteratorType)
        case QK_LAYOUT_BYTES: return box(.bytes, v)
        case QK_LAYOUT_RANGE:
            let r = v.ptr(QKRange.self).pointee
            return rangeIterator(Value(raw: r.start), Value(raw: r.step), Value(raw: r.length))
        case QK_LAYOUT_DICT: return tableIterator(.dictKeys, v)
        case QK_LAYOUT_SET: return tableIterator(.set, v)
        case QK_LAYOUT_GENERATOR: return v
        case QK_LAYOUT_ITER: return v
        default:
            if let view = Views.dictOf(v) { return tableIterator(Views.iterKind(v), view) }
            return nil
        }
    }

    static func sequenceIterator(_ v: Value) -> Value { box(.sequence, v) }

    @inline(__always) static func finish(_ p: UnsafeMutablePointer<QKBox>) -> Value? {
        p.pointee.j = IterKind.exhausted.rawValue
        p.pointee.a = 0
        p.pointee.b = 0
        return nil
    }

    public static func next(_ it: Value) throws(PyError) -> Value? {
        let p = it.ptr(QKBox.self)
        let a = Value(raw: p.pointee.a)
        let i = Int(p.pointee.i)
        guard let kind = IterKind(rawValue: p.pointee.j & 0xFF) else { return nil }
        switch kind {
        case .list:
            guard i < List.count(a) else { return finish(p) }
            p.pointee.i += 1
            return List.items(a)[i]
        case .tuple:
            guard i < Tuple.count(a) else { return finish(p) }
            p.pointee.i += 1
            return Tuple.items(a)[i]
        case .str:
            let s = a.ptr(QKStr.self)
            guard i < Int(s.pointee.length) else { return finish(p) }
            p.pointee.i += 1
            return Str.char(Str.codePoint(s, i))
        case .bytes:
            guard i < Int(a.ptr(QKBytes.self).pointee.length) else { return finish(p) }
            p.pointee.i += 1
            return .int(Int(Bytes.data(a)[i]))
        case .range:
            let n = Value(raw: p.pointee.c)
            let step = Value(raw: p.pointee.b)
            if n.isSmallInt && a.isSmallInt && step.isSmallInt {
                guard i < n.smallInt else { return nil }
                p.pointee.i += 1
                return .int(a.smallInt + i * step.smallInt)
            }
            guard BigIntValue(i) < Ints.big(n) else { return nil }
            p.pointee.i += 1
            return Ints.make(Ints.big(a) + BigIntValue(i) * Ints.big(step))
        case .dictKeys, .dictValues, .dictItems:
            let d = a.ptr(QKDict.self)
            let startUsed = Value(raw: p.pointee.d).smallInt
            if startUsed != Int(d.pointee.used) {
                p.pointee.d = Value.int(-1).raw
                throw .runtime("dictionary changed size during iteration")
            }
            guard let e = Dict.entry(a, from: i) else { return finish(p) }
            let left = Value(raw: p.pointee.c).smallInt
            if left <= 0 {
                _ = finish(p)
                throw .runtime("dictionary keys changed during iteration")
            }
            p.pointee.c = Value.int(left - 1).raw
            p.pointee.i = Int64(e.index + 1)
            switch kind {
            case .dictKeys: return e.key
            case .dictValues: return e.value
            default: return Tuple.make([e.key, e.value])
            }
        case .dictReversedKeys, .dictReversedValues, .dictReversedItems:
            let d = a.ptr(QKDict.self)
            let startUsed = Value(raw: p.pointee.d).smallInt
            if startUsed != Int(d.pointee.used) {
                p.pointee.d = Value.int(-1).raw
                throw .runtime("dictionary changed size during iteration")
            }
            var k = i
            guard let e = d.pointee.entries else { return finish(p) }
            while k >= 0 && (k >= Int(d.pointee.nentries) || e[k].key == 0) { k -= 1 }
            guard k >= 0 else { return finish(p) }
            p.pointee.i = Int64(k - 1)
            let key = Value(raw: e[k].key), value = Value(raw: e[k].value)
            switch kind {
            case .dictReversedKeys: return key
            case .dictReversedValues: return value
            default: return Tuple.make([key, value])
            }
        case .set:
            let s = a.ptr(QKSet.self)
            if Value(raw: p.pointee.d).smallInt != Int(s.pointee.used) {
                p.pointee.d = Value.int(-1).raw
                throw .runtime("Set changed size during iteration")
            }
            guard let e = SetTable.next(s, i) else { return finish(p) }
            p.pointee.i = Int64(e.index + 1)
            p.pointee.c = Value.int(Value(raw: p.pointee.c).smallInt - 1).raw
            return e.key
        case .sequence:
            do {
                let v = try Ops.getItem(a, .int(i))
                p.pointee.i += 1
                return v
            } catch {
                if error.matches(qk_exc.IndexError) || error.matches(qk_exc.StopIteration) { return finish(p) }
                throw error
            }
        case .enumerate:
            guard let v = try Ops.next(a) else { return nil }
            let count = Value(raw: p.pointee.b)
            p.pointee.b = (count.isSmallInt ? Value.int(count.smallInt + 1) : Ints.make(Ints.big(count) + 1)).raw
            return Tuple.make([count, v])
        case .zip:
            return try zipNext(p, a)
        case .map:
            let its = Value(raw: p.pointee.b)
            var args: [Value] = []
            args.reserveCapacity(Tuple.count(its))
            for k in 0..<Tuple.count(its) {
                guard let v = try Ops.next(Tuple.items(its)[k]) else { return nil }
                args.append(v)
            }
            return try callValues(a, args)
        case .filter:
            let src = Value(raw: p.pointee.b)
            while let v = try Ops.next(src) {
                let keep: Bool
                if a.isNone || a == Value(Types.bool) { keep = try Ops.truthy(v) } else { keep = try Ops.truthy(try callValues(a, [v])) }
                if keep { return v }
            }
            return nil
        case .reversed:
            guard i >= 0 else { return finish(p) }
            p.pointee.i -= 1
            do {
                return try Ops.getItem(a, .int(i))
            } catch {
                if error.matches(qk_exc.IndexError) || error.matches(qk_exc.StopIteration) {
                    p.pointee.i = -1
                    return finish(p)
                }
                throw error
            }
        case .listReversed:
            guard i >= 0 && i < List.count(a) else {
                p.pointee.i = -1
                return finish(p)
            }
            p.pointee.i -= 1
            return List.items(a)[i]
        case .callable:
            let v: Value
            do {
                v = try callValues(a, [])
            } catch {
                if error.matches(qk_exc.StopIteration) { return finish(p) }
                throw error
            }
            if try Ops.keyEqual(v, Value(raw: p.pointee.b)) { return finish(p) }
            return v
        case .exhausted:
            return nil
        }
    }

    /// zip.__next__, with strict=True's length checks (flag in `i`).
    static func zipNext(_ p: UnsafeMutablePointer<QKBox>, _ its: Value) throws(PyError) -> Value? {
        let n = Tuple.count(its)
        if n == 0 { return nil }
        let strict = p.pointee.i != 0
        var out: [Value] = []
        out.reserveCapacity(n)
        for k in 0..<n {
            guard let v = try Ops.next(Tuple.items(its)[k]) else {
                if !strict { return nil }
                if k > 0 {
                    throw .value("zip() argument \(k + 1) is shorter than argument\(k == 1 ? " " : "s 1-")\(k)")
                }
                for m in 1..<max(n, 1) where m < n {
                    if try Ops.next(Tuple.items(its)[m]) != nil {
                        throw .value("zip() argument \(m + 1) is longer than argument\(m == 1 ? " " : "s 1-")\(m)")
                    }
                }
                return nil
            }
            out.append(v)
        }
        return Tuple.make(out)
    }

    /// __length_hint__ of the sized iterators.
    static func lengthHint(_ it: Value) -> Int? {
        let p = it.ptr(QKBox.self)
        let a = Value(raw: p.pointee.a)
        let i = Int(p.pointee.i)
        guard let kind = IterKind(rawValue: p.pointee.j & 0xFF) else { return nil }
        switch kind {
        case .list: return max(0, List.count(a) - i)
        case .tuple: return max(0, Tuple.count(a) - i)
        case .str: return max(0, Str.count(a) - i)
        case .bytes: return max(0, Int(a.ptr(QKBytes.self).pointee.length) - i)
        case .range:
            guard let n = Ints.exact(Value(raw: p.pointee.c)) else { return nil }
            return max(0, n - i)
        case .dictKeys, .dictValues, .dictItems, .set:
            let startUsed = Value(raw: p.pointee.d).smallInt
            return startUsed == Dict.count(a) ? Value(raw: p.pointee.c).smallInt : 0
        case .listReversed:
            return i >= 0 && i < List.count(a) ? i + 1 : 0
        case .reversed: return max(0, i + 1)
        case .exhausted: return 0
        default: return nil
        }
    }
}

/// dict.keys()/values()/items() views: a QKBox whose `a` is the dict.
public enum Views {
    static func make(_ d: Value, _ kind: IterKind) -> Value {
        let t: TypePtr = kind == .dictKeys ? qk_types.dict_keys_ : (kind == .dictValues ? qk_types.dict_values_ : qk_types.dict_items_)
        let p: UnsafeMutablePointer<QKBox> = Heap.allocate(t, size: MemoryLayout<QKBox>.size, as: QKBox.self)
        p.pointee.a = d.raw
        return Value(p)
    }

    static func dictOf(_ v: Value) -> Value? {
        guard v.isObject else { return nil }
        let t = v.object.pointee.ob_type
        if t == qk_types.dict_keys_ || t == qk_types.dict_values_ || t == qk_types.dict_items_ {
            return Value(raw: v.ptr(QKBox.self).pointee.a)
        }
        return nil
    }

    static func iterKind(_ v: Value) -> IterKind {
        let t = v.object.pointee.ob_type
        return t == qk_types.dict_keys_ ? .dictKeys : (t == qk_types.dict_values_ ? .dictValues : .dictItems)
    }

    static func isKeysLike(_ v: Value) -> Bool {
        v.isObject && (v.object.pointee.ob_type == qk_types.dict_keys_ || v.object.pointee.ob_type == qk_types.dict_items_)
    }

    static func length(_ v: Value) throws(PyError) -> Int? {
        guard let d = dictOf(v) else { return nil }
        return Dict.count(d)
    }

    static func contains(_ v: Value, _ item: Value) throws(PyError) -> Bool? {
        guard let d = dictOf(v) else { return nil }
        switch iterKind(v) {
        case .dictKeys: return try Dict.get(d, item) != nil
        case .dictItems:
            guard item.isLayout(QK_LAYOUT_TUPLE), Tuple.count(item) == 2 else { return false }
            guard let val = try Dict.get(d, Tuple.items(item)[0]) else { return false }
            return try Ops.keyEqual(val, Tuple.items(item)[1])
        default:
            for (_, val) in Dict.items(d) where try Ops.keyEqual(val, item) { return true }
            return false
        }
    }

    /// Set operators on keys/items views (dictviews_or, _and, _sub, _xor): the result is a set.
    static func setOp(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        // CPython builds a set from the left operand (or the right one for the reflected case).
        let result = try SetTable.from(a, frozen: false)
        switch op {
        case 7: try SetTable.update(result, b)
        case 1: return try intersect(a, b)
        case 10: try SetTable.differenceUpdate(result, b)
        default: try SetTable.symmetricDifferenceUpdate(result, b)
        }
        return result
    }

    /// _PyDictView_Intersect.
    static func intersect(_ x: Value, _ y: Value) throws(PyError) -> Value {
        var view = x, other = y
        if !isKeysLike(view) { swap(&view, &other) }
        let lenSelf = try Ops.length(view)
        if other.isExactly(Types.set) && lenSelf <= SetTable.count(other) {
            return try SetTable.intersection(other, view)
        }
        if isKeysLike(other), try Ops.length(other) > lenSelf { swap(&view, &other) }
        let result = SetTable.new(Types.set, frozen: false)
        let it = try Ops.iter(other)
        while let k = try Ops.next(it) { if try Ops.contains(view, k) { try SetTable.add(result, k) } }
        return result
    }

    /// dictviews_isdisjoint.
    static func isDisjoint(_ view: Value, _ other: Value) throws(PyError) -> Bool {
        if view == other { return Dict.count(dictOf(view)!) == 0 }
        let it = try Ops.iter(other)
        while let k = try Ops.next(it) { if try Ops.contains(view, k) { return false } }
        return true
    }

    /// Rich comparison of keys/items views: set-like.
    static func compare(_ a: Value, _ b: Value, _ op: Int) throws(PyError) -> Value {
        let bIsSetLike = isKeysLike(b) || b.isLayout(QK_LAYOUT_SET)
        guard isKeysLike(a), bIsSetLike else { return .notImplemented }
        let la = try Ops.length(a), lb = try Ops.length(b)
        func allContained(_ x: Value, _ y: Value) throws(PyError) -> Bool {
            let it = try Ops.iter(x)
            while let k = try Ops.next(it) { if !(try Ops.contains(y, k)) { return false } }
            return true
        }
        switch op {
        case 2: return .bool(la == lb ? try allContained(a, b) : false)
        case 3: return .bool(!(la == lb ? try allContained(a, b) : false))
        case 0: return .bool(la < lb ? try allContained(a, b) : false)
        case 1: return .bool(la <= lb ? try allContained(a, b) : false)
        case 4: return .bool(la > lb ? try allContained(b, a) : false)
        default: return .bool(la >= lb ? try allContained(b, a) : false)
        }
    }
}
