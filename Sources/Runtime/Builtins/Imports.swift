// import: builtin modules (sys, math, time, ...) and modules loaded from .py files on sys.path.

import CSupport
import Foundation
import QuickenCompiler
import QuickenSyntax

public enum Imports {
    nonisolated(unsafe) public static var modules = Value.null  // sys.modules

    public static func newModule(_ name: String) -> Value {
        let m: UnsafeMutablePointer<QKModule> = Heap.allocate(Types.module, size: MemoryLayout<QKModule>.size, as: QKModule.self)
        m.pointee.name = Str.intern(name).raw
        let d = Dict.new()
        m.pointee.dict = d.raw
        Dict.setStr(d, "__name__", Str.intern(name))
        Dict.setStr(d, "__doc__", .none)
        return Value(m)
    }

    public static func moduleDict(_ m: Value) -> Value { Value(raw: m.ptr(QKModule.self).pointee.dict) }

    static func resolveName(_ name: String, globals: Value, level: Int) throws(PyError) -> String {
        guard level > 0 else { return name }
        var package = ""
        if let p = Dict.getStr(globals, "__package__"), p.isExactlyStr { package = Str.swift(p) } else if let n = Dict.getStr(globals, "__name__"), n.isExactlyStr {
            package = Str.swift(n)
            if Dict.getStr(globals, "__path__") == nil, let dot = package.lastIndex(of: ".") { package = String(package[..<dot]) } else if Dict.getStr(globals, "__path__") == nil { package = "" }
        }
        if package.isEmpty { throw PyError(qk_exc.ImportError, "attempted relative import with no known parent package") }
        var parts = package.split(separator: ".").map(String.init)
        if level - 1 > parts.count - 1 && level > 1 { throw PyError(qk_exc.ImportError, "attempted relative import beyond top-level package") }
        parts.removeLast(level - 1)
        let base = parts.joined(separator: ".")
        return name.isEmpty ? base : base + "." + name
    }

    static func importName(_ nameValue: Value, globals: Value, fromlist: Value, level: Int) throws(PyError) -> Value {
        let name = try resolveName(Str.swift(nameValue), globals: globals, level: level)
        let parts = name.split(separator: ".").map(String.init)
        var path = ""
        var top = Value.null
        var last = Value.null
        for p in parts {
            path = path.isEmpty ? p : path + "." + p
            last = try load(path, parent: last)
            if top.isNull { top = last }
        }
        var hasFromlist = false
        if !fromlist.isNone && !fromlist.isNull { hasFromlist = try Ops.truthy(fromlist) }
        if hasFromlist {
            // `from pkg import submodule` imports submodules on demand.
            if Dict.getStr(moduleDict(last), "__path__") != nil {
                for item in try Ops.toArray(fromlist) {
                    let s = Str.swift(item)
                    if s != "*" && Dict.getStr(moduleDict(last), s) == nil {
                        // A missing submodule is fine (importFrom reports the name); an error
                        // raised while running one propagates, as in CPython.
                        do { _ = try load(path + "." + s, parent: last) } catch {
                            if !isInstance(error.exception, qk_exc.ModuleNotFoundError) { throw error }
                        }
                    }
                }
            }
            return last
        }
        return level > 0 && parts.count > 0 ? try load(String(name.split(separator: ".")[0]), parent: .null) : top
    }

    static func load(_ fullName: String, parent: Value) throws(PyError) -> Value {
        if let m = Dict.getStr(modules, fullName) { return m }
        if let m = try Modules.create(fullName) {
            Dict.setStr(modules, fullName, m)
            return m
        }
        // Search sys.path (or the parent package's __path__) for NAME.py or NAME/__init__.py.
        let short = String(fullName.split(separator: ".").last!)
        var dirs: [String] = []
        if !parent.isNull, let p = Dict.getStr(moduleDict(parent), "__path__") {
            dirs = try Ops.toArray(p).map { Str.swift($0) }
        } else if let sys = Dict.getStr(modules, "sys"), let sp = Dict.getStr(moduleDict(sys), "path") {
            dirs = try Ops.toArray(sp).filter { $0.isExactlyStr }.map { Str.swift($0) }
        }
        for dir in dirs {
            let base = dir.isEmpty ? "." : dir
            let pkgInit = base + "/" + short + "/__init__.py"
            let file = base + "/" + short + ".py"
            if FileManager.default.fileExists(atPath: pkgInit) {
                return try execModule(fullName, file: pkgInit, packagePath: base + "/" + short, parent: parent)
            }
            if FileManager.default.fileExists(atPath: file) {
                return try execModule(fullName, file: file, packagePath: nil, parent: parent)
            }
        }
        // The Python half of the standard library, embedded at build time (Lib/, Tools/gen-stdlib.py).
        if let lib = StdlibSources.modules[fullName] {
            return try execSource(fullName, source: lib.source, file: lib.path,
                                  packagePath: lib.isPackage ? "<stdlib>/" + fullName.replacingOccurrences(of: ".", with: "/") : nil,
                                  parent: parent)
        }
        throw PyError(Exceptions.make(qk_exc.ModuleNotFoundError, args: [Str.make("No module named '\(fullName)'")]))
    }

    static func execModule(_ name: String, file: String, packagePath: String?, parent: Value) throws(PyError) -> Value {
        guard let source = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw PyError(qk_exc.ImportError, "cannot read \(file)")
        }
        return try execSource(name, source: source, file: file, packagePath: packagePath, parent: parent)
    }

    static func execSource(_ name: String, source: String, file: String, packagePath: String?, parent: Value) throws(PyError) -> Value {
        let m = newModule(name)
        let d = moduleDict(m)
        Dict.setStr(d, "__file__", Str.make(file))
        if let pp = packagePath {
            Dict.setStr(d, "__path__", List.make([Str.make(pp)]))
            Dict.setStr(d, "__package__", Str.make(name))
        } else {
            Dict.setStr(d, "__package__", Str.make(name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : ""))
        }
        Dict.setStr(modules, name, m)
        do {
            try Runtime.exec(source: source, filename: file, globals: d)
        } catch {
            _ = try? Dict.remove(modules, Str.make(name))
            throw error
        }
        if !parent.isNull { Dict.setStr(moduleDict(parent), String(name.split(separator: ".").last!), m) }
        return m
    }

    static func importFrom(_ module: Value, _ name: Value) throws(PyError) -> Value {
        if let v = try Ops.getAttrOrNil(module, name) { return v }
        var modName = "?"
        if module.isLayout(QK_LAYOUT_MODULE) {
            modName = Str.swift(Value(raw: module.ptr(QKModule.self).pointee.name))
            if let sub = Dict.getStr(modules, modName + "." + Str.swift(name)) { return sub }
        }
        let e = Exceptions.make(qk_exc.ImportError, args: [Str.make("cannot import name '\(Str.swift(name))' from '\(modName)' (unknown location)")])
        throw PyError(e)
    }

    static func importStar(_ module: Value, into ns: Value) throws(PyError) {
        let d = moduleDict(module)
        if let all = Dict.getStr(d, "__all__") {
            for n in try Ops.toArray(all) { try Ops.setItem(ns, n, try Ops.getAttr(module, Str.intern(n))) }
            return
        }
        for (k, v) in Dict.items(d) where !Str.swift(k).hasPrefix("_") { try Ops.setItem(ns, k, v) }
    }
}
