// The source as UTF-8 bytes, plus line bookkeeping for positions and error messages.

struct SourceText {
    /// UTF-8 bytes with a leading BOM removed and `\r\n` / `\r` turned into `\n` (CPython's
    /// tokenizer translates newlines the same way). Ends with `\n` unless empty.
    let bytes: [UInt8]
    let filename: String
    /// Byte offset where each line starts; `lineStarts[0]` is line 1.
    let lineStarts: [Int]
    /// Offset of the first NUL byte, if any (CPython rejects those before tokenizing).
    let nulOffset: Int?

    init(_ source: String, filename: String) {
        self.filename = filename
        var raw = Array(source.utf8)
        if raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
            raw.removeFirst(3)
        }
        var out: [UInt8]
        if raw.contains(13) {
            out = []
            out.reserveCapacity(raw.count + 1)
            var i = 0
            while i < raw.count {
                let b = raw[i]
                if b == 13 {
                    out.append(10)
                    if i + 1 < raw.count && raw[i + 1] == 10 { i += 1 }
                } else {
                    out.append(b)
                }
                i += 1
            }
        } else {
            out = raw
        }
        if let last = out.last, last != 10 { out.append(10) }
        bytes = out
        var starts = [0]
        var nul: Int? = nil
        for (i, b) in out.enumerated() {
            if b == 10 && i + 1 < out.count { starts.append(i + 1) }
            if b == 0 && nul == nil { nul = i }
        }
        lineStarts = starts
        nulOffset = nul
    }

    var lineCount: Int { lineStarts.count }

    /// 1-based line containing byte `offset`.
    func line(ofOffset offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    func lineStart(_ line: Int) -> Int {
        if line < 1 { return 0 }
        if line > lineStarts.count { return bytes.count }
        return lineStarts[line - 1]
    }

    /// End of the line's text (offset of its `\n`, or the end of input).
    func lineEnd(_ line: Int) -> Int {
        var i = lineStart(line)
        while i < bytes.count && bytes[i] != 10 { i += 1 }
        return i
    }

    /// The text of a 1-based line, without its newline.
    func lineText(_ line: Int) -> String? {
        guard line >= 1 && line <= lineStarts.count else { return nil }
        let s = lineStart(line), e = lineEnd(line)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// Number of code points in `line` before byte column `col` (CPython converts byte columns
    /// to character offsets this way before building a SyntaxError).
    func charColumn(line: Int, byteCol: Int) -> Int {
        if byteCol <= 0 { return byteCol }
        let s = lineStart(line)
        let e = min(s + byteCol, bytes.count)
        var n = 0
        var i = s
        while i < e {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        // Columns past the end of the line (e.g. an implicit newline) count one per byte.
        return n + (s + byteCol - e)
    }

    func text(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, bytes.count)), e = max(s, min(end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// CPython's _PyPegen_byte_offset_to_character_offset: the number of characters in the
    /// first `n` bytes of `line`, with `n` clamped to one past the line's end.
    /// CPython's error text for a one-line error keeps its newline; for an error spanning
    /// lines it does not (hence `withNewline`).
    func charsClamped(line: Int, _ n: Int, withNewline: Bool = true) -> Int {
        let s = lineStart(line), len = lineEnd(line) - s + (withNewline ? 1 : 0)
        return charColumn(line: line, byteCol: min(max(n, 0), len + 1))
    }

    /// A SyntaxError at a byte position; offsets become 1-based character offsets computed, as
    /// in CPython, against the text of the first line (so an end on a later line is clamped).
    /// `rawOffset`/`rawEnd` give CPython's values directly (tokenizer errors use 0 and -1).
    func error(_ kind: SyntaxError.Kind = .syntaxError, _ message: String, line: Int, col: Int,
               endLine: Int? = nil, endCol: Int? = nil, rawOffset: Int? = nil, rawEnd: Int? = nil) -> SyntaxError {
        let offset = rawOffset ?? charsClamped(line: line, col + 1)
        let eLine = endLine ?? line
        let eOff: Int
        if let r = rawEnd {
            eOff = r
        } else if let ec = endCol {
            eOff = charsClamped(line: line, ec + 1, withNewline: eLine == line)
        } else {
            eOff = offset
        }
        return SyntaxError(kind, message, filename: filename, line: line, offset: offset,
                           endLine: eLine, endOffset: eOff, sourceLine: lineText(line))
    }
}
