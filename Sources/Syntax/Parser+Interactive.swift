// Support for the REPL: deciding whether the input so far is a complete statement.

extension Parser {
    /// For the REPL: true if `source` is an incomplete statement that needs more lines
    /// (open brackets, a trailing ':' block header, an unterminated triple-quoted string, a `\`
    /// continuation, or a block not yet closed by a blank line). Input with a definite syntax
    /// error is complete (so the REPL reports the error).
    public static func isIncompleteInput(_ source: String) -> Bool {
        withLargeStack { incomplete(source) }
    }

    private static func incomplete(_ source: String) -> Bool {
        if source.allSatisfy({ $0.isWhitespace }) { return false }
        let src = SourceText(source, filename: "<stdin>")
        let stream = Tokenizer.tokenize(src)
        if let e = stream.error {
            return e.message.hasPrefix("unterminated triple-quoted")
                || e.message == "unexpected EOF while parsing"
        }
        if stream.unclosed != nil { return true }
        var p = PyParser(src, stream)
        do throws(SyntaxError) {
            let compound = p.startsWithCompoundStatement()
            _ = try p.parseSingle()
            return compound && !endsWithBlankLine(source)
        } catch {
            // Like CPython's "incomplete input": the parser ran into the end of the input.
            return p.fetched >= p.tokens.count - 1 && error.message != "multiple statements found while compiling a single statement"
        }
    }

    private static func endsWithBlankLine(_ source: String) -> Bool {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard lines.count >= 2, let last = lines.last else { return false }
        return last.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{0C}" || $0 == "\r" }
    }
}

extension PyParser {
    mutating func startsWithCompoundStatement() -> Bool {
        switch peek() {
        case .kwDef, .at, .kwIf, .kwClass, .kwWith, .kwFor, .kwTry, .kwWhile, .kwAsync: return true
        case .name: return isName(current, "match") && peek(1) != .equal
        default: return false
        }
    }
}
