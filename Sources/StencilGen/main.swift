// quicken-stencils-gen: compiles the micro-op stencils (CSupport/stencils/uops.c) with clang
// for x86-64 and AArch64, reads the ELF objects itself and writes the C tables of
// Sources/StencilTables (stencils_<arch>.c and include/qk_uops.h). Run it through
// Tools/gen-stencils.sh from the package root. Any relocation or symbol it does not know
// stops it with an error: a stencil that needs one must be rewritten or the patcher taught.

import Foundation

struct GenError: Error, CustomStringConvertible {
    let description: String
    init(_ s: String) { description = s }
}

// MARK: ELF64 little-endian relocatable objects

struct ELFSection {
    let name: String
    let type: UInt32
    let flags: UInt64
    let offset: Int
    let size: Int
    let link: Int
    let info: Int
    let align: Int
}

struct ELFSymbol {
    let name: String
    let value: UInt64
    let shndx: Int
}

struct ELFRela {
    let offset: Int
    let type: UInt32
    let symbol: Int
    let addend: Int64
}

struct ELFObject {
    static let SHT_SYMTAB: UInt32 = 2, SHT_RELA: UInt32 = 4, SHT_NOBITS: UInt32 = 8
    static let SHF_WRITE: UInt64 = 1, SHF_ALLOC: UInt64 = 2, SHF_EXECINSTR: UInt64 = 4

    let bytes: [UInt8]
    var sections: [ELFSection] = []
    var symbols: [ELFSymbol] = []

    init(_ bytes: [UInt8], machine expected: UInt16) throws {
        self.bytes = bytes
        guard bytes.count > 64, bytes[0] == 0x7F, bytes[1] == 0x45, bytes[2] == 0x4C, bytes[3] == 0x46,
              bytes[4] == 2, bytes[5] == 1 else { throw GenError("not an ELF64 little-endian object") }
        guard u16(18) == expected else { throw GenError("unexpected ELF machine \(u16(18))") }
        let shoff = Int(u64(40)), shentsize = Int(u16(58)), shnum = Int(u16(60)), shstrndx = Int(u16(62))
        var raw: [(UInt32, UInt32, UInt64, Int, Int, Int, Int, Int)] = []
        for i in 0..<shnum {
            let b = shoff + i * shentsize
            raw.append((u32(b), u32(b + 4), u64(b + 8), Int(u64(b + 24)), Int(u64(b + 32)),
                        Int(u32(b + 40)), Int(u32(b + 44)), Int(u64(b + 48))))
        }
        let strOff = raw[shstrndx].3
        for r in raw {
            sections.append(ELFSection(name: cString(strOff + Int(r.0)), type: r.1, flags: r.2, offset: r.3,
                                       size: r.4, link: r.5, info: r.6, align: max(1, r.7)))
        }
        guard let symtab = sections.first(where: { $0.type == ELFObject.SHT_SYMTAB }) else {
            throw GenError("no .symtab")
        }
        let names = sections[symtab.link].offset
        for i in 0..<(symtab.size / 24) {
            let b = symtab.offset + i * 24
            symbols.append(ELFSymbol(name: cString(names + Int(u32(b))), value: u64(b + 8), shndx: Int(u16(b + 6))))
        }
    }

    func u16(_ o: Int) -> UInt16 { UInt16(bytes[o]) | UInt16(bytes[o + 1]) << 8 }
    func u32(_ o: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(bytes[o + $1]) << (8 * $1) } }
    func u64(_ o: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(bytes[o + $1]) << (8 * $1) } }
    func cString(_ o: Int) -> String {
        var e = o
        while bytes[e] != 0 { e += 1 }
        return String(decoding: bytes[o..<e], as: UTF8.self)
    }
    func contents(_ s: ELFSection) -> [UInt8] {
        s.type == ELFObject.SHT_NOBITS ? [UInt8](repeating: 0, count: s.size) : Array(bytes[s.offset..<(s.offset + s.size)])
    }
    func relocations(for index: Int) -> [ELFRela] {
        var out: [ELFRela] = []
        for s in sections where s.type == ELFObject.SHT_RELA && s.info == index {
            for i in 0..<(s.size / 24) {
                let b = s.offset + i * 24
                let info = u64(b + 8)
                out.append(ELFRela(offset: Int(u64(b)), type: UInt32(info & 0xFFFF_FFFF), symbol: Int(info >> 32),
                                   addend: Int64(bitPattern: u64(b + 16))))
            }
        }
        return out.sorted { $0.offset < $1.offset }
    }
}

// MARK: Architectures

struct Arch {
    let name: String          // table suffix
    let triple: String
    let flags: [String]
    let machine: UInt16
    let relocs: [UInt32: String]   // the kinds the patcher (Sources/JIT) implements
    let tailJump: (_ code: [UInt8], _ rela: ELFRela) -> Int?   // start of a trailing jump, if `rela` is one

    static let x86_64 = Arch(
        name: "x86_64", triple: "x86_64-unknown-linux-gnu",
        flags: ["-fno-pic", "-mcmodel=medium", "-mlarge-data-threshold=0"], machine: 62,
        relocs: [1: "R_X86_64_64", 2: "R_X86_64_PC32", 4: "R_X86_64_PLT32", 10: "R_X86_64_32", 11: "R_X86_64_32S"],
        tailJump: { code, r in
            // jmp rel32 (E9 xx xx xx xx) as the last instruction
            (r.type == 2 || r.type == 4) && r.addend == -4 && r.offset == code.count - 4 && r.offset >= 1
                && code[r.offset - 1] == 0xE9 ? r.offset - 1 : nil
        })
    static let aarch64 = Arch(
        name: "aarch64", triple: "aarch64-unknown-linux-gnu",
        flags: ["-fno-pic", "-mcmodel=large"], machine: 183,
        relocs: [257: "R_AARCH64_ABS64",
                 263: "R_AARCH64_MOVW_UABS_G0", 264: "R_AARCH64_MOVW_UABS_G0_NC",
                 265: "R_AARCH64_MOVW_UABS_G1", 266: "R_AARCH64_MOVW_UABS_G1_NC",
                 267: "R_AARCH64_MOVW_UABS_G2", 268: "R_AARCH64_MOVW_UABS_G2_NC", 269: "R_AARCH64_MOVW_UABS_G3",
                 275: "R_AARCH64_ADR_PREL_PG_HI21", 277: "R_AARCH64_ADD_ABS_LO12_NC",
                 278: "R_AARCH64_LDST8_ABS_LO12_NC", 284: "R_AARCH64_LDST16_ABS_LO12_NC",
                 285: "R_AARCH64_LDST32_ABS_LO12_NC", 286: "R_AARCH64_LDST64_ABS_LO12_NC",
                 299: "R_AARCH64_LDST128_ABS_LO12_NC",
                 280: "R_AARCH64_CONDBR19", 282: "R_AARCH64_JUMP26", 283: "R_AARCH64_CALL26"],
        tailJump: { code, r in
            // b imm26 as the last instruction (JUMP26 with no addend)
            r.type == 282 && r.addend == 0 && r.offset == code.count - 4 ? r.offset : nil
        })
}

let holeKinds: [String: String] = [
    "_JIT_OPARG": "QK_HOLE_OPARG", "_JIT_OPERAND0": "QK_HOLE_OPERAND0", "_JIT_OPERAND1": "QK_HOLE_OPERAND1",
    "_JIT_CONTINUE": "QK_HOLE_CONTINUE", "_JIT_JUMP": "QK_HOLE_JUMP", "_JIT_EXIT": "QK_HOLE_EXIT",
    "_JIT_HELPER": "QK_HOLE_HELPER",
]

// MARK: Extracting stencils

struct Hole { let offset: Int; let reloc: UInt32; let kind: String; let addend: Int64 }
struct Stencil {
    let name: String
    var code: [UInt8]
    var data: [UInt8]
    var dataAlign: Int
    var holes: [Hole]
    let tailJump: Int
}

let stencilPrefix = ".text.qk_stencil_"

func extract(_ obj: ELFObject, _ arch: Arch) throws -> [Stencil] {
    var out: [Stencil] = []
    for (index, section) in obj.sections.enumerated() where section.name.hasPrefix(stencilPrefix) {
        let name = String(section.name.dropFirst(stencilPrefix.count))
        let code = obj.contents(section)
        var stencil = Stencil(name: name, code: code, data: [], dataAlign: 1, holes: [], tailJump: code.count)
        var dataSections: [Int: Int] = [:]  // ELF section index -> offset in stencil.data
        let relas = obj.relocations(for: index)
        for r in relas {
            guard let relocName = arch.relocs[r.type] else {
                throw GenError("\(arch.name) \(name)+\(r.offset): unknown relocation type \(r.type)")
            }
            let sym = obj.symbols[r.symbol]
            if sym.shndx == 0 {
                guard let kind = holeKinds[sym.name] else {
                    throw GenError("\(arch.name) \(name): \(relocName) against unknown symbol \(sym.name) (stencils may only reference holes)")
                }
                stencil.holes.append(Hole(offset: r.offset, reloc: r.type, kind: kind, addend: r.addend))
                continue
            }
            guard sym.shndx < obj.sections.count else { throw GenError("\(arch.name) \(name): symbol \(sym.name) in a special section") }
            let target = obj.sections[sym.shndx]
            guard target.flags & ELFObject.SHF_ALLOC != 0, target.flags & (ELFObject.SHF_WRITE | ELFObject.SHF_EXECINSTR) == 0 else {
                throw GenError("\(arch.name) \(name): \(relocName) into \(target.name) (only read-only data is allowed)")
            }
            guard obj.relocations(for: sym.shndx).isEmpty else {
                throw GenError("\(arch.name) \(name): read-only section \(target.name) has relocations")
            }
            let base: Int
            if let b = dataSections[sym.shndx] {
                base = b
            } else {
                base = (stencil.data.count + target.align - 1) / target.align * target.align
                stencil.data += [UInt8](repeating: 0, count: base - stencil.data.count) + obj.contents(target)
                stencil.dataAlign = max(stencil.dataAlign, target.align)
                dataSections[sym.shndx] = base
            }
            stencil.holes.append(Hole(offset: r.offset, reloc: r.type, kind: "QK_HOLE_DATA",
                                      addend: r.addend + Int64(base) + Int64(sym.value)))
        }
        if let last = relas.last, obj.symbols[last.symbol].name == "_JIT_CONTINUE", let t = arch.tailJump(code, last) {
            stencil = Stencil(name: name, code: code, data: stencil.data, dataAlign: stencil.dataAlign,
                              holes: stencil.holes, tailJump: t)
        } else if arch.machine == Arch.aarch64.machine {
            retargetAArch64Exit(&stencil)
        }
        out.append(stencil)
    }
    return out.sorted { $0.name < $1.name }
}

/// AArch64 has no conditional tail call, so a stencil with a side exit ends
/// `... b _JIT_CONTINUE; b _JIT_EXIT`, with the guards branching locally to that last `b`, and
/// its jump to the next stencil cannot be elided. When every branch to the final `b _JIT_EXIT`
/// is a B.cond, CBZ/CBNZ (±1 MiB, CONDBR19) or B, retarget those branches at the exit hole
/// itself and drop the final instruction: the stencil then ends with an elidable
/// `b _JIT_CONTINUE`. TBZ/TBNZ (±32 KiB) or BL targets leave the stencil as it is.
func retargetAArch64Exit(_ st: inout Stencil) {
    let n = st.code.count
    guard n >= 8,
          st.holes.contains(where: { $0.offset == n - 4 && $0.kind == "QK_HOLE_EXIT" && $0.reloc == 282 && $0.addend == 0 }),
          st.holes.contains(where: { $0.offset == n - 8 && $0.kind == "QK_HOLE_CONTINUE" && $0.reloc == 282 && $0.addend == 0 })
    else { return }
    func insn(_ o: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(st.code[o + $1]) << (8 * $1) } }
    func signExtend(_ v: UInt32, _ bits: Int) -> Int { Int(Int32(bitPattern: v << (32 - bits)) >> (32 - bits)) }
    var retargets: [(offset: Int, reloc: UInt32, mask: UInt32)] = []
    for o in stride(from: 0, to: n - 8, by: 4) where !st.holes.contains(where: { $0.offset == o }) {
        let i = insn(o)
        if i & 0xFF00_0010 == 0x5400_0000 || i & 0x7E00_0000 == 0x3400_0000 {        // B.cond, CBZ/CBNZ
            if o + 4 * signExtend((i >> 5) & 0x7FFFF, 19) == n - 4 { retargets.append((o, 280, 0x7FFFF << 5)) }
        } else if i & 0xFC00_0000 == 0x1400_0000 {                                     // B
            if o + 4 * signExtend(i & 0x3FF_FFFF, 26) == n - 4 { retargets.append((o, 282, 0x3FF_FFFF)) }
        } else if i & 0x7E00_0000 == 0x3600_0000 || i & 0xFC00_0000 == 0x9400_0000 {   // TBZ/TBNZ, BL
            let target = i & 0x7E00_0000 == 0x3600_0000 ? o + 4 * signExtend((i >> 5) & 0x3FFF, 14)
                                                        : o + 4 * signExtend(i & 0x3FF_FFFF, 26)
            if target == n - 4 { return }
        }
    }
    guard !retargets.isEmpty else { return }
    for r in retargets {
        let cleared = insn(r.offset) & ~r.mask
        for k in 0..<4 { st.code[r.offset + k] = UInt8((cleared >> (8 * UInt32(k))) & 0xFF) }
        st.holes.append(Hole(offset: r.offset, reloc: r.reloc, kind: "QK_HOLE_EXIT", addend: 0))
    }
    st.holes.removeAll { $0.offset == n - 4 }
    st.holes.sort { $0.offset < $1.offset }
    st.code.removeLast(4)
    st = Stencil(name: st.name, code: st.code, data: st.data, dataAlign: st.dataAlign, holes: st.holes, tailJump: n - 8)
}

// MARK: Output

func hexBytes(_ bytes: [UInt8], indent: String = "    ") -> String {
    stride(from: 0, to: bytes.count, by: 16).map { start in
        indent + bytes[start..<min(start + 16, bytes.count)].map { String(format: "0x%02x,", $0) }.joined(separator: " ")
    }.joined(separator: "\n")
}

let header = "/* Generated by Tools/gen-stencils.sh (quicken-stencils-gen) from CSupport/stencils. Do not edit. */\n"

func emitTable(_ stencils: [Stencil], _ arch: Arch, source: String) -> String {
    var s = header + "/* \(arch.triple), clang " + arch.flags.joined(separator: " ") + " */\n#include \"qk_stencils.h\"\n"
    for st in stencils {
        s += "\n/* \(st.name): \(st.code.count) bytes"
        if st.tailJump < st.code.count { s += ", trailing jump at \(st.tailJump)" }
        s += " */\nstatic const uint8_t code_\(st.name)[] = {\n\(hexBytes(st.code))\n};\n"
        if !st.data.isEmpty {
            s += "static const uint8_t data_\(st.name)[] = {\n\(hexBytes(st.data))\n};\n"
        }
        if !st.holes.isEmpty {
            s += "static const QKStencilHole holes_\(st.name)[] = {\n"
            for h in st.holes {
                s += "    {\(h.offset), \(h.reloc) /* \(arch.relocs[h.reloc]!) */, \(h.kind), 0, \(h.addend)},\n"
            }
            s += "};\n"
        }
    }
    s += "\nstatic const QKStencil stencils[QK_UOP_COUNT] = {\n"
    for st in stencils {
        let data = st.data.isEmpty ? "0" : "data_\(st.name)"
        let holes = st.holes.isEmpty ? "0" : "holes_\(st.name)"
        s += "    [QK_UOP_\(st.name.uppercased())] = {\"\(st.name)\", code_\(st.name), \(data), \(holes), "
        s += "\(st.code.count), \(st.data.count), \(st.dataAlign), \(st.holes.count), \(st.tailJump), 0},\n"
    }
    s += "};\n\nconst QKStencil *const qk_stencils_\(arch.name) = stencils;\n"
    return s
}

func emitUops(_ names: [String]) -> String {
    var s = header + "#ifndef QK_UOPS_H\n#define QK_UOPS_H\n\n/* Micro-ops with a stencil, in table order. */\ntypedef enum QKUop {\n"
    for (i, n) in names.enumerated() { s += "    QK_UOP_\(n.uppercased()) = \(i),\n" }
    s += "    QK_UOP_COUNT = \(names.count)\n} QKUop;\n\n#endif\n"
    return s
}

// MARK: Driver

func run(_ exe: String, _ args: [String]) throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    try p.run()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { throw GenError("\(exe) \(args.joined(separator: " ")) failed") }
}

func capture(_ exe: String, _ args: [String]) throws -> String {
    let p = Process()
    let pipe = Pipe()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    p.standardOutput = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

func findClang() throws -> String {
    if let c = ProcessInfo.processInfo.environment["CLANG"] { return c }
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(dir)/clang"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    throw GenError("clang not found on PATH (set CLANG)")
}

func main() throws {
    var args = Array(CommandLine.arguments.dropFirst())
    var outDir = "Sources/StencilTables"
    var source = "CSupport/stencils/uops.c"
    while !args.isEmpty {
        let a = args.removeFirst()
        switch a {
        case "--out": outDir = args.removeFirst()
        case "--source": source = args.removeFirst()
        default: throw GenError("usage: quicken-stencils-gen [--out DIR] [--source FILE]")
        }
    }
    let clang = try findClang()
    let resource = try capture(clang, ["-print-resource-dir"])
    let common = ["-O3", "-ffreestanding", "-fno-builtin", "-fno-stack-protector", "-fno-asynchronous-unwind-tables",
                  "-ffunction-sections", "-fdata-sections", "-ffp-contract=off", "-fno-jump-tables",
                  "-nostdinc", "-isystem", "\(resource)/include", "-I", "CSupport/stencils/include", "-I", "CSupport/stencils", "-I", "CSupport/include",
                  "-Wall", "-Werror", "-c", source]
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("quicken-stencils-\(getpid())")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    var names: [String]? = nil
    try FileManager.default.createDirectory(atPath: "\(outDir)/include", withIntermediateDirectories: true)
    for arch in [Arch.x86_64, Arch.aarch64] {
        let obj = tmp.appendingPathComponent("uops_\(arch.name).o").path
        try run(clang, ["--target=\(arch.triple)"] + common + arch.flags + ["-o", obj])
        let elf = try ELFObject(Array(try Data(contentsOf: URL(fileURLWithPath: obj))), machine: arch.machine)
        let stencils = try extract(elf, arch)
        guard !stencils.isEmpty else { throw GenError("\(arch.name): no stencils found") }
        if let n = names, n != stencils.map(\.name) { throw GenError("the architectures disagree on the stencil set") }
        names = stencils.map(\.name)
        try emitTable(stencils, arch, source: source).write(toFile: "\(outDir)/stencils_\(arch.name).c", atomically: true, encoding: .utf8)
    }
    try emitUops(names!).write(toFile: "\(outDir)/include/qk_uops.h", atomically: true, encoding: .utf8)
}

do {
    try main()
} catch {
    FileHandle.standardError.write("quicken-stencils-gen: \(error)\n".data(using: .utf8)!)
    exit(1)
}
