// Native iterators (list, tuple, str, range, dict views, enumerate, zip, map, filter, ...)
// share one C layout, QKBox: `a`/`b` hold the iterated objects, `i` the position, `j` the kind.

import CSupport

public enum IterKind: Int64 {
    case list, tuple, str, range, dictKeys, dictValues, dictItems, sequence, enumerate, zip, map, filter
    case reversed, callable, bytes, exhausted
}

public enum Iterators {
    static func box(_ kind: IterKind, _ a: Value, _ b: Value = .null, index: Int = 0) -> Value {
        let p: UnsafeMutablePointer<QKBox> = Heap.allocate(qk_types.iterator_, size: MemoryLayout<QKBox>.size, as: QKBox.self)
        p.pointee.a = a.raw
        p.pointee.b = b.raw
        p.pointee.i = Int64(index)
        p.pointee.j = kind.rawValue
        return Value(p)
    }

    static func isNativeIterator(_ v: Value) -> Bool { v.isExactly(qk_types.iterator_) || v.isExactly(Types.generator) }

    /// iter() for builtin layouts; nil when the layout is not iterable natively.
    static func make(_ v: Value) throws(PyError) -> Value? {
        switch v.layout {
        case QK_LAYOUT_LIST: return box(.list, v)
        case QK_LAYOUT_TUPLE: return box(.tuple, v)
        case QK_LAYOUT_STR: return box(.str, v)
        case QK_LAYOUT_BYTES: return box(.bytes, v)
        case QK_LAYOUT_RANGE:
            let r = v.ptr(QKRange.self).pointee
            return box(.range, Value(raw: r.start), Value(raw: r.step), index: 0).with(c: Value(raw: r.length))
        case QK_LAYOUT_DICT, QK_LAYOUT_SET: return box(.dictKeys, v)
        case QK_LAYOUT_GENERATOR: return v
        case QK_LAYOUT_ITER where v.isExactly(qk_types.iterator_): return v
        default:
            if let view = Views.dictOf(v) { return box(Views.iterKind(v), view) }
            return nil
        }
    }

    static func sequenceIterator(_ v: Value) -> Value { box(.sequence, v) }

    public static func next(_ it: Value) throws(PyError) -> Value? {
        let p = it.ptr(QKBox.self)
        let a = Value(raw: p.pointee.a)
        let i = Int(p.pointee.i)
        switch IterKind(rawValue: p.pointee.j & 0xFF)! {
        case .list:
            guard i < List.count(a) else { p.pointee.j = IterKind.exhausted.rawValue; return nil }
            p.pointee.i += 1
            return List.items(a)[i]
        case .tuple:
            guard i < Tuple.count(a) else { return nil }
            p.pointee.i += 1
            return Tuple.items(a)[i]
        case .str:
            let s = a.ptr(QKStr.self)
            guard i < Int(s.pointee.length) else { return nil }
            p.pointee.i += 1
            return Str.char(Str.codePoint(s, i))
        case .bytes:
            guard i < Int(a.ptr(QKBytes.self).pointee.length) else { return nil }
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
            // The size seen at the first step lives above the kind byte of `j` (not a traced field).
            let kind = p.pointee.j & 0xFF
            if p.pointee.j >> 8 == 0 { p.pointee.j = kind | ((d.pointee.used + 1) << 8) }
            if d.pointee.used + 1 != p.pointee.j >> 8 {
                let what = a.layout == QK_LAYOUT_SET ? "set" : "dictionary"
                p.pointee.j = kind | ((d.pointee.used + 1) << 8)
                throw .runtime("\(what) changed size during iteration")
            }
            guard let e = Dict.entry(a, from: i) else { return nil }
            p.pointee.i = Int64(e.index + 1)
            switch IterKind(rawValue: p.pointee.j & 0xFF)! {
            case .dictKeys: return e.key
            case .dictValues: return e.value
            default: return Tuple.make([e.key, e.value])
            }
        case .sequence:
            do {
                let v = try Ops.getItem(a, .int(i))
                p.pointee.i += 1
                return v
            } catch {
                if error.matches(qk_exc.IndexError) || error.matches(qk_exc.StopIteration) {
                    p.pointee.j = IterKind.exhausted.rawValue
                    return nil
                }
                throw error
            }
        case .enumerate:
            guard let v = try Ops.next(a) else { return nil }
            let count = Value(raw: p.pointee.b)
            p.pointee.b = (count.isSmallInt ? Value.int(count.smallInt + 1) : Ints.make(Ints.big(count) + 1)).raw
            return Tuple.make([count, v])
        case .zip:
            var out: [Value] = []
            for sub in Tuple.elements(a) {
                guard let v = try Ops.next(sub) else { return nil }
                out.append(v)
            }
            if out.isEmpty { return nil }
            return Tuple.make(out)
        case .map:
            var args: [Value] = []
            for sub in Tuple.elements(Value(raw: p.pointee.b)) {
                guard let v = try Ops.next(sub) else { return nil }
                args.append(v)
            }
            return try callValues(a, args)
        case .filter:
            let src = Value(raw: p.pointee.b)
            while let v = try Ops.next(src) {
                let keep = a.isNone ? try Ops.truthy(v) : try Ops.truthy(try callValues(a, [v]))
                if keep { return v }
            }
            return nil
        case .reversed:
            guard i >= 0 else { return nil }
            p.pointee.i -= 1
            if a.layout == QK_LAYOUT_LIST {
                guard i < List.count(a) else { p.pointee.i = -1; return nil }
                return List.items(a)[i]
            }
            return try Ops.getItem(a, .int(i))
        case .callable:
            let v = try callValues(a, [])
            if try Ops.equal(v, Value(raw: p.pointee.b)) {
                p.pointee.j = IterKind.exhausted.rawValue
                return nil
            }
            return v
        case .exhausted:
            return nil
        }
    }
}

extension Value {
    fileprivate func with(c: Value) -> Value {
        ptr(QKBox.self).pointee.c = c.raw
        return self
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
            guard item.isExactly(Types.tuple), Tuple.count(item) == 2 else { return false }
            guard let val = try Dict.get(d, Tuple.items(item)[0]) else { return false }
            return try Ops.keyEqual(val, Tuple.items(item)[1])
        default:
            for (_, val) in Dict.items(d) where try Ops.keyEqual(val, item) { return true }
            return false
        }
    }
}
