// The error raised by the tokenizer, parser and compiler. The runtime turns it into a Python
// SyntaxError / IndentationError / TabError instance with the same fields CPython sets.

public struct SyntaxError: Error, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }

    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line, as in CPython's `SyntaxError.lineno`.
    public var line: Int
    /// 1-based character (code point) offset into `sourceLine`, as `SyntaxError.offset`.
    public var offset: Int
    public var endLine: Int
    public var endOffset: Int
    /// The offending source line, without its newline (CPython's `SyntaxError.text`).
    public var sourceLine: String?

    public init(_ kind: Kind = .syntaxError, _ message: String, filename: String, line: Int, offset: Int,
                endLine: Int? = nil, endOffset: Int? = nil, sourceLine: String? = nil) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.offset = offset
        self.endLine = endLine ?? line
        self.endOffset = endOffset ?? offset
        self.sourceLine = sourceLine
    }

    /// The text CPython prints for an uncaught SyntaxError (without a traceback header):
    ///
    ///       File "x.py", line 1
    ///         x = = 1
    ///             ^
    ///     SyntaxError: invalid syntax
    public var description: String {
        var out = "  File \"\(filename)\", line \(line)\n"
        if let src = sourceLine {
            let stripped = src.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
            let removed = src.count - stripped.count
            let trimmed = String(stripped).trimmingTrailingNewline()
            out += "    \(trimmed)\n"
            let start = max(offset - 1 - removed, 0)
            var width = 1
            if endLine == line && endOffset > offset {
                width = endOffset - offset
            }
            width = max(1, min(width, max(trimmed.count - start, 1)))
            out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: width) + "\n"
        }
        out += "\(kind.rawValue): \(message)"
        return out
    }
}

extension String {
    func trimmingTrailingNewline() -> String {
        var s = Substring(self)
        while let last = s.last, last == "\n" || last == "\r" { s.removeLast() }
        return String(s)
    }
}
