// Golden `dis` tests: every snippet in Fixtures/dis/*.py is compiled by Quicken and
// disassembled, and the text must equal CPython 3.13's (Tools/gen-dis-golden.sh writes the
// .dis files; code-object addresses are normalized to 0x...).
//
// Each snippet is compiled twice: from Quicken's parser, and from CPython's own AST (the
// .ast.json next to it), so a difference can be pinned on the parser or on the compiler.

import Foundation
import QuickenCompiler
import QuickenSyntax
import XCTest

final class CompilerDisTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dis")

    /// Fixtures where Quicken intentionally differs from CPython (none at present).
    static let knownDifferences: Set<String> = []

    static func normalize(_ s: String) -> String {
        s.replacingOccurrences(of: #" at 0x[0-9a-fA-F]+"#, with: " at 0x...", options: .regularExpression)
    }

    static func snippets() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
            .filter { $0.hasSuffix(".py") }.sorted()
    }

    static func disText(_ co: CodeObject, source: String) -> String {
        let opts = DisassemblyOptions(showCaches: source.hasPrefix("# dis: show_caches"))
        return normalize(Disassembler.dis(co, options: opts))
    }

    func compareAll(viaParser: Bool) throws {
        var failures: [String] = []
        var matched = 0
        let names = try Self.snippets()
        for name in names {
            let base = String(name.dropLast(3))
            let source = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
            let expected = try String(contentsOf: Self.fixtures.appendingPathComponent(base + ".dis"), encoding: .utf8)
            let actual: String
            do {
                let module: Module
                if viaParser {
                    module = try Parser.parseModule(source, filename: name)
                } else {
                    let json = try Data(contentsOf: Self.fixtures.appendingPathComponent(base + ".ast.json"))
                    module = try CompilerASTLoader.loadModule(json: json)
                }
                actual = Self.disText(try Compiler.compileModule(module, filename: name), source: source)
            } catch {
                failures.append("\(name): \(error)")
                continue
            }
            if actual == expected {
                matched += 1
            } else if !Self.knownDifferences.contains(base) {
                failures.append("\(name): dis differs\n" + firstDifference(expected, actual))
            }
        }
        print("dis fixtures matching CPython (\(viaParser ? "parser" : "CPython AST")): \(matched)/\(names.count)")
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }

    func firstDifference(_ a: String, _ b: String) -> String {
        let la = a.split(separator: "\n", omittingEmptySubsequences: false)
        let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(la.count, lb.count) {
            let x = i < la.count ? String(la[i]) : "<eof>"
            let y = i < lb.count ? String(lb[i]) : "<eof>"
            if x != y { return "  line \(i + 1):\n    CPython: \(x)\n    Quicken: \(y)" }
        }
        return ""
    }

    func testCompilerDisFromCPythonAST() throws { try compareAll(viaParser: false) }

    func testCompilerDisFromParser() throws { try compareAll(viaParser: true) }

    func testCompilerEvalAndInteractive() throws {
        let e = try Parser.parseExpression("a + 1", filename: "<eval>")
        let co = try Compiler.compileExpression(e, filename: "<eval>")
        XCTAssertEqual(Self.normalize(Disassembler.dis(co)), """
              0           RESUME                   0

              1           LOAD_NAME                0 (a)
                          LOAD_CONST               0 (1)
                          BINARY_OP                0 (+)
                          RETURN_VALUE

            """)
        let m = try Parser.parseInteractive("x = 1; x\n", filename: "<stdin>")
        let ico = try Compiler.compileInteractive(m, filename: "<stdin>")
        XCTAssertEqual(Self.normalize(Disassembler.dis(ico)), """
              0           RESUME                   0

              1           LOAD_CONST               0 (1)
                          STORE_NAME               0 (x)
                          LOAD_NAME                0 (x)
                          CALL_INTRINSIC_1         1 (INTRINSIC_PRINT)
                          POP_TOP
                          RETURN_CONST             1 (None)

            """)
    }

    func testCompilerCodeObjectMetadata() throws {
        let src = """
            def f(a, b=1, /, c=2, *args, d, e=3, **kw):
                def g():
                    return a
                return g
            def gen():
                yield 1
            """
        let co = try Compiler.compileModule(try Parser.parseModule(src, filename: "m.py"), filename: "m.py")
        let codes = co.consts.compactMap { c -> CodeObject? in if case .code(let x) = c { return x }; return nil }
        let f = codes[0], gen = codes[1]
        XCTAssertEqual(f.argCount, 3)
        XCTAssertEqual(f.posOnlyArgCount, 2)
        XCTAssertEqual(f.kwOnlyArgCount, 2)
        XCTAssertEqual(f.flags, [.optimized, .newLocals, .varargs, .varkeywords])
        XCTAssertEqual(f.localsPlusNames, ["a", "b", "c", "d", "e", "args", "kw", "g"])
        XCTAssertTrue(f.localsPlusKinds[0].contains(.cell))
        XCTAssertEqual(f.stackSize, 2)
        let g = f.consts.compactMap { c -> CodeObject? in if case .code(let x) = c { return x }; return nil }[0]
        XCTAssertEqual(g.qualname, "f.<locals>.g")
        XCTAssertEqual(g.flags, [.optimized, .newLocals, .nested])
        XCTAssertEqual(g.localsPlusKinds, [.free])
        XCTAssertEqual(gen.flags, [.optimized, .newLocals, .generator])
        XCTAssertEqual(gen.exceptionTable.count, 1)
        XCTAssertEqual(gen.positions.count, gen.code.count)
    }

    /// SyntaxErrors raised by the symbol table and code generator: (source, message, line, offset),
    /// as CPython 3.13 reports them.
    static let syntaxErrors: [(String, String, Int, Int)] = [
        ("return 1", "'return' outside function", 1, 1),
        ("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5),
        ("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5),
        ("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1),
        ("def f():\n    nonlocal y\n", "no binding for nonlocal 'y' found", 2, 5),
        ("def f():\n    x = 1\n    nonlocal x\n", "name 'x' is assigned to before nonlocal declaration", 3, 5),
        ("yield 1\n", "'yield' outside function", 1, 1),
        ("class C:\n    yield 1\n", "'yield' outside function", 2, 5),
        ("break\n", "'break' outside loop", 1, 1),
        ("continue\n", "'continue' not properly in loop", 1, 1),
        ("def f():\n    for x in y:\n        def g():\n            break\n", "'break' outside loop", 4, 13),
        ("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 10),
        ("def f():\n    from m import *\n", "import * only allowed at module level", 2, 19),
        ("[x := 1 for x in y]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2),
        ("[i for i in (j := range(3))]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 14),
        ("class C:\n    [y := 1 for x in z]\n", "assignment expression within a comprehension cannot be used in a class body", 2, 6),
        ("def f():\n    global x\n    nonlocal x\n", "name 'x' is nonlocal and global", 2, 5),
        ("[(yield x) for x in y]\n", "'yield' inside list comprehension", 1, 3),
        ("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8),
        ("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "default 'except:' must be last", 3, 1),
        ("x: int\ndef f():\n    global y\n    y: int = 1\n", "annotated name 'y' can't be global", 4, 5),
        ("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1),
        ("class C:\n    return 1\n", "'return' outside function", 2, 5),
        ("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "name 'x' is nonlocal and global", 4, 9),
    ]

    func testCompilerSyntaxErrors() throws {
        var failures: [String] = []
        for (src, msg, line, offset) in Self.syntaxErrors {
            do {
                let m = try Parser.parseModule(src, filename: "err.py")
                _ = try Compiler.compileModule(m, filename: "err.py")
                failures.append("no error for \(src.debugDescription)")
            } catch {
                if error.message != msg || error.line != line || error.offset != offset {
                    failures.append("\(src.debugDescription): got \(error.message) at \(error.line):\(error.offset)")
                }
            }
        }
        // Valid programs that must compile.
        for src in ["while x:\n    try:\n        pass\n    finally:\n        continue\n",
                    "def f():\n  def g():\n    nonlocal x\n  x = 1\n",
                    "lambda: (yield)\n"] {
            do {
                _ = try Compiler.compileModule(try Parser.parseModule(src, filename: "ok.py"), filename: "ok.py")
            } catch {
                failures.append("unexpected error for \(src.debugDescription): \(error.message)")
            }
        }
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }

    func testCompilerReprs() {
        XCTAssertEqual(pyRepr("it's"), "\"it's\"")
        XCTAssertEqual(pyRepr("a'b\"c"), "'a\\'b\"c'")
        XCTAssertEqual(pyRepr("\t\n\u{0}\u{7f}\u{e9}\u{200b}\u{1F600}"), "'\\t\\n\\x00\\x7fé\\u200b😀'")
        XCTAssertEqual(pyFloatRepr(0.1), "0.1")
        XCTAssertEqual(pyFloatRepr(1e16), "1e+16")
        XCTAssertEqual(pyFloatRepr(1e15), "1000000000000000.0")
        XCTAssertEqual(pyFloatRepr(1e-05), "1e-05")
        XCTAssertEqual(pyFloatRepr(0.0001), "0.0001")
        XCTAssertEqual(pyFloatRepr(-0.0), "-0.0")
        XCTAssertEqual(pyFloatRepr(.infinity), "inf")
        XCTAssertEqual(pyFloatRepr(.nan), "nan")
        XCTAssertEqual(pyFloatRepr(5e-324), "5e-324")
        XCTAssertEqual(pyFloatRepr(1.7976931348623157e308), "1.7976931348623157e+308")
        XCTAssertEqual(pyFloatRepr(123.456), "123.456")
        XCTAssertEqual(pyComplexRepr(real: 0, imag: 1), "1j")
        XCTAssertEqual(pyComplexRepr(real: 1, imag: -2), "(1-2j)")
        XCTAssertEqual(pyBytesRepr([0, 39, 255]), "b\"\\x00'\\xff\"")
        XCTAssertEqual(ConstantValue.tuple([.int(1)]).pyRepr, "(1,)")
        XCTAssertEqual(ConstantValue.frozenset([.int(9), .int(1), .int(5)]).pyRepr, "frozenset({9, 5, 1})")
    }
}
