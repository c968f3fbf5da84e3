// The compiler's output: one CodeObject per function, class body, comprehension or module.
// The runtime materializes it into a C-layout code object (CSupport) with live constants.

import BigInt
import QuickenSyntax

/// CPython's co_flags bits (Include/cpython/code.h).
public struct CodeFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let optimized = CodeFlags(rawValue: 0x0001)
    public static let newLocals = CodeFlags(rawValue: 0x0002)
    public static let varargs = CodeFlags(rawValue: 0x0004)
    public static let varkeywords = CodeFlags(rawValue: 0x0008)
    public static let nested = CodeFlags(rawValue: 0x0010)
    public static let generator = CodeFlags(rawValue: 0x0020)
    public static let noFree = CodeFlags(rawValue: 0x0040)
    public static let coroutine = CodeFlags(rawValue: 0x0080)
    public static let iterableCoroutine = CodeFlags(rawValue: 0x0100)
    public static let asyncGenerator = CodeFlags(rawValue: 0x0200)
    /// `from __future__ import barry_as_FLUFL` / `annotations` (CO_FUTURE_*).
    public static let futureBarryAsBDFL = CodeFlags(rawValue: 0x40_0000)
    public static let futureAnnotations = CodeFlags(rawValue: 0x100_0000)
}

/// CPython's localsplus kinds (Include/internal/pycore_code.h): a slot can be both an
/// argument/local and a cell.
public struct LocalKind: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let argVar = LocalKind(rawValue: 0x02)
    public static let argKw = LocalKind(rawValue: 0x04)
    public static let argPos = LocalKind(rawValue: 0x08)
    /// A comprehension variable inlined into a module or class body (CO_FAST_HIDDEN).
    public static let hidden = LocalKind(rawValue: 0x10)
    public static let local = LocalKind(rawValue: 0x20)
    public static let cell = LocalKind(rawValue: 0x40)
    public static let free = LocalKind(rawValue: 0x80)
}

/// A compile-time constant (co_consts entry).
public indirect enum ConstantValue: Equatable {
    case none
    case ellipsis
    case bool(Bool)
    case int(BigInt)
    case float(Double)
    case complex(real: Double, imag: Double)
    case str(String)
    case bytes([UInt8])
    case tuple([ConstantValue])
    case frozenset([ConstantValue])
    case code(CodeObject)

    public static func == (a: ConstantValue, b: ConstantValue) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        // Constants are deduplicated by identity of value *and* type, as in CPython
        // (0.0 and -0.0 are distinct constants).
        case let (.float(x), .float(y)): return x.bitPattern == y.bitPattern
        case let (.complex(r1, i1), .complex(r2, i2)):
            return r1.bitPattern == r2.bitPattern && i1.bitPattern == i2.bitPattern
        // Code points, not Swift's canonical equivalence ("C\u{327}" and "\u{C7}" differ).
        case let (.str(x), .str(y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case let (.bytes(x), .bytes(y)): return x == y
        case let (.tuple(x), .tuple(y)): return x == y
        case let (.frozenset(x), .frozenset(y)): return x == y
        case let (.code(x), .code(y)): return x === y
        default: return false
        }
    }
}

/// One row of the zero-cost exception table, in code units (not bytes).
public struct ExceptionTableEntry: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var target: Int
    public var depth: Int
    public var lasti: Bool
    public init(start: Int, end: Int, target: Int, depth: Int, lasti: Bool) {
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
        self.lasti = lasti
    }
}

/// Source positions of one code unit (CPython's co_positions); line -1 means "no line".
public struct Position: Equatable, Sendable {
    public var line: Int32
    public var endLine: Int32
    public var column: Int32
    public var endColumn: Int32
    public init(line: Int32, endLine: Int32, column: Int32, endColumn: Int32) {
        self.line = line
        self.endLine = endLine
        self.column = column
        self.endColumn = endColumn
    }
    public static let none = Position(line: -1, endLine: -1, column: -1, endColumn: -1)
}

public final class CodeObject {
    public var name: String
    public var qualname: String
    public var filename: String
    public var firstLineNo: Int
    public var flags: CodeFlags
    public var argCount: Int
    public var posOnlyArgCount: Int
    public var kwOnlyArgCount: Int
    /// Code units: (oparg << 8 | opcode) little-endian like CPython's _Py_CODEUNIT, with the
    /// inline-cache units after each instruction zeroed.
    public var code: [UInt16]
    public var consts: [ConstantValue]
    public var names: [String]
    /// Names and kinds of fast locals, cells and free variables, in slot order.
    public var localsPlusNames: [String]
    public var localsPlusKinds: [LocalKind]
    public var stackSize: Int
    public var exceptionTable: [ExceptionTableEntry]
    /// One entry per code unit (cache units repeat their instruction's position).
    public var positions: [Position]

    public init(name: String, qualname: String, filename: String, firstLineNo: Int) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLineNo = firstLineNo
        self.flags = []
        self.argCount = 0
        self.posOnlyArgCount = 0
        self.kwOnlyArgCount = 0
        self.code = []
        self.consts = []
        self.names = []
        self.localsPlusNames = []
        self.localsPlusKinds = []
        self.stackSize = 0
        self.exceptionTable = []
        self.positions = []
    }
}
