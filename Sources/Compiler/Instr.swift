// The code generator's output before optimization: a flat instruction sequence with labels
// (CPython's _PyInstructionSequence), later turned into a control-flow graph.

import QuickenSyntax

struct Instr {
    var op: Opcode
    var arg: Int
    var loc: Position
}

extension Position {
    init(_ r: SourceRange) {
        self.init(line: r.line, endLine: r.endLine, column: r.column, endColumn: r.endColumn)
    }
    /// CPython's LOCATION(lineno, lineno, 0, 0).
    static func line(_ l: Int) -> Position { Position(line: Int32(l), endLine: Int32(l), column: 0, endColumn: 0) }
}

/// CPython's intrinsic function numbers (Include/internal/pycore_intrinsics.h).
enum Intrinsic1: Int {
    case invalid = 0, print = 1, importStar = 2, stopIterationError = 3, asyncGenWrap = 4
    case unaryPositive = 5, listToTuple = 6
}

/// SET_FUNCTION_ATTRIBUTE flags.
enum FunctionAttr {
    static let defaults = 1, kwdefaults = 2, annotations = 4, closure = 8
}

extension Opcode {
    /// OPCODE_HAS_JUMP in CPython (not the SETUP_* block pushes).
    var isJumpOp: Bool {
        switch self {
        case .JUMP_FORWARD, .JUMP_BACKWARD, .JUMP_BACKWARD_NO_INTERRUPT, .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE,
             .POP_JUMP_IF_NONE, .POP_JUMP_IF_NOT_NONE, .FOR_ITER, .SEND, .JUMP, .JUMP_NO_INTERRUPT:
            return true
        default: return false
        }
    }
    var isBlockPush: Bool { self == .SETUP_FINALLY || self == .SETUP_CLEANUP || self == .SETUP_WITH }
    var hasTarget: Bool { isJumpOp || isBlockPush }
    var isUnconditionalJump: Bool {
        switch self {
        case .JUMP, .JUMP_NO_INTERRUPT, .JUMP_FORWARD, .JUMP_BACKWARD, .JUMP_BACKWARD_NO_INTERRUPT: return true
        default: return false
        }
    }
    var isScopeExit: Bool {
        switch self {
        case .RETURN_VALUE, .RETURN_CONST, .RAISE_VARARGS, .RERAISE: return true
        default: return false
        }
    }
    var isTerminator: Bool { isJumpOp || isScopeExit }
    /// HAS_EVAL_BREAK_FLAG (pseudo ops inherit it from their targets).
    var hasEvalBreak: Bool {
        switch self {
        case .JUMP, .JUMP_BACKWARD, .CALL, .CALL_KW, .CALL_FUNCTION_EX, .RESUME: return true
        default: return false
        }
    }
    var isConditionalJump: Bool {
        switch self {
        case .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE, .POP_JUMP_IF_NONE, .POP_JUMP_IF_NOT_NONE: return true
        default: return false
        }
    }
}

/// Hashable identity of a constant for deduplication (CPython's _PyCode_ConstantKey: type and
/// value, so 1, 1.0, True and -0.0/0.0 stay distinct).
func constKey(_ c: ConstantValue) -> String {
    switch c {
    case .none: return "N"
    case .ellipsis: return "E"
    case .bool(let b): return b ? "T" : "F"
    case .int(let i): return "i" + i.description
    case .float(let d): return "f" + String(d.bitPattern)
    case .complex(let r, let i): return "c" + String(r.bitPattern) + "," + String(i.bitPattern)
    // Swift compares Strings by canonical equivalence; Python by code points.
    case .str(let s): return "s" + scalarKey(s)
    case .bytes(let b): return "b" + b.map { String($0) }.joined(separator: ",")
    case .tuple(let items): return "(" + items.map(constKey).joined(separator: "\u{1}") + ")"
    case .frozenset(let items): return "{" + items.map(constKey).sorted().joined(separator: "\u{1}") + "}"
    case .code(let co):
        // Code objects that compare equal (as CPython's code_richcompare) are one constant,
        // e.g. a lambda in a `while` test that is compiled twice.
        var k = "C\(co.name)\u{1}\(co.qualname)\u{1}\(co.firstLineNo)\u{1}\(co.flags.rawValue)\u{1}"
        k += "\(co.argCount),\(co.posOnlyArgCount),\(co.kwOnlyArgCount)\u{1}"
        k += co.code.map { String($0) }.joined(separator: ",") + "\u{1}"
        k += co.consts.map(constKey).joined(separator: "\u{2}") + "\u{1}"
        k += co.names.joined(separator: ",") + "\u{1}" + co.localsPlusNames.joined(separator: ",") + "\u{1}"
        k += co.positions.map { "\($0.line):\($0.endLine):\($0.column):\($0.endColumn)" }.joined(separator: ",")
        k += "\u{1}" + co.exceptionTable.map { "\($0.start):\($0.end):\($0.target):\($0.depth):\($0.lasti)" }.joined(separator: ",")
        return k
    }
}

/// A String whose equality is code-point equality (ASCII stays readable).
func scalarKey(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
    return "\u{0}" + s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: ".")
}

/// An insertion-ordered set of names with stable indices (CPython's dict_add_o dictionaries).
struct IndexedNames {
    private(set) var list: [String] = []
    private var index: [String: Int] = [:]
    init() {}
    init(_ names: [String]) { for n in names { _ = add(n) } }
    mutating func add(_ n: String) -> Int {
        if let i = index[n] { return i }
        index[n] = list.count
        list.append(n)
        return list.count - 1
    }
    func lookup(_ n: String) -> Int? { index[n] }
    var count: Int { list.count }
}
