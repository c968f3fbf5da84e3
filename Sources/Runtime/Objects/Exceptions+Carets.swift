// The caret line CPython 3.13 prints under a traceback's source line, marking the failing
// instruction's range: `~` over the expression and `^` over its operator, subscript or call
// arguments (Lib/traceback.py: _extract_caret_anchors_from_line_segment and
// _should_show_carets). Only single-line ranges are marked.

import CSupport
import QuickenSyntax

extension Exceptions {
    /// The caret line (already indented like the printed source line), or nil for none.
    static func caretLine(_ code: CodePtr, offset: Int, line: Substring) -> String? {
        guard offset >= 0 && offset < Int(code.pointee.ncode) else { return nil }
        let p = code.pointee.positions[offset]
        guard p.line > 0, p.line == p.end_line, p.column >= 0, p.end_column > p.column else { return nil }
        let bytes = Array(line.utf8)
        let start = Int(p.column), end = min(Int(p.end_column), bytes.count)
        guard start < end else { return nil }
        let indent = bytes.prefix(while: { $0 == 32 || $0 == 9 }).count
        guard start >= indent else { return nil }
        let segment = Array(bytes[start..<end])
        let anchors = caretAnchors(segment)
        if !showCarets(Array(bytes[indent...]), start - indent, end - indent, anchors: anchors != nil) { return nil }
        // Columns are UTF-8 offsets; the caret line counts characters.
        func chars(_ b: ArraySlice<UInt8>) -> Int { String(decoding: b, as: UTF8.self).unicodeScalars.count }
        var out = String(repeating: " ", count: chars(bytes[indent..<start]))
        let n = chars(segment[...])
        if let (a, b) = anchors {
            let from = chars(segment[..<a]), to = chars(segment[..<min(b, segment.count)])
            for i in 0..<n { out += i >= from && i < to ? "^" : "~" }
        } else {
            out += String(repeating: "^", count: n)
        }
        return out
    }

    /// CPython's rule: carets unless the range is the whole line, and never for `return f(...)`
    /// or `name = f(...)` whose call is the whole value.
    static func showCarets(_ line: [UInt8], _ start: Int, _ end: Int, anchors: Bool) -> Bool {
        let text = String(decoding: line, as: UTF8.self)
        if let module = try? Parser.parseModule(text, filename: "<traceback>"), let stmt = module.body.first {
            var value: Expr? = nil
            switch stmt.kind {
            case .return_(let v?):
                if case .call(let f, _, _) = v.kind, case .name = f.kind { value = v }
            case .assign(let targets, let v):
                if targets.count == 1, case .name = targets[0].kind, case .call = v.kind { value = v }
            default: break
            }
            if let v = value, v.range.line == 1, v.range.endLine == 1, Int(v.range.column) == start, Int(v.range.endColumn) == end {
                return false
            }
        }
        if anchors { return true }
        let before = line[..<start].contains { $0 != 32 && $0 != 9 }
        let after = line[end...].contains { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 }
        return before || after
    }

    /// The byte range [from, to) within `segment` that gets `^`: a binary operator, a
    /// subscript's brackets or a call's parentheses; nil when the segment is none of these.
    static func caretAnchors(_ segment: [UInt8]) -> (Int, Int)? {
        guard !segment.contains(10), let expr = try? Parser.parseExpression(String(decoding: segment, as: UTF8.self), filename: "<traceback>"),
              expr.range.line == 1 else { return nil }
        func skip(_ i: Int, until stop: (UInt8) -> Bool) -> Int? {
            var i = i
            while i < segment.count {
                if stop(segment[i]) { return i }
                if segment[i] == 35 { return nil }  // a comment: give up (CPython moves to the next line)
                i += 1
            }
            return nil
        }
        switch expr.kind {
        case .binOp(let left, _, let right):
            guard left.range.endLine == 1, let op = skip(Int(left.range.endColumn), until: { $0 != 32 && $0 != 9 && $0 != 41 }) else { return nil }
            var opEnd = op + 1
            if opEnd < segment.count && opEnd < Int(right.range.column) && right.range.line == 1
                && segment[opEnd] != 32 && segment[opEnd] != 9 && segment[opEnd] != 92 && segment[opEnd] != 35 {
                opEnd += 1
            }
            return (op, opEnd)
        case .subscript_(let value, _, _):
            guard value.range.endLine == 1, let open = skip(Int(value.range.endColumn), until: { $0 == 91 }) else { return nil }
            return (open, Int(expr.range.endColumn))
        case .call(let fn, _, _):
            guard fn.range.endLine == 1, let open = skip(Int(fn.range.endColumn), until: { $0 == 40 }) else { return nil }
            return (open, Int(expr.range.endColumn))
        default:
            return nil
        }
    }
}
