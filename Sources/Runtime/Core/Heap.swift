// Allocation and the garbage collector: non-moving mark-sweep, run only at safepoints
// (backward jumps and calls), so no allocation ever collects under Swift code's feet.
//
// Roots: permanent roots (modules, types, interned strings), the frame chain, an explicit
// temporary-root stack, and a conservative scan of the native stack for values Swift code
// holds in locals while it calls back into Python.

import CSupport
#if canImport(Glibc)
import Glibc
#endif

public enum Heap {
    /// Live objects and their bytes after the last collection.
    nonisolated(unsafe) public static var liveObjects = 0
    nonisolated(unsafe) public static var liveBytes = 0
    nonisolated(unsafe) public static var stress = false
    nonisolated(unsafe) public static var collections = 0
    nonisolated(unsafe) static var permanentRoots: [Value] = []
    nonisolated(unsafe) static var tempRoots: [Value] = []
    nonisolated(unsafe) static var nativeStackBase: UnsafeMutableRawPointer? = nil
    /// Statically allocated (immortal) objects: never swept, but their fields are traced.
    nonisolated(unsafe) static var immortals: [UnsafeMutablePointer<QKObject>] = []
    /// The innermost frame of the running thread; the chain through `previous` is a root.
    nonisolated(unsafe) public static var currentFrame: UnsafeMutablePointer<QKFrame>? = nil
    /// Allocation between collections at least; then the live size after the last one.
    static let minimumThreshold: UInt64 = 32 << 20

    /// A new object of `size` bytes. Only the first `zeroed` bytes are cleared (the whole
    /// object by default); strings clear just their header since callers write the data.
    @inline(__always)
    static func allocate<T>(_ type: UnsafeMutablePointer<QKType>, size: Int, as _: T.Type,
                            zeroed: Int = .max) -> UnsafeMutablePointer<T> {
        let raw: UnsafeMutableRawPointer
        let sizeClass = Heap.sizeClass(for: size)
        if sizeClass != 0 {
            // Small objects come from per-size free lists: malloc/free dominated string-heavy
            // programs (perf: ~25% of str_build in calloc/free/consolidate).
            if qk_free_cell_get(Int32(sizeClass)) == nil { refill(sizeClass) }
            raw = qk_free_cell_get(Int32(sizeClass))!
            qk_free_cell_set(Int32(sizeClass), raw.load(as: UnsafeMutableRawPointer?.self))
            raw.initializeMemory(as: UInt8.self, repeating: 0, count: min(cellBytes(sizeClass), zeroed))
            raw.assumingMemoryBound(to: QKObject.self).pointee.gc_bits = UInt32(sizeClass) << QK_GC_CLASS_SHIFT
        } else {
            if zeroed >= size {
                raw = calloc(1, size)!
            } else {
                raw = malloc(size)!
                raw.initializeMemory(as: UInt8.self, repeating: 0, count: zeroed)
            }
            largeObjects[UInt(bitPattern: raw)] = size
        }
        raw.assumingMemoryBound(to: QKObject.self).pointee.ob_type = type
        qk_state.gc_allocated &+= UInt64(size)
        return raw.assumingMemoryBound(to: T.self)
    }

    static let chunkBytes = 256 << 10
    /// gc_bits of a cell on a free list (never a live object's value).
    static let freedCell: UInt32 = 0xFFFF_FFFF
    /// Chunks of small-object cells, sorted by address, for the conservative scan.
    nonisolated(unsafe) static var chunks: [(base: UInt, cell: Int)] = []
    /// Objects too large for a size class (from malloc), with their sizes.
    nonisolated(unsafe) static var largeObjects: [UInt: Int] = [:]

    /// The cell class for an object of `size` bytes, or 0 for a large (malloc'd) object:
    /// 16-byte steps up to 256 bytes, then 256-byte steps up to 4 KiB (strings being built
    /// by `+=` and list buffers live there, and malloc/free showed up at 13% of str_build).
    @inline(__always) static func sizeClass(for size: Int) -> Int {
        if size <= 256 { return (size + 15) >> 4 }
        if size <= 4096 { return 16 + ((size - 1) >> 8) }
        return 0
    }

    @inline(__always) static func cellBytes(_ sizeClass: Int) -> Int {
        sizeClass <= 16 ? sizeClass << 4 : (sizeClass - 15) << 8
    }

    /// Carve a fresh chunk into cells of `sizeClass` and put them on its free list.
    static func refill(_ sizeClass: Int) {
        let cell = cellBytes(sizeClass)
        let chunk = malloc(chunkBytes)!
        let entry = (base: UInt(bitPattern: chunk), cell: cell)
        chunks.insert(entry, at: chunks.firstIndex { $0.base > entry.base } ?? chunks.count)
        var head: UnsafeMutableRawPointer? = qk_free_cell_get(Int32(sizeClass))
        var offset = (chunkBytes / cell - 1) * cell
        while offset >= 0 {
            let p = chunk + offset
            p.storeBytes(of: head, as: UnsafeMutableRawPointer?.self)
            // Never-used cells must read as free to the conservative scan too.
            p.assumingMemoryBound(to: QKObject.self).pointee.gc_bits = freedCell
            head = p
            offset -= cell
        }
        qk_free_cell_set(Int32(sizeClass), head)
    }

    /// Register a statically allocated object whose fields must be traced.
    public static func addImmortal(_ o: UnsafeMutablePointer<QKObject>) {
        o.pointee.gc_bits |= QK_GC_IMMORTAL
        immortals.append(o)
    }

    /// Keep `v` alive for the life of the process.
    public static func addRoot(_ v: Value) { permanentRoots.append(v) }

    /// Keep `values` alive while `body` runs (it may call back into Python and collect).
    @inline(__always)
    public static func withRoots<R, E: Error>(_ values: Value..., body: () throws(E) -> R) throws(E) -> R {
        let mark = tempRoots.count
        tempRoots.append(contentsOf: values)
        defer { tempRoots.removeSubrange(mark...) }
        return try body()
    }
    public static func pushRoot(_ v: Value) { tempRoots.append(v) }
    public static func popRoots(to mark: Int) { tempRoots.removeSubrange(mark...) }
    public static var rootMark: Int { tempRoots.count }

    /// Active builtin (Swift) calls. Swift code may hold new values in Swift arrays that no
    /// root reaches, so collections wait until every builtin has returned; the conservative
    /// native-stack scan covers values in Swift locals of the interpreter and runtime helpers.
    nonisolated(unsafe) public static var nativeDepth = 0

    /// Called at safepoints.
    @inline(__always)
    public static func safepoint() {
        if qk_state.gc_allocated >= qk_state.gc_threshold && nativeDepth == 0 { collect() }
    }

    public static func setStress(_ on: Bool) {
        stress = on
        // Stress: collect at every safepoint reached after any allocation (a collection with
        // nothing allocated since the last one would find the same heap).
        qk_state.gc_threshold = on ? 1 : minimumThreshold
    }

    // MARK: Collection

    nonisolated(unsafe) static var worklist: [UnsafeMutablePointer<QKObject>] = []
    nonisolated(unsafe) static var candidates: [UInt] = []

    public static func collect() {
        collections += 1
        // Permanent roots and explicit temporaries.
        for o in immortals { trace(o) }
        for v in permanentRoots { mark(v) }
        for v in tempRoots { mark(v) }
        // The frame chain.
        var f = currentFrame
        while let frame = f {
            markFrame(frame)
            f = frame.pointee.previous
        }
        // Conservative native-stack scan: a stack word is an object if it is the start of an
        // allocated small-object cell (chunks are known) or a live large object.
        if let base = nativeStackBase {
            qk_scan_native_stack(base, { word, _ in
                if (word >> 48) == 0 && word & 7 == 0 && word > 4096 { Heap.conservativeVisit(UInt(word)) }
            }, nil)
        }
        drain()
        sweep()
    }

    static func conservativeVisit(_ a: UInt) {
        if largeObjects[a] != nil {
            mark(Value(raw: UInt64(a)))
            return
        }
        // Binary search the chunk holding `a`, then require a cell boundary and a live cell.
        var lo = 0, hi = chunks.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let c = chunks[mid]
            if a < c.base { hi = mid - 1 } else if a >= c.base + UInt(chunkBytes) { lo = mid + 1 } else {
                guard (a - c.base) % UInt(c.cell) == 0, (a - c.base) + UInt(c.cell) <= UInt(chunkBytes) else { return }
                let obj = UnsafeMutablePointer<QKObject>(bitPattern: a)!
                if obj.pointee.gc_bits != freedCell { mark(Value(obj)) }
                return
            }
        }
    }

    static func isCandidate(_ a: UInt) -> Bool {
        var lo = 0, hi = candidates.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let c = candidates[mid]
            if c == a { return true }
            if c < a { lo = mid + 1 } else { hi = mid - 1 }
        }
        return false
    }

    @inline(__always)
    static func mark(_ v: Value) {
        guard v.isObject else { return }
        let o = v.object
        if o.pointee.gc_bits & (QK_GC_MARK | QK_GC_IMMORTAL) != 0 { return }
        o.pointee.gc_bits |= QK_GC_MARK
        worklist.append(o)
    }

    @inline(__always) static func mark(_ p: UnsafeMutablePointer<QKType>?) {
        if let p { mark(Value(p)) }
    }

    static func markFrame(_ frame: UnsafeMutablePointer<QKFrame>) {
        let f = frame.pointee
        mark(Value(f.code))
        mark(Value(raw: f.function))
        mark(Value(raw: f.globals))
        mark(Value(raw: f.builtins))
        mark(Value(raw: f.locals))
        mark(Value(raw: f.generator))
        mark(Value(raw: f.init_self))
        let base = UnsafeMutableRawPointer(frame).advanced(by: MemoryLayout<QKFrame>.size)
            .assumingMemoryBound(to: QKValue.self)
        guard let sp = f.stack_pointer else { return }
        var p = base
        while p < sp {
            mark(Value(raw: p.pointee))
            p += 1
        }
    }

    static func drain() {
        while let o = worklist.popLast() {
            trace(o)
        }
    }

    static func trace(_ o: UnsafeMutablePointer<QKObject>) {
        let type = o.pointee.ob_type!
        mark(type)
        let t = type.pointee
        let raw = UnsafeMutableRawPointer(o)
        switch QKLayout(t.layout) {
        case QK_LAYOUT_TUPLE:
            let tup = raw.assumingMemoryBound(to: QKTuple.self)
            let items = Tuple.items(tup)
            for i in 0..<Int(tup.pointee.size) { mark(items[i]) }
        case QK_LAYOUT_LIST:
            let l = raw.assumingMemoryBound(to: QKList.self).pointee
            for i in 0..<Int(l.size) { mark(Value(raw: l.items[i])) }
        case QK_LAYOUT_DICT, QK_LAYOUT_SET:
            let d = raw.assumingMemoryBound(to: QKDict.self).pointee
            if let e = d.entries {
                for i in 0..<Int(d.nentries) {
                    mark(Value(raw: e[i].key))
                    mark(Value(raw: e[i].value))
                }
            }
            mark(Value(raw: d.dict))
        case QK_LAYOUT_TYPE:
            let ty = raw.assumingMemoryBound(to: QKType.self).pointee
            mark(Value(raw: ty.name))
            mark(Value(raw: ty.qualname))
            mark(Value(raw: ty.module))
            mark(Value(raw: ty.bases))
            mark(Value(raw: ty.mro))
            mark(Value(raw: ty.dict))
            mark(Value(raw: ty.slotnames))
            mark(Value(raw: ty.subclasses))
            mark(ty.base)
        case QK_LAYOUT_FUNCTION:
            let fn = raw.assumingMemoryBound(to: QKFunction.self).pointee
            mark(Value(raw: fn.code))
            mark(Value(raw: fn.globals))
            mark(Value(raw: fn.builtins))
            mark(Value(raw: fn.name))
            mark(Value(raw: fn.qualname))
            mark(Value(raw: fn.module))
            mark(Value(raw: fn.doc))
            mark(Value(raw: fn.defaults))
            mark(Value(raw: fn.kwdefaults))
            mark(Value(raw: fn.closure))
            mark(Value(raw: fn.dict))
            mark(Value(raw: fn.annotations))
        case QK_LAYOUT_NATIVE:
            let n = raw.assumingMemoryBound(to: QKNative.self).pointee
            mark(Value(raw: n.receiver))
            mark(Value(raw: n.name))
            mark(Value(raw: n.qualname))
        case QK_LAYOUT_METHOD:
            let m = raw.assumingMemoryBound(to: QKMethod.self).pointee
            mark(Value(raw: m.callable))
            mark(Value(raw: m.receiver))
        case QK_LAYOUT_CODE:
            let c = raw.assumingMemoryBound(to: QKCode.self).pointee
            mark(Value(raw: c.consts))
            mark(Value(raw: c.names))
            mark(Value(raw: c.localsplusnames))
            mark(Value(raw: c.name))
            mark(Value(raw: c.qualname))
            mark(Value(raw: c.filename))
        case QK_LAYOUT_CELL:
            mark(Value(raw: raw.assumingMemoryBound(to: QKCell.self).pointee.ref))
        case QK_LAYOUT_MODULE:
            let m = raw.assumingMemoryBound(to: QKModule.self).pointee
            mark(Value(raw: m.dict))
            mark(Value(raw: m.name))
        case QK_LAYOUT_GENERATOR:
            let g = raw.assumingMemoryBound(to: QKGenerator.self)
            mark(Value(raw: g.pointee.name))
            mark(Value(raw: g.pointee.qualname))
            mark(Value(raw: g.pointee.exc_state))
            if g.pointee.state != QK_GEN_CLOSED, let frame = g.pointee.frame { markFrame(frame) }
        case QK_LAYOUT_EXCEPTION:
            let e = raw.assumingMemoryBound(to: QKException.self).pointee
            mark(Value(raw: e.args))
            mark(Value(raw: e.traceback))
            mark(Value(raw: e.cause))
            mark(Value(raw: e.context))
            mark(Value(raw: e.dict))
            mark(Value(raw: e.extra))
        case QK_LAYOUT_ITER, QK_LAYOUT_BOX:
            let b = raw.assumingMemoryBound(to: QKBox.self).pointee
            mark(Value(raw: b.a))
            mark(Value(raw: b.b))
            mark(Value(raw: b.c))
            mark(Value(raw: b.d))
            mark(Value(raw: b.dict))
        case QK_LAYOUT_RANGE:
            let r = raw.assumingMemoryBound(to: QKRange.self).pointee
            mark(Value(raw: r.start))
            mark(Value(raw: r.stop))
            mark(Value(raw: r.step))
            mark(Value(raw: r.length))
        case QK_LAYOUT_SLICE:
            let s = raw.assumingMemoryBound(to: QKSlice.self).pointee
            mark(Value(raw: s.start))
            mark(Value(raw: s.stop))
            mark(Value(raw: s.step))
        default:
            break
        }
        // Instance dicts and __slots__ of plain instances and of subclasses of builtins.
        if t.dictoffset != 0 {
            mark(Value(raw: raw.advanced(by: Int(t.dictoffset)).assumingMemoryBound(to: QKValue.self).pointee))
        }
        if t.nslots > 0 {
            let slots = raw.advanced(by: Int(t.slotsoffset)).assumingMemoryBound(to: QKValue.self)
            for i in 0..<Int(t.nslots) { mark(Value(raw: slots[i])) }
        }
    }

    /// Walk every chunk in address order (sequential memory, unlike a list of objects) and
    /// the large objects; free the unmarked and clear the marks of the rest. Each chunk's
    /// cells are visited high to low so its free list hands cells out in address order.
    static func sweep() {
        var count = 0, live = 0
        for c in chunks {
            let base = UnsafeMutableRawPointer(bitPattern: c.base)!
            let sizeClass = Int32(Heap.sizeClass(for: c.cell))
            var head = qk_free_cell_get(sizeClass)
            var offset = (chunkBytes / c.cell - 1) * c.cell
            while offset >= 0 {
                let cell = base + offset
                offset -= c.cell
                let obj = cell.assumingMemoryBound(to: QKObject.self)
                let bits = obj.pointee.gc_bits
                if bits == freedCell { continue }
                if bits & QK_GC_MARK != 0 {
                    obj.pointee.gc_bits = bits & ~QK_GC_MARK
                    count += 1
                    live += c.cell
                } else {
                    finalize(obj)
                    obj.pointee.gc_bits = freedCell
                    cell.storeBytes(of: head, as: UnsafeMutableRawPointer?.self)
                    head = cell
                }
            }
            qk_free_cell_set(sizeClass, head)
        }
        var dead: [UInt] = []
        for (a, size) in largeObjects {
            let obj = UnsafeMutablePointer<QKObject>(bitPattern: a)!
            if obj.pointee.gc_bits & QK_GC_MARK != 0 {
                obj.pointee.gc_bits &= ~QK_GC_MARK
                count += 1
                live += size
            } else {
                dead.append(a)
            }
        }
        for a in dead {
            let obj = UnsafeMutablePointer<QKObject>(bitPattern: a)!
            finalize(obj)
            largeObjects[a] = nil
            free(obj)
        }
        liveObjects = count
        liveBytes = live
        qk_state.gc_allocated = 0
        if !stress { qk_state.gc_threshold = max(minimumThreshold, UInt64(live)) }
    }

    /// Release what an object owns outside its own block.
    static func finalize(_ o: UnsafeMutablePointer<QKObject>) {
        let raw = UnsafeMutableRawPointer(o)
        switch QKLayout(o.pointee.ob_type.pointee.layout) {
        case QK_LAYOUT_LIST:
            free(raw.assumingMemoryBound(to: QKList.self).pointee.items)
        case QK_LAYOUT_DICT, QK_LAYOUT_SET:
            let d = raw.assumingMemoryBound(to: QKDict.self)
            free(d.pointee.indices)
            free(d.pointee.entries)
        case QK_LAYOUT_CODE:
            let c = raw.assumingMemoryBound(to: QKCode.self)
            free(c.pointee.code)
            free(c.pointee.localspluskinds)
            free(c.pointee.exctable)
            free(c.pointee.positions)
            free(c.pointee.cell2arg)
            free(c.pointee.site_stats)
        case QK_LAYOUT_INT:
            if o.pointee.ob_aux == BigIntBox.initializedTag { BigIntBox.deinitialize(o) }
        default:
            break
        }
    }
}

