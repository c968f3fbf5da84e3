// `_bisect`: binary search over sorted sequences for Lib/bisect.py, with CPython's
// comparisons (`x < a[mid]` for the right variant, `a[mid] < x` for the left one) and errors.

import CSupport

enum BisectModule {
    /// bisect_left / bisect_right over a[lo:hi], comparing key(a[i]) when a key is given.
    static func search(_ a: inout Args, right: Bool, _ fname: String) throws(PyError) -> Int {
        try a.expect(fname, min: 0, max: 4, keywords: ["a", "x", "lo", "hi", "key"])
        guard let seq = a.arg(0, "a") else { throw .type("\(fname)() missing required argument 'a' (pos 1)") }
        guard let x = a.arg(1, "x") else { throw .type("\(fname)() missing required argument 'x' (pos 2)") }
        var lo = 0
        if let v = a.arg(2, "lo") {
            guard let n = Ints.exact(v) else { throw .type("'\(v.type.name)' object cannot be interpreted as an integer") }
            lo = n
        }
        if lo < 0 { throw .value("lo must be non-negative") }
        var hi: Int
        if let v = a.arg(3, "hi"), !v.isNone {
            guard let n = Ints.exact(v) else { throw .type("'\(v.type.name)' object cannot be interpreted as an integer") }
            hi = n
        } else {
            hi = try Ops.length(seq)
        }
        let key = a.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let isList = seq.isObject && seq.layout == QK_LAYOUT_LIST
        while lo < hi {
            let mid = Int((UInt(lo) + UInt(hi)) / 2)
            var item: Value
            if isList && mid < List.count(seq) { item = List.items(seq)[mid] } else { item = try Ops.getItem(seq, .int(mid)) }
            if let key { item = try callValues(key, [item]) }
            if right {
                if try ListSort.lessThan(x, item) { hi = mid } else { lo = mid + 1 }
            } else {
                if try ListSort.lessThan(item, x) { lo = mid + 1 } else { hi = mid }
            }
        }
        return lo
    }

    static func create() throws(PyError) -> Value {
        let m = Imports.newModule("_bisect")
        Modules.def(m, "bisect_right") { (a: inout Args) throws(PyError) -> Value in
            .int(try search(&a, right: true, "bisect_right"))
        }
        Modules.def(m, "bisect_left") { (a: inout Args) throws(PyError) -> Value in
            .int(try search(&a, right: false, "bisect_left"))
        }
        return m
    }
}
