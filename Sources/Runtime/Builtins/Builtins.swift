// The builtins module: functions like print, len, isinstance, sorted, ...

import CSupport
import Foundation
import QuickenCompiler

public enum Builtins {
    nonisolated(unsafe) public static var module = Value.null
    nonisolated(unsafe) public static var dict = Value.null
    nonisolated(unsafe) static var buildClass = Value.null
    nonisolated(unsafe) static var superType = Value.null
    nonisolated(unsafe) static var subclassesNative = Value.null
    nonisolated(unsafe) static var mroNative = Value.null
    nonisolated(unsafe) public static var stdout = FileHandle.standardOutput
    nonisolated(unsafe) static var outBuffer: [UInt8] = []

    public static func writeStdout(_ s: String) throws(PyError) {
        if let sys = Dict.getStr(Imports.modules, "sys"), let out = Dict.getStr(Imports.moduleDict(sys), "stdout"), !out.isExactly(TextFile.type) {
            _ = try callValues(try Ops.getAttr(out, Str.intern("write")), [Str.make(s)])
            return
        }
        outBuffer.append(contentsOf: Array(s.utf8))
        if outBuffer.count > 1 << 16 { flushStdout() }
    }

    public static func flushStdout() {
        if outBuffer.isEmpty { return }
        outBuffer.withUnsafeBytes { p in
            var off = 0
            while off < p.count {
                let n = Glibc.write(1, p.baseAddress! + off, p.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        outBuffer.removeAll(keepingCapacity: true)
    }

    public static func writeStderr(_ s: String) {
        flushStdout()
        FileHandle.standardError.write(s.data(using: .utf8)!)
    }

    static func staticMethod(_ f: Value) -> Value { box(Types.staticmethod, f) }
    static func classMethod(_ f: Value) -> Value { box(Types.classmethod, f) }

    static func box(_ t: TypePtr, _ a: Value, _ b: Value = .null, _ c: Value = .null, _ d: Value = .null) -> Value {
        let p: UnsafeMutablePointer<QKBox> = Heap.allocate(t, size: max(MemoryLayout<QKBox>.size, Int(t.pointee.basicsize)), as: QKBox.self)
        p.pointee.a = a.raw
        p.pointee.b = b.raw
        p.pointee.c = c.raw
        p.pointee.d = d.raw
        return Value(p)
    }

    static func functionName(_ f: Value) -> String {
        if f.isLayout(QK_LAYOUT_FUNCTION) { return Str.swift(Value(raw: f.ptr(QKFunction.self).pointee.qualname)) + "()" }
        if f.isLayout(QK_LAYOUT_NATIVE) { return Str.swift(Value(raw: f.ptr(QKNative.self).pointee.name)) + "()" }
        return (try? Ops.reprString(f)) ?? "function"
    }

    static func def(_ name: String, _ fn: @escaping NativeFunction) {
        Dict.setStr(dict, name, Native.function(name, fn))
    }

    static func dir(_ v: Value) throws(PyError) -> Value {
        var names: Set<String> = []
        if let d = Ops.instanceDict(v, create: false) { for k in Dict.keys(d) { names.insert(Str.swift(k)) } }
        let t = v.isLayout(QK_LAYOUT_TYPE) ? v.ptr(QKType.self) : v.type
        for base in Tuple.elements(t.mro) { for k in Dict.keys(base.ptr(QKType.self).dict) { names.insert(Str.swift(k)) } }
        if v.isLayout(QK_LAYOUT_MODULE) { for k in Dict.keys(Imports.moduleDict(v)) { names.insert(Str.swift(k)) } }
        return List.make(names.sorted().map { Str.make($0) })
    }

    /// min()/max() share everything but the comparison direction.
    static func minMax(_ a: inout Args, _ name: String, _ op: Int) throws(PyError) -> Value {
        try a.expect(name, min: 1, max: Int.max, keywords: ["key", "default"])
        let key = a.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let items: [Value]
        if a.count == 1 {
            items = try Ops.toArray(a[0])
        } else {
            if a.keyword("default") != nil {
                throw .type("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = a.positional
        }
        if items.isEmpty {
            if let d = a.keyword("default") { return d }
            throw .value("\(name)() iterable argument is empty")
        }
        var best = items[0]
        var bestKey = key != nil ? try callValues(key!, [best]) : best
        for x in items.dropFirst() {
            let k = key != nil ? try callValues(key!, [x]) : x
            if try Ops.truthy(try Ops.richCompare(k, bestKey, op)) {
                best = x
                bestKey = k
            }
        }
        return best
    }

    static func register() {
        module = Imports.newModule("builtins")
        dict = Imports.moduleDict(module)
        Heap.addRoot(module)
        let d = dict
        for (name, t) in [("object", Types.object), ("type", Types.type), ("int", Types.int), ("float", Types.float),
                          ("str", Types.str), ("bool", Types.bool), ("list", Types.list), ("tuple", Types.tuple),
                          ("dict", Types.dict), ("set", Types.set), ("frozenset", Types.frozenset), ("range", Types.range),
                          ("slice", Types.slice), ("bytes", Types.bytes), ("property", Types.property),
                          ("staticmethod", Types.staticmethod), ("classmethod", Types.classmethod), ("super", Types.super),
                          ("complex", ExtraTypes.complex!), ("bytearray", ByteArray.type!)] {
            Dict.setStr(d, name, Value(t))
        }
        superType = Value(Types.super)
        Dict.setStr(d, "None", .none)
        Dict.setStr(d, "True", .true_)
        Dict.setStr(d, "False", .false_)
        Dict.setStr(d, "NotImplemented", .notImplemented)
        Dict.setStr(d, "Ellipsis", .ellipsis)
        Dict.setStr(d, "__debug__", .true_)
        buildClass = Native.function("__build_class__") { (a: inout Args) throws(PyError) -> Value in try ClassBuilder.buildClass(&a) }
        Dict.setStr(d, "__build_class__", buildClass)
        subclassesNative = Native.function("__subclasses__") { (a: inout Args) throws(PyError) -> Value in
            List.make(List.elements(Value(raw: a.receiver.ptr(QKType.self).pointee.subclasses)))
        }
        mroNative = Native.function("mro") { (a: inout Args) throws(PyError) -> Value in
            List.make(Tuple.elements(a.receiver.ptr(QKType.self).mro))
        }

        def("print") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("print", min: 0, max: Int.max, keywords: ["sep", "end", "file", "flush"])
            let sepV = a.keyword("sep") ?? Value.none, endV = a.keyword("end") ?? Value.none
            if !sepV.isNone && !sepV.isExactlyStr { throw .type("sep must be None or a string, not \(sepV.type.name)") }
            if !endV.isNone && !endV.isExactlyStr { throw .type("end must be None or a string, not \(endV.type.name)") }
            let sep = sepV.isNone ? " " : Str.swift(sepV)
            let end = endV.isNone ? "\n" : Str.swift(endV)
            var parts: [String] = []
            for i in 0..<a.count { parts.append(Str.swift(try Ops.str(a[i]))) }
            let text = parts.joined(separator: sep) + end
            if let f = a.keyword("file"), !f.isNone {
                _ = try callValues(try Ops.getAttr(f, Str.intern("write")), [Str.make(text)])
            } else {
                try writeStdout(text)
            }
            return .none
        }
        def("len") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("len", min: 1, max: 1)
            return .int(try Ops.length(a[0]))
        }
        def("repr") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("repr", min: 1, max: 1)
            return try Ops.repr(a[0])
        }
        def("ascii") { (a: inout Args) throws(PyError) -> Value in try Ops.ascii(a[0]) }
        def("isinstance") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("isinstance", min: 2, max: 2)
            return .bool(try isInstanceOf(a[0], a[1]))
        }
        def("issubclass") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("issubclass", min: 2, max: 2)
            guard a[0].isLayout(QK_LAYOUT_TYPE) else { throw .type("issubclass() arg 1 must be a class") }
            return .bool(try isSubclassOf(a[0].ptr(QKType.self), a[1]))
        }
        def("hasattr") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("hasattr", min: 2, max: 2)
            guard a[1].isObject && a[1].layout == QK_LAYOUT_STR else { throw .type("attribute name must be string, not '\(a[1].type.name)'") }
            let name = try Str.internName(a[1])
            do throws(PyError) {
                return .bool(try Ops.getAttrOrNil(a[0], name) != nil)
            } catch {
                if error.matches(qk_exc.AttributeError) { return .false_ }
                throw error
            }
        }
        def("getattr") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("getattr", min: 2, max: 3)
            guard a[1].isObject && a[1].layout == QK_LAYOUT_STR else { throw .type("attribute name must be string, not '\(a[1].type.name)'") }
            if a.count == 3 {
                do throws(PyError) { if let v = try Ops.getAttrOrNil(a[0], try Str.internName(a[1])) { return v } } catch {
                    if !error.matches(qk_exc.AttributeError) { throw error }
                }
                return a[2]
            }
            return try Ops.getAttr(a[0], try Str.internName(a[1]))
        }
        def("setattr") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("setattr", min: 3, max: 3)
            try Ops.setAttr(a[0], try Str.internName(a[1]), a[2])
            return .none
        }
        def("delattr") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("delattr", min: 2, max: 2)
            try Ops.delAttr(a[0], try Str.internName(a[1]))
            return .none
        }
        def("callable") { (a: inout Args) throws(PyError) -> Value in
            let v = a[0]
            guard v.isObject else { return .false_ }
            switch v.layout {
            case QK_LAYOUT_FUNCTION, QK_LAYOUT_NATIVE, QK_LAYOUT_METHOD, QK_LAYOUT_TYPE: return .true_
            default: return .bool(lookupInMRO(v.type, Names.__call__) != nil)
            }
        }
        def("next") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("next", min: 1, max: 2)
            if !a[0].isObject || (a[0].type != qk_types.iterator_ && a[0].type != Types.generator && lookupInMRO(a[0].type, Names.__next__) == nil) {
                throw .type("'\(a[0].type.name)' object is not an iterator")
            }
            if a[0].isExactly(Types.generator) || a[0].type.isHeapType {
                do throws(PyError) {
                    if a[0].isExactly(Types.generator) {
                        let r = try Generators.resume(a[0], .none)
                        if !r.done { return r.value }
                        if a.count == 2 { return a[1] }
                        throw Exceptions.stopIteration(r.value)
                    }
                    return try callValues(lookupInMRO(a[0].type, Names.__next__)!, [a[0]])
                } catch {
                    if a.count == 2 && error.matches(qk_exc.StopIteration) { return a[1] }
                    throw error
                }
            }
            if let v = try Ops.next(a[0]) { return v }
            if a.count == 2 { return a[1] }
            throw PyError.stopIteration
        }
        def("id") { (a: inout Args) throws(PyError) -> Value in
            let v = a[0]
            return .int(Int(truncatingIfNeeded: v.isObject ? v.raw : v.raw & 0x0000FFFFFFFFFFFF))
        }
        def("hash") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("hash", min: 1, max: 1)
            return .int(try Ops.hash(a[0]))
        }
        def("abs") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("abs", min: 1, max: 1)
            return try Ops.absolute(a[0])
        }
        def("min") { (a: inout Args) throws(PyError) -> Value in try minMax(&a, "min", 0) }
        def("max") { (a: inout Args) throws(PyError) -> Value in try minMax(&a, "max", 4) }
        def("any") { (a: inout Args) throws(PyError) -> Value in
            let it = try Ops.iter(a[0])
            while let v = try Ops.next(it) { if try Ops.truthy(v) { return .true_ } }
            return .false_
        }
        def("all") { (a: inout Args) throws(PyError) -> Value in
            let it = try Ops.iter(a[0])
            while let v = try Ops.next(it) { if !(try Ops.truthy(v)) { return .false_ } }
            return .true_
        }
        def("ord") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("ord", min: 1, max: 1)
            let v = a[0]
            if v.isObject && v.layout == QK_LAYOUT_STR {
                guard Str.count(v) == 1 else { throw .type("ord() expected a character, but string of length \(Str.count(v)) found") }
                return .int(Int(Str.codePoint(v.ptr(QKStr.self), 0)))
            }
            if v.isObject && v.layout == QK_LAYOUT_BYTES && v.ptr(QKBytes.self).pointee.length == 1 { return .int(Int(Bytes.data(v)[0])) }
            throw .type("ord() expected string of length 1, but \(v.type.name) found")
        }
        def("chr") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("chr", min: 1, max: 1)
            guard Ints.isInt(a[0]) else { throw .type("'\(a[0].type.name)' object cannot be interpreted as an integer") }
            guard let i = Ints.exact(a[0]), i >= 0, i < 0x110000 else { throw .value("chr() arg not in range(0x110000)") }
            return Str.char(UInt32(i))
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            def(name) { (a: inout Args) throws(PyError) -> Value in
                try a.expect(name, min: 1, max: 1)
                var v = a[0]
                if !Ints.isInt(v), let m = Ops.userMethod(v.type, Names.__index__) { v = try callValues(m, [v]) }
                guard Ints.isInt(v) else { throw .type("'\(v.type.name)' object cannot be interpreted as an integer") }
                let b = Ints.big(v)
                return Str.make((b.sign == .minus && b != 0 ? "-" : "") + prefix + String(b.magnitude, radix: radix))
            }
        }
        def("divmod") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("divmod", min: 2, max: 2)
            return try Ops.divmod(a[0], a[1])
        }
        def("pow") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("pow", min: 2, max: 3, keywords: ["base", "exp", "mod"])
            return try Ops.ternaryPow(a.arg(0, "base")!, a.arg(1, "exp")!, a.arg(2, "mod") ?? .none)
        }
        def("round") { (a: inout Args) throws(PyError) -> Value in try Rounding.round(&a) }
        def("format") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("format", min: 1, max: 2)
            return try Ops.format(a[0], a.count > 1 ? a[1] : Str.empty)
        }
        def("vars") { (a: inout Args) throws(PyError) -> Value in
            if a.count == 0 { return Value(raw: Heap.currentFrame!.pointee.locals) }
            if a[0].isLayout(QK_LAYOUT_TYPE) { return a[0].ptr(QKType.self).dict }
            guard let d = try Ops.getAttrOrNil(a[0], Names.__dict__) else {
                throw .type("vars() argument must have __dict__ attribute")
            }
            return d
        }
        def("dir") { (a: inout Args) throws(PyError) -> Value in
            if a.count == 0 { return List.make(Dict.keys(Value(raw: Heap.currentFrame!.pointee.locals == 0 ? Heap.currentFrame!.pointee.globals : Heap.currentFrame!.pointee.locals)).sorted { Str.compare($0, $1) < 0 }) }
            return try dir(a[0])
        }
        def("globals") { (a: inout Args) throws(PyError) -> Value in Value(raw: Heap.currentFrame!.pointee.globals) }
        def("locals") { (a: inout Args) throws(PyError) -> Value in
            let f = Heap.currentFrame!
            if f.pointee.locals != 0 { return Value(raw: f.pointee.locals) }
            let d = Dict.new()
            let code = f.pointee.code!
            let lp = Frames.localsplus(f)
            for i in 0..<Int(code.pointee.nlocalsplus) where !lp[i].isNull {
                var v = lp[i]
                if code.pointee.localspluskinds[i] & 0xC0 != 0, v.isLayout(QK_LAYOUT_CELL) {
                    v = Value(raw: v.ptr(QKCell.self).pointee.ref)
                    if v.isNull { continue }
                }
                Dict.setStr(d, Tuple.items(Value(raw: code.pointee.localsplusnames))[i], v)
            }
            return d
        }
        def("input") { (a: inout Args) throws(PyError) -> Value in
            if a.count > 0 { try writeStdout(Str.swift(try Ops.str(a[0]))) }
            flushStdout()
            guard let line = readLine(strippingNewline: true) else { throw PyError(qk_exc.EOFError, "EOF when reading a line") }
            return Str.make(line)
        }
        def("open") { (a: inout Args) throws(PyError) -> Value in try TextFile.open(&a) }
        def("exec") { (a: inout Args) throws(PyError) -> Value in try Runtime.builtinExec(&a, eval: false) }
        def("eval") { (a: inout Args) throws(PyError) -> Value in try Runtime.builtinExec(&a, eval: true) }
        def("__import__") { (a: inout Args) throws(PyError) -> Value in
            let globals = a.arg(1, "globals") ?? Value(raw: Heap.currentFrame!.pointee.globals)
            let fromlist = a.arg(3, "fromlist") ?? Value.none
            let level = a.arg(4, "level") ?? .int(0)
            return try Imports.importName(a[0], globals: globals.isNone ? Dict.new() : globals, fromlist: fromlist, level: level.smallInt)
        }
        IterBuiltins.install() // list/tuple/dict/set/iterator builtins (Methods+Range.swift)
    }

    static func isInstanceOf(_ v: Value, _ spec: Value) throws(PyError) -> Bool {
        if spec.isLayout(QK_LAYOUT_TYPE) {
            if isInstance(v, spec.ptr(QKType.self)) { return true }
            if let check = lookupInMRO(spec.type, Str.intern("__instancecheck__")), spec.type.isHeapType {
                return try Ops.truthy(try callValues(check, [spec, v]))
            }
            return false
        }
        if spec.isLayout(QK_LAYOUT_TUPLE) {
            for t in Tuple.elements(spec) where try isInstanceOf(v, t) { return true }
            return false
        }
        // Any object may answer through its type's __instancecheck__ (unions, typing aliases).
        if spec.type.isHeapType, let check = lookupInMRO(spec.type, Str.intern("__instancecheck__")) {
            return try Ops.truthy(try callValues(check, [spec, v]))
        }
        throw .type("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    static func isSubclassOf(_ t: TypePtr, _ spec: Value) throws(PyError) -> Bool {
        if spec.isLayout(QK_LAYOUT_TYPE) {
            if isSubtype(t, spec.ptr(QKType.self)) { return true }
            if let check = lookupInMRO(spec.type, Str.intern("__subclasscheck__")), spec.type.isHeapType {
                return try Ops.truthy(try callValues(check, [spec, Value(t)]))
            }
            return false
        }
        if spec.isLayout(QK_LAYOUT_TUPLE) {
            for s in Tuple.elements(spec) where try isSubclassOf(t, s) { return true }
            return false
        }
        if spec.type.isHeapType, let check = lookupInMRO(spec.type, Str.intern("__subclasscheck__")) {
            return try Ops.truthy(try callValues(check, [spec, Value(t)]))
        }
        throw .type("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }
}

extension Str {
    /// An interned copy of a str value (attribute names from getattr/setattr).
    static func internName(_ v: Value) throws(PyError) -> Value {
        guard v.isObject && v.layout == QK_LAYOUT_STR else { throw .type("attribute name must be string, not '\(v.type.name)'") }
        return intern(v)
    }
}

extension BigIntValue.Magnitude {
    var asSigned: BigIntValue { BigIntValue(self) }
}

extension Value {
    /// Set a QKBox's integer field `i` (builder style, for freshly made boxes).
    func with(index: Int) -> Value {
        ptr(QKBox.self).pointee.i = Int64(index)
        return self
    }
}
