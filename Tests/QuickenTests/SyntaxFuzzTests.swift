// Deterministic fuzzing of the tokenizer, parser and compiler: every input must either compile
// or throw a SyntaxError, quickly, without trapping. Longer runs:
//   QUICKEN_FUZZ_ITERATIONS=200000 QUICKEN_FUZZ_SEED=7 swift test --filter SyntaxFuzz

import Foundation
import XCTest
@testable import QuickenSyntax
import QuickenCompiler

/// SplitMix64: small, fast and reproducible.
private struct FuzzRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

final class SyntaxFuzzTests: XCTestCase {
    private static let env = ProcessInfo.processInfo.environment
    /// Inputs per generator; the default keeps the whole suite to a few seconds in debug builds.
    private static let iterations = Int(env["QUICKEN_FUZZ_ITERATIONS"] ?? "") ?? 200
    private static let seed = UInt64(env["QUICKEN_FUZZ_SEED"] ?? "") ?? 0x5EED_CAFE

    private static let vocabulary: [String] = [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", "!=", "<", ">", "<=", ">=",
        "+", "-", "*", "/", "//", "%", "**", "@", "|", "&", "^", "~", "<<", ">>", "->", ":=", "!",
        "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "|=", "&=", "^=", "<<=", ">>=",
        "if", "elif", "else", "for", "while", "in", "not", "and", "or", "is", "lambda", "def", "class",
        "return", "yield", "from", "import", "as", "with", "try", "except", "finally", "raise", "del",
        "pass", "break", "continue", "global", "nonlocal", "assert", "async", "await", "None", "True",
        "False", "match", "case", "type", "_", "x", "y", "foo", "print", "é", "€", "变量",
        "0", "1", "0x1F", "0o7", "0b1", "1.5", "1e10", "3j", "1_000", "09", "1__2", "0x", "1e",
        "'a'", "\"b\"", "'''c'''", "r'\\d'", "b'x'", "f'{x}'", "f\"{x!r:>{w}}\"", "f'{x=}'", "'\\N{BULLET}'",
        "'", "\"", "'''", "f'", "f'{", "}'", "\\", "#", "\n", "    ", "\t", "\u{0C}", "$", "?", "`",
    ]

    private static let seeds: [String] = {
        var s = [
            "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a + b\n",
            "class C(B, metaclass=M):\n    x: int = 5\n    def m(self): yield from g()\n",
            "for i, (j, k) in enumerate(x):\n    if i: continue\n    else: break\nelse:\n    pass\n",
            "try:\n    x = [y for y in z if y]\nexcept (A, B) as e:\n    raise E from e\nfinally:\n    del x\n",
            "with open(p) as f, g() as (a, b):\n    data = f.read()\n",
            "x = {**a, 'k': v, **b}; y = {1, 2, *c}; z = (1,); w = a[1:2, ::3]\n",
            "s = f'{name!r:>{width}} {x=} {{}} {\"nested\" + f\"{y}\"}'\n",
            "lambda x, /, y=1, *, z: (x, y, z)\nwhile (n := n - 1) > 0: pass\n",
            "import a.b as c\nfrom ..m import (x, y as z,)\nglobal g; nonlocal n\nassert x, 'msg'\n",
            "@dec(1)\n@other\ndef g():\n    '''doc'''\n    return -x ** 2 // 3 % 4 @ m | a ^ b & c << 1 >> 2\n",
            "if a < b <= c != d is not e not in f:\n\tx = not y and z or w\n",
            "b = b'\\x00\\xff' rb'\\d'; u = '\\u00e9\\U0001F600\\x41\\101\\n'\n",
        ]
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ast")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) {
            for n in names.sorted() where n.hasSuffix(".py") {
                if let text = try? String(contentsOf: dir.appendingPathComponent(n), encoding: .utf8) {
                    s.append(text)
                }
            }
        }
        return s
    }()

    /// Feeds one input to every entry point and checks the result is sane.
    private func check(_ src: String, file: StaticString = #filePath, line: UInt = #line) {
        let start = Date()
        func validate(_ e: SyntaxError) {
            XCTAssertFalse(e.message.isEmpty, file: file, line: line)
            XCTAssertGreaterThanOrEqual(e.line, 0, file: file, line: line)
            XCTAssertGreaterThanOrEqual(e.endLine, 0, file: file, line: line)
            _ = e.description
        }
        do {
            let m = try Parser.parseModule(src, filename: "fuzz.py")
            // (Dumping huge int constants is quadratic in BigInt's decimal conversion.)
            if src.utf8.count < 20_000 { _ = dump(m, includeAttributes: true) }
            // The compiler walks the tree recursively: give it room for the deepest legal input.
            // Huge literals are skipped here like dump(): unoptimized BigInt is slow in debug test
            // builds (a release build compiles a 20,000-digit hex literal in 0.1 s).
            let compileError: SyntaxError? = src.utf8.count >= 20_000 ? nil : withLargeStack {
                do throws(SyntaxError) { _ = try Compiler.compileModule(m, filename: "fuzz.py") } catch { return error }
                return nil
            }
            if let e = compileError { validate(e) }
        } catch {
            validate(error)
        }
        do {
            let e = try Parser.parseExpression(src, filename: "fuzz.py")
            let compileError: SyntaxError? = src.utf8.count >= 20_000 ? nil : withLargeStack {
                do throws(SyntaxError) { _ = try Compiler.compileExpression(e, filename: "fuzz.py") } catch { return error }
                return nil
            }
            if let err = compileError { validate(err) }
        } catch {
            validate(error)
        }
        do {
            _ = try Parser.parseInteractive(src, filename: "fuzz.py")
        } catch {
            validate(error)
        }
        _ = Parser.isIncompleteInput(src)
        let elapsed = Date().timeIntervalSince(start)
        if elapsed > 5 {
            XCTFail("slow input (\(elapsed)s): \(src.prefix(200).debugDescription)", file: file, line: line)
        }
    }

    func testRandomTokenSoup() {
        var r = FuzzRandom(state: Self.seed)
        let seps = ["", " ", " ", " ", "\n", "\n    ", "\t"]
        for _ in 0..<Self.iterations {
            var s = ""
            for _ in 0..<(1 + r.below(40)) {
                s += r.pick(Self.vocabulary) + r.pick(seps)
            }
            check(s)
        }
    }

    func testMutatedSnippets() {
        var r = FuzzRandom(state: Self.seed &+ 1)
        for _ in 0..<Self.iterations {
            var b = Array(r.pick(Self.seeds).utf8)
            for _ in 0..<(1 + r.below(4)) {
                let p = r.below(b.count + 1)
                switch r.below(8) {
                case 0:  // delete
                    let q = min(b.count, p + 1 + r.below(6))
                    b.removeSubrange(p..<q)
                case 1:  // insert a token
                    b.insert(contentsOf: Array(r.pick(Self.vocabulary).utf8), at: p)
                case 2:  // duplicate a range
                    let q = min(b.count, p + 1 + r.below(12))
                    b.insert(contentsOf: Array(b[p..<q]), at: p)
                case 3:  // truncate
                    b.removeSubrange(p..<b.count)
                case 4:  // random byte, possibly invalid UTF-8 or a control character
                    b.insert(UInt8(truncatingIfNeeded: r.next()), at: p)
                case 5:  // stray quote or bracket
                    b.insert(contentsOf: Array(r.pick(["'", "\"", "'''", "(", ")", "[", "]", "{", "}", "\\"]).utf8), at: p)
                case 6:  // swap two chunks
                    let q = r.below(b.count + 1)
                    let (lo, hi) = (min(p, q), max(p, q))
                    let len = min(4, hi - lo)
                    if len > 0 && hi + len <= b.count {
                        for i in 0..<len { b.swapAt(lo + i, hi + i) }
                    }
                default:  // change indentation
                    b.insert(contentsOf: Array(r.pick([" ", "\t", "\n", "\n ", "\u{0C}"]).utf8), at: p)
                }
            }
            check(String(decoding: b, as: UTF8.self))
        }
    }

    func testDeepAndUnbalancedNesting() {
        var r = FuzzRandom(state: Self.seed &+ 2)
        let opens = ["(", "[", "{", "f'{", "lambda: ", "-", "not ", "x if y else ", "[x for x in ", "a."]
        let closes = [")", "]", "}", "}'", "", "", "", "", "]", "b"]
        for _ in 0..<max(10, Self.iterations / 10) {
            var s = ""
            var stack: [Int] = []
            let depth = r.below(r.chance(20) ? 3000 : 250)
            for _ in 0..<depth {
                let i = r.below(opens.count)
                s += opens[i]
                stack.append(i)
            }
            s += r.pick(["1", "x", "", "*a", "yield", "'s'"])
            while let i = stack.popLast() {
                if r.chance(3) { continue }  // leave some unbalanced
                s += closes[i]
            }
            if r.chance(10) { s += r.pick([")", "]", "}"]) }
            check(s)
        }
        check(String(repeating: "(", count: 100_000))
        check(String(repeating: ")", count: 100_000))
        check(String(repeating: "[{(", count: 70) + String(repeating: ")}]", count: 70))
        check(String(repeating: "f'{", count: 200))
        check(String(repeating: "if x:\n", count: 150) + "pass")
        check(String(repeating: "x = (\n", count: 250))
    }

    func testRandomBytes() {
        var r = FuzzRandom(state: Self.seed &+ 3)
        for _ in 0..<Self.iterations {
            var bytes: [UInt8] = []
            for _ in 0..<r.below(200) {
                let v = UInt8(truncatingIfNeeded: r.next())
                // Bias towards ASCII punctuation and whitespace.
                bytes.append(r.chance(70) ? UInt8(9 + r.below(118)) : v)
            }
            check(String(decoding: bytes, as: UTF8.self))
        }
        check("x = 1\0y = 2")
        check("\0")
        check(String(decoding: [0xFF, 0xFE, 0x78, 0x0A], as: UTF8.self))
        check("\u{FEFF}\u{FEFF}x")
    }

    func testHugeLiteralsAndLongLines() {
        check(String(repeating: "9", count: 5000))
        check("0x" + String(repeating: "F", count: 50_000))
        check("1" + String(repeating: "_1", count: 10_000) + ".5e" + String(repeating: "9", count: 100))
        check("'" + String(repeating: "\\x41\\n\\N{BULLET}", count: 5000) + "'")
        check("f'" + String(repeating: "{x!r:>{w}}", count: 2000) + "'")
        check("b'" + String(repeating: "\\777", count: 5000) + "'")
        check(String(repeating: "a", count: 100_000) + " = 1")
        check("x = [" + String(repeating: "1, ", count: 20_000) + "]")
        check(String(repeating: "'unterminated\n", count: 2000))
        check("'''" + String(repeating: "x\n", count: 50_000))
        check(String(repeating: "x \\\n", count: 10_000))
        check("print " + String(repeating: "a b ", count: 2000))
    }
}
