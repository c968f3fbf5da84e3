// `_collections`: native helpers for Lib/collections: namedtuple field getters, and the hot
// deque methods (append/appendleft/pop/popleft/__len__), which work on the two lists of a
// Lib/collections deque (elements are reversed(_front) + _back) without a Python frame.

import CSupport

enum CollectionsModule {
    static func create() throws(PyError) -> Value {
        let m = Imports.newModule("_collections")
        // tuplegetter(index) -> a function returning obj[index] for tuples (the fget of a
        // namedtuple field property), without a Python frame per access.
        Modules.def(m, "tuplegetter") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("tuplegetter", min: 1, max: 1)
            guard let index = Ints.exact(a[0]), index >= 0 else { throw .value("index must be a non-negative int") }
            return Native.function("_tuplegetter") { (b: inout Args) throws(PyError) -> Value in
                guard b.count == 1 else { throw .type("descriptor takes exactly one argument (\(b.count) given)") }
                let obj = b[0]
                if obj.isObject && obj.layout == QK_LAYOUT_TUPLE {
                    guard index < Tuple.count(obj) else { throw .index("tuple index out of range") }
                    return Tuple.items(obj)[index]
                }
                return try Ops.getItem(obj, .int(index))
            }
        }
        func method(_ name: String, _ fn: @escaping NativeFunction) {
            Dict.setStr(Imports.moduleDict(m), "deque_" + name,
                        Native.function(name, qualname: "deque.\(name)", kind: QK_NATIVE_METHOD, fn))
        }
        method("append") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("append", min: 1, max: 1)
            try push(a.receiver, a[0], left: false)
            return .none
        }
        method("appendleft") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("appendleft", min: 1, max: 1)
            try push(a.receiver, a[0], left: true)
            return .none
        }
        method("pop") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("pop", min: 0, max: 0)
            return try pop(a.receiver, left: false)
        }
        method("popleft") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("popleft", min: 0, max: 0)
            return try pop(a.receiver, left: true)
        }
        method("__len__") { (a: inout Args) throws(PyError) -> Value in
            .int(try side(a.receiver, left: true).count + side(a.receiver, left: false).count)
        }
        return m
    }

    nonisolated(unsafe) static var names: (front: Value, back: Value, maxlen: Value) = (.null, .null, .null)

    /// The list holding one end of a deque, and its length.
    static func side(_ d: Value, left: Bool) throws(PyError) -> (list: Value, count: Int) {
        if names.front.isNull {
            names = (Str.intern("_front"), Str.intern("_back"), Str.intern("_maxlen"))
            Heap.addRoot(names.front); Heap.addRoot(names.back); Heap.addRoot(names.maxlen)
        }
        let l = try Ops.getAttr(d, left ? names.front : names.back)
        guard l.isObject && l.layout == QK_LAYOUT_LIST else { throw .type("deque internals are corrupted") }
        return (l, List.count(l))
    }

    static func push(_ d: Value, _ x: Value, left: Bool) throws(PyError) {
        let near = try side(d, left: left)
        List.append(near.list, x)
        let maxlen = try Ops.getAttr(d, names.maxlen)
        if !maxlen.isNone, let limit = Ints.exact(maxlen), near.count + 1 + (try side(d, left: !left)).count > limit {
            _ = try pop(d, left: !left)
        }
    }

    static func pop(_ d: Value, left: Bool) throws(PyError) -> Value {
        var near = try side(d, left: left)
        if near.count == 0 {
            // Refill this end with the nearer half of the other one, reversed.
            let far = try side(d, left: !left)
            if far.count == 0 { throw .index("pop from an empty deque") }
            let k = (far.count + 1) / 2
            let items = List.items(far.list)
            let moved = List.make((0..<k).reversed().map { items[$0] })
            for i in 0..<(far.count - k) { items[i] = items[i + k] }
            List.setCount(far.list, far.count - k)
            try Ops.setAttr(d, left ? names.front : names.back, moved)
            near = (moved, k)
        }
        let last = List.items(near.list)[near.count - 1]
        List.setCount(near.list, near.count - 1)
        return last
    }
}
