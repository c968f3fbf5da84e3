// Files for open() and sys.stdout/stderr/stdin. A file is a QKBox: a = name, b = contents
// (str, or bytes in binary mode) when reading, c = list of pending writes, d = True in binary
// mode, i = position (or the append flag when writing), j = kind.

import CSupport
import Foundation

enum TextFile {
    static var type: TypePtr { qk_types.file_ }
    nonisolated(unsafe) static var stdout = Value.null
    nonisolated(unsafe) static var stderr = Value.null
    nonisolated(unsafe) static var stdin = Value.null
    static let kindRead: Int64 = 1, kindWrite: Int64 = 2, kindStdout: Int64 = 3, kindStderr: Int64 = 4, kindClosed: Int64 = 5, kindStdin: Int64 = 6

    static func make(name: String, kind: Int64, contents: Value = .null) -> Value {
        let f = Builtins.box(type, Str.make(name), contents, kind == kindWrite ? List.new() : .null)
        f.ptr(QKBox.self).pointee.j = kind
        return f
    }

    static func bootstrap() {
        stdout = make(name: "<stdout>", kind: kindStdout)
        stderr = make(name: "<stderr>", kind: kindStderr)
        stdin = make(name: "<stdin>", kind: kindStdin)
        for v in [stdout, stderr, stdin] { Heap.addRoot(v) }
        let t = type
        Native.method(t, "write") { (a: inout Args) throws(PyError) -> Value in
            let f = a.receiver.ptr(QKBox.self)
            if isBinary(f) {
                guard a[0].isObject && a[0].layout == QK_LAYOUT_BYTES else {
                    throw .type("a bytes-like object is required, not '\(a[0].type.name)'")
                }
                guard f.pointee.j == kindWrite else { throw .value("I/O operation on closed file.") }
                List.append(Value(raw: f.pointee.c), a[0])
                return .int(Int(a[0].ptr(QKBytes.self).pointee.length))
            }
            guard a[0].isObject && a[0].layout == QK_LAYOUT_STR else { throw .type("write() argument must be str, not \(a[0].type.name)") }
            switch f.pointee.j {
            case kindStdout: try Builtins.writeStdout(Str.swift(a[0]))
            case kindStderr: Builtins.writeStderr(Str.swift(a[0]))
            case kindWrite: List.append(Value(raw: f.pointee.c), a[0])
            case kindClosed: throw .value("I/O operation on closed file.")
            default: throw PyError(Exceptions.make(qk_exc.OSError, args: [Str.make("not writable")]))
            }
            return .int(Str.count(a[0]))
        }
        Native.method(t, "writelines") { (a: inout Args) throws(PyError) -> Value in
            let w = try Ops.getAttr(a.receiver, Str.intern("write"))
            for line in try Ops.toArray(a[0]) { _ = try callValues(w, [line]) }
            return .none
        }
        Native.method(t, "flush") { (a: inout Args) throws(PyError) -> Value in
            if a.receiver.ptr(QKBox.self).pointee.j == kindStdout { Builtins.flushStdout() }
            return .none
        }
        Native.method(t, "read") { (a: inout Args) throws(PyError) -> Value in
            let f = try readable(a.receiver)
            let s = Value(raw: f.pointee.b)
            if isBinary(f) {
                let all = Bytes.array(s)
                let pos = Int(f.pointee.i)
                var count = all.count - pos
                if a.count > 0, let k = Ints.exact(a[0]), k >= 0 { count = min(k, count) }
                f.pointee.i += Int64(count)
                return Bytes.make(Array(all[pos..<(pos + count)]))
            }
            let n = Str.count(s)
            let pos = Int(f.pointee.i)
            var count = n - pos
            if a.count > 0, let k = Ints.exact(a[0]), k >= 0 { count = min(k, count) }
            f.pointee.i += Int64(count)
            return Str.substring(s, pos, count)
        }
        Native.method(t, "readline") { (a: inout Args) throws(PyError) -> Value in
            let f = try readable(a.receiver)
            return readLine(f)
        }
        Native.method(t, "readlines") { (a: inout Args) throws(PyError) -> Value in
            let f = try readable(a.receiver)
            var out: [Value] = []
            while true {
                let l = readLine(f)
                if Str.count(l) == 0 { break }
                out.append(l)
            }
            return List.make(out)
        }
        Native.method(t, "__iter__") { (a: inout Args) throws(PyError) -> Value in
            _ = try readable(a.receiver)
            return a.receiver
        }
        Native.method(t, "__next__") { (a: inout Args) throws(PyError) -> Value in
            let l = readLine(try readable(a.receiver))
            if Str.count(l) == 0 { throw PyError.stopIteration }
            return l
        }
        Native.method(t, "close") { (a: inout Args) throws(PyError) -> Value in
            try close(a.receiver)
            return .none
        }
        Native.method(t, "__enter__") { (a: inout Args) throws(PyError) -> Value in a.receiver }
        Native.method(t, "__exit__") { (a: inout Args) throws(PyError) -> Value in
            try close(a.receiver)
            return .false_
        }
    }

    static func isBinary(_ f: UnsafeMutablePointer<QKBox>) -> Bool { f.pointee.d == Value.true_.raw }

    static func readable(_ v: Value) throws(PyError) -> UnsafeMutablePointer<QKBox> {
        let f = v.ptr(QKBox.self)
        if f.pointee.j == kindStdin && f.pointee.b == 0 {
            var text = ""
            while let l = Swift.readLine(strippingNewline: false) { text += l }
            f.pointee.b = Str.make(text).raw
            f.pointee.j = kindRead
        }
        if f.pointee.j == kindClosed { throw .value("I/O operation on closed file.") }
        guard f.pointee.j == kindRead else { throw PyError(Exceptions.make(qk_exc.OSError, args: [Str.make("not readable")])) }
        return f
    }

    static func readLine(_ f: UnsafeMutablePointer<QKBox>) -> Value {
        let s = Value(raw: f.pointee.b)
        let n = Str.count(s)
        let start = Int(f.pointee.i)
        var end = start
        let p = s.ptr(QKStr.self)
        while end < n {
            end += 1
            if Str.codePoint(p, end - 1) == 10 { break }
        }
        f.pointee.i = Int64(end)
        return Str.substring(s, start, end - start)
    }

    static func close(_ v: Value) throws(PyError) {
        let f = v.ptr(QKBox.self)
        if f.pointee.j == kindWrite {
            let parts = List.elements(Value(raw: f.pointee.c))
            let data = isBinary(f) ? Data(parts.flatMap { Bytes.array($0) })
                                   : Str.swift(Strings.join(parts)).data(using: .utf8)!
            let path = Str.swift(Value(raw: f.pointee.a))
            let append = f.pointee.i == 1
            do {
                if append, let h = FileHandle(forWritingAtPath: path) {
                    h.seekToEndOfFile()
                    h.write(data)
                    h.closeFile()
                } else {
                    try data.write(to: URL(fileURLWithPath: path))
                }
            } catch {
                throw PyError(Exceptions.make(qk_exc.OSError, args: [Str.make("cannot write \(path)")]))
            }
        }
        if f.pointee.j == kindRead || f.pointee.j == kindWrite { f.pointee.j = kindClosed }
    }

    static func open(_ a: inout Args) throws(PyError) -> Value {
        try a.expect("open", min: 1, max: 3, keywords: ["file", "mode", "encoding", "newline", "errors"])
        let path = Str.swift(try Ops.str(a.arg(0, "file")!))
        let mode = a.arg(1, "mode").map { Str.swift($0) } ?? "r"
        if mode.contains("w") || mode.contains("a") || mode.contains("x") {
            let f = make(name: path, kind: kindWrite)
            if mode.contains("a") {
                f.ptr(QKBox.self).pointee.i = 1
                if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
            } else if !FileManager.default.createFile(atPath: path, contents: nil) {
                throw fileError(path)
            }
            if mode.contains("b") { f.ptr(QKBox.self).pointee.d = Value.true_.raw }
            return f
        }
        if mode.contains("b") {
            guard let data = FileManager.default.contents(atPath: path) else { throw fileError(path) }
            let f = make(name: path, kind: kindRead, contents: Bytes.make([UInt8](data)))
            f.ptr(QKBox.self).pointee.d = Value.true_.raw
            return f
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw fileError(path) }
        return make(name: path, kind: kindRead, contents: Str.make(text))
    }

    static func fileError(_ path: String) -> PyError {
        let e = Exceptions.make(qk_exc.FileNotFoundError, args: [.int(2), Str.make("No such file or directory")])
        if let d = Ops.instanceDict(e) {
            Dict.setStr(d, "filename", Str.make(path))
            Dict.setStr(d, "errno", .int(2))
            Dict.setStr(d, "strerror", Str.make("No such file or directory"))
        }
        Dict.setStr(Ops.instanceDict(e)!, "_str", Str.make("[Errno 2] No such file or directory: '\(path)'"))
        return PyError(e)
    }
}
