// Python-visible methods of list, tuple, dict and set.

import BigInt
import CSupport
#if canImport(Glibc)
import Glibc
#endif

enum CoreMethods {
    static func register() {
        let l = Types.list
        Native.method(l, "append") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.append", min: 1, max: 1)
            List.append(a.receiver, a[0])
            return .none
        }
        Native.method(l, "extend") { (a: inout Args) throws(PyError) -> Value in
            try Lists.extend(a.receiver, a[0])
            return .none
        }
        Native.method(l, "pop") { (a: inout Args) throws(PyError) -> Value in
            let n = List.count(a.receiver)
            if n == 0 { throw .index("pop from empty list") }
            var i = a.count > 0 ? (Ints.exact(a[0]) ?? n) : n - 1
            if i < 0 { i += n }
            if i < 0 || i >= n { throw .index("pop index out of range") }
            let items = List.items(a.receiver)
            let v = items[i]
            for k in i..<(n - 1) { items[k] = items[k + 1] }
            List.setCount(a.receiver, n - 1)
            return v
        }
        Native.method(l, "insert") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("insert", min: 2, max: 2)
            let n = List.count(a.receiver)
            var i = Ints.exact(a[0]) ?? 0
            if i < 0 { i = max(0, i + n) }
            i = min(i, n)
            List.append(a.receiver, .none)
            let items = List.items(a.receiver)
            var k = n
            while k > i { items[k] = items[k - 1]; k -= 1 }
            items[i] = a[1]
            return .none
        }
        Native.method(l, "remove") { (a: inout Args) throws(PyError) -> Value in
            let n = List.count(a.receiver)
            for i in 0..<n where try Ops.keyEqual(List.items(a.receiver)[i], a[0]) {
                let items = List.items(a.receiver)
                for k in i..<(n - 1) { items[k] = items[k + 1] }
                List.setCount(a.receiver, n - 1)
                return .none
            }
            throw .value("list.remove(x): x not in list")
        }
        Native.method(l, "index") { (a: inout Args) throws(PyError) -> Value in
            let n = List.count(a.receiver)
            var start = a.count > 1 ? (Ints.exact(a[1]) ?? 0) : 0
            var stop = a.count > 2 ? (Ints.exact(a[2]) ?? n) : n
            if start < 0 { start = max(0, start + n) }
            if stop < 0 { stop = max(0, stop + n) }
            var i = start
            while i < min(stop, List.count(a.receiver)) {
                if try Ops.keyEqual(List.items(a.receiver)[i], a[0]) { return .int(i) }
                i += 1
            }
            throw .value("\(try Ops.reprString(a[0])) is not in list")
        }
        Native.method(l, "count") { (a: inout Args) throws(PyError) -> Value in
            var c = 0
            for v in List.elements(a.receiver) where try Ops.keyEqual(v, a[0]) { c += 1 }
            return .int(c)
        }
        Native.method(l, "reverse") { (a: inout Args) throws(PyError) -> Value in
            let items = List.elements(a.receiver).reversed()
            for (i, v) in items.enumerated() { List.items(a.receiver)[i] = v }
            return .none
        }
        Native.method(l, "copy") { (a: inout Args) throws(PyError) -> Value in List.make(List.elements(a.receiver)) }
        Native.method(l, "clear") { (a: inout Args) throws(PyError) -> Value in
            List.setCount(a.receiver, 0)
            return .none
        }
        Native.method(l, "sort") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("sort", min: 0, max: 0, keywords: ["key", "reverse"])
            var items = List.elements(a.receiver)
            let key = a.keyword("key").flatMap { $0.isNone ? nil : $0 }
            // Empty the list while sorting, as CPython does, so mutation is detected.
            List.setCount(a.receiver, 0)
            try Builtins.sort(&items, key: key, reverse: try a.keyword("reverse").map { (v) throws(PyError) in try Ops.truthy(v) } ?? false)
            if List.count(a.receiver) != 0 { throw .value("list modified during sort") }
            for v in items { List.append(a.receiver, v) }
            return .none
        }
        Native.method(l, "__getitem__") { (a: inout Args) throws(PyError) -> Value in try Lists.getItem(a.receiver, a[0]) }
        Native.method(l, "__setitem__") { (a: inout Args) throws(PyError) -> Value in
            try Lists.setItem(a.receiver, a[0], a[1])
            return .none
        }
        Native.method(l, "__len__") { (a: inout Args) throws(PyError) -> Value in .int(List.count(a.receiver)) }
        Native.method(l, "__iter__") { (a: inout Args) throws(PyError) -> Value in Iterators.box(.list, a.receiver) }

        let t = Types.tuple
        Native.method(t, "index") { (a: inout Args) throws(PyError) -> Value in
            for (i, v) in Tuple.elements(a.receiver).enumerated() where try Ops.keyEqual(v, a[0]) { return .int(i) }
            throw .value("tuple.index(x): x not in tuple")
        }
        Native.method(t, "count") { (a: inout Args) throws(PyError) -> Value in
            var c = 0
            for v in Tuple.elements(a.receiver) where try Ops.keyEqual(v, a[0]) { c += 1 }
            return .int(c)
        }

        let d = Types.dict
        Native.method(d, "get") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("get", min: 1, max: 2)
            return try Dict.get(a.receiver, a[0]) ?? (a.count > 1 ? a[1] : .none)
        }
        Native.method(d, "keys") { (a: inout Args) throws(PyError) -> Value in Views.make(a.receiver, .dictKeys) }
        Native.method(d, "values") { (a: inout Args) throws(PyError) -> Value in Views.make(a.receiver, .dictValues) }
        Native.method(d, "items") { (a: inout Args) throws(PyError) -> Value in Views.make(a.receiver, .dictItems) }
        Native.method(d, "pop") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("pop", min: 1, max: 2)
            if let v = try Dict.remove(a.receiver, a[0]) { return v }
            if a.count > 1 { return a[1] }
            throw PyError.key(a[0])
        }
        Native.method(d, "popitem") { (a: inout Args) throws(PyError) -> Value in
            guard let last = Dict.items(a.receiver).last else { throw PyError(qk_exc.KeyError, "popitem(): dictionary is empty") }
            try Dict.remove(a.receiver, last.key)
            return Tuple.make([last.key, last.value])
        }
        Native.method(d, "setdefault") { (a: inout Args) throws(PyError) -> Value in
            if let v = try Dict.get(a.receiver, a[0]) { return v }
            let v = a.count > 1 ? a[1] : Value.none
            try Dict.set(a.receiver, a[0], v)
            return v
        }
        Native.method(d, "update") { (a: inout Args) throws(PyError) -> Value in
            if a.count > 0 { try Dicts.update(a.receiver, a[0]) }
            for (k, v) in a.keywords { try Dict.set(a.receiver, Str.intern(k), v) }
            return .none
        }
        Native.method(d, "copy") { (a: inout Args) throws(PyError) -> Value in Dict.copy(a.receiver) }
        Native.method(d, "clear") { (a: inout Args) throws(PyError) -> Value in
            Dict.clear(a.receiver)
            return .none
        }
        Native.classMethod(d, "fromkeys") { (a: inout Args) throws(PyError) -> Value in
            let out = try callValues(a.receiver, [])
            for k in try Ops.toArray(a[0]) { try Ops.setItem(out, k, a.count > 1 ? a[1] : .none) }
            return out
        }
        Native.method(d, "__getitem__") { (a: inout Args) throws(PyError) -> Value in
            if let v = try Dict.get(a.receiver, a[0]) { return v }
            if let m = lookupInMRO(a.receiver.type, Names.__missing__) { return try callValues(m, [a.receiver, a[0]]) }
            throw PyError.key(a[0])
        }
        Native.method(d, "__setitem__") { (a: inout Args) throws(PyError) -> Value in
            try Dict.set(a.receiver, a[0], a[1])
            return .none
        }
        Native.method(d, "__contains__") { (a: inout Args) throws(PyError) -> Value in .bool(try Dict.get(a.receiver, a[0]) != nil) }
        Native.method(d, "__len__") { (a: inout Args) throws(PyError) -> Value in .int(Dict.count(a.receiver)) }
        Native.method(d, "__iter__") { (a: inout Args) throws(PyError) -> Value in Iterators.box(.dictKeys, a.receiver) }

        for st in [Types.set, Types.frozenset] {
            Native.method(st, "copy") { (a: inout Args) throws(PyError) -> Value in try Sets.from(a.receiver, frozen: a.receiver.ptr(QKDict.self).pointee.is_frozen != 0) }
            for (name, op) in [("union", 7), ("intersection", 1), ("difference", 10), ("symmetric_difference", 12)] {
                Native.method(st, name) { (a: inout Args) throws(PyError) -> Value in
                    var acc = a.receiver
                    if a.count == 0 { return try Sets.from(acc, frozen: acc.ptr(QKDict.self).pointee.is_frozen != 0) }
                    for i in 0..<a.count { acc = try Sets.binary(acc, try Sets.from(a[i], frozen: false), op) }
                    return acc
                }
            }
            Native.method(st, "issubset") { (a: inout Args) throws(PyError) -> Value in .bool(try Sets.isSubset(a.receiver, try Sets.from(a[0], frozen: false))) }
            Native.method(st, "issuperset") { (a: inout Args) throws(PyError) -> Value in .bool(try Sets.isSubset(try Sets.from(a[0], frozen: false), a.receiver)) }
            Native.method(st, "isdisjoint") { (a: inout Args) throws(PyError) -> Value in
                for k in try Ops.toArray(a[0]) where try Dict.get(a.receiver, k) != nil { return .false_ }
                return .true_
            }
        }
        let s = Types.set
        Native.method(s, "add") { (a: inout Args) throws(PyError) -> Value in
            try Sets.add(a.receiver, a[0])
            return .none
        }
        Native.method(s, "remove") { (a: inout Args) throws(PyError) -> Value in
            if try Dict.remove(a.receiver, a[0]) == nil { throw PyError.key(a[0]) }
            return .none
        }
        Native.method(s, "discard") { (a: inout Args) throws(PyError) -> Value in
            try Dict.remove(a.receiver, a[0])
            return .none
        }
        Native.method(s, "pop") { (a: inout Args) throws(PyError) -> Value in
            guard let first = Dict.keys(a.receiver).first else { throw PyError(qk_exc.KeyError, "pop from an empty set") }
            try Dict.remove(a.receiver, first)
            return first
        }
        Native.method(s, "clear") { (a: inout Args) throws(PyError) -> Value in
            Dict.clear(a.receiver)
            return .none
        }
        Native.method(s, "update") { (a: inout Args) throws(PyError) -> Value in
            for i in 0..<a.count { try Sets.update(a.receiver, a[i]) }
            return .none
        }
        for (name, op) in [("intersection_update", 1), ("difference_update", 10), ("symmetric_difference_update", 12)] {
            Native.method(s, name) { (a: inout Args) throws(PyError) -> Value in
                let r = try Sets.binary(a.receiver, try Sets.from(a[0], frozen: false), op)
                Dict.clear(a.receiver)
                try Sets.update(a.receiver, r)
                return .none
            }
        }

    }
}

