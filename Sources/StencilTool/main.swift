// quicken-stencils: inspect the copy-and-patch stencil tables and stitched traces.
//
//   quicken-stencils list [--arch A]           every stencil: code/data bytes, elidable tail, holes
//   quicken-stencils show NAME [--arch A]      one stencil's holes and its unpatched disassembly
//   quicken-stencils demo [--arch A] [--disasm] [--rounds N]
//                                              stitch a sample loop trace: op layout, bytes per
//                                              uop, stitching time per uop, optional disassembly
//
// A is x86_64 (default on x86-64 hosts) or aarch64. Disassembly uses llvm-objcopy and
// llvm-objdump from the toolchain (next to clang) or PATH.

import CSupport
import Foundation
import QuickenJIT
import QuickenStencils

func fail(_ msg: String) -> Never {
    FileHandle.standardError.write("quicken-stencils: \(msg)\n".data(using: .utf8)!)
    exit(2)
}

let holeNames = ["oparg", "operand0", "operand1", "continue", "jump", "exit", "helper", "data"]
let relocNames: [UInt32: String] = [
    1: "X86_64_64", 2: "X86_64_PC32", 4: "X86_64_PLT32", 10: "X86_64_32", 11: "X86_64_32S",
    257: "ABS64", 263: "MOVW_UABS_G0", 264: "MOVW_UABS_G0_NC", 265: "MOVW_UABS_G1", 266: "MOVW_UABS_G1_NC",
    267: "MOVW_UABS_G2", 268: "MOVW_UABS_G2_NC", 269: "MOVW_UABS_G3", 275: "ADR_PREL_PG_HI21",
    277: "ADD_ABS_LO12_NC", 280: "CONDBR19", 278: "LDST8_ABS_LO12_NC", 284: "LDST16_ABS_LO12_NC", 285: "LDST32_ABS_LO12_NC",
    286: "LDST64_ABS_LO12_NC", 299: "LDST128_ABS_LO12_NC", 282: "JUMP26", 283: "CALL26",
]

func holes(_ s: QKStencil) -> [QKStencilHole] { Array(UnsafeBufferPointer(start: s.holes, count: Int(s.nholes))) }
func describe(_ h: QKStencilHole) -> String {
    let kind = Int(h.kind) < holeNames.count ? holeNames[Int(h.kind)] : "?\(h.kind)"
    return "\(kind)@\(h.offset):\(relocNames[h.reloc] ?? "\(h.reloc)")\(h.addend != 0 ? "\(h.addend > 0 ? "+" : "")\(h.addend)" : "")"
}

func tool(_ name: String) -> String {
    var dirs: [String] = []
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        if FileManager.default.isExecutableFile(atPath: "\(dir)/clang") { dirs.append(String(dir)) }
    }
    dirs += (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
    for d in dirs where FileManager.default.isExecutableFile(atPath: "\(d)/\(name)") { return "\(d)/\(name)" }
    fail("\(name) not found")
}

func run(_ exe: String, _ args: [String]) -> String {
    let p = Process()
    let pipe = Pipe()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    p.standardOutput = pipe
    do { try p.run() } catch { fail("cannot run \(exe): \(error)") }
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if p.terminationStatus != 0 { fail("\(exe) failed") }
    return String(decoding: out, as: UTF8.self)
}

/// Disassemble raw code bytes as if loaded at `base`.
func disassemble(_ bytes: [UInt8], arch: StencilArch, base: UInt64) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quicken-stencils-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let bin = dir.appendingPathComponent("code.bin").path, obj = dir.appendingPathComponent("code.o").path
    FileManager.default.createFile(atPath: bin, contents: Data(bytes))
    _ = run(tool("llvm-objcopy"), ["-I", "binary", "-O", arch == .x86_64 ? "elf64-x86-64" : "elf64-littleaarch64", bin, obj])
    let text = run(tool("llvm-objdump"), ["-D", "-j", ".data", "--no-show-raw-insn", "--adjust-vma=\(base)", obj])
    return text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.isEmpty && !$0.hasSuffix(">:") && !$0.hasPrefix("Disassembly") && !$0.contains("file format") }
        .joined(separator: "\n")
}

var args = Array(CommandLine.arguments.dropFirst())
let command = args.isEmpty ? "list" : args.removeFirst()
var arch = StencilArch.host
var name: String? = nil
var wantDisasm = false
var rounds = 20000
while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--arch":
        guard let a = StencilArch(rawValue: args.isEmpty ? "" : args.removeFirst()) else { fail("--arch x86_64|aarch64") }
        arch = a
    case "--disasm": wantDisasm = true
    case "--rounds":
        guard let n = Int(args.isEmpty ? "" : args.removeFirst()) else { fail("--rounds N") }
        rounds = n
    default: if name == nil && !a.hasPrefix("-") { name = a } else { fail("unknown argument \(a)") }
    }
}

switch command {
case "list":
    print("stencils for \(arch.rawValue): \(allUops.count)")
    print("name                    code  tail  data  holes")
    var total = 0
    for u in allUops {
        let s = arch.stencil(u)
        total += Int(s.tail_jump)
        let tail = s.tail_jump < s.code_size ? "\(s.tail_jump)" : "-"
        print(u.name.padding(toLength: 22, withPad: " ", startingAt: 0), String(format: "%5d %5@ %5d  ", s.code_size, tail, s.data_size)
              + holes(s).map(describe).joined(separator: " "))
    }
    print("mean copied bytes per stencil: \(total / allUops.count)")
case "show":
    guard let n = name, let u = QKUop(name: n) else { fail("show NAME (see list)") }
    let s = arch.stencil(u)
    print("\(n) on \(arch.rawValue): \(s.code_size) code bytes, \(s.data_size) data bytes, trailing jump \(s.tail_jump < s.code_size ? "at \(s.tail_jump)" : "none")")
    for h in holes(s) { print("  hole \(describe(h))") }
    print(disassemble(Array(UnsafeBufferPointer(start: s.code, count: Int(s.code_size))), arch: arch, base: 0))
case "demo":
    let trace = SampleTraces.loop()
    let base: UInt64 = 0x7f00_0000_0000
    let layout: TraceLayout
    do { layout = try TraceLayout(trace, arch: arch) } catch { fail("\(error)") }
    var buf = [UInt8](repeating: 0, count: layout.size)
    let stats: StitchStats
    do { stats = try buf.withUnsafeMutableBytes { try stitch(layout, base: base, into: $0) } } catch { fail("\(error)") }
    print("sample trace on \(arch.rawValue) at 0x\(String(base, radix: 16)): \(trace.count) uops + entry")
    for (i, op) in layout.ops.enumerated() {
        let label = i == 0 ? "entry" : "\(i - 1)"
        print("  \(label.padding(toLength: 5, withPad: " ", startingAt: 0)) \(op.uop.name.padding(toLength: 22, withPad: " ", startingAt: 0)) +\(layout.offsets[i]) (\(layout.sizes[i]) bytes)")
    }
    print("code \(layout.codeSize) bytes, total \(layout.size) with data and trampolines; "
          + String(format: "%.1f code bytes/uop; ", Double(layout.codeSize) / Double(layout.ops.count))
          + "\(stats.elidedJumps) tail jumps elided, \(stats.trampolinesUsed) trampolines used")
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<rounds {
        do {
            let l = try TraceLayout(trace, arch: arch)
            _ = try buf.withUnsafeMutableBytes { try stitch(l, base: base, into: $0) }
        } catch { fail("\(error)") }
    }
    let ns = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(rounds * layout.ops.count)
    print(String(format: "stitching (layout + copy + patch): %.0f ns/uop over %d rounds", ns, rounds))
    if wantDisasm { print(disassemble(buf, arch: arch, base: base)) }
default:
    fail("usage: quicken-stencils list|show NAME|demo [--arch x86_64|aarch64] [--disasm] [--rounds N]")
}
