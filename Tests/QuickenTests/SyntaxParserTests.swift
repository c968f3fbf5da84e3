// Unit tests for the front end's API and behaviours not covered by the CPython goldens.

import XCTest
@testable import QuickenSyntax

final class SyntaxParserTests: XCTestCase {
    private func parse(_ src: String) throws -> String {
        dump(try Parser.parseModule(src, filename: "t.py"))
    }

    private func error(_ src: String, _ mode: String = "exec") -> SyntaxError? {
        do {
            switch mode {
            case "eval": _ = try Parser.parseExpression(src, filename: "t.py")
            case "single": _ = try Parser.parseInteractive(src, filename: "t.py")
            default: _ = try Parser.parseModule(src, filename: "t.py")
            }
            return nil
        } catch {
            return error
        }
    }

    private func assertError(_ src: String, _ message: String, mode: String = "exec",
                             kind: SyntaxError.Kind = .syntaxError, at pos: (Int, Int)? = nil,
                             file: StaticString = #filePath, line: UInt = #line) {
        guard let e = error(src, mode) else {
            return XCTFail("no error for \(src.debugDescription)", file: file, line: line)
        }
        XCTAssertEqual(e.message, message, file: file, line: line)
        XCTAssertEqual(e.kind, kind, file: file, line: line)
        if let (l, o) = pos {
            XCTAssertEqual(e.line, l, "line", file: file, line: line)
            XCTAssertEqual(e.offset, o, "offset", file: file, line: line)
        }
    }

    // MARK: modes

    func testEvalMode() throws {
        XCTAssertEqual(dump(try Parser.parseExpression("1, 2", filename: "t")),
                       "Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())")
        XCTAssertEqual(dump(try Parser.parseExpression("a if b else c\n\n", filename: "t")),
                       "IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))")
        assertError("x = 1", "invalid syntax", mode: "eval", at: (1, 3))
        assertError("", "invalid syntax", mode: "eval", at: (0, 0))
        assertError(" 1", "unexpected indent", mode: "eval", kind: .indentationError, at: (1, 1))
        assertError("yield x", "invalid syntax", mode: "eval", at: (1, 1))
        assertError("f(\n", "'(' was never closed", mode: "eval", at: (1, 2))
    }

    func testInteractiveMode() throws {
        let m = try Parser.parseInteractive("x = 1; y = 2\n", filename: "<stdin>")
        XCTAssertEqual(m.body.count, 2)
        XCTAssertEqual(try Parser.parseInteractive("if x:\n  pass\n", filename: "<stdin>").body.count, 1)
        assertError("x = 1\ny = 2\n", "multiple statements found while compiling a single statement", mode: "single", at: (1, 6))
        assertError("if x:\n  pass\ny = 1\n", "invalid syntax", mode: "single", at: (3, 1))
        assertError("\n", "invalid syntax", mode: "single")
    }

    func testIncompleteInput() {
        let incomplete = ["if x:", "if x:\n", "def f(a,", "x = (1,\n 2", "\"\"\"doc", "x = 1 + \\",
                          "if x:\n    pass", "for i in y: print(i)", "class C:\n  def f(self):\n    pass\n",
                          "@dec", "try:\n  pass\n", "x = [", "f'''{x", "if x:\n  pass\nelse:"]
        let complete = ["x = 1", "x = 1\n", "print(1)", "if x:\n    pass\n\n", "'abc", "x = )", "1 +",
                        "def f(): pass\n\n", "x = 1\ny = 2", "", "import os", "if x\n"]
        for s in incomplete { XCTAssertTrue(Parser.isIncompleteInput(s), "should be incomplete: \(s.debugDescription)") }
        for s in complete { XCTAssertFalse(Parser.isIncompleteInput(s), "should be complete: \(s.debugDescription)") }
    }

    // MARK: unsupported features

    func testUnsupportedFeaturesAreSyntaxErrors() {
        assertError("async def f(): pass", "'async def' is not supported", at: (1, 1))
        assertError("def f():\n    await x", "'await' expressions are not supported", at: (2, 5))
        assertError("match x:\n    case 1: pass", "'match' statements are not supported", at: (1, 1))
        assertError("def f[T](x: T): pass", "type parameter lists are not supported", at: (1, 6))
        assertError("class C[T]: pass", "type parameter lists are not supported", at: (1, 8))
        assertError("type X = int", "'type' statements are not supported", at: (1, 1))
        assertError("try:\n  pass\nexcept* E:\n  pass", "'except*' is not supported", at: (3, 1))
        assertError("[x async for x in y]", "asynchronous comprehensions are not supported", at: (1, 4))
        // A real error later in the file wins over an unsupported construct, as in CPython.
        assertError("async def f(): pass\nx = = 1", "invalid syntax", at: (2, 5))
        // Soft keywords still work as names.
        XCTAssertNoThrow(try parse("match = 1\ntype = 2\ncase = match(type)\n_ = case"))
    }

    // MARK: messages listed in the brief

    func testCommonMessages() {
        assertError("x = (1,", "'(' was never closed", at: (1, 5))
        assertError("x = 1)", "unmatched ')'", at: (1, 6))
        assertError("(]", "closing parenthesis ']' does not match opening parenthesis '('", at: (1, 2))
        assertError("s = 'abc", "unterminated string literal (detected at line 1)", at: (1, 5))
        assertError("s = '''abc\n\nx", "unterminated triple-quoted string literal (detected at line 3)", at: (1, 5))
        assertError("if x\n  pass", "expected ':'", at: (1, 5))
        assertError("f(a b)", "invalid syntax. Perhaps you forgot a comma?", at: (1, 3))
        assertError("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", at: (1, 1))
        assertError("(a, 1) = x", "cannot assign to literal", at: (1, 5))
        assertError("a + b = 1", "cannot assign to expression here. Maybe you meant '==' instead of '='?")
        assertError("for a + b in c: pass", "cannot assign to expression", at: (1, 5))
        assertError("if x:\npass", "expected an indented block after 'if' statement on line 1",
                    kind: .indentationError, at: (2, 1))
        assertError("x\n  y", "unexpected indent", kind: .indentationError, at: (2, 2))
        assertError("if x:\n    a\n  b", "unindent does not match any outer indentation level",
                    kind: .indentationError, at: (3, 4))
        assertError("if x:\n\ta\n        b", "inconsistent use of tabs and spaces in indentation", kind: .tabError, at: (3, 1))
        assertError("x = 5 €", "invalid character '€' (U+20AC)", at: (1, 7))
        assertError("f(a=1, b)", "positional argument follows keyword argument")
        assertError("f'{x'", "f-string: expecting '}'", at: (1, 5))
        assertError("x = 0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", at: (1, 5))
        assertError("x = 1__0", "invalid decimal literal", at: (1, 6))
        assertError("b'é'", "bytes can only contain ASCII literal characters", at: (1, 1))
        assertError("'a' b'b'", "cannot mix bytes and nonbytes literals")
        assertError("x = \\\n", "unexpected EOF while parsing")
        assertError("x = 1 \\ y", "unexpected character after line continuation character")
        assertError("print 'hello'", "Missing parentheses in call to 'print'. Did you mean print(...)?", at: (1, 1))
    }

    // MARK: input quirks

    func testNewlinesBOMAndNulBytes() throws {
        XCTAssertEqual(try parse("x = 1\r\ny = 2\r\n"), try parse("x = 1\ny = 2\n"))
        XCTAssertEqual(try parse("x = 1\ry = 2"), try parse("x = 1\ny = 2\n"))
        XCTAssertEqual(try parse("\u{FEFF}x = 1"), try parse("x = 1"))
        assertError("x = 1\0", "source code cannot contain null bytes")
        XCTAssertEqual(try parse(""), "Module()")
        XCTAssertEqual(try parse("# only a comment"), "Module()")
    }

    func testStringLiteralDetails() throws {
        // Lone surrogates cannot live in a Swift String: they become U+FFFD.
        XCTAssertEqual(try parse("'\\ud800'"), "Module(body=[Expr(value=Constant(value='\u{FFFD}'))])")
        XCTAssertEqual(try parse("'\\N{BULLET}\\N{latin small letter a}\\N{LINE FEED}'"),
                       "Module(body=[Expr(value=Constant(value='\u{2022}a\\n'))])")
        assertError("'\\N{NO SUCH NAME}'",
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name")
        XCTAssertEqual(try parse("f'{x=}'"),
                       "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))])")
    }

    func testIdentifiersAreNFKCNormalized() throws {
        XCTAssertEqual(try parse("ｗｉｄｔｈ = ﬁ"), try parse("width = fi"))
    }

    func testSourceRanges() throws {
        let m = try Parser.parseModule("x = f(a,\n      b)  # c\n", filename: "t.py")
        let s = m.body[0]
        XCTAssertEqual(s.range, SourceRange(line: 1, column: 0, endLine: 2, endColumn: 8))
        guard case .assign(_, let value) = s.kind else { return XCTFail() }
        XCTAssertEqual(value.range, SourceRange(line: 1, column: 4, endLine: 2, endColumn: 8))
        // Columns are UTF-8 byte offsets.
        let u = try Parser.parseModule("é = 'ü'", filename: "t.py")
        guard case .assign(let t, let v) = u.body[0].kind else { return XCTFail() }
        XCTAssertEqual(t[0].range.endColumn, 2)
        XCTAssertEqual(v.range, SourceRange(line: 1, column: 5, endLine: 1, endColumn: 9))
    }

    func testErrorDescription() {
        guard let e = error("x = = 1") else { return XCTFail() }
        XCTAssertEqual(e.description, "  File \"t.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax")
    }

    // MARK: limits

    func testNestingLimits() {
        XCTAssertNoThrow(try parse(String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)))
        assertError(String(repeating: "(", count: 201) + String(repeating: ")", count: 201), "too many nested parentheses", at: (1, 201))
        XCTAssertNoThrow(try parse(String(repeating: "-", count: 2000) + "1"))
        XCTAssertNoThrow(try parse(String(repeating: "not ", count: 1000) + "1"))
        XCTAssertNoThrow(try parse(String(repeating: "lambda: ", count: 1000) + "1"))
        XCTAssertNoThrow(try parse(Array(repeating: "1", count: 2000).joined(separator: " + ")))
        let tooDeep = [
            String(repeating: "-", count: 100_000) + "1",
            Array(repeating: "1", count: 100_000).joined(separator: "+"),
            "a" + String(repeating: ".b", count: 100_000),
            "f" + String(repeating: "()", count: 100_000),
            String(repeating: "lambda: ", count: 10_000) + "1",
            String(repeating: "[", count: 150) + String(repeating: "-", count: 50_000),
        ]
        for src in tooDeep {
            XCTAssertEqual(error(src)?.message, "Parser stack overflowed - Python source too complex to parse")
        }
        var src = ""
        for i in 0..<101 { src += String(repeating: " ", count: i) + "if x:\n" }
        assertError(src, "too many levels of indentation", kind: .indentationError)
    }

    /// Inputs that once crashed the parser.
    func testCrashRegressions() {
        for src in ["f(x async)", "[x async]", "(x async)", "{x async}", "{x: y async}", "f(x async for)"] {
            XCTAssertNotNil(error(src), src)
        }
    }

    func testHugeLiterals() {
        assertError("x = " + String(repeating: "1", count: 5000),
                    "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")
        XCTAssertNoThrow(try parse("x = 0x" + String(repeating: "f", count: 20_000)))
        XCTAssertNoThrow(try parse("x = '" + String(repeating: "a", count: 200_000) + "'"))
        XCTAssertNoThrow(try parse(String(repeating: "x = 1\n", count: 10_000)))
    }
}

final class SyntaxErrorFormatTests: XCTestCase {
    /// Expected texts are what CPython 3.13 prints for the same files.
    private func text(_ src: String) -> String {
        do {
            _ = try Parser.parseModule(src, filename: "f.py")
            return "OK"
        } catch {
            return error.description
        }
    }

    func testDescriptionMatchesCPython() {
        XCTAssertEqual(text("x = = 1\n"), "  File \"f.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax")
        XCTAssertEqual(text("f(a b)\n"), "  File \"f.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?")
        XCTAssertEqual(text("x = (1,\n"), "  File \"f.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed")
        XCTAssertEqual(text("if x:\npass\n"), "  File \"f.py\", line 2\n    pass\n    ^^^^\nIndentationError: expected an indented block after 'if' statement on line 1")
        XCTAssertEqual(text("  x = 1\n"), "  File \"f.py\", line 1\n    x = 1\nIndentationError: unexpected indent")
        XCTAssertEqual(text("\tif x:\n\t\tx = f() = 3\n"), "  File \"f.py\", line 1\n    \tif x:\n    ^\nIndentationError: unexpected indent")
        XCTAssertEqual(text("x = 5 €\n"), "  File \"f.py\", line 1\n    x = 5 €\n          ^\nSyntaxError: invalid character '€' (U+20AC)")
        XCTAssertEqual(text("print \"x\"\n"), "  File \"f.py\", line 1\n    print \"x\"\n    ^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?")
        XCTAssertEqual(text("x = (1 +\n  2 +\n  ]\n"), "  File \"f.py\", line 3\n    ]\n    ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1")
    }
}
