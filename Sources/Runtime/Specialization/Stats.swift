// Specialization statistics, switched on at run time (`--stats`, QUICKEN_STATS=1): per
// opcode executions and guard misses, per family successes, failures by reason and deopts,
// and per site the same figures for `dis` and the Specialist view.

import CSupport
import Foundation
import QuickenCompiler

public enum Stats {
    nonisolated(unsafe) public static var enabled = false
    /// Indexed by opcode. Raw buffers: the interpreter bumps them on the hot path.
    nonisolated(unsafe) static let executions = zeroed(256)
    nonisolated(unsafe) static let misses = zeroed(256)
    nonisolated(unsafe) static let successes = zeroed(256)   // by installed form
    nonisolated(unsafe) static let failures = zeroed(256)    // by family head
    nonisolated(unsafe) static let deopts = zeroed(256)      // by the form that was replaced
    nonisolated(unsafe) static var failureReasons: [Int: [UInt16: UInt64]] = [:]  // head -> reason -> count

    static func zeroed(_ n: Int) -> UnsafeMutablePointer<UInt64> {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
        p.initialize(repeating: 0, count: n)
        return p
    }

    /// Give a fresh code object its per-site table.
    static func attach(_ code: CodePtr) {
        let n = max(Int(code.pointee.ncode), 1)
        let p = UnsafeMutablePointer<QKSiteStats>.allocate(capacity: n)
        p.initialize(repeating: QKSiteStats(), count: n)
        code.pointee.site_stats = p
    }

    @inline(__always) static func site(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>) -> UnsafeMutablePointer<QKSiteStats>? {
        guard let table = code.pointee.site_stats else { return nil }
        return table + (instr - code.pointee.code)
    }

    static func recordSuccess(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ op: Int) {
        noteDeopt(code, instr)
        successes[op] += 1
        if let s = site(code, instr) {
            s.pointee.successes += 1
            s.pointee.last_failure = 0
            s.pointee.last_form = UInt16(op)
        }
    }

    static func recordFailure(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ head: Int, _ why: Failure) {
        noteDeopt(code, instr)
        failures[head] += 1
        failureReasons[head, default: [:]][why.code, default: 0] += 1
        if let s = site(code, instr) {
            s.pointee.failures += 1
            s.pointee.last_failure = why.code
            s.pointee.last_form = UInt16(head)
        }
    }

    /// A specialized form being replaced after its misses ran the counter down.
    static func noteDeopt(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>) {
        let old = Int(instr.pointee & 0xFF)
        guard Int32(qk_op_deopt(Int32(old))) != Int32(old) else { return }
        deopts[old] += 1
        if let s = site(code, instr) { s.pointee.deopts += 1 }
    }

    @inline(__always) static func recordMiss(_ code: CodePtr, _ instr: UnsafeMutablePointer<UInt16>, _ op: Int) {
        misses[op] += 1
        if let s = site(code, instr) { s.pointee.misses += 1 }
    }

    // MARK: Reports

    static func name(_ op: Int) -> String { Opcode(rawValue: UInt16(op))?.name ?? "<\(op)>" }

    /// The per-opcode and per-family tables printed at exit.
    public static func report() -> String {
        var out = "Quicken specialization stats\n\n"
        out += "Per opcode (executions; hits and misses for specialized forms):\n"
        out += pad("opcode", 42) + lpad("executions", 14) + lpad("hits", 14) + lpad("misses", 12) + lpad("deopts", 10) + "\n"
        for op in 0..<256 where executions[op] > 0 {
            let specialized = Int32(qk_op_deopt(Int32(op))) != Int32(op)
            out += pad(name(op), 42) + lpad(String(executions[op]), 14)
            if specialized {
                out += lpad(String(executions[op] - misses[op]), 14) + lpad(String(misses[op]), 12) + lpad(String(deopts[op]), 10)
            }
            out += "\n"
        }
        out += "\nPer family (specialization attempts):\n"
        out += pad("family", 20) + lpad("success", 10) + lpad("failure", 10) + lpad("deopts", 10) + "\n"
        for head in families() {
            let forms = specializationsOf(head)
            let succ = forms.reduce(0) { $0 + successes[$1] }
            let dep = forms.reduce(0) { $0 + deopts[$1] }
            if succ == 0 && failures[head] == 0 { continue }
            out += pad(name(head), 20) + lpad(String(succ), 10) + lpad(String(failures[head]), 10) + lpad(String(dep), 10) + "\n"
            for f in forms where successes[f] > 0 {
                out += "    " + pad(name(f), 44) + lpad(String(successes[f]), 10) + "\n"
            }
            for (reason, n) in (failureReasons[head] ?? [:]).sorted(by: { $0.value > $1.value }) {
                out += "    failure: " + pad(Failure(code: reason).description, 70) + lpad(String(n), 10) + "\n"
            }
        }
        return out
    }

    /// The same data as JSON.
    public static func json() -> String {
        var opcodes: [[String: Any]] = []
        for op in 0..<256 where executions[op] > 0 {
            var e: [String: Any] = ["opcode": name(op), "executions": executions[op]]
            if Int32(qk_op_deopt(Int32(op))) != Int32(op) {
                e["hits"] = executions[op] - misses[op]
                e["misses"] = misses[op]
                e["deopts"] = deopts[op]
                e["family"] = name(Int(qk_op_deopt(Int32(op))))
            }
            opcodes.append(e)
        }
        var fams: [[String: Any]] = []
        for head in families() {
            let forms = specializationsOf(head)
            var installed: [String: UInt64] = [:]
            for f in forms where successes[f] > 0 { installed[name(f)] = successes[f] }
            var reasons: [String: UInt64] = [:]
            for (r, n) in failureReasons[head] ?? [:] { reasons[Failure(code: r).description] = n }
            let succ = installed.values.reduce(0, +)
            if succ == 0 && failures[head] == 0 { continue }
            fams.append(["family": name(head), "success": succ, "failure": failures[head],
                         "deopts": forms.reduce(0) { $0 + deopts[$1] }, "installed": installed, "failure_reasons": reasons])
        }
        let root: [String: Any] = ["opcodes": opcodes, "families": fams]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func families() -> [Int] {
        Opcode.allCases.filter { !$0.specializations.isEmpty }.map { Int($0.rawValue) }
    }

    static func specializationsOf(_ head: Int) -> [Int] {
        (Opcode(rawValue: UInt16(head))?.specializations ?? []).map { Int($0.rawValue) }
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? " " + s : String(repeating: " ", count: n - s.count) + s }
}
