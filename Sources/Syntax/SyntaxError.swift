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

    /// The text CPython prints for an uncaught SyntaxError (without a traceback header),
    /// following traceback.TracebackException._format_syntax_error in 3.13:
    ///
    ///       File "x.py", line 1
    ///         x = = 1
    ///             ^
    ///     SyntaxError: invalid syntax
    public var description: String {
        var out = "  File \"\(filename)\", line \(line)\n"
        if let src = sourceLine {
            // Offsets count code points, as Python's len() does.
            let rtext = Array(src.trimmingTrailingNewline().unicodeScalars)
            var start = 0
            while start < rtext.count, rtext[start] == " " || rtext[start] == "\n" || rtext[start] == "\u{0C}" {
                start += 1
            }
            let ltext = Array(rtext[start...])
            let spaces = start
            let textLength = rtext.count + 1  // CPython's text keeps its newline
            var offset = self.offset
            var end = line == endLine ? (endOffset != 0 ? endOffset : offset) : rtext.count + 1
            if offset > textLength { offset = rtext.count + 1 }
            if end > textLength { end = rtext.count + 1 }
            if offset >= end || end < 0 { end = offset + 1 }
            let colno = offset - 1 - spaces, endColno = end - 1 - spaces
            var lineText = "    "
            lineText.unicodeScalars.append(contentsOf: ltext)
            out += lineText + "\n"
            if colno >= 0 {
                var carets = "    "
                for c in ltext.prefix(colno) {
                    carets.unicodeScalars.append(c.properties.isWhitespace ? c : " ")
                }
                carets += String(repeating: " ", count: max(0, colno - ltext.count))
                carets += String(repeating: "^", count: max(1, endColno - colno))
                out += carets + "\n"
            }
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
