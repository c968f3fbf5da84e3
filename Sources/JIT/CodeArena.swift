// Executable memory for stitched traces. One arena reserves a range of address space up front
// (PROT_NONE), so all traces sit within branch range of each other (x86-64 rel32: ±2 GiB,
// AArch64 B/BL: ±128 MiB) and can be linked directly. A trace gets whole pages: they are made
// RW, written, then flipped to RX (never writable and executable at once), and the icache is
// flushed. Freeing decommits the pages (mapped afresh as PROT_NONE, which drops their contents)
// and returns them to a first-fit free list.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QuickenStencils

public final class CodeArena {
    public let base: UnsafeMutableRawPointer
    public let capacity: Int
    public let pageSize: Int
    private var free: [(offset: Int, length: Int)]   // sorted by offset, coalesced

    /// Reserve `capacity` bytes. `near`, when given, is a placement hint: the arena is asked for
    /// just below that address (e.g. the runtime's code), so helpers there are in direct call
    /// range and need no trampoline. The kernel may ignore the hint.
    public init?(capacity: Int = 64 << 20, near: UnsafeRawPointer? = nil) {
        pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let cap = (capacity + pageSize - 1) / pageSize * pageSize
        var hint: UnsafeMutableRawPointer? = nil
        if let near {
            let addr = UInt(bitPattern: near)
            let below = addr > UInt(cap) + (256 << 20) ? addr - UInt(cap) - (256 << 20) : 0
            hint = UnsafeMutableRawPointer(bitPattern: below & ~UInt(pageSize - 1))
        }
        let p = mmap(hint, cap, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let p, p != MAP_FAILED else { return nil }
        base = p
        self.capacity = cap
        free = [(0, cap)]
    }

    deinit { munmap(base, capacity) }

    public var address: UInt64 { UInt64(UInt(bitPattern: base)) }

    /// Page-rounded, writable (not executable) memory for `bytes` bytes of code.
    public func allocate(_ bytes: Int) -> UnsafeMutableRawBufferPointer? {
        let length = max(1, (bytes + pageSize - 1) / pageSize) * pageSize
        guard let i = free.firstIndex(where: { $0.length >= length }) else { return nil }
        let offset = free[i].offset
        if free[i].length == length { free.remove(at: i) } else { free[i] = (offset + length, free[i].length - length) }
        let p = base + offset
        guard mprotect(p, length, PROT_READ | PROT_WRITE) == 0 else { release(offset, length); return nil }
        return UnsafeMutableRawBufferPointer(start: p, count: length)
    }

    /// Make written code executable: RW -> RX, then flush the icache over it.
    public func seal(_ region: UnsafeMutableRawBufferPointer) -> Bool {
        guard mprotect(region.baseAddress, region.count, PROT_READ | PROT_EXEC) == 0 else { return false }
        qk_jit_clear_cache(region.baseAddress, region.baseAddress! + region.count)
        return true
    }

    /// Give a region back: its pages are unmapped (replaced by a fresh PROT_NONE mapping that
    /// keeps the reservation) and become reusable.
    public func deallocate(_ region: UnsafeMutableRawBufferPointer) {
        let p = mmap(region.baseAddress, region.count, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0)
        precondition(p == region.baseAddress, "CodeArena: cannot decommit code pages")
        release(region.baseAddress! - base, region.count)
    }

    private func release(_ offset: Int, _ length: Int) {
        var i = free.firstIndex(where: { $0.offset > offset }) ?? free.count
        free.insert((offset, length), at: i)
        if i + 1 < free.count && free[i].offset + free[i].length == free[i + 1].offset {
            free[i].length += free[i + 1].length
            free.remove(at: i + 1)
        }
        if i > 0 && free[i - 1].offset + free[i - 1].length == free[i].offset {
            free[i - 1].length += free[i].length
            free.remove(at: i)
            i -= 1
        }
    }

    /// Bytes currently handed out.
    public var used: Int { capacity - free.reduce(0) { $0 + $1.length } }
}

/// A stitched trace in executable memory, callable with the C convention of the `entry`
/// stencil: (frame, sp, ctx) -> exit id. Freed with `free()` (or when dropped).
public final class CompiledTrace {
    public typealias Entry = @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> UInt

    public let layout: TraceLayout
    public let stats: StitchStats
    private let arena: CodeArena
    private var region: UnsafeMutableRawBufferPointer?

    public init(_ trace: [TraceOp], arena: CodeArena) throws {
        layout = try TraceLayout(trace, arch: .host)
        guard let r = arena.allocate(layout.size) else { throw StitchError("code arena exhausted") }
        do {
            stats = try stitch(layout, base: UInt64(UInt(bitPattern: r.baseAddress!)), into: r)
        } catch {
            arena.deallocate(r)
            throw error
        }
        guard arena.seal(r) else { arena.deallocate(r); throw StitchError("mprotect RX failed") }
        self.arena = arena
        region = r
    }

    deinit { free() }

    public func free() {
        if let r = region { arena.deallocate(r); region = nil }
    }

    public var address: UInt64 { UInt64(UInt(bitPattern: region!.baseAddress!)) }

    /// Address of trace op `index`'s code (for exits and disassembly).
    public func address(ofOp index: Int) -> UInt64 { address + UInt64(layout.offset(ofOp: index)) }

    public var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: region!.baseAddress, count: layout.size)) }

    /// Run the trace on `frame` with value stack top `sp`; returns the id of the exit taken.
    public func run(frame: UnsafeMutableRawPointer, sp: UnsafeMutableRawPointer, ctx: UnsafeMutableRawPointer? = nil) -> UInt {
        let entry = unsafeBitCast(region!.baseAddress!, to: Entry.self)
        return entry(frame, sp, ctx)
    }
}
