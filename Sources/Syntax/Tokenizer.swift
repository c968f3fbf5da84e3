// The tokenizer: turns source bytes into tokens, following CPython 3.13's tokenizer
// (Parser/lexer/lexer.c) closely enough that errors and their positions match: an indentation
// stack with tabs to multiples of 8 plus a tab-size-1 "alt" column for TabError, bracket
// tracking, and a mode stack for PEP 701 f-strings (FSTRING_START / FSTRING_MIDDLE /
// FSTRING_END with ordinary tokens for the replacement fields).
//
// The whole input is tokenized up front; when the tokenizer fails, the stream ends with an
// `errorToken` and the error is kept so the parser raises it when it gets there (and so it can
// take priority over a generic parser error, as in CPython's _PyPegen_set_syntax_error).

private let maxParenLevel = 200          // CPython MAXLEVEL
private let maxIndentLevel = 100         // CPython MAXINDENT
private let maxFStringLevel = 150        // CPython MAXFSTRINGLEVEL
private let maxFStringExprNesting = 3    // CPython MAX_EXPR_NESTING

@inline(__always) func isASCIIDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
@inline(__always) func isASCIIHexDigit(_ c: UInt8) -> Bool {
    isASCIIDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}
@inline(__always) func isIdentStartByte(_ c: UInt8) -> Bool {
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 95 || c >= 128
}
@inline(__always) func isIdentByte(_ c: UInt8) -> Bool { isIdentStartByte(c) || isASCIIDigit(c) }

/// CPython's Py_UNICODE_ISPRINTABLE.
func isPrintableScalar(_ s: Unicode.Scalar) -> Bool {
    if s == " " { return true }
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
         .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

func hex4(_ v: UInt32) -> String {
    let h = String(v, radix: 16, uppercase: true)
    return h.count >= 4 ? h : String(repeating: "0", count: 4 - h.count) + h
}

struct Tokenizer {
    private struct FStringMode {
        var inExpr = false            // CPython: kind == TOK_REGULAR_MODE
        var quote: UInt8
        var quoteSize: Int
        var raw: Bool
        var start: Int                // offset of the f-string's first prefix character
        var startLine: Int
        var bracketDepth = 0          // curly_bracket_depth
        var exprStartDepth = -1       // curly_bracket_expr_start_depth
        var inFormatSpec = false
    }

    let src: SourceText
    private let b: [UInt8]
    private var cur = 0
    private var line = 1
    private var lineStart = 0
    /// Start of the first physical line of the current backslash-continued line.
    private var contChainStart = 0
    private var atbol = true
    private var pendin = 0
    private var indstack = [0]
    private var altindstack = [0]
    private var parens: [(char: UInt8, line: Int, col: Int)] = []
    private var modes: [FStringMode] = []
    private var out = TokenStream()

    private var tokStart = 0
    private var tokLine = 1
    private var tokCol = 0

    init(_ src: SourceText) {
        self.src = src
        self.b = src.bytes
        out.tokens.reserveCapacity(b.count / 3 + 8)
    }

    static func tokenize(_ src: SourceText) -> TokenStream {
        var t = Tokenizer(src)
        return t.run()
    }

    private mutating func run() -> TokenStream {
        if let nul = src.nulOffset {
            let line = src.line(ofOffset: nul)
            // CPython reports this without a position; we point at the NUL byte.
            out.error = SyntaxError(.syntaxError, "source code cannot contain null bytes",
                                    filename: src.filename, line: line,
                                    offset: src.charColumn(line: line, byteCol: nul - src.lineStart(line)) + 1,
                                    sourceLine: src.lineText(line))
            out.tokens.append(Token(kind: .errorToken, level: 0, start: 0, end: 0, line: 1, col: 0, endLine: 1, endCol: 0))
            return out
        }
        while true {
            do throws(SyntaxError) {
                let kind = try nextToken()
                if kind == .errorToken, let top = parens.last {
                    out.unclosed = top
                }
                if kind == .endMarker || kind == .errorToken { break }
            } catch {
                out.error = error
                out.errorInFString = !modes.isEmpty
                out.errorDeferred = error.kind != .syntaxError
                    || error.message == "unexpected character after line continuation character"
                    || error.message == "unexpected EOF while parsing"
                tokStart = min(cur, b.count)
                tokLine = min(line, src.lineCount)
                tokCol = max(0, tokStart - src.lineStart(tokLine))
                emit(.errorToken)
                break
            }
        }
        return out
    }

    // MARK: helpers

    @inline(__always) private func at(_ i: Int) -> UInt8 { i >= 0 && i < b.count ? b[i] : 0 }
    @inline(__always) private var atEOF: Bool { cur >= b.count }

    /// Consume a byte known to be a newline.
    @inline(__always) private mutating func newLine() {
        line += 1
        lineStart = cur
    }

    @inline(__always) private mutating func startToken() {
        tokStart = cur
        // Tokens at the end of input stay on the last line, as in CPython.
        tokLine = cur >= b.count ? max(1, min(line, src.lineCount)) : line
        tokCol = cur - lineStart
    }

    /// `end` is where the token's text ends when that differs from the position (an
    /// FSTRING_MIDDLE ending in a doubled brace spans both braces but its text keeps one).
    @inline(__always) private mutating func emit(_ kind: TokenKind, end: Int? = nil) {
        let e = end ?? cur
        let endLine = line, endCol = cur - lineStart
        out.tokens.append(Token(kind: kind, level: Int16(truncatingIfNeeded: parens.count),
                                start: Int32(truncatingIfNeeded: tokStart), end: Int32(truncatingIfNeeded: e),
                                line: Int32(truncatingIfNeeded: tokLine), col: Int32(truncatingIfNeeded: tokCol),
                                endLine: Int32(truncatingIfNeeded: endLine), endCol: Int32(truncatingIfNeeded: endCol)))
    }

    /// A tokenizer error reported at byte offset `pos` on the current line, as CPython's
    /// `syntaxerror()` does (offset = characters before the cursor).
    private func errorAt(_ pos: Int, _ msg: String, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        let l = min(line, src.lineCount)
        let ls = src.lineStart(l)
        let off = src.charColumn(line: l, byteCol: pos - ls)
        return src.error(kind, msg, line: l, col: 0, rawOffset: off, rawEnd: off)
    }

    private var insideFString: Bool { !modes.isEmpty }

    // MARK: main loop

    private mutating func nextToken() throws(SyntaxError) -> TokenKind {
        while true {
            if let m = modes.last, !m.inExpr {
                if let k = try lexFStringPart() { return k }
                continue
            }
            return try lexNormal()
        }
    }

    private mutating func lexNormal() throws(SyntaxError) -> TokenKind {
        nextline: while true {
            var blankline = false
            if atbol {
                atbol = false
                contChainStart = lineStart
                var col = 0, altcol = 0
                var contCol = 0, contAlt = 0
                while true {
                    let c = at(cur)
                    if c == 32 { col += 1; altcol += 1; cur += 1 }
                    else if c == 9 { col = (col / 8 + 1) * 8; altcol += 1; cur += 1 }
                    else if c == 12 { col = 0; altcol = 0; cur += 1 }
                    else if c == 92 {
                        // A backslash continuation inside the indentation (allowed since 3.12).
                        if at(cur + 1) != 10 { throw lineContinuationError() }
                        if contCol == 0 { contCol = col; contAlt = altcol }
                        cur += 2
                        newLine()
                        if atEOF { throw eofAfterContinuation() }
                    } else { break }
                }
                let c = at(cur)
                if c == 35 || c == 10 { blankline = true }
                if !blankline && parens.isEmpty {
                    if contCol != 0 { col = contCol; altcol = contAlt }
                    let top = indstack[indstack.count - 1], altTop = altindstack[altindstack.count - 1]
                    if col == top {
                        if altcol != altTop { throw tabError() }
                    } else if col > top {
                        if indstack.count >= maxIndentLevel {
                            throw src.error(.indentationError, "too many levels of indentation", line: line, col: 0, rawOffset: 1, rawEnd: 0)
                        }
                        if altcol <= altTop { throw tabError() }
                        pendin += 1
                        indstack.append(col)
                        altindstack.append(altcol)
                    } else {
                        while indstack.count > 1 && col < indstack[indstack.count - 1] {
                            pendin -= 1
                            indstack.removeLast()
                            altindstack.removeLast()
                        }
                        if col != indstack[indstack.count - 1] {
                            let len = src.charColumn(line: line, byteCol: src.lineEnd(line) - lineStart)
                            throw src.error(.indentationError, "unindent does not match any outer indentation level",
                                            line: line, col: 0, rawOffset: len + 1, rawEnd: -1)
                        }
                        if altcol != altindstack[altindstack.count - 1] { throw tabError() }
                    }
                }
            }
            startToken()
            if pendin != 0 {
                if pendin < 0 {
                    pendin += 1
                    emit(.dedent)
                    return .dedent
                }
                pendin -= 1
                emit(.indent)
                return .indent
            }

            again: while true {
                while true {
                    let c = at(cur)
                    if c == 32 || c == 9 || c == 12 { cur += 1 } else { break }
                }
                startToken()
                var c = at(cur)
                if c == 35 {
                    // A NEWLINE after a comment starts where the comment does (as in CPython).
                    while !atEOF && at(cur) != 10 { cur += 1 }
                    c = at(cur)
                }
                if atEOF {
                    if !parens.isEmpty {
                        emit(.errorToken)
                        return .errorToken
                    }
                    // CPython's ENDMARKER sits on the last line, with no column.
                    tokLine = b.isEmpty ? 0 : max(1, min(line, src.lineCount))
                    emit(.endMarker)
                    return .endMarker
                }

                if isIdentStartByte(c) {
                    return try lexNameOrPrefixedString()
                }

                if c == 10 {
                    cur += 1
                    atbol = true
                    if blankline || !parens.isEmpty {
                        newLine()
                        continue nextline
                    }
                    emit(.newline)
                    newLine()
                    return .newline
                }

                if c == 46 {  // '.'
                    if isASCIIDigit(at(cur + 1)) {
                        return try lexNumber()
                    }
                    if at(cur + 1) == 46 && at(cur + 2) == 46 {
                        cur += 3
                        emit(.ellipsis)
                        return .ellipsis
                    }
                    cur += 1
                    emit(.dot)
                    return .dot
                }
                if isASCIIDigit(c) {
                    return try lexNumber()
                }
                if c == 34 || c == 39 {
                    return try lexString(quote: c)
                }
                if c == 92 {  // line continuation
                    if at(cur + 1) != 10 { throw lineContinuationError() }
                    cur += 2
                    newLine()
                    if atEOF { throw eofAfterContinuation() }
                    continue again
                }
                return try lexOperator(c)
            }
        }
    }

    /// `\` not followed by a newline; `cur` is at the backslash. CPython counts the offset
    /// from the start of the first line of a backslash-continued line.
    private mutating func lineContinuationError() -> SyntaxError {
        cur += 2
        let off = src.charColumn(line: line, byteCol: cur - lineStart) + (lineStart - contChainStart)
        var text = src.text(contChainStart, src.lineEnd(line))
        if contChainStart == lineStart { text = src.lineText(line) ?? text }
        return SyntaxError(.syntaxError, "unexpected character after line continuation character",
                           filename: src.filename, line: line, offset: off,
                           endLine: line, endOffset: 0, sourceLine: text)
    }

    /// A backslash continuation on the last line.
    private func eofAfterContinuation() -> SyntaxError {
        let l = line - 1
        let len = src.charColumn(line: l, byteCol: src.lineEnd(l) - src.lineStart(l)) + 1
        return src.error(.syntaxError, "unexpected EOF while parsing", line: l, col: 0, rawOffset: len, rawEnd: -1)
    }

    private func tabError() -> SyntaxError {
        src.error(.tabError, "inconsistent use of tabs and spaces in indentation", line: line, col: 0, rawOffset: 1, rawEnd: 0)
    }

    // MARK: names and string prefixes

    private mutating func lexNameOrPrefixedString() throws(SyntaxError) -> TokenKind {
        var sawB = false, sawR = false, sawU = false, sawF = false
        var p = cur
        while true {
            let ch = at(p)
            if !(sawB || sawU || sawF) && (ch == 98 || ch == 66) { sawB = true }
            else if !(sawB || sawU || sawR || sawF) && (ch == 117 || ch == 85) { sawU = true }
            else if !(sawR || sawU) && (ch == 114 || ch == 82) { sawR = true }
            else if !(sawF || sawB || sawU) && (ch == 102 || ch == 70) { sawF = true }
            else { break }
            p += 1
            let q = at(p)
            if q == 34 || q == 39 {
                cur = p
                if sawF { return try lexFStringStart(quote: q, raw: sawR) }
                return try lexString(quote: q)
            }
        }
        var nonascii = false
        while true {
            let c = at(cur)
            if !isIdentByte(c) { break }
            if c >= 128 { nonascii = true }
            cur += 1
        }
        if nonascii { try verifyIdentifier() }
        var kind = TokenKind.name
        let len = cur - tokStart
        if len >= 2 && len <= 8 && !nonascii {
            let s = String(decoding: b[tokStart..<cur], as: UTF8.self)
            if let k = TokenKind.keywords[s] { kind = k }
        }
        emit(kind)
        return kind
    }

    /// Check a non-ASCII identifier against XID_Start / XID_Continue (CPython's
    /// verify_identifier). NFKC normalization of identifiers is not done (see Parser).
    private mutating func verifyIdentifier() throws(SyntaxError) {
        let s = String(decoding: b[tokStart..<cur], as: UTF8.self)
        var first = true
        var byteOff = tokStart
        for scalar in s.unicodeScalars {
            let ok = first ? (scalar == "_" || scalar.properties.isXIDStart)
                           : scalar.properties.isXIDContinue
            let w = UTF8.width(scalar)
            if !ok {
                cur = byteOff + w
                let msg = isPrintableScalar(scalar)
                    ? "invalid character '\(Character(scalar))' (U+\(hex4(scalar.value)))"
                    : "invalid non-printable character U+\(hex4(scalar.value))"
                throw errorAt(cur, msg)
            }
            byteOff += w
            first = false
        }
    }

    // MARK: numbers

    private mutating func lexNumber() throws(SyntaxError) -> TokenKind {
        // A port of CPython's number scanner; `cur` always points after the last char read,
        // `c` is that char (0 at end of input), and `back()` un-reads it.
        var c: UInt8 = 0
        func next(_ t: inout Tokenizer) -> UInt8 { let ch = t.at(t.cur); t.cur += 1; return ch }
        func back(_ t: inout Tokenizer) { t.cur -= 1 }

        /// Returns the char after a run of digits with single underscores.
        func decimalTail(_ t: inout Tokenizer) throws(SyntaxError) -> UInt8 {
            var ch: UInt8
            while true {
                repeat { ch = next(&t) } while isASCIIDigit(ch)
                if ch != 95 { break }
                ch = next(&t)
                if !isASCIIDigit(ch) {
                    back(&t)
                    throw t.errorAt(t.cur, "invalid decimal literal")
                }
            }
            return ch
        }

        /// CPython's verify_end_of_number: a letter right after a number is an error unless it
        /// starts one of the keywords that may follow a number (then CPython only warns).
        func verifyEnd(_ t: inout Tokenizer, _ ch: UInt8, _ kind: String) throws(SyntaxError) {
            // The rest of the keyword, followed by a character that cannot continue a name.
            func look(_ t: Tokenizer, _ s: String) -> Bool {
                var i = t.cur
                for u in s.utf8 {
                    if t.at(i) != u { return false }
                    i += 1
                }
                return !isIdentByte(t.at(i))
            }
            var r = false
            switch ch {
            case 97: r = look(t, "nd")
            case 101: r = look(t, "lse")
            case 102: r = look(t, "or")
            case 105: let c2 = t.at(t.cur); r = c2 == 102 || c2 == 110 || c2 == 115
            case 111: r = look(t, "r")
            case 110: r = look(t, "ot")
            default: break
            }
            if r { return }
            if ch < 128 && isIdentByte(ch) {
                back(&t)
                throw t.errorAt(t.cur, "invalid \(kind) literal")
            }
        }

        enum Next { case fraction, exponent, imaginary, done }
        var state = Next.done
        c = next(&self)
        if c == 46 {  // ".5"
            c = next(&self)
            state = .fraction
        } else if c == 48 {  // '0'
            c = next(&self)
            if c == 120 || c == 88 {  // hex
                c = next(&self)
                repeat {
                    if c == 95 { c = next(&self) }
                    if !isASCIIHexDigit(c) {
                        back(&self)
                        throw errorAt(cur, "invalid hexadecimal literal")
                    }
                    repeat { c = next(&self) } while isASCIIHexDigit(c)
                } while c == 95
                try verifyEnd(&self, c, "hexadecimal")
            } else if c == 111 || c == 79 {  // octal
                c = next(&self)
                repeat {
                    if c == 95 { c = next(&self) }
                    if c < 48 || c >= 56 {
                        if isASCIIDigit(c) {
                            throw errorAt(cur, "invalid digit '\(Character(Unicode.Scalar(c)))' in octal literal")
                        }
                        back(&self)
                        throw errorAt(cur, "invalid octal literal")
                    }
                    repeat { c = next(&self) } while c >= 48 && c < 56
                } while c == 95
                if isASCIIDigit(c) {
                    throw errorAt(cur, "invalid digit '\(Character(Unicode.Scalar(c)))' in octal literal")
                }
                try verifyEnd(&self, c, "octal")
            } else if c == 98 || c == 66 {  // binary
                c = next(&self)
                repeat {
                    if c == 95 { c = next(&self) }
                    if c != 48 && c != 49 {
                        if isASCIIDigit(c) {
                            throw errorAt(cur, "invalid digit '\(Character(Unicode.Scalar(c)))' in binary literal")
                        }
                        back(&self)
                        throw errorAt(cur, "invalid binary literal")
                    }
                    repeat { c = next(&self) } while c == 48 || c == 49
                } while c == 95
                if isASCIIDigit(c) {
                    throw errorAt(cur, "invalid digit '\(Character(Unicode.Scalar(c)))' in binary literal")
                }
                try verifyEnd(&self, c, "binary")
            } else {
                var nonzero = false
                while true {
                    if c == 95 {
                        c = next(&self)
                        if !isASCIIDigit(c) {
                            back(&self)
                            throw errorAt(cur, "invalid decimal literal")
                        }
                    }
                    if c != 48 { break }
                    c = next(&self)
                }
                let zerosEnd = cur
                if isASCIIDigit(c) {
                    nonzero = true
                    c = try decimalTail(&self)
                }
                if c == 46 {
                    c = next(&self)
                    state = .fraction
                } else if c == 101 || c == 69 {
                    state = .exponent
                } else if c == 106 || c == 74 {
                    state = .imaginary
                } else if nonzero {
                    back(&self)
                    let startCol = src.charColumn(line: line, byteCol: tokStart - lineStart) + 1
                    let endCol = src.charColumn(line: line, byteCol: zerosEnd - lineStart)
                    throw src.error(.syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                    line: line, col: 0, rawOffset: startCol, rawEnd: endCol)
                } else {
                    try verifyEnd(&self, c, "decimal")
                }
            }
        } else {
            c = try decimalTail(&self)
            if c == 46 {
                c = next(&self)
                state = .fraction
            } else if c == 101 || c == 69 {
                state = .exponent
            } else if c == 106 || c == 74 {
                state = .imaginary
            } else {
                try verifyEnd(&self, c, "decimal")
            }
        }

        if state == .fraction {
            if isASCIIDigit(c) { c = try decimalTail(&self) }
            if c == 101 || c == 69 { state = .exponent }
            else if c == 106 || c == 74 { state = .imaginary }
            else {
                try verifyEnd(&self, c, "decimal")
                state = .done
            }
        }
        if state == .exponent {
            let e = c
            c = next(&self)
            if c == 43 || c == 45 {
                c = next(&self)
                if !isASCIIDigit(c) {
                    back(&self)
                    throw errorAt(cur, "invalid decimal literal")
                }
            } else if !isASCIIDigit(c) {
                back(&self)
                try verifyEnd(&self, e, "decimal")
                back(&self)
                emit(.number)
                return .number
            }
            c = try decimalTail(&self)
            if c == 106 || c == 74 { state = .imaginary }
            else {
                try verifyEnd(&self, c, "decimal")
                state = .done
            }
        }
        if state == .imaginary {
            c = next(&self)
            try verifyEnd(&self, c, "imaginary")
        }
        back(&self)
        emit(.number)
        return .number
    }

    // MARK: strings

    /// A plain (non-f) string literal; `cur` is at the opening quote, the prefix (if any) is
    /// between `tokStart` and `cur`.
    private mutating func lexString(quote: UInt8) throws(SyntaxError) -> TokenKind {
        let firstLine = line
        let firstLineStart = lineStart
        var quoteSize = 1
        var endQuoteSize = 0
        var hasEscapedQuote = false
        cur += 1
        if at(cur) == quote {
            if at(cur + 1) == quote {
                quoteSize = 3
                cur += 2
            } else {
                cur += 1
                endQuoteSize = 1
            }
        }
        while endQuoteSize != quoteSize {
            let c = at(cur)
            if atEOF || (quoteSize == 1 && c == 10) {
                let detected = min(line, src.lineCount)
                let off = src.charColumn(line: firstLine, byteCol: tokStart - firstLineStart) + 1
                if let m = modes.last, m.quote == quote, m.quoteSize == quoteSize {
                    throw src.error(.syntaxError, "f-string: expecting '}'", line: firstLine, col: 0, rawOffset: off, rawEnd: off)
                }
                let msg = quoteSize == 3
                    ? "unterminated triple-quoted string literal (detected at line \(detected))"
                    : hasEscapedQuote
                    ? "unterminated string literal (detected at line \(detected)); perhaps you escaped the end quote?"
                    : "unterminated string literal (detected at line \(detected))"
                throw src.error(.syntaxError, msg, line: firstLine, col: 0, rawOffset: off, rawEnd: off)
            }
            cur += 1
            if c == 10 { newLine() }
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == 92 && !atEOF {
                    let e = at(cur)
                    cur += 1
                    if e == 10 { newLine() }
                    if e == quote { hasEscapedQuote = true }
                }
            }
        }
        emit(.string)
        return .string
    }

    private mutating func lexFStringStart(quote: UInt8, raw: Bool) throws(SyntaxError) -> TokenKind {
        var quoteSize = 1
        if at(cur + 1) == quote && at(cur + 2) == quote { quoteSize = 3 }
        cur += quoteSize
        if modes.count + 1 >= maxFStringLevel {
            throw errorAt(cur, "too many nested f-strings")
        }
        modes.append(FStringMode(quote: quote, quoteSize: quoteSize, raw: raw, start: tokStart, startLine: line))
        emit(.fstringStart)
        return .fstringStart
    }

    /// Literal text of an f-string (or of a format spec). Returns nil after switching to
    /// expression mode without producing a token (an empty FSTRING_MIDDLE).
    private mutating func lexFStringPart() throws(SyntaxError) -> TokenKind? {
        var m = modes[modes.count - 1]
        startToken()
        let startChar = at(cur)
        if startChar == 123 && at(cur + 1) != 123 && !atEOF {
            m.exprStartDepth += 1
            if m.exprStartDepth >= maxFStringExprNesting {
                throw errorAt(cur, "f-string: expressions nested too deeply")
            }
            m.inExpr = true
            modes[modes.count - 1] = m
            return nil
        }
        // End of the f-string?
        var isEnd = true
        for i in 0..<m.quoteSize where at(cur + i) != m.quote { isEnd = false; break }
        if isEnd && !atEOF {
            cur += m.quoteSize
            modes.removeLast()
            emit(.fstringEnd)
            return .fstringEnd
        }

        var endQuoteSize = 0
        var unicodeEscape = false
        let inFormatSpec = m.inFormatSpec && m.exprStartDepth >= 0
        while endQuoteSize != m.quoteSize {
            let c = at(cur)
            if atEOF || (m.quoteSize == 1 && c == 10) {
                if inFormatSpec && c == 10 {
                    // 3.13.0 ends the format spec at a newline and goes back to expression mode.
                    m.inExpr = true
                    m.inFormatSpec = false
                    modes[modes.count - 1] = m
                    return emitMiddle(end: cur)
                }
                let detected = min(line, src.lineCount)
                let sl = m.startLine
                let off = src.charColumn(line: sl, byteCol: m.start - src.lineStart(sl)) + 1
                let msg = m.quoteSize == 3
                    ? "unterminated triple-quoted f-string literal (detected at line \(detected))"
                    : "unterminated f-string literal (detected at line \(detected))"
                throw src.error(.syntaxError, msg, line: sl, col: 0, rawOffset: off, rawEnd: off)
            }
            cur += 1
            if c == 10 { newLine() }
            if c == m.quote {
                endQuoteSize += 1
                continue
            }
            endQuoteSize = 0
            if c == 123 {  // '{'
                let peek = at(cur)
                if peek != 123 || inFormatSpec {
                    cur -= 1
                    m.exprStartDepth += 1
                    if m.exprStartDepth >= maxFStringExprNesting {
                        throw errorAt(cur, "f-string: expressions nested too deeply")
                    }
                    m.inExpr = true
                    m.inFormatSpec = false
                    modes[modes.count - 1] = m
                    return emitMiddle(end: cur)
                }
                cur += 1
                modes[modes.count - 1] = m
                return emitMiddle(end: cur - 1)
            } else if c == 125 {  // '}'
                if unicodeEscape {
                    modes[modes.count - 1] = m
                    return emitMiddle(end: cur)
                }
                let peek = at(cur)
                if peek == 125 && !inFormatSpec && m.bracketDepth == 0 {
                    cur += 1
                    modes[modes.count - 1] = m
                    return emitMiddle(end: cur - 1)
                }
                cur -= 1
                m.inExpr = true
                m.inFormatSpec = false
                modes[modes.count - 1] = m
                return emitMiddle(end: cur)
            } else if c == 92 {  // '\'
                let peek = at(cur)
                if peek == 123 || peek == 125 { continue }
                if atEOF { continue }
                cur += 1
                if peek == 10 { newLine() }
                if !m.raw && peek == 78 && at(cur) == 123 {  // \N{
                    cur += 1
                    unicodeEscape = true
                }
            }
        }
        cur -= m.quoteSize
        modes[modes.count - 1] = m
        return emitMiddle(end: cur)
    }

    /// Emits an FSTRING_MIDDLE whose value text ends at `end` (which may exclude a doubled
    /// brace); empty ones are skipped, CPython drops them from the AST anyway.
    private mutating func emitMiddle(end: Int) -> TokenKind? {
        if end <= tokStart { return nil }
        emit(.fstringMiddle, end: end)
        return .fstringMiddle
    }

    // MARK: operators

    private mutating func lexOperator(_ c: UInt8) throws(SyntaxError) -> TokenKind {
        if insideFString, modes[modes.count - 1].inExpr, c == 58 {  // ':' may start a format spec
            let m = modes[modes.count - 1]
            if m.bracketDepth - 1 == m.exprStartDepth {
                modes[modes.count - 1].inExpr = false
                modes[modes.count - 1].inFormatSpec = true
                cur += 1
                emit(.colon)
                return .colon
            }
        }
        let c2 = at(cur + 1), c3 = at(cur + 2)
        var kind: TokenKind? = nil
        var len = 2
        switch (c, c2) {
        case (33, 61): kind = .notEqual         // !=
        case (37, 61): kind = .percentEqual     // %=
        case (38, 61): kind = .amperEqual       // &=
        case (42, 42):                          // ** / **=
            if c3 == 61 { kind = .doubleStarEqual; len = 3 } else { kind = .doubleStar }
        case (42, 61): kind = .starEqual
        case (43, 61): kind = .plusEqual
        case (45, 61): kind = .minusEqual
        case (45, 62): kind = .rarrow           // ->
        case (47, 47):
            if c3 == 61 { kind = .doubleSlashEqual; len = 3 } else { kind = .doubleSlash }
        case (47, 61): kind = .slashEqual
        case (58, 61): kind = .colonEqual
        case (60, 60):
            if c3 == 61 { kind = .leftShiftEqual; len = 3 } else { kind = .leftShift }
        case (60, 61): kind = .lessEqual
        case (60, 62): kind = .op               // <> (only valid under barry_as_FLUFL)
        case (61, 61): kind = .eqEqual
        case (62, 61): kind = .greaterEqual
        case (62, 62):
            if c3 == 61 { kind = .rightShiftEqual; len = 3 } else { kind = .rightShift }
        case (64, 61): kind = .atEqual
        case (94, 61): kind = .circumflexEqual
        case (124, 61): kind = .vbarEqual
        default: break
        }
        if let k = kind {
            cur += len
            emit(k)
            return k
        }

        cur += 1
        switch c {
        case 40, 91, 123:
            if parens.count >= maxParenLevel {
                throw errorAt(cur, "too many nested parentheses")
            }
            parens.append((c, line, tokCol))
            if insideFString { modes[modes.count - 1].bracketDepth += 1 }
        case 41, 93, 125:
            if insideFString && modes[modes.count - 1].bracketDepth == 0 && c == 125 {
                throw errorAt(cur, "f-string: single '}' is not allowed")
            }
            guard let open = parens.popLast() else {
                throw errorAt(cur, "unmatched '\(Character(Unicode.Scalar(c)))'")
            }
            let ok = (open.char == 40 && c == 41) || (open.char == 91 && c == 93) || (open.char == 123 && c == 125)
            if !ok {
                if insideFString && open.char == 123 {
                    let m = modes[modes.count - 1]
                    if m.bracketDepth - 1 == m.exprStartDepth {
                        throw errorAt(cur, "f-string: unmatched '\(Character(Unicode.Scalar(c)))'")
                    }
                }
                let cc = Character(Unicode.Scalar(c)), oc = Character(Unicode.Scalar(open.char))
                if open.line != line {
                    throw errorAt(cur, "closing parenthesis '\(cc)' does not match opening parenthesis '\(oc)' on line \(open.line)")
                }
                throw errorAt(cur, "closing parenthesis '\(cc)' does not match opening parenthesis '\(oc)'")
            }
            if insideFString {
                var m = modes[modes.count - 1]
                m.bracketDepth -= 1
                if m.bracketDepth < 0 {
                    throw errorAt(cur, "f-string: unmatched '\(Character(Unicode.Scalar(c)))'")
                }
                if c == 125 && m.bracketDepth == m.exprStartDepth {
                    m.exprStartDepth -= 1
                    m.inExpr = false
                    m.inFormatSpec = false
                }
                modes[modes.count - 1] = m
            }
        default:
            break
        }

        let k: TokenKind
        switch c {
        case 40: k = .lpar
        case 41: k = .rpar
        case 91: k = .lsqb
        case 93: k = .rsqb
        case 123: k = .lbrace
        case 125: k = .rbrace
        case 58: k = .colon
        case 44: k = .comma
        case 59: k = .semi
        case 43: k = .plus
        case 45: k = .minus
        case 42: k = .star
        case 47: k = .slash
        case 124: k = .vbar
        case 38: k = .amper
        case 60: k = .less
        case 62: k = .greater
        case 61: k = .equal
        case 37: k = .percent
        case 126: k = .tilde
        case 94: k = .circumflex
        case 64: k = .at
        case 33: k = .exclamation
        default:
            if c < 32 || c == 127 {
                throw errorAt(cur, "invalid non-printable character U+\(hex4(UInt32(c)))")
            }
            k = .op
        }
        emit(k)
        return k
    }
}
