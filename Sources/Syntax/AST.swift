// The abstract syntax tree, modelled on CPython's `ast` module (Parser/Python.asdl) so that
// the compiler can follow CPython's code generation closely. Positions follow CPython too:
// lines are 1-based, columns are 0-based UTF-8 byte offsets.

import BigInt

public struct SourceRange: Equatable, Sendable {
    public var line: Int32
    public var column: Int32
    public var endLine: Int32
    public var endColumn: Int32

    public init(line: Int32, column: Int32, endLine: Int32, endColumn: Int32) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    public static let none = SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0)
}

public struct Module {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

// MARK: Statements

public struct Stmt {
    public var kind: StmtKind
    public var range: SourceRange
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum StmtKind {
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case return_(Expr?)
    case delete([Expr])
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `simple` is true for a bare name target that is not parenthesized.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case for_(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt])
    case while_(test: Expr, body: [Stmt], orelse: [Stmt])
    case if_(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt])
    case raise(exc: Expr?, cause: Expr?)
    case try_(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case import_([Alias])
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case break_
    case continue_
}

public struct FunctionDef {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public init(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?) {
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.returns = returns
    }
}

public struct ClassDef {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

public struct ExceptHandler {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange
    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

public struct WithItem {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// `import a.b as c` / `from m import x as y`; `name` is "*" for a star import.
public struct Alias {
    public var name: String
    public var asname: String?
    public var range: SourceRange
    public init(name: String, asname: String?, range: SourceRange) {
        self.name = name
        self.asname = asname
        self.range = range
    }
}

// MARK: Expressions

public struct Expr {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum ExprContext: Sendable { case load, store, del }

public indirect enum ExprKind {
    case boolOp(BoolOperator, [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case lambda(Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A nil key is a `**mapping` entry.
    case dict(keys: [Expr?], values: [Expr])
    case set([Expr])
    case listComp(elt: Expr, generators: [Comprehension])
    case setComp(elt: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(elt: Expr, generators: [Comprehension])
    case yield(Expr?)
    case yieldFrom(Expr)
    case compare(Expr, ops: [CmpOperator], comparators: [Expr])
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    /// conversion: -1 none, or the ASCII code of `s`, `r`, `a` (as in CPython's AST).
    case formattedValue(Expr, conversion: Int, formatSpec: Expr?)
    case joinedStr([Expr])
    case constant(Constant)
    case attribute(Expr, attr: String, ExprContext)
    case subscript_(Expr, slice: Expr, ExprContext)
    case starred(Expr, ExprContext)
    case name(String, ExprContext)
    case list([Expr], ExprContext)
    case tuple([Expr], ExprContext)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// A literal value as written in source (also used for folded constants).
public enum Constant {
    case none
    case ellipsis
    case bool(Bool)
    case int(BigInt)
    case float(Double)
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
}

public enum BoolOperator: Sendable { case and, or }

/// Ordered as CPython's NB_* oparg values of BINARY_OP (Include/opcode.h), without the in-place forms.
public enum BinaryOperator: Int, Sendable {
    case add = 0, bitAnd = 1, floorDiv = 2, lshift = 3, matMult = 4, mult = 5, mod = 6
    case bitOr = 7, pow = 8, rshift = 9, sub = 10, div = 11, bitXor = 12
}

public enum UnaryOperator: Sendable { case invert, not, uAdd, uSub }

public enum CmpOperator: Sendable { case eq, notEq, lt, ltE, gt, gtE, is_, isNot, in_, notIn }

public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public init(target: Expr, iter: Expr, ifs: [Expr]) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
    }
}

public struct Arguments {
    public var posonlyargs: [Arg]
    public var args: [Arg]
    public var vararg: Arg?
    public var kwonlyargs: [Arg]
    /// One entry per kwonly arg; nil where the argument has no default.
    public var kwDefaults: [Expr?]
    public var kwarg: Arg?
    /// Defaults for the last `defaults.count` positional parameters.
    public var defaults: [Expr]
    public init(posonlyargs: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonlyargs: [Arg] = [],
                kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kwDefaults = kwDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }
}

public struct Arg {
    public var name: String
    public var annotation: Expr?
    public var range: SourceRange
    public init(name: String, annotation: Expr?, range: SourceRange) {
        self.name = name
        self.annotation = annotation
        self.range = range
    }
}

/// A keyword argument in a call or class definition; a nil `arg` is `**mapping`.
public struct Keyword {
    public var arg: String?
    public var value: Expr
    public var range: SourceRange
    public init(arg: String?, value: Expr, range: SourceRange) {
        self.arg = arg
        self.value = value
        self.range = range
    }
}
