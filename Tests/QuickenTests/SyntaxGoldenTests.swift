// Differential tests against CPython 3.13: the expected outputs in Fixtures/ast were produced
// by Tools/gen-ast-golden.sh with CPython's `ast` module.

import Foundation
import XCTest
@testable import QuickenSyntax

final class SyntaxGoldenTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ast")

    private func read(_ name: String) throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    private func modules() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasSuffix(".py") }.sorted()
    }

    func testASTDumpMatchesCPython() throws {
        let names = try modules()
        XCTAssertGreaterThan(names.count, 5)
        for name in names {
            let src = try read(name)
            let expected = try read(String(name.dropLast(3)) + ".dump").trimmingCharacters(in: .newlines)
            do {
                let m = try Parser.parseModule(src, filename: name)
                let got = dump(m)
                if got != expected { XCTFail("\(name): dump differs\n\(firstDifference(got, expected))") }
            } catch {
                XCTFail("\(name): unexpected \(error)")
            }
        }
    }

    func testPositionsMatchCPython() throws {
        for name in try modules() {
            let src = try read(name)
            let expected = try read(String(name.dropLast(3)) + ".attrs.dump").trimmingCharacters(in: .newlines)
            let m = try Parser.parseModule(src, filename: name)
            let got = dump(m, includeAttributes: true)
            if got != expected { XCTFail("\(name): positions differ\n\(firstDifference(got, expected))") }
        }
    }

    func testSyntaxErrorsMatchCPython() throws {
        let cases = try read("errors.txt").components(separatedBy: "\n====\n")
        let expected = try read("errors.expected").split(separator: "\n", omittingEmptySubsequences: true)
        XCTAssertEqual(cases.count, expected.count, "regenerate with Tools/gen-ast-golden.sh")
        var failures = 0
        for (src, line) in zip(cases, expected) {
            let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let want: String
            if let ok = obj["ok"] as? String {
                want = "OK " + ok
            } else {
                want = "\(obj["type"]!): \(obj["msg"]!) @ \(obj["lineno"]!):\(obj["offset"]!)-\(obj["end_lineno"]!):\(obj["end_offset"]!)"
            }
            let got: String
            do {
                got = "OK " + dump(try Parser.parseModule(src, filename: "f.py"))
            } catch {
                got = "\(error.kind.rawValue): \(error.message) @ \(error.line):\(error.offset)-\(error.endLine):\(error.endOffset)"
            }
            if got != want {
                failures += 1
                XCTFail("\(src.debugDescription)\n  want: \(want)\n  got:  \(got)")
            }
        }
        XCTAssertEqual(failures, 0)
    }

    private func firstDifference(_ a: String, _ b: String) -> String {
        let x = Array(a), y = Array(b)
        var i = 0
        while i < x.count && i < y.count && x[i] == y[i] { i += 1 }
        let lo = max(0, i - 150)
        return "  got:  ...\(String(x[lo..<min(x.count, i + 150)]))\n  want: ...\(String(y[lo..<min(y.count, i + 150)]))"
    }
}
