// CPython 3.13's `dis` text format (Lib/dis.py): line-number column, jump-target labels,
// argument reprs, optional offsets and inline caches, the exception table, and the nested
// code objects in co_consts order. It works on a small protocol so the runtime can also
// disassemble its live, quickened code objects (specialized opcode names, real cache values).

/// What the disassembler needs from a code object.
public protocol DisassemblyInput {
    var disName: String { get }
    var disFilename: String { get }
    var disFirstLineNo: Int { get }
    /// The unquickened code units (co_code), used for the instruction structure and labels.
    var disCode: [UInt16] { get }
    /// The live code units (co_code_adaptive) shown with `adaptive: true`; nil means `disCode`.
    var disAdaptiveCode: [UInt16]? { get }
    var disNames: [String] { get }
    var disLocalsPlusNames: [String] { get }
    func disConstantRepr(_ index: Int) -> String
    var disExceptionTable: [ExceptionTableEntry] { get }
    /// One entry per code unit (line -1: no line).
    var disPositions: [Position] { get }
    /// The code objects among the constants, in co_consts order.
    var disNestedCode: [DisassemblyInput] { get }
    /// The text `repr(code)` gives: `<code object f at 0x..., file "x.py", line 3>`.
    var disRepr: String { get }
    /// The name of an opcode byte, including the runtime's specialized opcodes.
    func disOpcodeName(_ byte: UInt8) -> String
    /// The base instruction of a (possibly specialized) opcode byte.
    func disBaseOpcode(_ byte: UInt8) -> Opcode?
    /// The text shown for one inline-cache field (default: "name: value" from the code units).
    func disCacheRepr(offset: Int, field: String, units: [UInt16]) -> String
}

extension DisassemblyInput {
    public var disAdaptiveCode: [UInt16]? { nil }
    public func disOpcodeName(_ byte: UInt8) -> String {
        Opcode(rawValue: UInt16(byte))?.name ?? "<\(byte)>"
    }
    public func disBaseOpcode(_ byte: UInt8) -> Opcode? { Opcode(rawValue: UInt16(byte)) }
    public func disCacheRepr(offset: Int, field: String, units: [UInt16]) -> String {
        var v: UInt64 = 0
        for (i, u) in units.enumerated() { v |= UInt64(u) << (16 * UInt64(i)) }
        return "\(field): \(v)"
    }
}

extension CodeObject: DisassemblyInput {
    public var disName: String { name }
    public var disFilename: String { filename }
    public var disFirstLineNo: Int { firstLineNo }
    public var disCode: [UInt16] { code }
    public var disNames: [String] { names }
    public var disLocalsPlusNames: [String] { localsPlusNames }
    public func disConstantRepr(_ index: Int) -> String {
        index < consts.count ? consts[index].pyRepr : "<\(index)>"
    }
    public var disExceptionTable: [ExceptionTableEntry] { exceptionTable }
    public var disPositions: [Position] { positions }
    public var disNestedCode: [DisassemblyInput] {
        consts.compactMap { if case .code(let c) = $0 { return c }; return nil }
    }
    public var disRepr: String { ConstantValue.code(self).pyRepr }
}

public struct DisassemblyOptions: Sendable {
    public var showCaches = false
    public var adaptive = false
    public var showOffsets = false
    /// How many levels of nested code objects to show (nil: all).
    public var depth: Int? = nil
    public init(showCaches: Bool = false, adaptive: Bool = false, showOffsets: Bool = false, depth: Int? = nil) {
        self.showCaches = showCaches
        self.adaptive = adaptive
        self.showOffsets = showOffsets
        self.depth = depth
    }
}

public enum Disassembler {
    private static let cmpOp = ["<", "<=", "==", "!=", ">", ">="]
    private static let nbOps = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
                                "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="]
    private static let intrinsic1 = ["INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
                                     "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP",
                                     "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
                                     "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC",
                                     "INTRINSIC_TYPEALIAS"]
    private static let intrinsic2 = ["INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
                                     "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
                                     "INTRINSIC_SET_TYPEPARAM_DEFAULT"]
    private static let functionAttrFlags = ["defaults", "kwdefaults", "annotations", "closure"]

    /// `dis.dis(code)`: the code object, then its nested code objects recursively.
    public static func dis(_ co: DisassemblyInput, options: DisassemblyOptions = DisassemblyOptions()) -> String {
        var out = ""
        disassembleRecursive(co, options, depth: options.depth, into: &out)
        return out
    }

    /// Same as `dis`: the code object and all nested code objects.
    public static func disassembleAll(_ co: DisassemblyInput, options: DisassemblyOptions = DisassemblyOptions()) -> String {
        dis(co, options: options)
    }

    private static func disassembleRecursive(_ co: DisassemblyInput, _ options: DisassemblyOptions, depth: Int?, into out: inout String) {
        out += disassemble(co, options: options)
        if depth == nil || depth! > 0 {
            let d = depth.map { $0 - 1 }
            for x in co.disNestedCode {
                out += "\nDisassembly of \(x.disRepr):\n"
                disassembleRecursive(x, options, depth: d, into: &out)
            }
        }
    }

    struct Unpacked {
        var offset: Int      // code-unit index of the opcode
        var op: UInt8
        var arg: Int?
    }

    /// _unpack_opargs: instructions (EXTENDED_ARG included), skipping inline caches.
    static func unpack(_ code: [UInt16], _ co: DisassemblyInput) -> [Unpacked] {
        var out: [Unpacked] = []
        var extended = 0
        var caches = 0
        for (i, unit) in code.enumerated() {
            if caches > 0 { caches -= 1; continue }
            let op = UInt8(unit & 0xFF)
            let deop = co.disBaseOpcode(op)
            caches = deop?.cacheSize ?? 0
            var arg: Int? = nil
            if let d = deop, d.hasArg {
                let a = Int(unit >> 8) | extended
                extended = d == .EXTENDED_ARG ? (a << 8) : 0
                if extended >= (1 << 31) { extended -= 1 << 32 }
                arg = a
            } else {
                extended = 0
            }
            out.append(Unpacked(offset: i, op: op, arg: arg))
        }
        return out
    }

    private static func jumpTarget(_ deop: Opcode, _ arg: Int, _ offset: Int) -> Int? {
        if deop.isForwardJump { return offset + 1 + deop.cacheSize + arg }
        if deop.isBackwardJump { return offset + 1 + deop.cacheSize - arg }
        return nil
    }

    /// `dis.disassemble(code)` for one code object.
    public static func disassemble(_ co: DisassemblyInput, options: DisassemblyOptions = DisassemblyOptions()) -> String {
        let original = co.disCode
        let code = options.adaptive ? (co.disAdaptiveCode ?? original) : original
        let positions = co.disPositions

        // findlinestarts over co_lines(): a new entry wherever the line changes.
        var linestarts: [Int: Int?] = [:]
        var lastLine: Int?? = .none
        for i in 0..<original.count {
            let l = i < positions.count ? Int(positions[i].line) : -1
            let line: Int? = l < 0 ? nil : l
            if lastLine == nil || lastLine! != line {
                linestarts[i] = line
                lastLine = .some(line)
            }
        }

        let instrs = unpack(original, co)
        var labelSet = Set<Int>()
        for ins in instrs {
            guard let arg = ins.arg, let deop = co.disBaseOpcode(ins.op), let t = jumpTarget(deop, arg, ins.offset) else { continue }
            labelSet.insert(t)
        }
        let table = co.disExceptionTable
        for e in table {
            labelSet.insert(e.start)
            labelSet.insert(e.end)
            labelSet.insert(e.target)
        }
        var labels: [Int: Int] = [:]
        for (i, off) in labelSet.sorted().enumerated() { labels[off] = i + 1 }

        // _get_lineno_width
        var linenoWidth = 0
        let realLines = linestarts.values.compactMap { $0 }.filter { $0 != 0 }
        if let maxLine = realLines.max() {
            linenoWidth = max(3, String(maxLine).count)
            if linenoWidth < 4 && linestarts.values.contains(where: { $0 == nil }) { linenoWidth = 4 }
        }
        let labelWidth = 4 + String(labels.count).count
        let offsetWidth = options.showOffsets ? String(max(original.count * 2 - 2, 9999)).count : 0

        var out = ""
        func printLine(opname: String, arg: Int?, argrepr: String, offset: Int, startsLine: Bool, line: Int?, label: Int?) {
            if linenoWidth > 0 && startsLine && offset > 0 { out += "\n" }
            var fields: [String] = []
            if linenoWidth > 0 {
                if startsLine {
                    let s = line.map { String($0) } ?? "  --"
                    fields.append(String(repeating: " ", count: max(0, linenoWidth - s.count)) + s)
                } else {
                    fields.append(String(repeating: " ", count: linenoWidth))
                }
            }
            if let label {
                let l = "L\(label):"
                fields.append(String(repeating: " ", count: max(0, labelWidth - l.count)) + l)
            } else {
                fields.append(String(repeating: " ", count: labelWidth))
            }
            if offsetWidth > 0 {
                let o = String(offset * 2)
                fields.append(String(repeating: " ", count: max(0, offsetWidth - o.count)) + o + "  ")
            }
            fields.append("   ")
            fields.append(opname.padding(toLength: max(20, opname.count)))
            if let arg {
                let a = String(arg)
                let width = 5 - max(0, opname.count - 20)
                fields.append(String(repeating: " ", count: max(0, width - a.count)) + a)
                if !argrepr.isEmpty { fields.append("(" + argrepr + ")") }
            }
            var line = fields.joined(separator: " ")
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }

        var lineNumber: Int? = nil
        for ins in instrs {
            let startsLine = linestarts[ins.offset] != nil
            if let l = linestarts[ins.offset] { lineNumber = l }
            let liveOp = UInt8(code[ins.offset] & 0xFF)
            let deop = co.disBaseOpcode(ins.op)
            let argrepr = ins.arg.map { argRepr(co, deop, $0, ins.offset, labels) } ?? ""
            printLine(opname: co.disOpcodeName(liveOp), arg: ins.arg, argrepr: argrepr, offset: ins.offset,
                      startsLine: startsLine, line: lineNumber, label: labels[ins.offset])
            if options.showCaches, let d = deop, d.cacheSize > 0 {
                var off = ins.offset
                for (name, size) in d.cacheLayout {
                    let units = Array(code[(off + 1)..<min(code.count, off + 1 + size)])
                    for i in 0..<size {
                        off += 1
                        let r = i == 0 ? co.disCacheRepr(offset: off, field: name, units: units) : ""
                        printLine(opname: "CACHE", arg: 0, argrepr: r, offset: off, startsLine: false, line: nil, label: nil)
                    }
                }
            }
        }
        if !table.isEmpty {
            out += "ExceptionTable:\n"
            for e in table {
                out += "  L\(labels[e.start]!) to L\(labels[e.end]!) -> L\(labels[e.target]!) [\(e.depth)]\(e.lasti ? " lasti" : "")\n"
            }
        }
        return out
    }

    private static func argRepr(_ co: DisassemblyInput, _ deop: Opcode?, _ arg: Int, _ offset: Int, _ labels: [Int: Int]) -> String {
        guard let deop else { return "" }
        func name(_ i: Int) -> String { i >= 0 && i < co.disNames.count ? co.disNames[i] : "" }
        func local(_ i: Int) -> String { i >= 0 && i < co.disLocalsPlusNames.count ? co.disLocalsPlusNames[i] : "" }
        if deop.hasConst { return co.disConstantRepr(arg) }
        if deop.hasName {
            switch deop {
            case .LOAD_GLOBAL:
                let n = name(arg >> 1)
                return (arg & 1) != 0 && !n.isEmpty ? n + " + NULL" : n
            case .LOAD_ATTR:
                let n = name(arg >> 1)
                return (arg & 1) != 0 && !n.isEmpty ? n + " + NULL|self" : n
            case .LOAD_SUPER_ATTR:
                let n = name(arg >> 2)
                return (arg & 1) != 0 && !n.isEmpty ? n + " + NULL|self" : n
            default:
                return name(arg)
            }
        }
        if deop.isJump || deop.isBlockPush {
            guard let t = jumpTarget(deop, arg, offset), let l = labels[t] else { return "" }
            return "to L\(l)"
        }
        switch deop {
        case .LOAD_FAST_LOAD_FAST, .STORE_FAST_LOAD_FAST, .STORE_FAST_STORE_FAST:
            return local(arg >> 4) + ", " + local(arg & 15)
        default: break
        }
        if deop.hasLocal || deop.hasFree { return local(arg) }
        switch deop {
        case .COMPARE_OP:
            let c = (arg >> 5) < cmpOp.count ? cmpOp[arg >> 5] : "?"
            return (arg & 16) != 0 ? "bool(\(c))" : c
        case .CONVERT_VALUE:
            return arg < 4 ? ["", "str", "repr", "ascii"][arg] : ""
        case .SET_FUNCTION_ATTRIBUTE:
            return functionAttrFlags.enumerated().filter { (arg & (1 << $0.offset)) != 0 }.map(\.element).joined(separator: ", ")
        case .BINARY_OP:
            return arg < nbOps.count ? nbOps[arg] : ""
        case .CALL_INTRINSIC_1:
            return arg < intrinsic1.count ? intrinsic1[arg] : ""
        case .CALL_INTRINSIC_2:
            return arg < intrinsic2.count ? intrinsic2[arg] : ""
        default:
            return ""
        }
    }
}

extension String {
    func padding(toLength n: Int) -> String {
        count >= n ? self : self + String(repeating: " ", count: n - count)
    }
}
