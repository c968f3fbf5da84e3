// A live code object seen through the disassembler: `dis --adaptive` shows the quickened
// code units (specialized names, warm counters), and CACHE lines decode each field.

import CSupport
import QuickenCompiler

public struct LiveCode: DisassemblyInput {
    let code: CodePtr

    public init(_ code: Value) { self.code = code.ptr(QKCode.self) }

    var units: UnsafeBufferPointer<UInt16> { UnsafeBufferPointer(start: code.pointee.code, count: Int(code.pointee.ncode)) }

    public var disName: String { Str.swift(Value(raw: code.pointee.name)) }
    public var disFilename: String { Str.swift(Value(raw: code.pointee.filename)) }
    public var disFirstLineNo: Int { Int(code.pointee.firstlineno) }

    /// co_code: every specialized opcode back to its family head, caches zeroed.
    public var disCode: [UInt16] {
        var out = Array(units)
        var i = 0
        while i < out.count {
            let op = Int32(out[i] & 0xFF)
            let head = qk_op_deopt(op)
            out[i] = (out[i] & 0xFF00) | UInt16(head)
            let n = Int(qk_op_cache_size(head))
            for k in 0..<n where i + 1 + k < out.count { out[i + 1 + k] = 0 }
            i += 1 + n
        }
        return out
    }

    public var disAdaptiveCode: [UInt16]? { Array(units) }
    public var disNames: [String] { Tuple.elements(Value(raw: code.pointee.names)).map { Str.swift($0) } }
    public var disLocalsPlusNames: [String] { Tuple.elements(Value(raw: code.pointee.localsplusnames)).map { Str.swift($0) } }

    public func disConstantRepr(_ index: Int) -> String {
        let consts = Value(raw: code.pointee.consts)
        guard index < Tuple.count(consts), let r = try? Ops.repr(Tuple.items(consts)[index]) else { return "<\(index)>" }
        return Str.swift(r)
    }

    public var disExceptionTable: [ExceptionTableEntry] {
        (0..<Int(code.pointee.nexc)).map { i in
            let e = code.pointee.exctable[i]
            return ExceptionTableEntry(start: Int(e.start), end: Int(e.end), target: Int(e.target),
                                       depth: Int(e.depth_lasti >> 1), lasti: e.depth_lasti & 1 != 0)
        }
    }

    public var disPositions: [Position] {
        (0..<Int(code.pointee.ncode)).map { i in
            let p = code.pointee.positions[i]
            return Position(line: p.line, endLine: p.end_line, column: p.column, endColumn: p.end_column)
        }
    }

    public var disNestedCode: [DisassemblyInput] {
        Tuple.elements(Value(raw: code.pointee.consts)).filter { $0.isObject && $0.layout == QK_LAYOUT_CODE }.map { LiveCode($0) }
    }

    public var disRepr: String { (try? Ops.repr(Value(code))).map { Str.swift($0) } ?? "<code object>" }

    public func disBaseOpcode(_ byte: UInt8) -> Opcode? { Opcode(rawValue: UInt16(qk_op_deopt(Int32(byte)))) }

    /// Decoded fields: the counter as value and backoff, multi-unit fields little-endian
    /// (CPython 3.13.0's dis misreads those).
    public func disCacheRepr(offset: Int, field: String, units: [UInt16]) -> String {
        if field == "counter", let c = units.first {
            return "counter: \(qk_counter_value(c)), backoff: \(qk_counter_backoff(c))"
        }
        var v: UInt64 = 0
        for (i, u) in units.enumerated() { v |= UInt64(u) << (16 * UInt64(i)) }
        if field == "descr" { return v == 0 ? "descr: NULL" : "descr: 0x" + String(v, radix: 16) }
        return "\(field): \(v)"
    }
}
