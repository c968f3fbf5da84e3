// list.sort(): a stable sort that makes the same comparisons, in the same order, as CPython
// 3.13's timsort (Objects/listobject.c) for runs up to the minimum run length: count_run
// (ascending / descending runs, the 3.13 rule for equal elements) then binary insertion of the
// rest of the run with `pivot < a[mid]`. Runs are combined with a plain stable merge that asks
// `right < left` (merge_lo's question) instead of galloping.
// Sorting happens on a detached copy while the list is empty, as in CPython, so any mutation
// during the sort is detected ("list modified during sort").

import CSupport

enum ListSort {
    /// `a < b` as sort sees it.
    @inline(__always)
    static func lessThan(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if a.isSmallInt && b.isSmallInt { return a.smallInt < b.smallInt }
        if a.isDouble && b.isDouble { return a.double < b.double }
        if a.isExactlyStr && b.isExactlyStr { return Str.compare(a, b) < 0 }
        if a.isExactly(Types.tuple) && b.isExactly(Types.tuple) { return try tupleLessThan(a, b) }
        let r = try Ops.richCompare(a, b, 0)
        if r == .true_ { return true }
        if r == .false_ { return false }
        return try Ops.truthy(r)
    }

    /// Tuples compare at their first unequal items (sort keys like `(-count, word)`).
    static func tupleLessThan(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        let n = Tuple.count(a), m = Tuple.count(b)
        let x = Tuple.items(a), y = Tuple.items(b)
        var i = 0
        while i < n && i < m {
            let p = x[i], q = y[i]
            let same = try equal(p, q)
            if !same { return try lessThan(p, q) }
            i += 1
        }
        return n < m
    }

    /// `a == b` for tuple-key comparison, with an identity shortcut (PyObject_RichCompareBool).
    static func equal(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if a == b { return true }
        if a.isSmallInt && b.isSmallInt { return false }
        if a.isExactlyStr && b.isExactlyStr { return Str.equal(a, b) }
        if a.isExactly(Types.tuple) && b.isExactly(Types.tuple) {
            let n = Tuple.count(a)
            guard n == Tuple.count(b) else { return false }
            for i in 0..<n where !(try equal(Tuple.items(a)[i], Tuple.items(b)[i])) { return false }
            return true
        }
        return try Ops.equal(a, b)
    }

    /// Sort `keys` and permute `values` (if any) the same way.
    static func sort(_ keys: inout [Value], _ values: inout [Value]?) throws(PyError) {
        let n = keys.count
        // All unboxed ints and no separate values: equal keys are identical words, so an
        // unstable machine-int sort gives the same list (and calls no __lt__).
        if values == nil && n > 1 && keys.allSatisfy({ $0.isSmallInt }) {
            var ints = keys.map { $0.smallInt }
            ints.sort()
            for i in 0..<n { keys[i] = .smallIntUnchecked(ints[i]) }
            return
        }
        if n < 2 { return }
        func swapAt(_ i: Int, _ j: Int) {
            keys.swapAt(i, j)
            values?.swapAt(i, j)
        }
        func reverse(_ lo: Int, _ hi: Int) {
            var i = lo, j = hi - 1
            while i < j { swapAt(i, j); i += 1; j -= 1 }
        }
        // count_run over keys[lo ..< lo + remaining].
        func countRun(_ lo: Int, _ remaining: Int) throws(PyError) -> Int {
            var n = 1
            while n < remaining {
                if try lessThan(keys[lo + n], keys[lo + n - 1]) { break }
                n += 1
            }
            if n == remaining { return n }
            if n > 1 {
                if try lessThan(keys[lo], keys[lo + n - 1]) { return n }
                reverse(lo, lo + n)
            }
            n += 1
            var neq = 0
            while n < remaining {
                if try lessThan(keys[lo + n], keys[lo + n - 1]) {
                    if neq > 0 {
                        neq += 1
                        reverse(lo + n - neq, lo + n)
                        neq = 0
                    }
                } else if try lessThan(keys[lo + n - 1], keys[lo + n]) {
                    break
                } else {
                    neq += 1
                }
                n += 1
            }
            if neq > 0 {
                neq += 1
                reverse(lo + n - neq, lo + n)
            }
            reverse(lo, lo + n)
            while n < remaining {
                if try lessThan(keys[lo + n], keys[lo + n - 1]) { break }
                n += 1
            }
            return n
        }
        // binarysort: keys[lo ..< lo + ok] is sorted; insert the rest up to lo + count.
        func binarySort(_ lo: Int, _ count: Int, _ okIn: Int) throws(PyError) {
            var ok = max(okIn, 1)
            while ok < count {
                let pivot = keys[lo + ok]
                let pv = values?[lo + ok]
                var l = 0, r = ok
                repeat {
                    let m = (l + r) >> 1
                    if try lessThan(pivot, keys[lo + m]) { r = m } else { l = m + 1 }
                } while l < r
                var k = ok
                while k > l {
                    keys[lo + k] = keys[lo + k - 1]
                    if values != nil { values![lo + k] = values![lo + k - 1] }
                    k -= 1
                }
                keys[lo + l] = pivot
                if let pv { values![lo + l] = pv }
                ok += 1
            }
        }
        var minrun = n, r = 0
        while minrun >= 64 { r |= minrun & 1; minrun >>= 1 }
        minrun += r
        var runs: [(start: Int, count: Int)] = []
        var lo = 0, remaining = n
        while remaining > 0 {
            var c = try countRun(lo, remaining)
            if c < minrun {
                let force = min(remaining, minrun)
                try binarySort(lo, force, c)
                c = force
            }
            runs.append((lo, c))
            lo += c
            remaining -= c
        }
        // Merge adjacent runs until one is left.
        while runs.count > 1 {
            var merged: [(start: Int, count: Int)] = []
            var i = 0
            while i + 1 < runs.count {
                let a = runs[i], b = runs[i + 1]
                try merge(&keys, &values, a.start, a.count, b.count)
                merged.append((a.start, a.count + b.count))
                i += 2
            }
            if i < runs.count { merged.append(runs[i]) }
            runs = merged
        }
    }

    static func merge(_ keys: inout [Value], _ values: inout [Value]?, _ start: Int, _ na: Int, _ nb: Int) throws(PyError) {
        let leftKeys = Array(keys[start ..< start + na])
        let leftValues = values.map { Array($0[start ..< start + na]) }
        var i = 0, j = start + na, k = start
        let end = start + na + nb
        while i < na && j < end {
            if try lessThan(keys[j], leftKeys[i]) {
                keys[k] = keys[j]
                if values != nil { values![k] = values![j] }
                j += 1
            } else {
                keys[k] = leftKeys[i]
                if let lv = leftValues { values![k] = lv[i] }
                i += 1
            }
            k += 1
        }
        while i < na {
            keys[k] = leftKeys[i]
            if let lv = leftValues { values![k] = lv[i] }
            i += 1
            k += 1
        }
    }

    /// list.sort(key=None, reverse=False) on the list `l`.
    static func sortList(_ l: Value, key: Value?, reverse: Bool) throws(PyError) {
        var items = List.elements(l)
        let holder = List.make(items)
        let mark = Heap.rootMark
        Heap.pushRoot(holder)
        defer { Heap.popRoots(to: mark) }
        // Detach: the list looks empty while we sort.
        List.setCount(l, 0)
        var failure: PyError? = nil
        do throws(PyError) {
            if reverse { items.reverse() }
            if let key {
                var keys: [Value] = []
                keys.reserveCapacity(items.count)
                let keyHolder = List.new(capacity: items.count)
                Heap.pushRoot(keyHolder)
                for v in items {
                    let k = try callValues(key, [v])
                    List.append(keyHolder, k)
                    keys.append(k)
                }
                var vals: [Value]? = items
                try sort(&keys, &vals)
                items = vals!
            } else {
                var none: [Value]? = nil
                try sort(&items, &none)
            }
            if reverse { items.reverse() }
        } catch {
            failure = error
        }
        let modified = List.count(l) != 0
        List.setCount(l, 0)
        // On error the list keeps a permutation of its items, as in CPython.
        let final = failure != nil && items.count != List.count(holder) ? List.elements(holder) : items
        for v in final { List.append(l, v) }
        if let failure { throw failure }
        if modified { throw .value("list modified during sort") }
    }
}
