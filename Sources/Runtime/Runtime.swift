// Start-up (builtin types, exceptions, modules) and the entry points the CLI uses.

import CSupport
import Foundation
import QuickenCompiler
import QuickenSyntax

public enum Runtime {
    nonisolated(unsafe) public static var sysPath = Value.null
    nonisolated(unsafe) static var booted = false

    static func makeType(_ name: String, _ base: TypePtr?, _ layout: QKLayout, _ size: Int, flags: UInt32 = QK_TYPE_BASETYPE) -> TypePtr {
        let t = TypeObjects.allocate(name: name, base: base, layout: layout, basicSize: size, flags: flags)
        Heap.addRoot(Value(t))
        return t
    }

    public static func bootstrap(argv: [String]) {
        if booted { return }
        booted = true
        Frames.bootstrap()
        // The type of types and the core types must exist before any allocation names them.
        let typeType = calloc(1, MemoryLayout<QKType>.size)!.assumingMemoryBound(to: QKType.self)
        typeType.pointee.ob.gc_bits = QK_GC_IMMORTAL
        typeType.pointee.ob.ob_type = typeType
        typeType.pointee.layout = QK_LAYOUT_TYPE.rawValue
        typeType.pointee.basicsize = UInt32(MemoryLayout<QKType>.size)
        qk_types.type_ = typeType
        for name in ["str", "tuple", "dict", "list"] {
            let t = calloc(1, MemoryLayout<QKType>.size)!.assumingMemoryBound(to: QKType.self)
            t.pointee.ob.gc_bits = QK_GC_IMMORTAL
            t.pointee.ob.ob_type = typeType
            switch name {
            case "str": t.pointee.layout = QK_LAYOUT_STR.rawValue; qk_types.str_ = t
            case "tuple": t.pointee.layout = QK_LAYOUT_TUPLE.rawValue; qk_types.tuple_ = t
            case "dict": t.pointee.layout = QK_LAYOUT_DICT.rawValue; t.pointee.basicsize = UInt32(MemoryLayout<QKDict>.size); qk_types.dict_ = t
            default: t.pointee.layout = QK_LAYOUT_LIST.rawValue; t.pointee.basicsize = UInt32(MemoryLayout<QKList>.size); qk_types.list_ = t
            }
        }
        Tuple.bootstrap()
        Str.bootstrap()
        Names.bootstrap()
        let object = makeType("object", nil, QK_LAYOUT_OBJECT, MemoryLayout<QKObject>.size)
        qk_types.object_ = object
        // Finish the pre-made types now that str, tuple, dict and object exist.
        for (t, name, size) in [(typeType, "type", MemoryLayout<QKType>.size), (qk_types.str_, "str", MemoryLayout<QKStr>.size),
                                (qk_types.tuple_, "tuple", MemoryLayout<QKTuple>.size), (qk_types.dict_, "dict", MemoryLayout<QKDict>.size),
                                (qk_types.list_, "list", MemoryLayout<QKList>.size)] {
            t.pointee.name = Str.intern(name).raw
            t.pointee.qualname = t.pointee.name
            t.pointee.base = object
            t.pointee.bases = Tuple.make([Value(object)]).raw
            t.pointee.mro = Tuple.make([Value(t), Value(object)]).raw
            t.pointee.dict = Dict.new().raw
            t.pointee.subclasses = List.new().raw
            t.pointee.basicsize = UInt32(size)
            t.pointee.flags = QK_TYPE_BASETYPE
            TypeObjects.assignVersion(t)
            Heap.addImmortal(UnsafeMutableRawPointer(t).assumingMemoryBound(to: QKObject.self))
        }
        object.pointee.mro = Tuple.make([Value(object)]).raw
        let box = MemoryLayout<QKBox>.size
        let single = MemoryLayout<QKObject>.size
        qk_types.none_ = makeType("NoneType", object, QK_LAYOUT_SINGLETON, single, flags: 0)
        qk_types.int_ = makeType("int", object, QK_LAYOUT_INT, MemoryLayout<QKBigInt>.size)
        qk_types.bool_ = makeType("bool", qk_types.int_, QK_LAYOUT_BOOL, single, flags: 0)
        qk_types.float_ = makeType("float", object, QK_LAYOUT_FLOAT, box)
        qk_types.bytes_ = makeType("bytes", object, QK_LAYOUT_BYTES, MemoryLayout<QKBytes>.size)
        qk_types.set_ = makeType("set", object, QK_LAYOUT_SET, MemoryLayout<QKDict>.size)
        qk_types.frozenset_ = makeType("frozenset", object, QK_LAYOUT_SET, MemoryLayout<QKDict>.size)
        qk_types.range_ = makeType("range", object, QK_LAYOUT_RANGE, MemoryLayout<QKRange>.size, flags: 0)
        qk_types.slice_ = makeType("slice", object, QK_LAYOUT_SLICE, MemoryLayout<QKSlice>.size, flags: 0)
        qk_types.function_ = makeType("function", object, QK_LAYOUT_FUNCTION, MemoryLayout<QKFunction>.size, flags: 0)
        qk_types.native_ = makeType("builtin_function_or_method", object, QK_LAYOUT_NATIVE, MemoryLayout<QKNative>.size, flags: 0)
        qk_types.method_ = makeType("method", object, QK_LAYOUT_METHOD, MemoryLayout<QKMethod>.size, flags: 0)
        qk_types.code_ = makeType("code", object, QK_LAYOUT_CODE, MemoryLayout<QKCode>.size, flags: 0)
        qk_types.cell_ = makeType("cell", object, QK_LAYOUT_CELL, MemoryLayout<QKCell>.size, flags: 0)
        qk_types.module_ = makeType("module", object, QK_LAYOUT_MODULE, MemoryLayout<QKModule>.size)
        qk_types.generator_ = makeType("generator", object, QK_LAYOUT_GENERATOR, MemoryLayout<QKGenerator>.size, flags: 0)
        qk_types.property_ = makeType("property", object, QK_LAYOUT_BOX, box)
        qk_types.staticmethod_ = makeType("staticmethod", object, QK_LAYOUT_BOX, box)
        qk_types.classmethod_ = makeType("classmethod", object, QK_LAYOUT_BOX, box)
        qk_types.super_ = makeType("super", object, QK_LAYOUT_BOX, box)
        qk_types.notimplemented_ = makeType("NotImplementedType", object, QK_LAYOUT_SINGLETON, single, flags: 0)
        qk_types.ellipsis_ = makeType("ellipsis", object, QK_LAYOUT_SINGLETON, single, flags: 0)
        qk_types.iterator_ = makeType("iterator", object, QK_LAYOUT_ITER, box, flags: 0)
        qk_types.dict_keys_ = makeType("dict_keys", object, QK_LAYOUT_BOX, box, flags: 0)
        qk_types.dict_values_ = makeType("dict_values", object, QK_LAYOUT_BOX, box, flags: 0)
        qk_types.dict_items_ = makeType("dict_items", object, QK_LAYOUT_BOX, box, flags: 0)
        qk_types.file_ = makeType("TextIOWrapper", object, QK_LAYOUT_BOX, box, flags: 0)
        ExtraTypes.memberDescriptor = makeType("member_descriptor", object, QK_LAYOUT_BOX, box, flags: 0)
        ExtraTypes.complex = makeType("complex", object, QK_LAYOUT_BOX, box)
        ExtraTypes.traceback = makeType("traceback", object, QK_LAYOUT_BOX, box, flags: 0)
        // Singletons: None, False, True, NotImplemented, Ellipsis.
        let singletonTypes = [qk_types.none_, qk_types.bool_, qk_types.bool_, qk_types.notimplemented_, qk_types.ellipsis_]
        withUnsafeMutableBytes(of: &qk_singletons) { raw in
            let objs = raw.bindMemory(to: QKObject.self)
            for i in 0..<5 {
                objs[i].ob_type = singletonTypes[i]
                objs[i].gc_bits = QK_GC_IMMORTAL
            }
            objs[2].ob_aux = 1
        }

        bootstrapExceptions()
        Imports.modules = Dict.new()
        Heap.addRoot(Imports.modules)
        sysPath = List.new()
        Heap.addRoot(sysPath)
        ObjectType.register()
        Constructors.register()
        CoreMethods.register()
        NumberMethods.register()
        StrMethods.register()
        BytesMethods.registerBytes()
        Generators.registerMethods()
        TextFile.bootstrap()
        Builtins.register()
        for (name, t) in excTypes { Dict.setStr(Builtins.dict, name, Value(t)) }
        Specializer.bootstrap()
        AttributeCache.clear()
        Dict.setStr(Imports.modules, "builtins", Builtins.module)
        Modules.argv = argv
    }

    nonisolated(unsafe) static var excTypes: [(String, TypePtr)] = []
    static let osErrorSubclasses: [Int: String] = [
        1: "PermissionError", 2: "FileNotFoundError", 3: "ProcessLookupError", 4: "InterruptedError",
        10: "ChildProcessError", 11: "BlockingIOError", 13: "PermissionError", 17: "FileExistsError",
        20: "NotADirectoryError", 21: "IsADirectoryError", 32: "BrokenPipeError", 104: "ConnectionResetError",
        110: "TimeoutError", 111: "ConnectionRefusedError",
    ]

    static func bootstrapExceptions() {
        let size = MemoryLayout<QKException>.size
        var byName: [String: TypePtr] = [:]
        func def(_ name: String, _ base: String?) {
            let t = makeType(name, base.map { byName[$0]! } ?? Types.object, QK_LAYOUT_EXCEPTION, size)
            t.pointee.dictoffset = Int32(MemoryLayout<QKException>.offset(of: \QKException.dict)!)
            byName[name] = t
            excTypes.append((name, t))
        }
        // The builtin hierarchy (https://docs.python.org/3/library/exceptions.html#exception-hierarchy).
        let tree: [(String, String?)] = [
            ("BaseException", nil), ("BaseExceptionGroup", "BaseException"), ("GeneratorExit", "BaseException"),
            ("KeyboardInterrupt", "BaseException"), ("SystemExit", "BaseException"), ("Exception", "BaseException"),
            ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
            ("ZeroDivisionError", "ArithmeticError"), ("AssertionError", "Exception"), ("AttributeError", "Exception"),
            ("BufferError", "Exception"), ("EOFError", "Exception"), ("ImportError", "Exception"),
            ("ModuleNotFoundError", "ImportError"), ("LookupError", "Exception"), ("IndexError", "LookupError"),
            ("KeyError", "LookupError"), ("MemoryError", "Exception"), ("NameError", "Exception"),
            ("UnboundLocalError", "NameError"), ("OSError", "Exception"), ("BlockingIOError", "OSError"),
            ("ChildProcessError", "OSError"), ("ConnectionError", "OSError"), ("FileExistsError", "OSError"),
            ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"), ("IsADirectoryError", "OSError"),
            ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"), ("ProcessLookupError", "OSError"),
            ("TimeoutError", "OSError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
            ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
            ("StopAsyncIteration", "Exception"), ("StopIteration", "Exception"), ("SyntaxError", "Exception"),
            ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"), ("SystemError", "Exception"),
            ("TypeError", "Exception"), ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
            ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
            ("UnicodeTranslateError", "UnicodeError"), ("Warning", "Exception"), ("DeprecationWarning", "Warning"),
            ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("UserWarning", "Warning"),
            ("FutureWarning", "Warning"), ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"),
            ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"), ("PendingDeprecationWarning", "Warning"),
            ("EncodingWarning", "Warning"),
        ]
        for (n, b) in tree { def(n, b) }
        byName["EnvironmentError"] = byName["OSError"]
        byName["IOError"] = byName["OSError"]
        excTypes.append(("EnvironmentError", byName["OSError"]!))
        excTypes.append(("IOError", byName["OSError"]!))
        qk_exc.BaseException = byName["BaseException"]!
        qk_exc.Exception = byName["Exception"]!
        qk_exc.TypeError = byName["TypeError"]!
        qk_exc.ValueError = byName["ValueError"]!
        qk_exc.AttributeError = byName["AttributeError"]!
        qk_exc.KeyError = byName["KeyError"]!
        qk_exc.IndexError = byName["IndexError"]!
        qk_exc.NameError = byName["NameError"]!
        qk_exc.UnboundLocalError = byName["UnboundLocalError"]!
        qk_exc.ZeroDivisionError = byName["ZeroDivisionError"]!
        qk_exc.StopIteration = byName["StopIteration"]!
        qk_exc.RuntimeError = byName["RuntimeError"]!
        qk_exc.RecursionError = byName["RecursionError"]!
        qk_exc.NotImplementedError = byName["NotImplementedError"]!
        qk_exc.OverflowError = byName["OverflowError"]!
        qk_exc.AssertionError = byName["AssertionError"]!
        qk_exc.ImportError = byName["ImportError"]!
        qk_exc.ModuleNotFoundError = byName["ModuleNotFoundError"]!
        qk_exc.SystemExit = byName["SystemExit"]!
        qk_exc.KeyboardInterrupt = byName["KeyboardInterrupt"]!
        qk_exc.GeneratorExit = byName["GeneratorExit"]!
        qk_exc.LookupError = byName["LookupError"]!
        qk_exc.ArithmeticError = byName["ArithmeticError"]!
        qk_exc.OSError = byName["OSError"]!
        qk_exc.FileNotFoundError = byName["FileNotFoundError"]!
        qk_exc.SyntaxError = byName["SyntaxError"]!
        qk_exc.IndentationError = byName["IndentationError"]!
        qk_exc.TabError = byName["TabError"]!
        qk_exc.MemoryError = byName["MemoryError"]!
        qk_exc.EOFError = byName["EOFError"]!
        qk_exc.UnicodeError = byName["UnicodeError"]!
        qk_exc.UnicodeDecodeError = byName["UnicodeDecodeError"]!
        qk_exc.UnicodeEncodeError = byName["UnicodeEncodeError"]!
        // BaseException(...) stores its arguments; __init__ may be overridden by subclasses.
        let base = qk_exc.BaseException
        Dict.setStr(base.dict, "__new__", Native.function("__new__", qualname: "BaseException.__new__") { (a: inout Args) throws(PyError) -> Value in
            var cls = a.receiver.isNull ? a[0].ptr(QKType.self) : a.receiver.ptr(QKType.self)
            // OSError(errno, ...) picks the subclass for well-known errno values, as CPython does.
            if cls == qk_exc.OSError, a.count >= 2, let errno = Ints.exact(a[0]),
               let sub = osErrorSubclasses[errno], let t = Dict.getStr(Builtins.dict, sub) {
                cls = t.ptr(QKType.self)
            }
            let e = Exceptions.make(cls, args: a.positional)
            return e
        })
        Native.method(base, "__init__") { (a: inout Args) throws(PyError) -> Value in
            a.receiver.ptr(QKException.self).pointee.args = Tuple.make(a.positional).raw
            if isInstance(a.receiver, qk_exc.StopIteration) {
                a.receiver.ptr(QKException.self).pointee.extra = (a.count > 0 ? a[0] : .none).raw
            }
            return .none
        }
        Native.method(base, "__str__") { (a: inout Args) throws(PyError) -> Value in
            if let d = Ops.instanceDict(a.receiver, create: false), let s = Dict.getStr(d, "_str") { return s }
            return try Exceptions.str(a.receiver)
        }
        Native.method(base, "__repr__") { (a: inout Args) throws(PyError) -> Value in Str.make(try Exceptions.repr(a.receiver)) }
        Native.method(base, "with_traceback") { (a: inout Args) throws(PyError) -> Value in
            a.receiver.ptr(QKException.self).pointee.traceback = a[0].isNone ? 0 : (Exceptions.tracebackList(a[0]) ?? List.new()).raw
            return a.receiver
        }
        Native.method(base, "add_note") { (a: inout Args) throws(PyError) -> Value in
            guard a.count == 1, a[0].isObject, a[0].layout == QK_LAYOUT_STR else {
                throw .type("note must be a str, not '\(a.count > 0 ? a[0].type.name : "nothing")'")
            }
            let d = Ops.instanceDict(a.receiver)!
            if let notes = Dict.getStr(d, "__notes__") { List.append(notes, a[0]) } else { Dict.setStr(d, "__notes__", List.make([a[0]])) }
            return .none
        }
        // OSError(errno, strerror[, filename]) fills in its attributes and its str().
        Native.method(qk_exc.OSError, "__init__") { (a: inout Args) throws(PyError) -> Value in
            let e = a.receiver
            e.ptr(QKException.self).pointee.args = Tuple.make(a.positional).raw
            let d = Ops.instanceDict(e)!
            for key in ["errno", "strerror", "filename", "filename2"] { Dict.setStr(d, key, .none) }
            if a.count >= 2 && a.count <= 5 {
                Dict.setStr(d, "errno", a[0])
                Dict.setStr(d, "strerror", a[1])
                var text = "[Errno \(Str.swift(try Ops.str(a[0])))] \(Str.swift(try Ops.str(a[1])))"
                if a.count >= 3 {
                    Dict.setStr(d, "filename", a[2])
                    text += ": \(try Ops.reprString(a[2]))"
                }
                Dict.setStr(d, "_str", Str.make(text))
                // The errno/strerror pair is what args shows.
                e.ptr(QKException.self).pointee.args = Tuple.make([a[0], a[1]]).raw
            }
            return .none
        }
        for t in [qk_exc.NameError, qk_exc.AttributeError, qk_exc.ImportError] {
            Native.method(t, "__init__") { (a: inout Args) throws(PyError) -> Value in
                a.receiver.ptr(QKException.self).pointee.args = Tuple.make(a.positional).raw
                let d = Ops.instanceDict(a.receiver)!
                for (k, v) in a.keywords { Dict.setStr(d, k, v) }
                for key in ["name", "obj", "path"] where Dict.getStr(d, key) == nil { Dict.setStr(d, key, .none) }
                return .none
            }
        }
    }

    // MARK: Running code

    /// Compile `source` as a module body and run it in `globals`.
    public static func exec(source: String, filename: String, globals: Value, keep: Bool = false) throws(PyError) {
        Exceptions.sourceLines[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        let code = try compile(source, filename: filename, mode: .exec)
        if keep {
            mainCode = code
            Heap.addRoot(code)
        }
        if Dict.getStr(globals, "__builtins__") == nil { Dict.setStr(globals, "__builtins__", Builtins.module) }
        _ = try Interpreter.runCode(code, globals: globals, locals: globals, builtins: Builtins.dict)
    }

    /// The main program's module code object, once runMain has compiled it.
    nonisolated(unsafe) public static var mainCode = Value.null

    /// `dis --adaptive`: the main program's code objects as they are now (quickened).
    public static func adaptiveDisassembly(showCaches: Bool) -> String {
        guard !mainCode.isNull else { return "" }
        return Disassembler.disassembleAll(LiveCode(mainCode), options: DisassemblyOptions(showCaches: showCaches, adaptive: true))
    }

    public enum Mode { case exec, eval, single }

    public static func compile(_ source: String, filename: String, mode: Mode) throws(PyError) -> Value {
        do {
            let code: CodeObject
            switch mode {
            case .exec: code = try Compiler.compileModule(try Parser.parseModule(source, filename: filename), filename: filename)
            case .eval: code = try Compiler.compileExpression(try Parser.parseExpression(source, filename: filename), filename: filename)
            case .single: code = try Compiler.compileInteractive(try Parser.parseInteractive(source, filename: filename), filename: filename)
            }
            return Code.materialize(code)
        } catch {
            throw PyError(Exceptions.fromSyntaxError(error))
        }
    }

    /// exec()/eval() builtins.
    static func builtinExec(_ a: inout Args, eval: Bool) throws(PyError) -> Value {
        let src = a[0]
        let frame = Heap.currentFrame!
        let globals = a.count > 1 && !a[1].isNone ? a[1] : Value(raw: frame.pointee.globals)
        var locals = a.count > 2 && !a[2].isNone ? a[2] : (a.count > 1 && !a[1].isNone ? globals : Value(raw: frame.pointee.locals))
        if locals.isNull { locals = globals }
        let code: Value
        if src.isLayout(QK_LAYOUT_CODE) {
            code = src
        } else {
            let text = src.isLayout(QK_LAYOUT_BYTES) ? String(decoding: Bytes.array(src), as: UTF8.self) : Str.swift(src)
            code = try compile(eval ? text.trimmingCharacters(in: .whitespaces) : text, filename: "<string>", mode: eval ? .eval : .exec)
        }
        if Dict.getStr(globals, "__builtins__") == nil { Dict.setStr(globals, "__builtins__", Builtins.module) }
        let r = try Interpreter.runCode(code, globals: globals, locals: locals, builtins: Builtins.dict)
        return eval ? r : .none
    }

    /// Run a program as __main__. Returns the process exit status.
    public static func runMain(source: String, filename: String, path0: String) -> Int32 {
        List.append(sysPath, Str.make(path0))
        let main = Imports.newModule("__main__")
        let g = Imports.moduleDict(main)
        Dict.setStr(g, "__file__", Str.make(filename))
        Dict.setStr(Imports.modules, "__main__", main)
        Heap.addRoot(main)
        do {
            try exec(source: source, filename: filename, globals: g, keep: true)
            Builtins.flushStdout()
            return 0
        } catch {
            return handleUncaught(error.exception)
        }
    }

    /// Print an uncaught exception CPython-style; SystemExit gives its code.
    public static func handleUncaught(_ exc: Value) -> Int32 {
        Builtins.flushStdout()
        if isInstance(exc, qk_exc.SystemExit) {
            let args = Exceptions.args(exc)
            let code = Tuple.count(args) == 0 ? Value.none : Tuple.items(args)[0]
            if code.isNone { return 0 }
            if let i = Ints.exact(code) { return Int32(truncatingIfNeeded: i) }
            Builtins.writeStderr(((try? Ops.str(code)).map { Str.swift($0) } ?? "") + "\n")
            return 1
        }
        if isInstance(exc, qk_exc.SyntaxError), let d = Ops.instanceDict(exc, create: false), let report = Dict.getStr(d, "_quicken_report") {
            var text = ""
            let tb = Value(raw: exc.ptr(QKException.self).pointee.traceback)
            if !tb.isNull && List.count(tb) > 0 {
                text = Exceptions.format(exc)
                // Replace the last line with the caret report.
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                while lines.last == "" { lines.removeLast() }
                lines.removeLast()
                text = lines.joined(separator: "\n") + "\n"
            }
            Builtins.writeStderr(text + Str.swift(report) + "\n")
            return 1
        }
        Builtins.writeStderr(Exceptions.format(exc))
        return 1
    }
}

extension Runtime {
    public static func replGlobals() -> Value {
        let main = Imports.newModule("__main__")
        Dict.setStr(Imports.modules, "__main__", main)
        Heap.addRoot(main)
        let g = Imports.moduleDict(main)
        Dict.setStr(g, "__builtins__", Builtins.module)
        return g
    }

    /// Run one REPL entry; returns an exit status if the program asked to exit.
    public static func runInteractive(_ source: String, globals: Value) -> Int32? {
        do {
            Exceptions.sourceLines["<stdin>"] = source.split(separator: "\n", omittingEmptySubsequences: false)
            let code = try compile(source, filename: "<stdin>", mode: .single)
            _ = try Interpreter.runCode(code, globals: globals, locals: globals, builtins: Builtins.dict)
        } catch {
            if isInstance(error.exception, qk_exc.SystemExit) { return handleUncaught(error.exception) }
            _ = handleUncaught(error.exception)
        }
        Builtins.flushStdout()
        return nil
    }
}

extension Heap {
    public static func setNativeStackBase(_ p: UnsafeMutableRawPointer) { nativeStackBase = p }
}

extension Runtime {
    /// Run an already compiled module as __main__ (used by tests that feed bytecode directly).
    public static func runCompiled(_ code: CodeObject, source: String, filename: String) -> Int32 {
        let main = Imports.newModule("__main__")
        let g = Imports.moduleDict(main)
        Dict.setStr(g, "__file__", Str.make(filename))
        Dict.setStr(g, "__builtins__", Builtins.module)
        Dict.setStr(Imports.modules, "__main__", main)
        Heap.addRoot(main)
        Exceptions.sourceLines[filename] = source.split(separator: "\n", omittingEmptySubsequences: false)
        do {
            let c = Code.materialize(code)
            _ = try Interpreter.runCode(c, globals: g, locals: g, builtins: Builtins.dict)
            Builtins.flushStdout()
            return 0
        } catch {
            return handleUncaught(error.exception)
        }
    }
}
