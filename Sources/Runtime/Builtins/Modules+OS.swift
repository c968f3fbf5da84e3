// `_os`: the system calls behind Lib/os.py (working directory, directory listing, stat,
// mkdir/rmdir/unlink/rename, environment, pid, urandom). Failures raise the OSError subclass
// CPython picks for the errno (OSError(errno, strerror, filename) does the mapping).

import CSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum OSModule {
    static func path(_ v: Value, _ fname: String) throws(PyError) -> String {
        if v.isExactlyStr || (v.isObject && v.layout == QK_LAYOUT_STR) { return Str.swift(v) }
        if let b = try Bytes.bufferBytes(v) { return String(decoding: b, as: UTF8.self) }
        throw .type("\(fname): path should be string, bytes or os.PathLike, not \(v.type.name)")
    }

    /// OSError(errno, strerror(errno), filename[, filename2]) for the current errno.
    static func failure(_ code: Int32, _ file: String? = nil, _ file2: String? = nil) -> PyError {
        var args: [Value] = [.int(Int(code)), Str.make(String(cString: strerror(code)))]
        if let file { args.append(Str.make(file)) }
        if let file2 { args += [.int(0), Str.make(file2)] }
        do {
            return PyError(try callValues(Value(qk_exc.OSError), args))
        } catch {
            return error
        }
    }

    static func create() throws(PyError) -> Value {
        let m = Imports.newModule("_os")
        Modules.def(m, "getcwd") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("getcwd", min: 0, max: 0)
            return Str.make(FileManager.default.currentDirectoryPath)
        }
        Modules.def(m, "chdir") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("chdir", min: 1, max: 1)
            let p = try path(a[0], "chdir")
            if Glibc.chdir(p) != 0 { throw failure(errno, p) }
            return .none
        }
        Modules.def(m, "listdir") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("listdir", min: 1, max: 1)
            let p = try path(a[0], "listdir")
            guard let dir = opendir(p) else { throw failure(errno, p) }
            defer { closedir(dir) }
            var names: [Value] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(Str.make(name)) }
            }
            return List.make(names)
        }
        // stat(path, follow_symlinks) -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
        Modules.def(m, "stat") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("stat", min: 1, max: 2)
            let p = try path(a[0], "stat")
            var st = stat()
            var follow = true
            if a.count > 1 { follow = try Ops.truthy(a[1]) }
            if fstatat(AT_FDCWD, p, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0 { throw failure(errno, p) }
            func time(_ t: timespec) -> Value { .float(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9) }
            return Tuple.make([.int(Int(st.st_mode)), .int(Int(st.st_ino)), .int(Int(st.st_dev)),
                               .int(Int(st.st_nlink)), .int(Int(st.st_uid)), .int(Int(st.st_gid)),
                               .int(Int(st.st_size)), time(st.st_atim), time(st.st_mtim), time(st.st_ctim)])
        }
        Modules.def(m, "mkdir") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("mkdir", min: 1, max: 2)
            let p = try path(a[0], "mkdir")
            let mode = a.count > 1 ? (Ints.exact(a[1]) ?? 0o777) : 0o777
            if Glibc.mkdir(p, mode_t(mode)) != 0 { throw failure(errno, p) }
            return .none
        }
        Modules.def(m, "rmdir") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("rmdir", min: 1, max: 1)
            let p = try path(a[0], "rmdir")
            if Glibc.rmdir(p) != 0 { throw failure(errno, p) }
            return .none
        }
        Modules.def(m, "unlink") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("unlink", min: 1, max: 1)
            let p = try path(a[0], "unlink")
            if Glibc.unlink(p) != 0 { throw failure(errno, p) }
            return .none
        }
        Modules.def(m, "rename") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("rename", min: 2, max: 2)
            let src = try path(a[0], "rename"), dst = try path(a[1], "rename")
            if Glibc.rename(src, dst) != 0 { throw failure(errno, src, dst) }
            return .none
        }
        Modules.def(m, "access") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("access", min: 2, max: 2)
            let p = try path(a[0], "access")
            return .bool(Glibc.access(p, Int32(Ints.exact(a[1]) ?? 0)) == 0)
        }
        Modules.def(m, "environ") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("environ", min: 0, max: 0)
            let d = Dict.new()
            for (k, v) in ProcessInfo.processInfo.environment { Dict.setStr(d, k, Str.make(v)) }
            return d
        }
        Modules.def(m, "putenv") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("putenv", min: 2, max: 2)
            setenv(Str.swift(a[0]), Str.swift(a[1]), 1)
            return .none
        }
        Modules.def(m, "unsetenv") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("unsetenv", min: 1, max: 1)
            Glibc.unsetenv(Str.swift(a[0]))
            return .none
        }
        Modules.def(m, "getpid") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("getpid", min: 0, max: 0)
            return .int(Int(Glibc.getpid()))
        }
        Modules.def(m, "cpu_count") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("cpu_count", min: 0, max: 0)
            return .int(ProcessInfo.processInfo.activeProcessorCount)
        }
        Modules.def(m, "strerror") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("strerror", min: 1, max: 1)
            guard let code = Ints.exact(a[0]) else { throw .type("an integer is required") }
            return Str.make(String(cString: Glibc.strerror(Int32(truncatingIfNeeded: code))))
        }
        Modules.def(m, "urandom") { (a: inout Args) throws(PyError) -> Value in
            try a.expect("urandom", min: 1, max: 1)
            guard let n = Ints.exact(a[0]) else { throw .type("an integer is required") }
            if n < 0 { throw .value("negative argument not allowed") }
            guard let f = FileHandle(forReadingAtPath: "/dev/urandom") else { throw failure(ENOENT, "/dev/urandom") }
            defer { try? f.close() }
            let bytes = [UInt8](f.readData(ofLength: n))
            return Bytes.make(bytes)
        }
        return m
    }
}
