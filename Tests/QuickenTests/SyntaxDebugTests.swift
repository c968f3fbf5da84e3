// Developer aid: `QUICKEN_SYNTAX_DEBUG=/path/file.py swift test --filter SyntaxDebug` prints the
// AST dump (or the SyntaxError) for each file listed, separated by lines of `====`.

import Foundation
import XCTest
@testable import QuickenSyntax

final class SyntaxDebugTests: XCTestCase {
    func testDebugDump() throws {
        guard let path = ProcessInfo.processInfo.environment["QUICKEN_SYNTAX_DEBUG"] else { return }
        let attrs = ProcessInfo.processInfo.environment["QUICKEN_SYNTAX_ATTRS"] != nil
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var out = ""
        for src in text.components(separatedBy: "\n====\n") {
            do {
                let m = try Parser.parseModule(src, filename: "f.py")
                out += "OK " + dump(m, includeAttributes: attrs) + "\n"
            } catch {
                out += "ERR \(error.kind.rawValue): \(error.message) @ \(error.line):\(error.offset)-\(error.endLine):\(error.endOffset)\n"
            }
        }
        try out.write(toFile: path + ".out", atomically: true, encoding: .utf8)
    }
}
