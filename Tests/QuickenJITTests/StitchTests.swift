// Stitching the real stencils into traces and running them: natively on x86-64 (real frames,
// real runtime objects, a Swift helper), and on AArch64 under qemu-aarch64 through a
// freestanding harness, whose results must match the native ones.

import CSupport
import Foundation
import QuickenJIT
import QuickenRuntime
import QuickenStencils
import XCTest

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func helperAddress() -> UInt64 { UInt64(UInt(bitPattern: unsafeBitCast(helperCombine, to: UnsafeRawPointer.self))) }
private func nativeHelpers() -> Helpers {
    Helpers(combine: helperAddress(), frame: UInt64(UInt(bitPattern: unsafeBitCast(helperFrame, to: UnsafeRawPointer.self))))
}

/// Run a scenario natively in `arena`; returns its summary and the compiled trace's stats.
func runNative(_ s: Scenario, arena: CodeArena) throws -> (summary: String, stats: StitchStats) {
    let w = World()
    let t = s.build(w, nativeHelpers())
    let code = try CompiledTrace(t.ops, arena: arena)
    defer { code.free() }
    let id = code.run(frame: w.memory.baseAddress! + t.frame.frame, sp: w.memory.baseAddress! + t.frame.stack + 8 * t.spDepth)
    return (t.frame.summary(w, exit: id), code.stats)
}

private func which(_ tool: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let p = "\(dir)/\(tool)"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
}

private func runProcess(_ exe: String, _ args: [String]) throws -> (status: Int32, out: Data, err: String) {
    // stdout goes through a file (it can be large and binary), stderr through a pipe.
    let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("quicken-jit-out-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: outURL) }
    let outHandle = try FileHandle(forWritingTo: outURL)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    let err = Pipe()
    p.standardOutput = outHandle
    p.standardError = err
    try p.run()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    try outHandle.close()
    return (p.terminationStatus, try Data(contentsOf: outURL), String(decoding: errData, as: UTF8.self))
}

/// The freestanding AArch64 harness, built once per test run.
private struct AArch64Harness {
    let qemu: String
    let binary: String
    let helpers: Helpers
    static let worldBase: UInt64 = 0x2000_0000
    static let codeBase: UInt64 = 0x10_0000_0000   // far from the harness: helper calls need a veneer

    static func build() throws -> AArch64Harness {
        guard let qemu = which("qemu-aarch64") else {
            // CI installs it (.ci/run); elsewhere a missing emulator only skips.
            if ProcessInfo.processInfo.environment["CI"] == "true" { throw StitchError2("qemu-aarch64 missing under CI") }
            throw XCTSkip("qemu-aarch64 not installed (Debian package qemu-user)")
        }
        guard let clang = which("clang") else { throw XCTSkip("clang not on PATH") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quicken-jit-harness-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let binary = dir.appendingPathComponent("harness").path
        let resource = String(decoding: try runProcess(clang, ["-print-resource-dir"]).out, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let root = packageRoot.path
        let cc = try runProcess(clang, [
            "--target=aarch64-linux-gnu", "-O2", "-ffreestanding", "-fno-builtin", "-nostdinc", "-isystem", "\(resource)/include",
            "-I", "\(root)/CSupport/stencils/include", "-I", "\(root)/CSupport/include",
            "-nostdlib", "-static", "-fuse-ld=lld", "-o", binary, "\(root)/Tests/QuickenJITTests/Harness/harness.c"])
        guard cc.status == 0 else { throw StitchError2("harness build failed: \(cc.err)") }
        let nmTool = URL(fileURLWithPath: clang).deletingLastPathComponent().appendingPathComponent("llvm-nm").path
        let nm = try runProcess(FileManager.default.isExecutableFile(atPath: nmTool) ? nmTool : (which("llvm-nm") ?? "llvm-nm"), [binary])
        let symbols = String(decoding: nm.out, as: UTF8.self).split(separator: "\n")
        func address(_ name: String) throws -> UInt64 {
            guard let line = symbols.first(where: { $0.hasSuffix(" \(name)") }),
                  let addr = UInt64(line.split(separator: " ")[0], radix: 16) else { throw StitchError2("no \(name) in harness") }
            return addr
        }
        return AArch64Harness(qemu: qemu, binary: binary,
                              helpers: Helpers(combine: try address("qk_harness_helper"), frame: try address("qk_harness_frame_helper")))
    }

    func run(_ s: Scenario) throws -> (summary: String, stats: StitchStats, layout: TraceLayout) {
        let w = World(base: Self.worldBase)
        let t = s.build(w, helpers)
        let layout = try TraceLayout(t.ops, arch: .aarch64)
        var code = [UInt8](repeating: 0, count: layout.size)
        let stats = try code.withUnsafeMutableBytes { try stitch(layout, base: Self.codeBase, into: $0) }
        var file = Data()
        func put(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { file.append(contentsOf: $0) } }
        for v in [0x3145434152544B51, Self.worldBase, UInt64(w.memory.count), Self.codeBase, UInt64(code.count),
                  w.addr(t.frame.frame), w.addr(t.frame.stack + 8 * t.spDepth)] as [UInt64] { put(v) }
        file.append(contentsOf: UnsafeRawBufferPointer(w.memory))
        file.append(contentsOf: code)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quicken-trace-\(getpid()).bin")
        try file.write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let r = try runProcess(qemu, [binary, path.path])
        guard r.status == 0, r.out.count == 8 + w.memory.count else {
            throw StitchError2("harness failed (status \(r.status)): \(r.err)")
        }
        let id = r.out.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        r.out.withUnsafeBytes { UnsafeMutableRawBufferPointer(w.memory).copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[8...])) }
        return (t.frame.summary(w, exit: UInt(id)), stats, layout)
    }
}

struct StitchError2: Error, CustomStringConvertible {
    let description: String
    init(_ s: String) { description = s }
}

final class StitchTests: XCTestCase {
    static let arena = CodeArena()!

    /// The expected outcome of each scenario in `allScenarios` (same order).
    static let expected: [String] = {
        let fl = floatLoopExpected(limit: 10.0)
        let max = (1 << 49) - 1
        return [
            "exit=1 ip=40 stack=[] locals=[100, 100, 4950]",
            "exit=2 ip=20 stack=[\(max), 5] locals=[5, 100, \(max)]",            // overflow exit, operands kept
            "exit=3 ip=10 stack=[f0.0, 0] locals=[0, 100, f0.0]",                  // int guard on a float
            "exit=1 ip=40 stack=[] locals=[9, 5, 3]",                              // loop not entered
            "exit=1 ip=30 stack=[] locals=[f\(fl.t), f\(fl.acc), f10.0]",
            "exit=1 ip=30 stack=[] locals=[f0.0, f0.5, fnan]",                     // NaN: not (t < nan)
            "exit=1 ip=50 stack=[] locals=[@OBJ, 42]",
            "exit=2 ip=7 stack=[@OBJ] locals=[@OBJ, NULL]",                        // type version guard
            "exit=2 ip=7 stack=[6, @OBJ] locals=[@OBJ, NULL]",                     // unset slot
            "exit=2 ip=7 stack=[1073741824, 1073741824] locals=[@OBJ, NULL]",      // mul overflow
            "exit=1 ip=60 stack=[] locals=[@LIST, 1, 7006]",
            "exit=1 ip=60 stack=[] locals=[@LIST, -1, 7008]",
            "exit=3 ip=3 stack=[7, @LIST, 3] locals=[@LIST, 3, NULL]",             // index out of range
            "exit=2 ip=1 stack=[] locals=[@LIST, 0, NULL]",                        // global keys changed
            "exit=4 ip=9 stack=[7, 0] locals=[@LIST, 0, NULL]",                    // helper returned NULL
            "exit=1 ip=12 stack=[] locals=[100, 7, 80]",                           // 100 - 7*3 + 1
            "exit=2 ip=4 stack=[100, f7.0] locals=[100, f7.0, NULL]",              // frame helper refused
        ]
    }()

    /// World offsets differ per scenario; compare with object references normalized.
    static func normalize(_ s: String) -> String {
        s.replacingOccurrences(of: "@[0-9]+", with: "@X", options: .regularExpression)
    }

    func testNativeScenarios() throws {
        XCTAssertEqual(StencilArch.host, .x86_64)
        XCTAssertEqual(allScenarios.count, Self.expected.count)
        for (s, want) in zip(allScenarios, Self.expected) {
            let got = try runNative(s, arena: Self.arena).summary
            XCTAssertEqual(Self.normalize(got), Self.normalize(want.replacingOccurrences(of: "@OBJ", with: "@1").replacingOccurrences(of: "@LIST", with: "@1")), s.name)
        }
        XCTAssertEqual(Self.arena.used, 0, "every trace was freed")
    }

    func testAArch64UnderQemuMatchesNative() throws {
        let harness = try AArch64Harness.build()
        var veneers = 0
        for s in allScenarios {
            let native = try runNative(s, arena: Self.arena).summary
            let arm = try harness.run(s)
            veneers += arm.stats.trampolinesUsed
            XCTAssertEqual(arm.summary, native, "AArch64 vs x86-64: \(s.name)")
        }
        XCTAssertGreaterThan(veneers, 0, "helper calls from 0x10_0000_0000 must go through a veneer")
    }

    /// Attribute loads and stores on instances made by running Python: a class with
    /// __slots__, its real type version and slot offsets, and exits when the type changes.
    func testRealInstances() throws {
        Runtime.bootstrap(argv: ["jit-test"])
        var marker = 0
        withUnsafeMutablePointer(to: &marker) { Heap.setNativeStackBase(UnsafeMutableRawPointer($0) + 4096) }
        let g = Dict.new()
        try Runtime.exec(source: """
            class P:
                __slots__ = ('x', 'y')
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
            p = P(6, 7)
            L = [10, 20, 30]
            """, filename: "<jit-test>", globals: g)
        let p = Dict.getStr(g, "p")!
        let type = p.type
        let version = type.pointee.version
        XCTAssertNotEqual(version, 0)
        let xOff = UInt64(type.pointee.slotsoffset), yOff = xOff + 8
        XCTAssertEqual(qk_slot_load(p.raw, Int64(xOff)), qk_from_int(6))

        let w = World()
        let f = FrameInWorld(w, nlocals: 2)
        f.setLocal(w, 0, p.raw)
        let ops: [TraceOp] = [
            TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: 9),
            TraceOp(QK_UOP_GUARD_TYPE_VERSION, operand0: UInt64(version), exit: 9),
            TraceOp(QK_UOP_LOAD_ATTR_SLOT, operand0: xOff, exit: 9),
            TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: 9),
            TraceOp(QK_UOP_GUARD_TYPE_VERSION, operand0: UInt64(version), exit: 9),
            TraceOp(QK_UOP_LOAD_ATTR_SLOT, operand0: yOff, exit: 9),
            TraceOp(QK_UOP_GUARDED_ADD_INT, exit: 9),
            TraceOp(QK_UOP_STORE_FAST, oparg: 1),
            exitOp(1, ip: f.ip(w, 30)),
            exitOp(2, ip: f.ip(w, 4)),
        ]
        let code = try CompiledTrace(ops, arena: Self.arena)
        func run() -> String {
            f.setLocal(w, 1, 0)
            let id = code.run(frame: w.memory.baseAddress! + f.frame, sp: w.memory.baseAddress! + f.stack)
            return f.summary(w, exit: id).replacingOccurrences(of: "0x\(String(p.raw, radix: 16))", with: "p")
        }
        XCTAssertEqual(run(), "exit=1 ip=30 stack=[] locals=[p, 13]")
        // Assigning through Python changes the slot the trace reads.
        try Runtime.exec(source: "p.y = 100", filename: "<jit-test>", globals: g)
        XCTAssertEqual(run(), "exit=1 ip=30 stack=[] locals=[p, 106]")
        // Mutating the class gives it a new version: the guard exits with p on the stack.
        try Runtime.exec(source: "P.extra = 1", filename: "<jit-test>", globals: g)
        XCTAssertNotEqual(p.type.pointee.version, version)
        XCTAssertEqual(run(), "exit=2 ip=4 stack=[p] locals=[p, NULL]")
        // A different object (a list) fails the guard the same way.
        f.setLocal(w, 0, Dict.getStr(g, "L")!.raw)
        let id = code.run(frame: w.memory.baseAddress! + f.frame, sp: w.memory.baseAddress! + f.stack)
        XCTAssertEqual(id, 2)
        code.free()

        // list_index on the real list, guarded by the real list type.
        let list = Dict.getStr(g, "L")!
        let f2 = FrameInWorld(w, nlocals: 3)
        f2.setLocal(w, 0, list.raw)
        let listOps: [TraceOp] = [
            TraceOp(QK_UOP_LOAD_FAST, oparg: 0, exit: 5),
            TraceOp(QK_UOP_LOAD_FAST, oparg: 1, exit: 5),
            TraceOp(QK_UOP_LIST_INDEX, operand0: UInt64(UInt(bitPattern: qk_types.list_)), exit: 5),
            TraceOp(QK_UOP_STORE_FAST, oparg: 2),
            exitOp(1, ip: f2.ip(w, 10)),
            exitOp(2, ip: f2.ip(w, 2)),
        ]
        let listCode = try CompiledTrace(listOps, arena: Self.arena)
        defer { listCode.free() }
        for (index, want) in [(0, "1 10"), (2, "1 30"), (-3, "1 10"), (3, "2 -"), (-4, "2 -")] {
            f2.setLocal(w, 1, qk_from_int(Int64(index)))
            f2.setLocal(w, 2, 0)
            let id = listCode.run(frame: w.memory.baseAddress! + f2.frame, sp: w.memory.baseAddress! + f2.stack)
            let item = f2.local(w, 2) == 0 ? "-" : "\(qk_int_value(f2.local(w, 2)))"
            XCTAssertEqual("\(id) \(item)", want, "L[\(index)]")
        }
    }

    /// A helper far from the arena is reached through a trampoline; an arena placed near the
    /// code with a hint calls it directly. Both give the same result.
    func testHelperTrampolineAndNearPlacement() throws {
        let s = globalsListHelper(index: 1, keysVersion: 3, cachedVersion: 3, items: [5, 6, 8])
        let helper = helperAddress()
        let far = try runNative(s, arena: Self.arena)
        let distance = Int64(bitPattern: Self.arena.address &- helper).magnitude
        if distance > UInt64(Int32.max) {
            XCTAssertEqual(far.stats.trampolinesUsed, 1, "far helper through a trampoline")
        }
        guard let near = CodeArena(capacity: 1 << 20, near: UnsafeRawPointer(bitPattern: UInt(helper))) else {
            return XCTFail("no near arena")
        }
        let nearRun = try runNative(s, arena: near)
        XCTAssertEqual(nearRun.summary, far.summary)
        if Int64(bitPattern: near.address &- helper).magnitude < UInt64(Int32.max) {
            XCTAssertEqual(nearRun.stats.trampolinesUsed, 0, "near helper called directly")
        }
        XCTAssertTrue(far.summary.hasSuffix("7006]"))
    }

    func testTailJumpsAreElided() throws {
        let ops = allScenarios[0].build(World(), Helpers(combine: 0, frame: 0)).ops
        let layout = try TraceLayout(ops, arch: .x86_64)
        let full = layout.ops.reduce(0) { $0 + Int(StencilArch.x86_64.stencil($1.uop).code_size) }
        XCTAssertLessThan(layout.codeSize, full)
        for arch in StencilArch.allCases {
            let l = try TraceLayout(ops, arch: arch)
            var buf = [UInt8](repeating: 0, count: l.size)
            let stats = try buf.withUnsafeMutableBytes { try stitch(l, base: 0x1000_0000, into: $0) }
            let elidable = l.ops.filter { arch.stencil($0.uop).tail_jump < arch.stencil($0.uop).code_size }.count
            XCTAssertEqual(stats.elidedJumps, elidable, "\(arch)")
            XCTAssertGreaterThan(stats.elidedJumps, 5, "\(arch)")
        }
    }

    func testMalformedTracesAreRejected() {
        XCTAssertThrowsError(try TraceLayout([TraceOp(QK_UOP_LOAD_CONST)], arch: .x86_64))   // falls off the end
        XCTAssertThrowsError(try TraceLayout([TraceOp(QK_UOP_GUARD_BOTH_INT), exitOp(1, ip: 0)], arch: .x86_64))  // no exit target
        XCTAssertThrowsError(try TraceLayout([TraceOp(QK_UOP_JUMP)], arch: .aarch64))         // no jump target
    }

    func testArenaReusesFreedPages() throws {
        guard let arena = CodeArena(capacity: 1 << 20) else { return XCTFail("no arena") }
        let ops = allScenarios[0].build(World(), Helpers(combine: 0, frame: 0)).ops
        let a = try CompiledTrace(ops, arena: arena)
        let first = a.address
        XCTAssertEqual(arena.used, arena.pageSize)
        a.free()
        XCTAssertEqual(arena.used, 0)
        let b = try CompiledTrace(ops, arena: arena)
        XCTAssertEqual(b.address, first)
        var traces: [CompiledTrace] = []
        while let t = try? CompiledTrace(ops, arena: arena) { traces.append(t) }
        XCTAssertEqual(traces.count, arena.capacity / arena.pageSize - 1, "the arena fills up, then refuses")
    }

    /// Not a benchmark (see DESIGN.md): prints stitching cost per uop for the record.
    func testReportStitchingCost() throws {
        let ops = allScenarios[0].build(World(), Helpers(combine: 0, frame: 0)).ops
        for arch in StencilArch.allCases {
            let l = try TraceLayout(ops, arch: arch)
            var buf = [UInt8](repeating: 0, count: l.size)
            let rounds = 2000
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<rounds {
                let layout = try TraceLayout(ops, arch: arch)
                _ = try buf.withUnsafeMutableBytes { try stitch(layout, base: 0x1000_0000, into: $0) }
            }
            let ns = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(rounds * ops.count)
            print(String(format: "stitch %@: %d uops, %d code bytes (%.1f bytes/uop), %.0f ns/uop",
                         arch.rawValue, ops.count, l.codeSize, Double(l.codeSize) / Double(ops.count + 1), ns))
        }
    }
}
