// Token kinds and the token record produced by the tokenizer.

enum TokenKind: UInt8 {
    case endMarker
    /// End of input inside open brackets (CPython's ERRORTOKEN with E_EOF), or the point where
    /// the tokenizer raised an error (then `TokenStream.error` holds it).
    case errorToken
    case newline, indent, dedent
    case name, number, string
    case fstringStart, fstringMiddle, fstringEnd

    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, plus, minus, star, slash, vbar, amper, less, greater, equal, dot, percent
    case eqEqual, notEqual, lessEqual, greaterEqual, tilde, circumflex, leftShift, rightShift, doubleStar
    case plusEqual, minusEqual, starEqual, slashEqual, percentEqual, amperEqual, vbarEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual, doubleStarEqual, doubleSlash, doubleSlashEqual, at, atEqual
    case rarrow, ellipsis, colonEqual, exclamation
    /// Any other character CPython passes to the parser as a generic OP (`$`, `?`, `` ` ``, `<>`).
    case op

    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield

    var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    static let keywords: [String: TokenKind] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
        "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
        "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif,
        "else": .kwElse, "except": .kwExcept, "finally": .kwFinally, "for": .kwFor, "from": .kwFrom,
        "global": .kwGlobal, "if": .kwIf, "import": .kwImport, "in": .kwIn, "is": .kwIs,
        "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot, "or": .kwOr, "pass": .kwPass,
        "raise": .kwRaise, "return": .kwReturn, "try": .kwTry, "while": .kwWhile, "with": .kwWith,
        "yield": .kwYield,
    ]
}

struct Token {
    var kind: TokenKind
    /// Bracket nesting level after this token (CPython's `tok->level`), used by some error rules.
    var level: Int16
    /// Byte offsets of the token text in the (newline-normalized) source.
    var start: Int32
    var end: Int32
    /// 1-based lines and 0-based UTF-8 byte columns, as in the AST.
    var line: Int32
    var col: Int32
    var endLine: Int32
    var endCol: Int32
}

/// The tokenizer's output: tokens up to and including an `endMarker` or `errorToken`.
struct TokenStream {
    var tokens: [Token] = []
    /// The error the tokenizer raised where the final `errorToken` stands.
    var error: SyntaxError?
    /// True if `error` was raised while inside an f-string (CPython then lets a parser error win).
    var errorInFString = false
    /// True for errors CPython's tokenizer only records (E_DEDENT, E_TABSPACE, E_TOODEEP,
    /// E_LINECONT, E_EOF): they surface only if the parser gets to them.
    var errorDeferred = false
    /// Set when input ended inside brackets: the innermost open bracket.
    var unclosed: (char: UInt8, line: Int, col: Int)?
}
