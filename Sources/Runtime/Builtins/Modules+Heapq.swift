// `_heapq`: the list heap operations behind Lib/heapq.py, with the comparisons CPython's
// Modules/_heapqmodule.c makes (siftdown toward the root; siftup moves the smaller child up
// to a leaf, then sifts down), so heaps built the same way have the same layout.

import CSupport

enum HeapqModule {
    static func heapList(_ v: Value, _ fname: String) throws(PyError) -> Value {
        guard v.isObject && v.layout == QK_LAYOUT_LIST else {
            throw .type("\(fname)() argument 1 must be list, not \(v.isNone ? "None" : v.type.name)")
        }
        return v
    }

    /// heap[a] < heap[b]-style comparison; the list must not change size meanwhile.
    static func less(_ x: Value, _ y: Value, _ heap: Value, _ size: Int) throws(PyError) -> Bool {
        let r = try ListSort.lessThan(x, y)
        if List.count(heap) != size { throw PyError(qk_exc.RuntimeError, "list changed size during iteration") }
        return r
    }

    static func siftDown(_ heap: Value, _ start: Int, _ pos0: Int) throws(PyError) {
        let size = List.count(heap)
        var pos = pos0
        while pos > start {
            let parent = (pos - 1) >> 1
            if !(try less(List.items(heap)[pos], List.items(heap)[parent], heap, size)) { break }
            let items = List.items(heap)
            let tmp = items[parent]
            items[parent] = items[pos]
            items[pos] = tmp
            pos = parent
        }
    }

    static func siftUp(_ heap: Value, _ pos0: Int) throws(PyError) {
        let end = List.count(heap)
        var pos = pos0
        let limit = end >> 1
        while pos < limit {
            var child = 2 * pos + 1
            if child + 1 < end, !(try less(List.items(heap)[child], List.items(heap)[child + 1], heap, end)) {
                child += 1
            }
            let items = List.items(heap)
            let tmp = items[child]
            items[child] = items[pos]
            items[pos] = tmp
            pos = child
        }
        try siftDown(heap, pos0, pos)
    }

    static func popLast(_ heap: Value) -> Value {
        let n = List.count(heap)
        let last = List.items(heap)[n - 1]
        List.setCount(heap, n - 1)
        return last
    }

    /// Put item at the root and sift it down; return the old root.
    static func replaceTop(_ heap: Value, _ item: Value) throws(PyError) -> Value {
        if List.count(heap) == 0 { throw .index("index out of range") }
        let top = List.items(heap)[0]
        List.items(heap)[0] = item
        try siftUp(heap, 0)
        return top
    }

    static func create() throws(PyError) -> Value {
        let m = Imports.newModule("_heapq")
        Modules.def(m, "heappush") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("heappush", min: 2, max: 2)
            let heap = try heapList(a[0], "heappush")
            List.append(heap, a[1])
            try siftDown(heap, 0, List.count(heap) - 1)
            return .none
        }
        Modules.def(m, "heappop") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("heappop", min: 1, max: 1)
            let heap = try heapList(a[0], "heappop")
            if List.count(heap) == 0 { throw .index("index out of range") }
            let last = popLast(heap)
            if List.count(heap) == 0 { return last }
            let top = List.items(heap)[0]
            List.items(heap)[0] = last
            try siftUp(heap, 0)
            return top
        }
        Modules.def(m, "heapreplace") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("heapreplace", min: 2, max: 2)
            let heap = try heapList(a[0], "heapreplace")
            return try replaceTop(heap, a[1])
        }
        Modules.def(m, "heappushpop") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("heappushpop", min: 2, max: 2)
            let heap = try heapList(a[0], "heappushpop")
            let n = List.count(heap)
            if n == 0 { return a[1] }
            if !(try ListSort.lessThan(List.items(heap)[0], a[1])) { return a[1] }
            return try replaceTop(heap, a[1])
        }
        Modules.def(m, "heapify") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("heapify", min: 1, max: 1)
            let heap = try heapList(a[0], "heapify")
            var i = List.count(heap) / 2 - 1
            while i >= 0 {
                try siftUp(heap, i)
                i -= 1
            }
            return .none
        }
        return m
    }
}
