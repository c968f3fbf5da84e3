// Calling builtin types: int(...), str(...), list(...), property(...), ... Each is the type's
// __new__, registered as a classmethod-style native that receives the class.

import BigInt
import CSupport
import QuickenCompiler

enum Constructors {
    static func new(_ t: TypePtr, _ fn: @escaping NativeFunction) {
        Dict.setStr(t.dict, "__new__", Native.function("__new__", qualname: "\(t.name).__new__", fn))
    }

    /// The class being instantiated (receiver, or the first argument when called directly).
    static func cls(_ a: inout Args) -> TypePtr {
        if a.receiver.isNull {
            let c = a[0]
            a.base += 1
            a.total -= 1
            return c.ptr(QKType.self)
        }
        return a.receiver.ptr(QKType.self)
    }

    static func register() {
        new(Types.int) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            try a.expect("int", min: 0, max: 2, keywords: ["base"])
            let v = try makeInt(&a)
            if t == Types.int { return v }
            return BigIntBox.box(Ints.big(v), type: t)
        }
        new(Types.bool) { (a: inout Args) throws(PyError) -> Value in
            _ = cls(&a)
            try a.expect("bool", min: 0, max: 1)
            return a.count == 0 ? .false_ : .bool(try Ops.truthy(a[0]))
        }
        new(Types.float) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            try a.expect("float", min: 0, max: 1)
            let d = a.count == 0 ? 0.0 : try toFloat(a[0])
            if t == Types.float { return .float(d) }
            let b = Builtins.box(t, .null)
            b.ptr(QKBox.self).pointee.i = Int64(bitPattern: d.bitPattern)
            return b
        }
        new(ExtraTypes.complex) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            return try NumberMethods.construct(&a, type: t)
        }
        new(Types.str) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            try a.expect("str", min: 0, max: 3, keywords: ["object", "encoding", "errors"])
            var s = Str.empty
            if let o = a.arg(0, "object") {
                if o.isObject && o.layout == QK_LAYOUT_BYTES && (a.count > 1 || a.keyword("encoding") != nil) {
                    s = Str.make(String(decoding: Bytes.array(o), as: UTF8.self))
                } else {
                    s = try Ops.str(o)
                }
            }
            if t == Types.str { return s }
            let p = Str.allocate(length: Str.count(s), width: Str.width(s.ptr(QKStr.self)))
            p.pointee.ob.ob_type = t
            Str.copy(from: s.ptr(QKStr.self), start: 0, count: Str.count(s), to: p, at: 0)
            return Value(p)
        }
        new(Types.bytes) { (a: inout Args) throws(PyError) -> Value in
            _ = cls(&a)
            if a.count == 0 { return Bytes.make([]) }
            let v = a[0]
            if v.isObject && v.layout == QK_LAYOUT_STR {
                return Bytes.make(Array(Str.swift(v).utf8))
            }
            if Ints.isInt(v) { return Bytes.make([UInt8](repeating: 0, count: Ints.exact(v) ?? 0)) }
            var out: [UInt8] = []
            for x in try Ops.toArray(v) {
                guard let i = Ints.exact(x), i >= 0, i < 256 else { throw .value("bytes must be in range(0, 256)") }
                out.append(UInt8(i))
            }
            return Bytes.make(out)
        }
        new(Types.tuple) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            try a.expect("tuple", min: 0, max: 1)
            let items = a.count == 0 ? [] : try Ops.toArray(a[0])
            if t == Types.tuple { return a.count == 1 && a[0].isExactly(Types.tuple) ? a[0] : Tuple.make(items) }
            let v = Tuple.allocate(items.count, type: t)
            for (i, x) in items.enumerated() { Tuple.items(v)[i] = x }
            return v
        }
        new(Types.list) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            return List.new(type: t == Types.list ? nil : t)
        }
        Native.method(Types.list, "__init__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("list", min: 0, max: 1)
            List.setCount(a.receiver, 0)
            if a.count == 1 { try Lists.extend(a.receiver, a[0]) }
            return .none
        }
        new(Types.dict) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            return Dict.new(type: t == Types.dict ? nil : t)
        }
        Native.method(Types.dict, "__init__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dict", min: 0, max: 1, keywords: a.keywords.map { $0.0 })
            if a.count == 1 { try Dicts.update(a.receiver, a[0]) }
            for (k, v) in a.keywords { try Dict.set(a.receiver, Str.intern(k), v) }
            return .none
        }
        for frozen in [false, true] {
            new(frozen ? Types.frozenset : Types.set) { (a: inout Args) throws(PyError) -> Value in
                let t = cls(&a)
                let s = Sets.new(frozen: frozen, type: t)
                if frozen && a.count == 1 { try Sets.update(s, a[0]) }
                return s
            }
        }
        Native.method(Types.set, "__init__") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("set", min: 0, max: 1)
            Dict.clear(a.receiver)
            if a.count == 1 { try Sets.update(a.receiver, a[0]) }
            return .none
        }
        new(Types.range) { (a: inout Args) throws(PyError) -> Value in
            _ = cls(&a)
            try a.expect("range", min: 1, max: 3)
            var vals: [Value] = []
            for i in 0..<a.count {
                var v = a[i]
                if !Ints.isInt(v), let m = Ops.userMethod(v.type, Names.__index__) { v = try callValues(m, [v]) }
                guard Ints.isInt(v) else { throw .type("'\(a[i].type.name)' object cannot be interpreted as an integer") }
                vals.append(v)
            }
            switch vals.count {
            case 1: return try Ranges.make(.int(0), vals[0], .int(1))
            case 2: return try Ranges.make(vals[0], vals[1], .int(1))
            default: return try Ranges.make(vals[0], vals[1], vals[2])
            }
        }
        new(Types.slice) { (a: inout Args) throws(PyError) -> Value in
            _ = cls(&a)
            try a.expect("slice", min: 1, max: 3)
            switch a.count {
            case 1: return Slices.make(.none, a[0], .none)
            case 2: return Slices.make(a[0], a[1], .none)
            default: return Slices.make(a[0], a[1], a[2])
            }
        }
        new(Types.type) { (a: inout Args) throws(PyError) -> Value in
            let meta = cls(&a)
            if a.count == 1 { return Value(a[0].type) }
            guard a.count == 3 else { throw .type("type() takes 1 or 3 arguments") }
            let ns = a[2].isExactly(Types.dict) ? a[2] : Dict.copy(a[2])
            return try ClassBuilder.makeClass(meta: meta, name: a[0], bases: a[1], ns: ns,
                                              keywords: a.keywords.map { (Str.intern($0.0), $0.1) })
        }
        Native.method(Types.type, "__init__") { (a: inout Args) throws(PyError) -> Value in .none }
        Native.method(Types.type, "__call__") { (a: inout Args) throws(PyError) -> Value in
            try Ops.callType(a.receiver.ptr(QKType.self), a.base, a.total, kwnames: a.kwnames)
        }
        Ops.typeCall = Dict.getStr(Types.type.dict, "__call__")!
        new(Types.property) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            try a.expect("property", min: 0, max: 4, keywords: ["fget", "fset", "fdel", "doc"])
            var doc = a.arg(3, "doc") ?? .null
            let fget = a.arg(0, "fget") ?? .null
            if doc.isNull || doc.isNone, !fget.isNull, !fget.isNone, let d = try? Ops.getAttrOrNil(fget, Names.__doc__) { doc = d }
            return Builtins.box(t, fget, a.arg(1, "fset") ?? .null, a.arg(2, "fdel") ?? .null, doc)
        }
        for (name, which) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
            Native.method(Types.property, name) { (a: inout Args) throws(PyError) -> Value in
                let b = a.receiver.ptr(QKBox.self).pointee
                var parts = [Value(raw: b.a), Value(raw: b.b), Value(raw: b.c)]
                parts[which] = a[0]
                return Builtins.box(a.receiver.type, parts[0], parts[1], parts[2], Value(raw: b.d))
            }
        }
        Native.method(Types.property, "__get__") { (a: inout Args) throws(PyError) -> Value in
            if a[0].isNone { return a.receiver }
            return try Ops.descriptorGet(a.receiver, a[0], a[0].type)
        }
        Native.method(Types.property, "__set__") { (a: inout Args) throws(PyError) -> Value in
            let f = Value(raw: a.receiver.ptr(QKBox.self).pointee.b)
            if f.isNull || f.isNone { throw .attribute("property has no setter") }
            return try callValues(f, [a[0], a[1]])
        }
        new(Types.staticmethod) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            return Builtins.box(t, a[0])
        }
        new(Types.classmethod) { (a: inout Args) throws(PyError) -> Value in
            let t = cls(&a)
            return Builtins.box(t, a[0])
        }
        Native.method(Types.staticmethod, "__get__") { (a: inout Args) throws(PyError) -> Value in Value(raw: a.receiver.ptr(QKBox.self).pointee.a) }
        Native.method(Types.classmethod, "__get__") { (a: inout Args) throws(PyError) -> Value in
            let owner = a.count > 1 && !a[1].isNone ? a[1] : Value(a[0].type)
            return Method.make(Value(raw: a.receiver.ptr(QKBox.self).pointee.a), owner)
        }
        new(Types.super) { (a: inout Args) throws(PyError) -> Value in
            _ = cls(&a)
            if a.count == 2 { return try SuperObject.make(a[0], a[1]) }
            // Zero-argument super() outside LOAD_SUPER_ATTR: find __class__ and self in the caller.
            guard let f = Heap.currentFrame, f.pointee.code.pointee.argcount > 0 else {
                throw .runtime("super(): no arguments")
            }
            let code = f.pointee.code!
            let lp = Frames.localsplus(f)
            var selfArg = lp[0]
            if selfArg.isLayout(QK_LAYOUT_CELL) && code.pointee.localspluskinds[0] & 0x40 != 0 { selfArg = Value(raw: selfArg.ptr(QKCell.self).pointee.ref) }
            for i in 0..<Int(code.pointee.nlocalsplus) where Code.localName(code, i) == "__class__" {
                let cell = lp[i]
                if cell.isLayout(QK_LAYOUT_CELL) {
                    return try SuperObject.make(Value(raw: cell.ptr(QKCell.self).pointee.ref), selfArg)
                }
            }
            throw .runtime("super(): __class__ cell not found")
        }
    }

    static func toFloat(_ v: Value) throws(PyError) -> Double {
        if let d = Numbers.toDouble(v) {
            if Ints.isInt(v), !d.isFinite { throw .overflow("int too large to convert to float") }
            return d
        }
        if v.isObject && v.layout == QK_LAYOUT_STR {
            if let d = Numbers.parseFloat(Str.swift(v)) { return d }
            throw .value("could not convert string to float: \(pyRepr(Str.swift(v)))")
        }
        if v.isObject && v.layout == QK_LAYOUT_BYTES {
            let text = String(decoding: Bytes.array(v), as: UTF8.self)
            if let d = Numbers.parseFloat(text) { return d }
            throw .value("could not convert string to float: \(pyBytesRepr(Bytes.array(v)))")
        }
        if let m = Ops.userMethod(v.type, Names.__float__) { return try toFloat(try callValues(m, [v])) }
        throw .type("float() argument must be a string or a real number, not '\(v.type.name)'")
    }

    static func makeInt(_ a: inout Args) throws(PyError) -> Value {
        if a.count == 0 && a.keyword("base") == nil { return .int(0) }
        let v = a[0]
        if let baseV = a.arg(1, "base") {
            if ByteArray.isByteArray(v) {
                guard let base = Ints.exact(baseV), base == 0 || (2...36).contains(base) else { throw .value("int() base must be >= 2 and <= 36, or 0") }
                return try parseInt(String(decoding: ByteArray.array(v), as: UTF8.self), base)
            }
            guard v.isObject && (v.layout == QK_LAYOUT_STR || v.layout == QK_LAYOUT_BYTES) else {
                throw .type("int() can't convert non-string with explicit base")
            }
            guard let base = Ints.exact(baseV), base == 0 || (2...36).contains(base) else { throw .value("int() base must be >= 2 and <= 36, or 0") }
            return try parseInt(v.layout == QK_LAYOUT_STR ? Str.swift(v) : String(decoding: Bytes.array(v), as: UTF8.self), base)
        }
        if Ints.isInt(v) { return v.layout == QK_LAYOUT_BOOL ? .int(Ints.exact(v)!) : (v.type.isHeapType ? Ints.make(Ints.big(v)) : v) }
        if v.isDouble || v.layout == QK_LAYOUT_FLOAT {
            let d = Numbers.toDouble(v)!
            if d.isNaN { throw .value("cannot convert float NaN to integer") }
            if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
            let t = d.rounded(.towardZero)
            if abs(t) < 9.0e15 { return .int(Int(t)) }  // exact in a machine int: no BigInt
            return Ints.make(BigInt(t))
        }
        if v.isObject && (v.layout == QK_LAYOUT_STR || v.layout == QK_LAYOUT_BYTES) {
            return try parseInt(v.layout == QK_LAYOUT_STR ? Str.swift(v) : String(decoding: Bytes.array(v), as: UTF8.self), 10)
        }
        if ByteArray.isByteArray(v) { return try parseInt(String(decoding: ByteArray.array(v), as: UTF8.self), 10) }
        for name in [Names.__int__, Names.__index__] {
            if let m = Ops.userMethod(v.type, name) { return try callValues(m, [v]) }
        }
        if let m = Ops.userMethod(v.type, Str.intern("__trunc__")) { return try callValues(m, [v]) }
        throw .type("int() argument must be a string, a bytes-like object or a real number, not '\(v.type.name)'")
    }

    static func parseInt(_ text: String, _ base0: Int) throws(PyError) -> Value {
        guard let v = try Ints.parse(text, base: base0) else { throw .value("invalid literal for int() with base \(base0): \(pyRepr(text))") }
        return Ints.make(v)
    }
}
