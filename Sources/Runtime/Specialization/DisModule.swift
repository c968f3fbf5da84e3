// The `dis` module as Python code sees it: dis.dis(x, adaptive=..., show_caches=...) prints
// the live (quickened) code in CPython 3.13's format, plus opname/opmap.

import CSupport
import QuickenCompiler

enum DisModule {
    static func create() -> Value {
        let m = Imports.newModule("dis")
        let d = Imports.moduleDict(m)
        Modules.def(m, "dis") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("dis", min: 0, max: 1, keywords: ["x", "adaptive", "show_caches", "depth", "file", "show_offsets"])
            guard let x = a.arg(0, "x"), !x.isNone else { throw .type("dis() needs an object to disassemble") }
            var options = DisassemblyOptions()
            options.adaptive = try flag(a.keyword("adaptive"))
            options.showCaches = try flag(a.keyword("show_caches"))
            options.showOffsets = try flag(a.keyword("show_offsets"))
            if let depth = a.keyword("depth"), !depth.isNone { options.depth = Ints.exact(depth) }
            let text = try disassemble(x, options)
            if let file = a.keyword("file"), !file.isNone {
                _ = try callValues(try Ops.getAttr(file, Str.intern("write")), [Str.make(text)])
            } else {
                try Builtins.writeStdout(text)
            }
            return .none
        }
        // Like CPython 3.13's, opname and opmap list the base instructions only.
        var names: [Value] = [], map: [(String, Int)] = []
        for i in 0..<256 {
            if let op = Opcode(rawValue: UInt16(i)), op.family == nil {
                names.append(Str.make(op.name))
                map.append((op.name, i))
            } else {
                names.append(Str.make("<\(i)>"))
            }
        }
        Dict.setStr(d, "opname", List.make(names))
        let opmap = Dict.new()
        for (name, i) in map { Dict.setStr(opmap, name, .int(i)) }
        Dict.setStr(d, "opmap", opmap)
        return m
    }

    static func flag(_ v: Value?) throws(PyError) -> Bool {
        guard let v else { return false }
        return try Ops.truthy(v)
    }

    /// The code object behind a function, method, code or source string; nil otherwise.
    static func codeOf(_ x: Value) throws(PyError) -> Value? {
        if x.isLayout(QK_LAYOUT_CODE) { return x }
        if x.isExactly(Types.function) { return Value(raw: x.ptr(QKFunction.self).pointee.code) }
        if x.isExactly(Types.method) { return try codeOf(Value(raw: x.ptr(QKMethod.self).pointee.callable)) }
        if x.isExactly(Types.staticmethod) || x.isExactly(Types.classmethod) { return try codeOf(Value(raw: x.ptr(QKBox.self).pointee.a)) }
        if x.isExactlyStr { return try Runtime.compile(Str.swift(x), filename: "<dis>", mode: .exec) }
        return nil
    }

    static func disassemble(_ x: Value, _ options: DisassemblyOptions) throws(PyError) -> String {
        if let code = try codeOf(x) { return Disassembler.dis(LiveCode(code), options: options) }
        // Classes and modules: each code-bearing attribute, in name order (as CPython's dis).
        let ns: Value
        if x.isLayout(QK_LAYOUT_TYPE) {
            ns = x.ptr(QKType.self).dict
        } else if x.isExactly(Types.module) {
            ns = Value(raw: x.ptr(QKModule.self).pointee.dict)
        } else {
            throw .type("don't know how to disassemble \(x.type.name) objects")
        }
        var out = ""
        for (key, value) in Dict.items(ns).sorted(by: { Str.swift($0.key) < Str.swift($1.key) }) {
            guard let code = try codeOf(value), !value.isExactlyStr else { continue }
            out += "Disassembly of \(Str.swift(key)):\n" + Disassembler.dis(LiveCode(code), options: options) + "\n"
        }
        return out
    }
}
