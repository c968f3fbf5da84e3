// Python-visible methods of list, tuple, dict, set/frozenset, dict views and the builtin
// iterators. Every dunder the builtin behaviour implements also exists as a real method, so
// that subclasses can reach it through super() and code can call it explicitly.

import BigInt
import CSupport
#if canImport(Glibc)
import Glibc
#endif

enum CoreMethods {
    /// An index argument (int or __index__) for list/tuple methods.
    static func indexArg(_ v: Value) throws(PyError) -> Int {
        if v.isSmallInt { return v.smallInt }
        if Ints.isInt(v) { return Ints.exact(v) ?? (Ints.big(v) < 0 ? Int.min / 2 : Int.max / 2) }
        if let m = Ops.userMethod(v.type, Names.__index__) { return try indexArg(try callValues(m, [v])) }
        throw .type("'\(v.type.name)' object cannot be interpreted as an integer")
    }

    /// start/stop arguments of index(): slice-style clamping.
    static func clampRange(_ a: Args, _ n: Int) throws(PyError) -> (Int, Int) {
        func slot(_ i: Int, _ def: Int) throws(PyError) -> Int {
            guard i < a.count else { return def }
            var x = try Slices.index(a[i], clampTo: Int.max / 2)
            if x < 0 { x = max(0, x + n) }
            return x
        }
        return (try slot(1, 0), try slot(2, n))
    }

    static func compareMethod(_ t: TypePtr, _ layoutOK: @escaping (Value) -> Bool,
                              _ cmp: @escaping (Value, Value, Int) throws(PyError) -> Value) {
        for (op, name) in Ops.compareNames.enumerated() {
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(t.name).\(name)", min: 1, max: 1)
                guard layoutOK(a[0]) else { return .notImplemented }
                return try cmp(a.receiver, a[0], op)
            }
        }
    }

    static func register() {
        Iterators.bootstrap()
        Types.set.pointee.basicsize = UInt32(MemoryLayout<QKSet>.size)
        Types.frozenset.pointee.basicsize = UInt32(MemoryLayout<QKSet>.size)
        registerList()
        registerTuple()
        registerDict()
        registerSets()
        registerViews()
        registerIterators()
        RangeMethods.register()
    }

    // MARK: list

    static func registerList() {
        let l = Types.list
        Native.method(l, "append") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.append", min: 1, max: 1)
            List.append(a.receiver, a[0])
            return .none
        }
        Native.method(l, "extend") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.extend", min: 1, max: 1)
            try Lists.extend(a.receiver, a[0])
            return .none
        }
        Native.method(l, "pop") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("pop", min: 0, max: 1)
            let n = List.count(a.receiver)
            var i = a.count > 0 ? try indexArg(a[0]) : -1
            if n == 0 { throw .index("pop from empty list") }
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
            var i = try indexArg(a[0])
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
            try a.expect("list.remove", min: 1, max: 1)
            var i = 0
            while i < List.count(a.receiver) {
                if try Ops.keyEqual(List.items(a.receiver)[i], a[0]) {
                    let n = List.count(a.receiver)
                    if i < n {
                        let items = List.items(a.receiver)
                        for k in i..<(n - 1) { items[k] = items[k + 1] }
                        List.setCount(a.receiver, n - 1)
                    }
                    return .none
                }
                i += 1
            }
            throw .value("list.remove(x): x not in list")
        }
        Native.method(l, "index") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("index", min: 1, max: 3)
            let (start, stop) = try clampRange(a, List.count(a.receiver))
            var i = start
            while i < min(stop, List.count(a.receiver)) {
                if try Ops.keyEqual(List.items(a.receiver)[i], a[0]) { return .int(i) }
                i += 1
            }
            throw .value("\(try Ops.reprString(a[0])) is not in list")
        }
        Native.method(l, "count") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.count", min: 1, max: 1)
            var c = 0, i = 0
            while i < List.count(a.receiver) {
                if try Ops.keyEqual(List.items(a.receiver)[i], a[0]) { c += 1 }
                i += 1
            }
            return .int(c)
        }
        Native.method(l, "reverse") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.reverse", min: 0, max: 0)
            let n = List.count(a.receiver)
            if n > 1 {
                let p = List.items(a.receiver)
                var i = 0, j = n - 1
                while i < j { let t = p[i]; p[i] = p[j]; p[j] = t; i += 1; j -= 1 }
            }
            return .none
        }
        Native.method(l, "copy") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.copy", min: 0, max: 0)
            return List.make(List.elements(a.receiver))
        }
        Native.method(l, "clear") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.clear", min: 0, max: 0)
            List.setCount(a.receiver, 0)
            return .none
        }
        Native.method(l, "sort") { (a: inout Args) throws(PyError) -> Value in
            if a.count > 0 { throw .type("sort() takes no positional arguments") }
            try a.expect("sort", min: 0, max: 0, keywords: ["key", "reverse"])
            let key = a.keyword("key").flatMap { $0.isNone ? nil : $0 }
            let reverse = try a.keyword("reverse").map { (v) throws(PyError) -> Bool in
                if v.isDouble { throw .type("'float' object cannot be interpreted as an integer") }
                return try Ops.truthy(v)
            } ?? false
            try ListSort.sortList(a.receiver, key: key, reverse: reverse)
            return .none
        }
        Native.method(l, "__getitem__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.__getitem__", min: 1, max: 1)
            return try Lists.getItem(a.receiver, a[0])
        }
        Native.method(l, "__setitem__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.__setitem__", min: 2, max: 2)
            try Lists.setItem(a.receiver, a[0], a[1])
            return .none
        }
        Native.method(l, "__delitem__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.__delitem__", min: 1, max: 1)
            try Lists.delItem(a.receiver, a[0])
            return .none
        }
        Native.method(l, "__len__") { (a: inout Args) throws(PyError) -> Value in .int(List.count(a.receiver)) }
        Native.method(l, "__iter__") { (a: inout Args) throws(PyError) -> Value in Iterators.box(.list, a.receiver) }
        Native.method(l, "__reversed__") { (a: inout Args) throws(PyError) -> Value in
            Iterators.box(.listReversed, a.receiver, index: List.count(a.receiver) - 1)
        }
        Native.method(l, "__contains__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.__contains__", min: 1, max: 1)
            var i = 0
            while i < List.count(a.receiver) {
                if try Ops.keyEqual(List.items(a.receiver)[i], a[0]) { return .true_ }
                i += 1
            }
            return .false_
        }
        Native.method(l, "__add__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.__add__", min: 1, max: 1)
            guard a[0].isLayout(QK_LAYOUT_LIST) else {
                throw .type("can only concatenate list (not \"\(a[0].type.name)\") to list")
            }
            return List.make(List.elements(a.receiver) + List.elements(a[0]))
        }
        Native.method(l, "__iadd__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.__iadd__", min: 1, max: 1)
            try Lists.extend(a.receiver, a[0])
            return a.receiver
        }
        for name in ["__mul__", "__rmul__"] {
            Native.method(l, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect("list.\(name)", min: 1, max: 1)
                guard Ints.isInt(a[0]) || Ops.userMethod(a[0].type, Names.__index__) != nil else { return .notImplemented }
                return List.make(Sequences.repeated(a.receiver, try Lists.repeatCount(a[0])))
            }
        }
        Native.method(l, "__imul__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list.__imul__", min: 1, max: 1)
            guard Ints.isInt(a[0]) || Ops.userMethod(a[0].type, Names.__index__) != nil else { return .notImplemented }
            let items = Sequences.repeated(a.receiver, try Lists.repeatCount(a[0]))
            List.setCount(a.receiver, 0)
            for v in items { List.append(a.receiver, v) }
            return a.receiver
        }
        compareMethod(l, { $0.isLayout(QK_LAYOUT_LIST) }) { (x, y, op) throws(PyError) in try Sequences.compare(x, y, op) }
        Native.method(l, "__repr__") { (a: inout Args) throws(PyError) -> Value in Str.make(try Ops.containerRepr(a.receiver, Types.list)) }
        Dict.setStr(l.dict, "__hash__", .none)
    }

    // MARK: tuple

    static func registerTuple() {
        let t = Types.tuple
        Native.method(t, "index") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("index", min: 1, max: 3)
            let n = Tuple.count(a.receiver)
            let (start, stop) = try clampRange(a, n)
            var i = start
            while i < min(stop, n) {
                if try Ops.keyEqual(Tuple.items(a.receiver)[i], a[0]) { return .int(i) }
                i += 1
            }
            throw .value("tuple.index(x): x not in tuple")
        }
        Native.method(t, "count") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("tuple.count", min: 1, max: 1)
            var c = 0
            for v in Tuple.elements(a.receiver) where try Ops.keyEqual(v, a[0]) { c += 1 }
            return .int(c)
        }
        Native.method(t, "__getitem__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("tuple.__getitem__", min: 1, max: 1)
            return try Tuples.getItem(a.receiver, a[0])
        }
        Native.method(t, "__len__") { (a: inout Args) throws(PyError) -> Value in .int(Tuple.count(a.receiver)) }
        Native.method(t, "__iter__") { (a: inout Args) throws(PyError) -> Value in Iterators.box(.tuple, a.receiver) }
        Native.method(t, "__contains__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("tuple.__contains__", min: 1, max: 1)
            for v in Tuple.elements(a.receiver) where try Ops.keyEqual(v, a[0]) { return .true_ }
            return .false_
        }
        Native.method(t, "__add__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("tuple.__add__", min: 1, max: 1)
            guard a[0].isLayout(QK_LAYOUT_TUPLE) else {
                throw .type("can only concatenate tuple (not \"\(a[0].type.name)\") to tuple")
            }
            return Tuple.make(Tuple.elements(a.receiver) + Tuple.elements(a[0]))
        }
        for name in ["__mul__", "__rmul__"] {
            Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect("tuple.\(name)", min: 1, max: 1)
                guard Ints.isInt(a[0]) || Ops.userMethod(a[0].type, Names.__index__) != nil else { return .notImplemented }
                let n = try Lists.repeatCount(a[0])
                if n == 1 && a.receiver.isExactly(Types.tuple) { return a.receiver }
                return Tuple.make(Sequences.repeated(a.receiver, n))
            }
        }
        Native.method(t, "__hash__") { (a: inout Args) throws(PyError) -> Value in .int(try Tuples.hash(a.receiver)) }
        compareMethod(t, { $0.isLayout(QK_LAYOUT_TUPLE) }) { (x, y, op) throws(PyError) in try Sequences.compare(x, y, op) }
        Native.method(t, "__repr__") { (a: inout Args) throws(PyError) -> Value in Str.make(try Ops.containerRepr(a.receiver, Types.tuple)) }
        Native.method(t, "__getnewargs__") { (a: inout Args) throws(PyError) -> Value in Tuple.make([Tuple.make(Tuple.elements(a.receiver))]) }
    }

    // MARK: dict

    static func registerDict() {
        let d = Types.dict
        Native.method(d, "get") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("get", min: 1, max: 2)
            return try Dict.get(a.receiver, a[0]) ?? (a.count > 1 ? a[1] : .none)
        }
        Native.method(d, "keys") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.keys", min: 0, max: 0)
            return Views.make(a.receiver, .dictKeys)
        }
        Native.method(d, "values") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.values", min: 0, max: 0)
            return Views.make(a.receiver, .dictValues)
        }
        Native.method(d, "items") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.items", min: 0, max: 0)
            return Views.make(a.receiver, .dictItems)
        }
        Native.method(d, "pop") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("pop", min: 1, max: 2)
            if let v = try Dict.remove(a.receiver, a[0]) { return v }
            if a.count > 1 { return a[1] }
            throw PyError.key(a[0])
        }
        Native.method(d, "popitem") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.popitem", min: 0, max: 0)
            guard let last = Dicts.lastEntry(a.receiver) else { throw PyError(qk_exc.KeyError, "popitem(): dictionary is empty") }
            try Dict.remove(a.receiver, last.key)
            return Tuple.make([last.key, last.value])
        }
        Native.method(d, "setdefault") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("setdefault", min: 1, max: 2)
            if let v = try Dict.get(a.receiver, a[0]) { return v }
            let v = a.count > 1 ? a[1] : Value.none
            try Dict.set(a.receiver, a[0], v)
            return v
        }
        Native.method(d, "update") { (a: inout Args) throws(PyError) -> Value in
            if a.count > 1 { throw .type("update expected at most 1 argument, got \(a.count)") }
            if a.count > 0 { try Dicts.update(a.receiver, a[0]) }
            for (k, v) in a.keywords { try Dict.set(a.receiver, Str.intern(k), v) }
            return .none
        }
        Native.method(d, "copy") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.copy", min: 0, max: 0)
            return Dict.copy(a.receiver)
        }
        Native.method(d, "clear") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.clear", min: 0, max: 0)
            Dict.clear(a.receiver)
            return .none
        }
        Native.classMethod(d, "fromkeys") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("fromkeys", min: 1, max: 2)
            let cls = a.receiver
            let value = a.count > 1 ? a[1] : Value.none
            let out = try callValues(cls, [])
            let mark = Heap.rootMark
            Heap.pushRoot(out)
            defer { Heap.popRoots(to: mark) }
            let plain = out.isExactly(Types.dict)
            let it = try Ops.iter(a[0])
            while let k = try Ops.next(it) {
                if plain { try Dict.set(out, k, value) } else { try Ops.setItem(out, k, value) }
            }
            return out
        }
        Native.method(d, "__getitem__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.__getitem__", min: 1, max: 1)
            if let v = try Dict.get(a.receiver, a[0]) { return v }
            if !a.receiver.isExactly(Types.dict), let m = lookupInMRO(a.receiver.type, Names.__missing__) {
                return try callValues(m, [a.receiver, a[0]])
            }
            throw PyError.key(a[0])
        }
        Native.method(d, "__setitem__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.__setitem__", min: 2, max: 2)
            try Dict.set(a.receiver, a[0], a[1])
            return .none
        }
        Native.method(d, "__delitem__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.__delitem__", min: 1, max: 1)
            if try Dict.remove(a.receiver, a[0]) == nil { throw PyError.key(a[0]) }
            return .none
        }
        Native.method(d, "__contains__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.__contains__", min: 1, max: 1)
            return .bool(try Dict.get(a.receiver, a[0]) != nil)
        }
        Native.method(d, "__len__") { (a: inout Args) throws(PyError) -> Value in .int(Dict.count(a.receiver)) }
        Native.method(d, "__iter__") { (a: inout Args) throws(PyError) -> Value in Iterators.tableIterator(.dictKeys, a.receiver) }
        Native.method(d, "__reversed__") { (a: inout Args) throws(PyError) -> Value in Iterators.tableIterator(.dictReversedKeys, a.receiver) }
        Native.method(d, "__or__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.__or__", min: 1, max: 1)
            guard a[0].isLayout(QK_LAYOUT_DICT) else { return .notImplemented }
            let out = Dict.copy(a.receiver)
            try Dicts.update(out, a[0])
            return out
        }
        Native.method(d, "__ror__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.__ror__", min: 1, max: 1)
            guard a[0].isLayout(QK_LAYOUT_DICT) else { return .notImplemented }
            let out = Dict.copy(a[0])
            try Dicts.update(out, a.receiver)
            return out
        }
        Native.method(d, "__ior__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict.__ior__", min: 1, max: 1)
            try Dicts.update(a.receiver, a[0])
            return a.receiver
        }
        compareMethod(d, { $0.isLayout(QK_LAYOUT_DICT) }) { (x, y, op) throws(PyError) -> Value in
            guard op == 2 || op == 3 else { return .notImplemented }
            return .bool(try Dicts.equal(x, y) == (op == 2))
        }
        Native.method(d, "__repr__") { (a: inout Args) throws(PyError) -> Value in Str.make(try Ops.containerRepr(a.receiver, Types.dict)) }
        Dict.setStr(d.dict, "__hash__", .none)
    }

    // MARK: set and frozenset

    static func registerSets() {
        for st in [Types.set, Types.frozenset] {
            let tn = st.name
            Native.method(st, "copy") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(tn).copy", min: 0, max: 0)
                if a.receiver.isExactly(Types.frozenset) { return a.receiver }
                return try SetTable.copy(a.receiver)
            }
            Native.method(st, "union") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(tn).union", min: 0, max: Int.max)
                return try SetTable.union(a.receiver, a.positional)
            }
            Native.method(st, "intersection") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(tn).intersection", min: 0, max: Int.max)
                if a.count == 0 { return try SetTable.copy(a.receiver) }
                var acc = a.receiver
                for i in 0..<a.count { acc = try SetTable.intersection(acc, a[i]) }
                return acc
            }
            Native.method(st, "difference") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(tn).difference", min: 0, max: Int.max)
                if a.count == 0 { return try SetTable.copy(a.receiver) }
                let r = try SetTable.difference(a.receiver, a[0])
                for i in 1..<max(a.count, 1) where i < a.count { try SetTable.differenceUpdate(r, a[i]) }
                return r
            }
            Native.method(st, "symmetric_difference") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(tn).symmetric_difference", min: 1, max: 1)
                return try SetTable.symmetricDifference(a.receiver, a[0])
            }
            Native.method(st, "issubset") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(tn).issubset", min: 1, max: 1)
                return .bool(try SetTable.isSubset(a.receiver, a[0]))
            }
            Native.method(st, "issuperset") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(tn).issuperset", min: 1, max: 1)
                return .bool(try SetTable.isSuperset(a.receiver, a[0]))
            }
            Native.method(st, "isdisjoint") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(tn).isdisjoint", min: 1, max: 1)
                return .bool(try SetTable.isDisjoint(a.receiver, a[0]))
            }
            Native.method(st, "__contains__") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("\(tn).__contains__", min: 1, max: 1)
                return .bool(try SetTable.contains(a.receiver, a[0]))
            }
            Native.method(st, "__len__") { (a: inout Args) throws(PyError) -> Value in .int(SetTable.count(a.receiver)) }
            Native.method(st, "__iter__") { (a: inout Args) throws(PyError) -> Value in Iterators.tableIterator(.set, a.receiver) }
            for (name, op) in [("__or__", 7), ("__and__", 1), ("__sub__", 10), ("__xor__", 12)] {
                Native.method(st, name) { (a: inout Args) throws(PyError) -> Value in
                    try a.expect("\(tn).\(name)", min: 1, max: 1)
                    guard a[0].isLayout(QK_LAYOUT_SET) else { return .notImplemented }
                    return try Sets.binary(a.receiver, a[0], op)
                }
                let rname = "__r" + name.dropFirst(2)
                Native.method(st, rname) { (a: inout Args) throws(PyError) -> Value in
                    try a.expect("\(tn).\(rname)", min: 1, max: 1)
                    guard a[0].isLayout(QK_LAYOUT_SET) else { return .notImplemented }
                    return try Sets.binary(a[0], a.receiver, op)
                }
            }
            compareMethod(st, { $0.isLayout(QK_LAYOUT_SET) }) { (x, y, op) throws(PyError) -> Value in
                try SetTable.compare(x, y, op) ?? .notImplemented
            }
            Native.method(st, "__repr__") { (a: inout Args) throws(PyError) -> Value in Str.make(try Ops.containerRepr(a.receiver, a.receiver.type)) }
        }
        Native.method(Types.frozenset, "__hash__") { (a: inout Args) throws(PyError) -> Value in .int(SetTable.hash(a.receiver)) }
        Dict.setStr(Types.set.dict, "__hash__", .none)
        let s = Types.set
        Native.method(s, "add") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set.add", min: 1, max: 1)
            try SetTable.add(a.receiver, a[0])
            return .none
        }
        Native.method(s, "remove") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set.remove", min: 1, max: 1)
            if !(try SetTable.discard(a.receiver, a[0])) { throw PyError.key(a[0]) }
            return .none
        }
        Native.method(s, "discard") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set.discard", min: 1, max: 1)
            try SetTable.discard(a.receiver, a[0])
            return .none
        }
        Native.method(s, "pop") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set.pop", min: 0, max: 0)
            return try SetTable.pop(a.receiver)
        }
        Native.method(s, "clear") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set.clear", min: 0, max: 0)
            SetTable.clear(a.receiver)
            return .none
        }
        Native.method(s, "update") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set.update", min: 0, max: Int.max)
            for i in 0..<a.count { try SetTable.update(a.receiver, a[i]) }
            return .none
        }
        Native.method(s, "intersection_update") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set.intersection_update", min: 0, max: Int.max)
            var acc = a.receiver
            if a.count == 0 { acc = try SetTable.copy(a.receiver) }
            for i in 0..<a.count { acc = try SetTable.intersection(acc, a[i]) }
            SetTable.swapBodies(a.receiver, acc)
            return .none
        }
        Native.method(s, "difference_update") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set.difference_update", min: 0, max: Int.max)
            for i in 0..<a.count { try SetTable.differenceUpdate(a.receiver, a[i]) }
            return .none
        }
        Native.method(s, "symmetric_difference_update") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set.symmetric_difference_update", min: 1, max: 1)
            try SetTable.symmetricDifferenceUpdate(a.receiver, a[0])
            return .none
        }
        for (name, op) in [("__ior__", 7), ("__iand__", 1), ("__isub__", 10), ("__ixor__", 12)] {
            Native.method(s, name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect("set.\(name)", min: 1, max: 1)
                return try Containers.inplace(a.receiver, a[0], op) ?? .notImplemented
            }
        }
    }

    // MARK: dict views

    static func registerViews() {
        for (t, kind) in [(qk_types.dict_keys_, IterKind.dictKeys), (qk_types.dict_values_, .dictValues), (qk_types.dict_items_, .dictItems)] {
            let reversedKind: IterKind = kind == .dictKeys ? .dictReversedKeys : (kind == .dictValues ? .dictReversedValues : .dictReversedItems)
            Native.method(t, "__len__") { (a: inout Args) throws(PyError) -> Value in .int(Dict.count(Views.dictOf(a.receiver)!)) }
            Native.method(t, "__iter__") { (a: inout Args) throws(PyError) -> Value in Iterators.tableIterator(kind, Views.dictOf(a.receiver)!) }
            Native.method(t, "__reversed__") { (a: inout Args) throws(PyError) -> Value in
                Iterators.tableIterator(reversedKind, Views.dictOf(a.receiver)!)
            }
            Native.method(t, "__contains__") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("__contains__", min: 1, max: 1)
                return .bool(try Views.contains(a.receiver, a[0]) ?? false)
            }
            Native.method(t, "__repr__") { (a: inout Args) throws(PyError) -> Value in try Ops.repr(a.receiver) }
            if kind == .dictValues { continue }
            Native.method(t, "isdisjoint") { (a: inout Args) throws(PyError) -> Value in
                try a.expect("isdisjoint", min: 1, max: 1)
                return .bool(try Views.isDisjoint(a.receiver, a[0]))
            }
            for (name, op) in [("__or__", 7), ("__and__", 1), ("__sub__", 10), ("__xor__", 12)] {
                Native.method(t, name) { (a: inout Args) throws(PyError) -> Value in try Views.setOp(a.receiver, a[0], op) }
                Native.method(t, "__r" + name.dropFirst(2)) { (a: inout Args) throws(PyError) -> Value in try Views.setOp(a[0], a.receiver, op) }
            }
            compareMethod(t, { _ in true }) { (x, y, op) throws(PyError) in try Views.compare(x, y, op) }
        }
    }

    // MARK: iterators

    static func registerIterators() {
        var seen: Set<UInt> = []
        var all = Iterators.types
        if let s = Iterators.strIteratorType { all.append(s) }
        if let r = Iterators.longRangeIteratorType { all.append(r) }
        for t in all where seen.insert(UInt(bitPattern: t)).inserted {
            Native.method(t, "__iter__") { (a: inout Args) throws(PyError) -> Value in a.receiver }
            Native.method(t, "__next__") { (a: inout Args) throws(PyError) -> Value in
                guard a.receiver.isLayout(QK_LAYOUT_ITER) else { throw .type("descriptor '__next__' requires an iterator") }
                if let v = try Iterators.next(a.receiver) { return v }
                throw PyError.stopIteration
            }
            Native.method(t, "__length_hint__") { (a: inout Args) throws(PyError) -> Value in
                guard let n = Iterators.lengthHint(a.receiver) else { return .notImplemented }
                return .int(n)
            }
        }
    }
}

extension Lists {
    /// The repeat count of seq * n (negative counts give an empty sequence).
    static func repeatCount(_ v: Value) throws(PyError) -> Int {
        var n = v
        if !Ints.isInt(n), let m = Ops.userMethod(n.type, Names.__index__) { n = try callValues(m, [n]) }
        guard let c = Ints.exact(n) else {
            if Ints.isInt(n) && Ints.big(n) < 0 { return 0 }
            throw .overflow("cannot fit 'int' into an index-sized integer")
        }
        return max(c, 0)
    }
}

extension Dicts {
    /// The most recently inserted live entry (popitem is LIFO).
    static func lastEntry(_ d: Value) -> (key: Value, value: Value)? {
        let p = d.ptr(QKDict.self)
        guard let e = p.pointee.entries else { return nil }
        var i = Int(p.pointee.nentries) - 1
        while i >= 0 {
            if e[i].key != 0 { return (Value(raw: e[i].key), Value(raw: e[i].value)) }
            i -= 1
        }
        return nil
    }
}
