// Copy-and-patch stitching: copy the stencils of a trace in order, patch their holes, elide
// trailing jumps to the next stencil, and route far helper calls through trampolines.
// The output is position dependent: it is built for the address it will run at.

import QuickenStencils

public enum StencilArch: String, CaseIterable, Sendable {
    case x86_64, aarch64

    public static var host: StencilArch {
        #if arch(x86_64)
        return .x86_64
        #else
        return .aarch64
        #endif
    }

    var table: UnsafePointer<QKStencil> {
        switch self {
        case .x86_64: return qk_stencils_x86_64
        case .aarch64: return qk_stencils_aarch64
        }
    }

    /// The stencil of `uop` on this architecture.
    public func stencil(_ uop: QKUop) -> QKStencil { table[Int(uop.rawValue)] }

    /// A trampoline: an absolute jump that branches and calls can reach when their target is
    /// out of range. x86-64 `jmp *0(%rip); .quad target`; AArch64 `ldr x16, 8; br x16; .quad
    /// target` (x16 is the AAPCS intra-procedure-call scratch register veneers may clobber).
    func trampoline(to target: UInt64) -> [UInt8] {
        let prefix: [UInt8]
        switch self {
        case .x86_64: prefix = [0xFF, 0x25, 2, 0, 0, 0, 0xCC, 0xCC]  // jmp *2(%rip): skip the padding
        case .aarch64: prefix = [0x50, 0x00, 0x00, 0x58, 0x00, 0x02, 0x1F, 0xD6]
        }
        return prefix + withUnsafeBytes(of: target.littleEndian) { Array($0) }
    }
}

public var allUops: [QKUop] { (0..<QK_UOP_COUNT.rawValue).map { QKUop(rawValue: $0) } }

extension QKUop {
    /// The stencil's name (the same on every architecture).
    public var name: String { String(cString: StencilArch.x86_64.stencil(self).name) }
    public init?(name: String) {
        guard let u = allUops.first(where: { $0.name == name }) else { return nil }
        self = u
    }
}

/// One micro-op of a trace with its hole values. `jump` and `exit` are indices of other ops
/// of the same trace (typically `exit` stencils placed after the loop body).
public struct TraceOp {
    public var uop: QKUop
    public var oparg: UInt32
    public var operand0: UInt64
    public var operand1: UInt64
    public var helper: UInt64
    public var jump: Int?
    public var exit: Int?

    public init(_ uop: QKUop, oparg: UInt32 = 0, operand0: UInt64 = 0, operand1: UInt64 = 0,
                helper: UInt64 = 0, jump: Int? = nil, exit: Int? = nil) {
        self.uop = uop
        self.oparg = oparg
        self.operand0 = operand0
        self.operand1 = operand1
        self.helper = helper
        self.jump = jump
        self.exit = exit
    }
}

public struct StitchError: Error, CustomStringConvertible {
    public let description: String
    init(_ s: String) { description = s }
}

/// Where everything of a trace goes, independent of the address it will run at.
public struct TraceLayout {
    public let arch: StencilArch
    public let ops: [TraceOp]            // ops[0] is the implicit `entry`
    public let offsets: [Int]            // code offset of each op
    public let sizes: [Int]              // copied bytes of each op (after tail elision)
    public let dataOffsets: [UInt32: Int]   // per uop with read-only data
    public let trampolineOffsets: [UInt64: Int]  // per helper address
    public let codeSize: Int
    public let size: Int

    public init(_ trace: [TraceOp], arch: StencilArch) throws {
        self.arch = arch
        // The entry stencil (C calling convention) continues into the first op.
        let ops = [TraceOp(QK_UOP_ENTRY)] + trace.map { op -> TraceOp in
            var o = op
            o.jump = op.jump.map { $0 + 1 }
            o.exit = op.exit.map { $0 + 1 }
            return o
        }
        var offsets: [Int] = [], sizes: [Int] = []
        var pos = 0
        for (i, op) in ops.enumerated() {
            let s = arch.stencil(op.uop)
            let holes = UnsafeBufferPointer(start: s.holes, count: Int(s.nholes))
            if holes.contains(where: { $0.kind == QK_HOLE_CONTINUE.rawValue }) && i == ops.count - 1 {
                throw StitchError("trace ends with \(op.uop.name), which continues past the end")
            }
            if holes.contains(where: { $0.kind == QK_HOLE_JUMP.rawValue }) && !(op.jump.map { ops.indices.contains($0) } ?? false) {
                throw StitchError("op \(i - 1) (\(op.uop.name)) needs a jump target")
            }
            if holes.contains(where: { $0.kind == QK_HOLE_EXIT.rawValue }) && !(op.exit.map { ops.indices.contains($0) } ?? false) {
                throw StitchError("op \(i - 1) (\(op.uop.name)) needs an exit target")
            }
            offsets.append(pos)
            // The continuation is always the next op, so a trailing jump to it is dropped.
            let size = Int(s.tail_jump)
            sizes.append(size)
            pos += size
        }
        codeSize = pos
        var dataOffsets: [UInt32: Int] = [:]
        for op in ops where dataOffsets[op.uop.rawValue] == nil {
            let s = arch.stencil(op.uop)
            if s.data_size == 0 { continue }
            let a = Int(s.data_align)
            pos = (pos + a - 1) / a * a
            dataOffsets[op.uop.rawValue] = pos
            pos += Int(s.data_size)
        }
        var trampolines: [UInt64: Int] = [:]
        pos = (pos + 15) & ~15
        for op in ops where op.helper != 0 && trampolines[op.helper] == nil {
            trampolines[op.helper] = pos
            pos += 16
        }
        self.ops = ops
        self.offsets = offsets
        self.sizes = sizes
        self.dataOffsets = dataOffsets
        self.trampolineOffsets = trampolines
        self.size = pos
    }

    /// Code offset of trace op `index` (not counting the entry).
    public func offset(ofOp index: Int) -> Int { offsets[index + 1] }
}

public struct StitchStats {
    public var trampolinesUsed = 0
    public var elidedJumps = 0
}

/// Copy and patch `layout` into `out` (layout.size bytes), to run at address `base`.
@discardableResult
public func stitch(_ layout: TraceLayout, base: UInt64, into out: UnsafeMutableRawBufferPointer) throws -> StitchStats {
    precondition(out.count >= layout.size)
    var stats = StitchStats()
    let arch = layout.arch
    // Fill gaps with traps (int3 / udf) so a stray jump faults instead of sliding.
    let fill: [UInt8] = arch == .x86_64 ? [0xCC] : [0, 0, 0, 0]
    for i in stride(from: 0, to: layout.size, by: fill.count) {
        for (k, b) in fill.enumerated() where i + k < layout.size { out[i + k] = b }
    }
    for (uop, off) in layout.dataOffsets {
        let s = arch.stencil(QKUop(rawValue: uop))
        out.baseAddress!.advanced(by: off).copyMemory(from: s.data, byteCount: Int(s.data_size))
    }
    for (target, off) in layout.trampolineOffsets {
        let t = arch.trampoline(to: target)
        for (k, b) in t.enumerated() { out[off + k] = b }
    }
    for (i, op) in layout.ops.enumerated() {
        let s = arch.stencil(op.uop)
        let start = layout.offsets[i], size = layout.sizes[i]
        out.baseAddress!.advanced(by: start).copyMemory(from: s.code, byteCount: size)
        if size < Int(s.code_size) { stats.elidedJumps += 1 }
        for h in UnsafeBufferPointer(start: s.holes, count: Int(s.nholes)) where Int(h.offset) < size {
            var target: UInt64
            switch QKHoleKind(rawValue: h.kind) {
            case QK_HOLE_OPARG: target = UInt64(op.oparg)
            case QK_HOLE_OPERAND0: target = op.operand0
            case QK_HOLE_OPERAND1: target = op.operand1
            case QK_HOLE_CONTINUE: target = base + UInt64(layout.offsets[i + 1])
            case QK_HOLE_JUMP: target = base + UInt64(layout.offsets[op.jump!])
            case QK_HOLE_EXIT: target = base + UInt64(layout.offsets[op.exit!])
            case QK_HOLE_HELPER: target = op.helper
            case QK_HOLE_DATA: target = base + UInt64(layout.dataOffsets[op.uop.rawValue]!)
            default: throw StitchError("\(op.uop.name): unknown hole kind \(h.kind)")
            }
            let at = start + Int(h.offset)
            let place = base + UInt64(at)
            let ptr = out.baseAddress!.advanced(by: at)
            if try !patch(arch, ptr, reloc: h.reloc, target: target, addend: h.addend, place: place) {
                // Out of branch range: only helpers live outside the trace.
                guard h.kind == QK_HOLE_HELPER.rawValue, let t = layout.trampolineOffsets[target] else {
                    throw StitchError("\(op.uop.name): relocation \(h.reloc) out of range at \(at)")
                }
                stats.trampolinesUsed += 1
                guard try patch(arch, ptr, reloc: h.reloc, target: base + UInt64(t), addend: h.addend, place: place) else {
                    throw StitchError("\(op.uop.name): trampoline out of range")
                }
            }
        }
    }
    return stats
}
