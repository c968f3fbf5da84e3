// A Specialist-style view of a program after it ran: every source range whose instructions
// can specialize is coloured by how they fared, and hovering tells the instruction names,
// their counts and, where a site stayed generic or deopted, why (the per-site stats the
// interpreter keeps when stats are on). HTML with a colour-blind-safe palette and a dark
// theme, or ANSI colours for a terminal.

import CSupport
import QuickenCompiler

public enum SpecialistView {
    enum Kind: Int, Comparable {
        /// Never ran; ran generically but has not reached its first attempt; specialized;
        /// specialized with guard misses; generic after failed attempts or deopts.
        case cold = 0, warming, specialized, missing, generic
        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
        var cssClass: String { ["cold", "warm", "spec", "miss", "gen"][rawValue] }
    }

    /// One specializable instruction with its source range (1-based lines, UTF-8 columns).
    struct Site {
        var line: Int, endLine: Int, column: Int, endColumn: Int
        var kind: Kind
        var note: String
    }

    static func sites(_ codeValue: Value, into out: inout [Site]) {
        let code = codeValue.ptr(QKCode.self)
        let units = code.pointee.code!
        let n = Int(code.pointee.ncode)
        var i = 0
        while i < n {
            let op = Int(units[i] & 0xFF)
            let head = Int(qk_op_deopt(Int32(op)))
            let size = 1 + Int(qk_op_cache_size(Int32(head)))
            defer { i += size }
            guard Specializer.adaptiveHeads.contains(head) else { continue }
            let p = code.pointee.positions[i]
            guard p.line > 0, p.column >= 0, p.end_column >= 0 else { continue }
            let s = code.pointee.site_stats.map { $0[i] } ?? QKSiteStats()
            let name = Stats.name(op)
            var kind: Kind
            var note: String
            if s.executions == 0 {
                kind = .cold
                note = "\(name): never ran"
            } else if op != head {
                kind = s.misses > 0 ? .missing : .specialized
                let generic = s.executions - UInt64(s.specialized_runs)
                note = "\(name): \(s.executions) runs: \(s.specialized_runs - s.misses) hits, \(s.misses) misses, \(generic) generic"
                if s.deopts > 0 { note += ", re-specialized \(s.deopts)×" }
            } else if s.failures == 0 && s.deopts == 0 {
                kind = .warming
                note = "\(name): \(s.executions) run\(s.executions == 1 ? "" : "s"), warming up (no specialization attempt yet)"
            } else {
                kind = .generic
                note = "\(name): \(s.executions) runs, not specialized"
                if s.last_failure != 0 {
                    note += ": " + Failure(code: s.last_failure).description + " (\(s.failures) failed attempt\(s.failures == 1 ? "" : "s"))"
                } else if s.deopts > 0 {
                    note += " (deopted \(s.deopts)×)"
                }
            }
            out.append(Site(line: Int(p.line), endLine: Int(p.end_line), column: Int(p.column), endColumn: Int(p.end_column),
                            kind: kind, note: note))
        }
        for c in Tuple.elements(Value(raw: code.pointee.consts)) where c.isObject && c.layout == QK_LAYOUT_CODE {
            sites(c, into: &out)
        }
    }

    /// Per line, per UTF-8 column: the innermost site covering it.
    struct Annotated {
        var lines: [[UInt8]]
        var cover: [[Int]]   // index into sites, -1 for none
        var sites: [Site]
    }

    static func annotate(_ source: String, _ code: Value) -> Annotated {
        var all: [Site] = []
        sites(code, into: &all)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var cover = lines.map { [Int](repeating: -1, count: $0.count) }
        var width = lines.map { [Int](repeating: Int.max, count: $0.count) }
        for (k, s) in all.enumerated() {
            let span = (s.endLine - s.line) * 10_000 + (s.endColumn - s.column)
            for line in s.line...max(s.line, s.endLine) where line - 1 < lines.count {
                let row = line - 1
                let from = line == s.line ? s.column : 0
                let to = line == s.endLine ? min(s.endColumn, lines[row].count) : lines[row].count
                guard from < to else { continue }
                for c in from..<to where span < width[row][c] || (span == width[row][c] && s.kind > all[cover[row][c]].kind) {
                    width[row][c] = span
                    cover[row][c] = k
                }
            }
        }
        return Annotated(lines: lines, cover: cover, sites: all)
    }

    /// The notes of every site sharing the innermost range of site `k`.
    static func notes(_ a: Annotated, _ k: Int) -> (Kind, String) {
        let s = a.sites[k]
        var kind = Kind.cold
        var notes: [String] = []
        for t in a.sites where t.line == s.line && t.endLine == s.endLine && t.column == s.column && t.endColumn == s.endColumn {
            kind = max(kind, t.kind)
            notes.append(t.note)
        }
        return (kind, notes.joined(separator: "\n"))
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    public static func html(source: String, filename: String, code: Value) -> String {
        let a = annotate(source, code)
        var body = ""
        for (row, bytes) in a.lines.enumerated() {
            body += "<span class=\"ln\">\(row + 1)</span>"
            var c = 0
            while c < bytes.count {
                let k = a.cover[row][c]
                var e = c
                while e < bytes.count && a.cover[row][e] == k { e += 1 }
                let text = escape(String(decoding: bytes[c..<e], as: UTF8.self))
                if k >= 0 {
                    let (kind, note) = notes(a, k)
                    body += "<span class=\"\(kind.cssClass)\" data-note=\"\(escape(note))\">\(text)</span>"
                } else {
                    body += text
                }
                c = e
            }
            body += "\n"
        }
        var counts = [0, 0, 0, 0, 0]
        for s in a.sites { counts[s.kind.rawValue] += 1 }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Specialization of \(escape(filename))</title>
        <style>
        :root { --bg: #ffffff; --fg: #1d1d1f; --muted: #6e6e73; --spec: #b8e6b8; --miss: #f3e3a0; --gen: #f4b6b6; --cold: transparent; --tip: #1d1d1f; --tipfg: #ffffff; }
        :root.dark { --bg: #16181d; --fg: #e6e6e6; --muted: #9a9aa2; --spec: #1f5f2c; --miss: #6b5a13; --gen: #7a2323; --tip: #e6e6e6; --tipfg: #16181d; }
        /* Okabe-Ito colours: distinguishable with every common colour-vision deficiency. */
        :root.cb { --spec: #9ccbec; --miss: #f5e08c; --gen: #f0b97a; }
        :root.dark.cb { --spec: #0f4d75; --miss: #6b5a13; --gen: #8a4a0b; }
        body { background: var(--bg); color: var(--fg); font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; margin: 1.5em; }
        header { font-family: system-ui, sans-serif; margin-bottom: 1em; }
        header button { margin-right: .5em; }
        .legend span { padding: 0 .4em; margin-right: .6em; border-radius: 3px; }
        pre { white-space: pre; }
        .ln { display: inline-block; width: 3.5em; color: var(--muted); user-select: none; }
        .spec { background: var(--spec); } .miss { background: var(--miss); } .gen { background: var(--gen); }
        .cold, .warm { background: var(--cold); text-decoration: underline dotted var(--muted); }
        [data-note] { position: relative; border-radius: 2px; }
        [data-note]:hover::after { content: attr(data-note); white-space: pre; position: absolute; left: 0; top: 1.5em; z-index: 2;
          background: var(--tip); color: var(--tipfg); padding: .4em .6em; border-radius: 4px; font-size: 12px; }
        </style></head>
        <body>
        <header>
        <strong>\(escape(filename))</strong> — Quicken specialization view.
        <span class="legend"><span class="spec">specialized</span><span class="miss">specialized, with misses</span><span class="gen">not specialized</span><span class="warm">warming up or never ran</span></span>
        (\(counts[2]) specialized, \(counts[3]) with misses, \(counts[4]) generic, \(counts[1]) warming, \(counts[0]) cold sites; hover for details)
        <div style="margin-top:.5em"><button onclick="document.documentElement.classList.toggle('dark')">dark / light</button><button onclick="document.documentElement.classList.toggle('cb')">colour-blind palette</button></div>
        </header>
        <pre>\(body)</pre>
        <script>if (window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches) document.documentElement.classList.add('dark'); if (location.hash.includes('dark')) document.documentElement.classList.add('dark'); if (location.hash.includes('cb')) document.documentElement.classList.add('cb');</script>
        </body></html>

        """
    }

    /// ANSI rendering: green specialized, yellow specialized-with-misses, red generic (or, with
    /// `colorBlind`, blue / yellow / orange), and each line's generic sites explained below it.
    public static func terminal(source: String, code: Value, colorBlind: Bool = false) -> String {
        let a = annotate(source, code)
        let colors = colorBlind ? ["", "", "\u{1B}[38;5;33m", "\u{1B}[38;5;220m", "\u{1B}[38;5;208m"]
                                : ["", "", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[31m"]
        let reset = "\u{1B}[0m"
        var out = ""
        for (row, bytes) in a.lines.enumerated() {
            var line = String(repeating: " ", count: max(0, 4 - String(row + 1).count)) + "\(row + 1)  "
            var why: [String] = []
            var c = 0
            while c < bytes.count {
                let k = a.cover[row][c]
                var e = c
                while e < bytes.count && a.cover[row][e] == k { e += 1 }
                let text = String(decoding: bytes[c..<e], as: UTF8.self)
                if k >= 0 {
                    let (kind, note) = notes(a, k)
                    line += kind <= .warming ? text : colors[kind.rawValue] + text + reset
                    if kind == .generic || kind == .missing { why.append(note.replacingOccurrences(of: "\n", with: "; ")) }
                } else {
                    line += text
                }
                c = e
            }
            out += line + "\n"
            for w in Set(why).sorted() { out += "        \(colors[Kind.generic.rawValue])↳\(reset) \(w)\n" }
        }
        return out
    }
}
