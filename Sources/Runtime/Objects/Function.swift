// Code objects (materialized from the compiler's output), functions, cells and bound methods.

import CSupport
import QuickenCompiler
#if canImport(Glibc)
import Glibc
#endif

public typealias CodePtr = UnsafeMutablePointer<QKCode>

public enum Code {
    /// Turn compiler output into a live C-layout code object.
    public static func materialize(_ c: CodeObject) -> Value {
        let p: CodePtr = Heap.allocate(Types.code, size: MemoryLayout<QKCode>.size, as: QKCode.self)
        let v = Value(p)
        Heap.pushRoot(v)
        defer { Heap.popRoots(to: Heap.rootMark - 1) }
        let n = c.code.count
        p.pointee.code = malloc(max(n, 1) * 2)!.assumingMemoryBound(to: UInt16.self)
        for i in 0..<n { p.pointee.code[i] = c.code[i] }
        p.pointee.ncode = Int64(n)
        p.pointee.consts = Tuple.make(c.consts.map(constant)).raw
        p.pointee.names = Tuple.make(c.names.map { Str.intern($0) }).raw
        p.pointee.localsplusnames = Tuple.make(c.localsPlusNames.map { Str.intern($0) }).raw
        let nlp = c.localsPlusNames.count
        p.pointee.localspluskinds = malloc(max(nlp, 1))!.assumingMemoryBound(to: UInt8.self)
        var nlocals = 0, ncells = 0, nfrees = 0
        for (i, k) in c.localsPlusKinds.enumerated() {
            p.pointee.localspluskinds[i] = k.rawValue
            if k.contains(.free) { nfrees += 1 } else if k.contains(.cell) { ncells += 1 }
            if k.contains(.local) { nlocals += 1 }
        }
        p.pointee.nlocalsplus = Int32(nlp)
        p.pointee.nlocals = Int32(nlocals)
        p.pointee.ncells = Int32(ncells)
        p.pointee.nfrees = Int32(nfrees)
        p.pointee.argcount = Int32(c.argCount)
        p.pointee.posonlyargcount = Int32(c.posOnlyArgCount)
        p.pointee.kwonlyargcount = Int32(c.kwOnlyArgCount)
        p.pointee.flags = Int32(bitPattern: c.flags.rawValue)
        p.pointee.stacksize = Int32(c.stackSize)
        p.pointee.framesize = Int32(nlp + c.stackSize)
        p.pointee.firstlineno = Int32(c.firstLineNo)
        p.pointee.nexc = Int32(c.exceptionTable.count)
        p.pointee.exctable = malloc(max(c.exceptionTable.count, 1) * MemoryLayout<QKExceptionEntry>.size)!
            .assumingMemoryBound(to: QKExceptionEntry.self)
        for (i, e) in c.exceptionTable.enumerated() {
            p.pointee.exctable[i] = QKExceptionEntry(start: Int32(e.start), end: Int32(e.end), target: Int32(e.target),
                                                     depth_lasti: Int32(e.depth << 1 | (e.lasti ? 1 : 0)))
        }
        p.pointee.positions = malloc(max(n, 1) * MemoryLayout<QKPosition>.size)!.assumingMemoryBound(to: QKPosition.self)
        for i in 0..<n {
            let pos = i < c.positions.count ? c.positions[i] : .none
            p.pointee.positions[i] = QKPosition(line: pos.line, end_line: pos.endLine, column: pos.column, end_column: pos.endColumn)
        }
        p.pointee.name = Str.intern(c.name).raw
        p.pointee.qualname = Str.intern(c.qualname).raw
        p.pointee.filename = Str.intern(c.filename).raw
        p.pointee.func_version = Function.newVersion()
        if Stats.enabled { Stats.attach(p) }
        Specializer.quicken(p)
        return v
    }

    static func constant(_ c: ConstantValue) -> Value {
        switch c {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return .bool(b)
        case .int(let i): return Ints.make(i)
        case .float(let d): return .float(d)
        case .complex(let r, let i): return Complex.make(r, i)
        case .str(let s): return Str.intern(s)
        case .bytes(let b): return Bytes.make(b)
        case .tuple(let items): return Tuple.make(items.map(constant))
        case .frozenset(let items):
            let s = Sets.new(frozen: true)
            for i in items { try! Sets.add(s, constant(i)) }
            return s
        case .code(let code): return materialize(code)
        }
    }

    @inline(__always) public static func names(_ c: CodePtr) -> UnsafeMutablePointer<Value> { Tuple.items(Value(raw: c.pointee.names)) }
    @inline(__always) public static func consts(_ c: CodePtr) -> UnsafeMutablePointer<Value> { Tuple.items(Value(raw: c.pointee.consts)) }

    /// The source line of the instruction at code-unit `index`.
    public static func line(_ c: CodePtr, at index: Int) -> Int {
        guard index >= 0 && index < Int(c.pointee.ncode) else { return Int(c.pointee.firstlineno) }
        var i = index
        while i >= 0 {
            let l = Int(c.pointee.positions[i].line)
            if l >= 0 { return l }
            i -= 1
        }
        return Int(c.pointee.firstlineno)
    }

    public static func localName(_ c: CodePtr, _ i: Int) -> String {
        Str.swift(Tuple.items(Value(raw: c.pointee.localsplusnames))[i])
    }
}

public enum Function {
    nonisolated(unsafe) static var nextVersion: UInt32 = 1

    public static func make(code: Value, globals: Value, builtins: Value) -> Value {
        let f: UnsafeMutablePointer<QKFunction> = Heap.allocate(Types.function, size: MemoryLayout<QKFunction>.size, as: QKFunction.self)
        let c = code.ptr(QKCode.self)
        f.pointee.code = code.raw
        f.pointee.globals = globals.raw
        f.pointee.builtins = builtins.raw
        f.pointee.name = c.pointee.name
        f.pointee.qualname = c.pointee.qualname
        f.pointee.module = (Dict.getStr(globals, "__name__") ?? Value.none).raw
        let consts = Value(raw: c.pointee.consts)
        // A docstring is the first constant of a function whose body starts with a string.
        f.pointee.doc = Value.none.raw
        if Tuple.count(consts) > 0 && Tuple.items(consts)[0].isExactlyStr {
            f.pointee.doc = Tuple.items(consts)[0].raw
        }
        // Functions of one code object share its version (closures made in a loop stay
        // specialized), as CPython 3.13 gives func_version from co_version.
        f.pointee.version = c.pointee.func_version
        return Value(f)
    }

    /// `__code__` or `__defaults__` replaced: a version no cache holds.
    public static func bumpVersion(_ f: UnsafeMutablePointer<QKFunction>) {
        f.pointee.version = newVersion()
    }

    static func newVersion() -> UInt32 {
        let v = nextVersion
        nextVersion &+= 1
        if nextVersion == 0 { nextVersion = 1 }
        return v
    }
}

public enum Cell {
    public static func make(_ v: Value) -> Value {
        let c: UnsafeMutablePointer<QKCell> = Heap.allocate(Types.cell, size: MemoryLayout<QKCell>.size, as: QKCell.self)
        c.pointee.ref = v.raw
        return Value(c)
    }
}

public enum Method {
    public static func make(_ fn: Value, _ receiver: Value) -> Value {
        let m: UnsafeMutablePointer<QKMethod> = Heap.allocate(Types.method, size: MemoryLayout<QKMethod>.size, as: QKMethod.self)
        m.pointee.callable = fn.raw
        m.pointee.receiver = receiver.raw
        return Value(m)
    }
}
