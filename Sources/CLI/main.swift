// The `quicken` command: Python's command-line conventions on top of the runtime.

import ArgumentParser
import Foundation
import QuickenCompiler
import QuickenRuntime
import QuickenSyntax

struct Quicken: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quicken",
        abstract: "Run a Python 3 program on Quicken, a specializing interpreter written in Swift.",
        version: "quicken 0.1.0 (Python 3.13 compatible)")

    @Option(name: .customShort("c"), help: "Program passed in as a string.")
    var command: String?

    @Flag(name: .customLong("dis"), help: "Print the bytecode of every code object in CPython 3.13's dis format instead of running.")
    var dis = false

    @Flag(name: .customLong("gc-stress"), help: "Collect garbage at every safepoint (for testing).")
    var gcStress = false

    @Flag(name: .customLong("adaptive"), help: "With --dis: run the program first, then show the quickened code (specialized instructions).")
    var adaptive = false

    @Flag(name: .customLong("show-caches"), help: "With --dis: show the inline-cache entries, decoded.")
    var showCaches = false

    @Flag(name: .customLong("no-specialize"), help: "Run the generic interpreter only (same as --specialize off).")
    var noSpecialize = false

    @Option(name: .customLong("specialize"), help: ArgumentHelp("When to specialize: normal, off, eager (on first execution; re-specialize on the first miss) or deopt (every guard misses). Also QUICKEN_SPECIALIZE.", valueName: "mode"))
    var specialize: String?

    @Flag(name: .customLong("stats"), help: "Print specialization statistics to stderr at exit (also QUICKEN_STATS=1).")
    var stats = false

    @Option(name: .customLong("stats-json"), help: ArgumentHelp("Write specialization statistics as JSON to PATH at exit.", valueName: "path"))
    var statsJSON: String?

    @Flag(name: .customLong("specialist"), help: "Run the program, then write a Specialist-style HTML view of how each site specialized (see -o).")
    var specialist = false

    @Option(name: .customShort("o"), help: ArgumentHelp("Where --specialist writes its HTML (default: FILE.specialist.html).", valueName: "path"))
    var output: String?

    @Flag(name: .customLong("specialist-term"), help: "Run the program, then print the specialization view with ANSI colours to stderr.")
    var specialistTerm = false

    @Flag(name: .customLong("color-blind"), help: "With --specialist-term: a colour-blind-safe palette (blue/yellow/orange).")
    var colorBlind = false

    @Argument(parsing: .captureForPassthrough, help: "The program file ('-' for stdin) and its arguments.")
    var arguments: [String] = []

    mutating func run() throws {
        var args = arguments
        if args.first == "--" {
            args.removeFirst()
        } else if let first = args.first, first.hasPrefix("-"), first != "-" {
            // Options after the program name belong to the program; before it they are ours.
            if first == "--version" || first == "-V" {
                print(Quicken.configuration.version)
                return
            }
            FileHandle.standardError.write("quicken: unknown option \(first)\n\(Quicken.helpMessage())\n".data(using: .utf8)!)
            throw ExitCode(2)
        }
        let source: String
        let filename: String
        var argv: [String]
        if let command {
            source = command
            filename = "<string>"
            argv = ["-c"] + args
        } else if let file = args.first, file != "-" {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                FileHandle.standardError.write("quicken: can't open file '\(file)': [Errno 2] No such file or directory\n".data(using: .utf8)!)
                throw ExitCode(2)
            }
            source = text
            // Like CPython 3.9+, the main script's __file__ and tracebacks use its absolute path.
            filename = URL(fileURLWithPath: file).standardizedFileURL.path
            argv = args
        } else if isatty(0) != 0 && args.isEmpty {
            throw ExitCode(REPL.run())
        } else {
            var text = ""
            while let line = readLine(strippingNewline: false) { text += line }
            source = text
            filename = "<stdin>"
            argv = [args.first ?? ""] + args.dropFirst()
        }
        let env = ProcessInfo.processInfo.environment
        guard let mode = Specializer.Mode(rawValue: noSpecialize ? "off" : (specialize ?? env["QUICKEN_SPECIALIZE"] ?? "normal")) else {
            FileHandle.standardError.write("quicken: --specialize must be one of normal, off, eager, deopt\n".data(using: .utf8)!)
            throw ExitCode(2)
        }
        Specializer.setMode(mode)
        Stats.enabled = stats || statsJSON != nil || env["QUICKEN_STATS"] == "1" || specialist || specialistTerm
        if dis && !adaptive {
            do {
                let code = try Compiler.compileModule(try Parser.parseModule(source, filename: filename), filename: filename)
                print(Disassembler.disassembleAll(code), terminator: "")
            } catch {
                FileHandle.standardError.write((error.description + "\n").data(using: .utf8)!)
                throw ExitCode(1)
            }
            return
        }
        let path0 = command != nil || filename == "<stdin>" ? "" : (URL(fileURLWithPath: filename).deletingLastPathComponent().path)
        let stress = gcStress || ProcessInfo.processInfo.environment["QUICKEN_GC_STRESS"] == "1"
        let printStats = stats || env["QUICKEN_STATS"] == "1"
        let (showDis, showCaches, statsPath) = (dis, showCaches, statsJSON)
        let htmlPath: String? = specialist ? (output ?? filename + ".specialist.html") : nil
        let (term, colorBlind) = (specialistTerm, colorBlind)
        let status = onBigStack {
            Runtime.bootstrap(argv: argv)
            Heap.setStress(stress)
            let status = Runtime.runMain(source: source, filename: filename, path0: path0)
            if showDis { print(Runtime.adaptiveDisassembly(showCaches: showCaches), terminator: "") }
            if printStats { FileHandle.standardError.write(Stats.report().data(using: .utf8)!) }
            if let statsPath { FileManager.default.createFile(atPath: statsPath, contents: Stats.json().data(using: .utf8)) }
            if !Runtime.mainCode.isNull {
                if let htmlPath {
                    let html = SpecialistView.html(source: source, filename: filename, code: Runtime.mainCode)
                    FileManager.default.createFile(atPath: htmlPath, contents: html.data(using: .utf8))
                }
                if term {
                    let text = SpecialistView.terminal(source: source, code: Runtime.mainCode, colorBlind: colorBlind)
                    FileHandle.standardError.write(text.data(using: .utf8)!)
                }
            }
            return status
        }
        throw ExitCode(status)
    }
}

/// Run the interpreter on a thread with a large stack: native re-entry (callbacks from
/// builtins into Python) recurses on it, and the GC scans it conservatively.
func onBigStack(_ body: @escaping () -> Int32) -> Int32 {
    nonisolated(unsafe) var result: Int32 = 0
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        var marker: UInt64 = 0
        withUnsafeMutablePointer(to: &marker) { Heap.setNativeStackBase(UnsafeMutableRawPointer($0) + 256) }
        result = body()
        done.signal()
    }
    thread.stackSize = 1 << 30
    thread.start()
    done.wait()
    return result
}

enum REPL {
    static func run() -> Int32 {
        onBigStack {
            Runtime.bootstrap(argv: [""])
            print("Quicken 0.1.0 (Python 3.13 compatible)\nType Ctrl-D to exit.")
            let globals = Runtime.replGlobals()
            var buffer = ""
            while true {
                print(buffer.isEmpty ? ">>> " : "... ", terminator: "")
                fflush(stdout)
                guard let line = readLine(strippingNewline: true) else { print(""); return 0 }
                buffer += line + "\n"
                if Parser.isIncompleteInput(buffer) && !(line.isEmpty && buffer.hasSuffix("\n\n")) { continue }
                if let status = Runtime.runInteractive(buffer, globals: globals) { return status }
                buffer = ""
            }
        }
    }
}

// Python's conventions: usage errors exit with status 2, --help and --version with 0.
do {
    var command = try Quicken.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    if Quicken.exitCode(for: error) == .success {
        print(Quicken.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write((Quicken.fullMessage(for: error) + "\n").data(using: .utf8)!)
    exit(2)
}
