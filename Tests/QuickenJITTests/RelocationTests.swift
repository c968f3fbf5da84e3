// Relocation encodings the stencils do not use today (ADRP/ADD/LDST lo12) plus the branch
// kinds, checked against encodings disassembled with llvm-mc.

@testable import QuickenJIT
import XCTest

final class RelocationTests: XCTestCase {
    private func patched(_ arch: StencilArch, _ insn: UInt32, reloc: UInt32, target: UInt64, addend: Int64 = 0,
                         place: UInt64) throws -> UInt32? {
        var word = insn
        let ok = try withUnsafeMutableBytes(of: &word) {
            try patch(arch, $0.baseAddress!, reloc: reloc, target: target, addend: addend, place: place)
        }
        return ok ? word : nil
    }

    func testAArch64PageAndLow12() throws {
        // adrp x16, 0x12345000 from 0x1000; add x16, x16, #0x678; ldr x16, [x16, #0x680]
        XCTAssertEqual(try patched(.aarch64, 0x9000_0010, reloc: 275, target: 0x1234_5678, place: 0x1000), 0x9009_1A30)
        XCTAssertEqual(try patched(.aarch64, 0x9100_0210, reloc: 277, target: 0x1234_5678, place: 0), 0x9119_E210)
        XCTAssertEqual(try patched(.aarch64, 0xF940_0210, reloc: 286, target: 0x1234_5678, addend: 8, place: 0), 0xF943_4210)
    }

    func testAArch64Branches() throws {
        // cbz x0, +4096 / -4096 (CONDBR19); b and bl (JUMP26/CALL26) out of range need a veneer.
        XCTAssertEqual(try patched(.aarch64, 0xB400_0000, reloc: 280, target: 0x2000, place: 0x1000), 0xB400_8000)
        XCTAssertEqual(try patched(.aarch64, 0xB400_0000, reloc: 280, target: 0x1000, place: 0x2000), 0xB4FF_8000)
        XCTAssertNil(try patched(.aarch64, 0xB400_0000, reloc: 280, target: 0x20_1000, place: 0x1000))
        XCTAssertEqual(try patched(.aarch64, 0x1400_0000, reloc: 282, target: 0x1010, place: 0x1000), 0x1400_0004)
        XCTAssertNil(try patched(.aarch64, 0x9400_0000, reloc: 283, target: 0x1000_0000, place: 0))
    }

    func testAArch64MovWide() throws {
        // movz x8, #0xbeef; movk x8, #0xdead, lsl #16 ... from 0x1122_3344_dead_beef
        let v: UInt64 = 0x1122_3344_DEAD_BEEF
        XCTAssertEqual(try patched(.aarch64, 0xD280_0008, reloc: 264, target: v, place: 0), 0xD297_DDE8)
        XCTAssertEqual(try patched(.aarch64, 0xF2A0_0008, reloc: 266, target: v, place: 0), 0xF2BB_D5A8)
        XCTAssertThrowsError(try patched(.aarch64, 0xD280_0008, reloc: 263, target: v, place: 0))  // G0 checked
    }

    func testX86() throws {
        XCTAssertEqual(try patched(.x86_64, 0, reloc: 2, target: 0x2000, addend: -4, place: 0x1000), 0xFFC)
        XCTAssertNil(try patched(.x86_64, 0, reloc: 4, target: 0x1_0000_0000, addend: -4, place: 0))
        XCTAssertThrowsError(try patched(.x86_64, 0, reloc: 10, target: 0x1_0000_0000, place: 0))
        XCTAssertThrowsError(try patched(.x86_64, 0, reloc: 9, target: 0, place: 0))   // GOTPCREL: unknown
    }
}
