// The parser: a hand-written recursive-descent parser for Python 3.13's PEG grammar
// (https://docs.python.org/3.13/reference/grammar.html). It runs a single pass; where CPython
// runs a second pass with its `invalid_*` rules to produce a specific message, we check the same
// conditions inline at the point where the first pass would fail.
//
// Not supported: `match`, `async`/`await`, type parameter lists, the `type` statement and
// `except*`. Except for `match`, they are parsed and reported as a SyntaxError only if the rest
// of the input is valid, so invalid input still gets CPython's error.

public enum Parser {
    /// Parses a module (CPython's 'exec' mode).
    public static func parseModule(_ source: String, filename: String) throws(SyntaxError) -> Module {
        try run(source, filename: filename) { (p: inout PyParser) throws(SyntaxError) -> Module in
            try p.parseFile()
        }
    }

    /// Parses a single expression (CPython's 'eval' mode).
    public static func parseExpression(_ source: String, filename: String) throws(SyntaxError) -> Expr {
        try run(source, filename: filename) { (p: inout PyParser) throws(SyntaxError) -> Expr in
            try p.parseEval()
        }
    }

    /// Parses one interactive statement (CPython's 'single' mode).
    public static func parseInteractive(_ source: String, filename: String) throws(SyntaxError) -> Module {
        try run(source, filename: filename) { (p: inout PyParser) throws(SyntaxError) -> Module in
            try p.parseSingle()
        }
    }

    /// Tokenizes, then parses (on a large-stack thread when the input nests deeply, see
    /// LargeStack.swift) and picks the error to report the way CPython does.
    private static func run<T>(_ source: String, filename: String,
                               _ body: @escaping (inout PyParser) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        let src = SourceText(source, filename: filename)
        let stream = Tokenizer.tokenize(src)
        let parse: () -> Result<T, SyntaxError> = {
            var p = PyParser(src, stream)
            do throws(SyntaxError) {
                return .success(try body(&p))
            } catch {
                return .failure(p.arbitrate(p.matchQuirk(error)))
            }
        }
        let result = mayNestDeeply(stream) ? withLargeStack(largeStackSize, parse) : parse()
        return try result.get()
    }

    /// A cheap upper bound on the parser's recursion: bracket and indentation depth plus every
    /// token that starts a nested expression. Shallow input (most `eval()` strings) is parsed on
    /// the caller's thread, saving a thread start.
    static func mayNestDeeply(_ stream: TokenStream) -> Bool {
        var estimate = 0
        var maxLevel = 0
        var indent = 0
        var maxIndent = 0
        var prevIsOperand = false
        for t in stream.tokens {
            maxLevel = max(maxLevel, Int(t.level))
            // Juxtaposed operands (`a b`, `print x`) make the error checks look ahead recursively.
            let isOperand = t.kind == .name || t.kind == .number || t.kind == .string
            if isOperand && prevIsOperand { estimate += 1 }
            prevIsOperand = isOperand
            switch t.kind {
            case .indent:
                indent += 1
                maxIndent = max(maxIndent, indent)
            case .dedent:
                indent -= 1
            case .minus, .plus, .tilde, .kwNot, .kwLambda, .kwAwait, .doubleStar, .kwIf, .kwYield, .star,
                 .fstringStart, .colonEqual:
                estimate += 1
            default:
                break
            }
        }
        return estimate + maxLevel + maxIndent > 24
    }
}

/// The parser state. Tokens are all available up front; `furthest` records the furthest token
/// looked at, which is where CPython reports a generic "invalid syntax".
struct PyParser {
    let src: SourceText
    let tokens: [Token]
    let stream: TokenStream
    var pos = 0
    var furthest = 0
    /// The furthest token ever looked at, including lookahead for specialised error messages
    /// (which restores `furthest`). Fetching the final error token raises its error in CPython.
    var fetched = 0
    /// The first construct Quicken does not support (async, await, type parameters, ...). It
    /// is reported only if the rest of the input parses, so invalid input gets CPython's error.
    var unsupported: SyntaxError?
    /// Inside CPython's `*_without_invalid` rules the specialised error rules are off: errors
    /// built with the helpers below then degrade to plain "invalid syntax" failures.
    var noInvalid = 0
    /// Results of `disjunction` computed while looking ahead for error messages, reused the way
    /// CPython's memoization reuses them (it changes which nested errors get reported).
    var disjunctionMemo: [Int: (Expr?, Int)] = [:]
    /// Positions of statements starting with the soft keyword `match` (see `matchQuirk`).
    var matchStatements: [Int] = []
    /// Set when a forced token (`&&':'`) failed: an error of CPython's first pass.
    var forcedTokenFailed = false
    var depth = 0
    /// Nesting budget for recursion and for left-deep chains (`a.b.c...`, `a+b+c...`), so that
    /// neither the parser nor consumers walking the AST recursively run out of native stack.
    let maxDepth = 3000

    init(_ src: SourceText, _ stream: TokenStream) {
        self.src = src
        self.tokens = stream.tokens
        self.stream = stream
    }

    // MARK: token access

    @inline(__always) mutating func peek() -> TokenKind {
        if pos > furthest {
            furthest = pos
            if pos > fetched { fetched = pos }
        }
        return tokens[pos].kind
    }

    @inline(__always) mutating func peek(_ n: Int) -> TokenKind {
        let i = min(pos + n, tokens.count - 1)
        if i > furthest {
            furthest = i
            if i > fetched { fetched = i }
        }
        return tokens[i].kind
    }

    /// Records the first unsupported construct (see `unsupported`).
    mutating func noteUnsupported(_ r: SourceRange, _ what: String) {
        if unsupported == nil { unsupported = errorAt(r, what) }
    }

    /// A failure that a PEG parser would simply backtrack from (as opposed to a specialised
    /// error or a tokenizer error, which end the parse).
    func isSoftFailure(_ e: SyntaxError) -> Bool {
        e.kind == .syntaxError && e.message == "invalid syntax"
    }

    @inline(__always) var current: Token { tokens[pos] }

    @inline(__always) @discardableResult
    mutating func advance() -> Token {
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    @inline(__always) mutating func accept(_ k: TokenKind) -> Token? {
        if peek() == k { return advance() }
        return nil
    }

    @inline(__always) mutating func check(_ k: TokenKind) -> Bool { peek() == k }

    mutating func expect(_ k: TokenKind) throws(SyntaxError) -> Token {
        if let t = accept(k) { return t }
        throw invalidSyntax()
    }

    /// CPython's forced token (`&&'x'`): fail right here with "expected 'x'".
    mutating func expectForced(_ k: TokenKind, _ text: String) throws(SyntaxError) -> Token {
        if let t = accept(k) { return t }
        forcedTokenFailed = true
        throw errorAtToken(current, "expected '\(text)'", hard: true)
    }

    /// The text of a token; names that are not pure ASCII are NFKC-normalized, as CPython does.
    func text(_ t: Token) -> String {
        let s = src.text(Int(t.start), Int(t.end))
        if t.kind == .name && s.utf8.contains(where: { $0 >= 0x80 }) {
            return normalizedIdentifier(s)
        }
        return s
    }

    func isName(_ t: Token, _ s: String) -> Bool {
        guard t.kind == .name, Int(t.end - t.start) == s.utf8.count else { return false }
        var i = Int(t.start)
        for u in s.utf8 {
            if src.bytes[i] != u { return false }
            i += 1
        }
        return true
    }

    /// End of the last consumed token that is not NEWLINE/INDENT/DEDENT (CPython's
    /// _PyPegen_get_last_nonnwhitespace_token), used for node end positions.
    func lastEnd() -> (Int32, Int32) {
        var i = pos - 1
        while i > 0 {
            let k = tokens[i].kind
            if k != .newline && k != .indent && k != .dedent && k != .endMarker { break }
            i -= 1
        }
        let t = tokens[max(i, 0)]
        return (t.endLine, t.endCol)
    }

    func rangeFrom(_ t: Token) -> SourceRange {
        let (el, ec) = lastEnd()
        return SourceRange(line: t.line, column: t.col, endLine: el, endColumn: ec)
    }

    func rangeFrom(_ r: SourceRange) -> SourceRange {
        let (el, ec) = lastEnd()
        return SourceRange(line: r.line, column: r.column, endLine: el, endColumn: ec)
    }

    static func span(_ a: SourceRange, _ b: SourceRange) -> SourceRange {
        SourceRange(line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn)
    }

    func tokRange(_ t: Token) -> SourceRange {
        SourceRange(line: t.line, column: t.col, endLine: t.endLine, endColumn: t.endCol)
    }

    // MARK: nesting

    mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > maxDepth {
            throw tooComplex()
        }
    }

    @inline(__always) mutating func leave() { depth -= 1 }

    func tooComplex() -> SyntaxError {
        let t = current
        // CPython raises MemoryError("Parser stack overflowed - Python source too complex to parse").
        return src.error(.syntaxError, "Parser stack overflowed - Python source too complex to parse",
                         line: Int(t.line), col: Int(t.col))
    }

    // MARK: errors

    /// An error covering a source range (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE/LOCATION).
    func errorAt(_ r: SourceRange, _ msg: String, kind: SyntaxError.Kind = .syntaxError, hard: Bool = false) -> SyntaxError {
        if noInvalid > 0 && !hard { return invalidSyntax() }
        return src.error(kind, msg, line: Int(r.line), col: Int(r.column), endLine: Int(r.endLine), endCol: Int(r.endColumn))
    }

    /// ENDMARKER, INDENT and DEDENT have no column in CPython (col_offset -1).
    func hasNoColumn(_ t: Token) -> Bool {
        t.kind == .endMarker || t.kind == .indent || t.kind == .dedent
    }

    func errorAtToken(_ t: Token, _ msg: String, kind: SyntaxError.Kind = .syntaxError, hard: Bool = false) -> SyntaxError {
        if noInvalid > 0 && !hard && msg != "invalid syntax" { return invalidSyntax() }
        if hasNoColumn(t) {
            return src.error(kind, msg, line: Int(t.line), col: 0, rawOffset: 0, rawEnd: 0)
        }
        return errorAt(tokRange(t), msg, kind: kind, hard: true)
    }

    /// RAISE_SYNTAX_ERROR without a location: at the last token fetched. For tokens without a
    /// column CPython uses the tokenizer's position instead.
    mutating func errorAtLast(_ msg: String, kind: SyntaxError.Kind = .syntaxError, hard: Bool = false) -> SyntaxError {
        if noInvalid > 0 && !hard { return invalidSyntax() }
        let t = tokens[furthest]
        if hasNoColumn(t) {
            return src.error(kind, msg, line: Int(t.line), col: 0, rawOffset: noColumnOffset(t), rawEnd: -1)
        }
        return errorAtToken(t, msg, kind: kind, hard: true)
    }

    /// Where CPython's tokenizer stands after a token without a column: the end of the input
    /// for ENDMARKER (and anything at the end), else the first token of the line.
    func noColumnOffset(_ t: Token) -> Int {
        let l = Int(t.line)
        if t.kind == .endMarker || Int(t.start) >= src.bytes.count {
            return src.charColumn(line: l, byteCol: src.lineEnd(l) - src.lineStart(l)) + 1
        }
        return src.charColumn(line: l, byteCol: Int(t.col))
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM: from a position to the tokenizer's current position.
    func errorStartingFrom(_ r: SourceRange, _ msg: String) -> SyntaxError {
        if noInvalid > 0 { return invalidSyntax() }
        let t = tokens[furthest]
        let endOff = src.charColumn(line: Int(t.endLine), byteCol: Int(t.endCol))
        return src.error(.syntaxError, msg, line: Int(r.line), col: Int(r.column),
                         endLine: Int(t.endLine), rawOffset: src.charColumn(line: Int(r.line), byteCol: Int(r.column)) + 1,
                         rawEnd: endOff)
    }

    /// The generic error at the furthest token looked at.
    func invalidSyntax() -> SyntaxError {
        let t = tokens[furthest]
        switch t.kind {
        case .errorToken:
            if let e = stream.error { return e }
            if let u = stream.unclosed { return unclosedError(u) }
            return errorAtToken(t, "unexpected EOF while parsing")
        case .indent:
            return indentError(t, "unexpected indent")
        case .dedent:
            return indentError(t, "unexpected unindent")
        case .endMarker:
            return errorAtToken(t, "invalid syntax")
        default:
            return errorAtToken(t, "invalid syntax")
        }
    }

    func indentError(_ t: Token, _ msg: String) -> SyntaxError {
        src.error(.indentationError, msg, line: Int(t.line), col: 0, rawOffset: noColumnOffset(t), rawEnd: -1)
    }

    func unclosedError(_ u: (char: UInt8, line: Int, col: Int)) -> SyntaxError {
        let off = src.charColumn(line: u.line, byteCol: u.col) + 1
        return src.error(.syntaxError, "'\(Character(Unicode.Scalar(u.char)))' was never closed",
                         line: u.line, col: 0, rawOffset: off, rawEnd: 0)
    }

    /// Picks the error CPython would report: a tokenizer error anywhere in the file beats a
    /// parser error (unless raised inside an f-string), and an unclosed bracket on an earlier
    /// line beats an error found after it (CPython's _PyPegen_tokenize_full_source_to_check_for_errors).
    func arbitrate(_ e: SyntaxError) -> SyntaxError {
        // CPython reports these directly, without looking at the rest of the input.
        if e.kind == .indentationError && (e.message == "unexpected indent" || e.message == "unexpected unindent") {
            return e
        }
        let reachedEnd = fetched >= tokens.count - 1
        if let te = stream.error {
            if reachedEnd { return te }
            if !stream.errorDeferred {
                return stream.errorInFString ? e : te
            }
        }
        if let u = stream.unclosed {
            // CPython compares with the line of the last token it fetched.
            if reachedEnd || Int(tokens[fetched].line) > u.line { return unclosedError(u) }
        }
        return e
    }

    /// Whether CPython raises this error in its first pass (forced tokens, errors from grammar
    /// actions, limits, our unsupported features). Those end the parse; others come from the
    /// second pass, which can find a different error first.
    func isFirstPassError(_ e: SyntaxError) -> Bool {
        if forcedTokenFailed { return true }
        let m = e.message
        return m.hasPrefix("(unicode error)") || m.hasPrefix("(value error)") || m.hasPrefix("bytes can only contain")
            || m == "cannot mix bytes and nonbytes literals" || m.hasPrefix("f-string: invalid conversion character '")
            || m.hasPrefix("f-string: conversion type must") || m.hasPrefix("Exceeds the limit")
            || m.hasPrefix("Parser stack overflowed") || m.hasSuffix(" not supported") || m == "Invalid star expression"
    }

    /// A CPython quirk: in its second pass, a statement `match <subject>` followed by a newline
    /// (such as the call `match(x)`) is tried as a match statement first, and its
    /// invalid_match_stmt rule reports "expected ':'" at the last token read. So any error found
    /// by the second pass after such a statement becomes that.
    mutating func matchQuirk(_ e: SyntaxError) -> SyntaxError {
        guard !matchStatements.isEmpty, !isFirstPassError(e), stream.error == nil || fetched < tokens.count - 1 else { return e }
        let errorPos = furthest
        for start in matchStatements where start <= errorPos {
            pos = start + 1
            noInvalid += 1
            let ok = (try? subjectExpression()) != nil && check(.newline)
            noInvalid -= 1
            if ok {
                let t = tokens[fetched]
                if hasNoColumn(t) {
                    return src.error(.syntaxError, "expected ':'", line: Int(t.line), col: 0, rawOffset: noColumnOffset(t), rawEnd: -1)
                }
                return errorAtToken(t, "expected ':'", hard: true)
            }
        }
        return e
    }

    /// `subject_expr`: star_named_expression ',' star_named_expressions? | named_expression.
    private mutating func subjectExpression() throws(SyntaxError) -> Expr {
        let first = try starNamedExpression()
        if accept(.comma) != nil {
            while peek().startsExpression || check(.star) {
                _ = try starNamedExpression()
                if accept(.comma) == nil { break }
            }
        }
        return first
    }

    /// A lookahead that does not count as "fetched" for the location of a generic error
    /// (CPython reports those at the furthest token of its first pass, before the checks
    /// for specialised messages run).
    func peekQuiet(_ n: Int) -> TokenKind {
        tokens[min(pos + n, tokens.count - 1)].kind
    }
}
