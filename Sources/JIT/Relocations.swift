// Applying ELF relocations to stencil holes. Formulas from the psABIs (System V x86-64 psABI
// §4.4; ELF for the Arm 64-bit Architecture, "Static AArch64 relocations"): S = target, A =
// addend, P = place. Every kind the generator admits (Sources/StencilGen) is handled here;
// anything else is an error.

enum X86Reloc {
    static let r64: UInt32 = 1, pc32: UInt32 = 2, plt32: UInt32 = 4, r32: UInt32 = 10, r32s: UInt32 = 11
}

enum A64Reloc {
    static let abs64: UInt32 = 257
    static let movwG0: UInt32 = 263, movwG0NC: UInt32 = 264, movwG1: UInt32 = 265, movwG1NC: UInt32 = 266
    static let movwG2: UInt32 = 267, movwG2NC: UInt32 = 268, movwG3: UInt32 = 269
    static let adrPrelPgHi21: UInt32 = 275, addAbsLo12NC: UInt32 = 277
    static let ldst8: UInt32 = 278, ldst16: UInt32 = 284, ldst32: UInt32 = 285, ldst64: UInt32 = 286, ldst128: UInt32 = 299
    static let condbr19: UInt32 = 280, jump26: UInt32 = 282, call26: UInt32 = 283
}

@inline(__always) private func load32(_ p: UnsafeMutableRawPointer) -> UInt32 { p.loadUnaligned(as: UInt32.self) }
@inline(__always) private func store32(_ p: UnsafeMutableRawPointer, _ v: UInt32) { p.storeBytes(of: v, as: UInt32.self) }
@inline(__always) private func store64(_ p: UnsafeMutableRawPointer, _ v: UInt64) { p.storeBytes(of: v, as: UInt64.self) }

/// Patch one hole. Returns false when a PC-relative branch cannot reach its target (the caller
/// may retry through a trampoline); throws on an unknown relocation or a value that does not fit.
func patch(_ arch: StencilArch, _ p: UnsafeMutableRawPointer, reloc: UInt32, target s: UInt64, addend a: Int64,
           place: UInt64) throws -> Bool {
    let value = s &+ UInt64(bitPattern: a)            // S + A
    let rel = Int64(bitPattern: value &- place)       // S + A - P
    switch arch {
    case .x86_64:
        switch reloc {
        case X86Reloc.r64:
            store64(p, value)
        case X86Reloc.pc32, X86Reloc.plt32:
            guard rel >= Int64(Int32.min) && rel <= Int64(Int32.max) else { return false }
            store32(p, UInt32(truncatingIfNeeded: rel))
        case X86Reloc.r32:
            guard value <= UInt64(UInt32.max) else { throw StitchError("R_X86_64_32 value \(value) does not fit") }
            store32(p, UInt32(value))
        case X86Reloc.r32s:
            let v = Int64(bitPattern: value)
            guard v >= Int64(Int32.min) && v <= Int64(Int32.max) else { throw StitchError("R_X86_64_32S value \(v) does not fit") }
            store32(p, UInt32(truncatingIfNeeded: v))
        default:
            throw StitchError("unknown x86-64 relocation \(reloc)")
        }
    case .aarch64:
        let insn = load32(p)
        switch reloc {
        case A64Reloc.abs64:
            store64(p, value)
        case A64Reloc.movwG0, A64Reloc.movwG0NC, A64Reloc.movwG1, A64Reloc.movwG1NC,
             A64Reloc.movwG2, A64Reloc.movwG2NC, A64Reloc.movwG3:
            // MOVZ/MOVK: imm16 in bits 5..20 holds bits 16n..16n+15 of the value.
            let group = UInt64((reloc - A64Reloc.movwG0) / 2)
            let checked = reloc != A64Reloc.movwG3 && (reloc - A64Reloc.movwG0) % 2 == 0
            if checked && value >> (16 * (group + 1)) != 0 {
                throw StitchError("MOVW_UABS_G\(group) value \(value) does not fit")
            }
            let imm = UInt32((value >> (16 * group)) & 0xFFFF)
            store32(p, (insn & ~(0xFFFF << 5)) | imm << 5)
        case A64Reloc.adrPrelPgHi21:
            // ADRP: Page(S + A) - Page(P), in 4 KiB pages, 21 bits split immlo:immhi.
            let pages = Int64(bitPattern: (value & ~0xFFF) &- (place & ~0xFFF)) >> 12
            guard pages >= -(1 << 20) && pages < (1 << 20) else { return false }
            let imm = UInt32(truncatingIfNeeded: pages) & 0x1F_FFFF
            store32(p, (insn & ~(3 << 29 | 0x7FFFF << 5)) | (imm & 3) << 29 | (imm >> 2) << 5)
        case A64Reloc.addAbsLo12NC, A64Reloc.ldst8, A64Reloc.ldst16, A64Reloc.ldst32, A64Reloc.ldst64, A64Reloc.ldst128:
            // The low 12 bits, scaled by the access size, in bits 10..21.
            let shift: UInt64
            switch reloc {
            case A64Reloc.ldst16: shift = 1
            case A64Reloc.ldst32: shift = 2
            case A64Reloc.ldst64: shift = 3
            case A64Reloc.ldst128: shift = 4
            default: shift = 0
            }
            let imm = UInt32(((value & 0xFFF) >> shift) & 0xFFF)
            store32(p, (insn & ~(0xFFF << 10)) | imm << 10)
        case A64Reloc.condbr19:
            // B.cond/CBZ/CBNZ: a signed 19-bit word offset (±1 MiB) in bits 5..23.
            guard rel & 3 == 0 else { throw StitchError("misaligned branch target") }
            guard rel >= -(1 << 20) && rel < (1 << 20) else { return false }
            store32(p, (insn & ~(0x7FFFF << 5)) | (UInt32(truncatingIfNeeded: rel >> 2) & 0x7FFFF) << 5)
        case A64Reloc.jump26, A64Reloc.call26:
            // B/BL: a signed 26-bit word offset (±128 MiB).
            guard rel & 3 == 0 else { throw StitchError("misaligned branch target") }
            guard rel >= -(1 << 27) && rel < (1 << 27) else { return false }
            store32(p, (insn & 0xFC00_0000) | (UInt32(truncatingIfNeeded: rel >> 2) & 0x03FF_FFFF))
        default:
            throw StitchError("unknown AArch64 relocation \(reloc)")
        }
    }
    return true
}
