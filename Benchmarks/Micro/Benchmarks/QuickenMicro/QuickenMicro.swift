// Microbenchmarks. Each reports time per unit of work through the scaling factor: per source
// line compiled, per bytecode instruction dispatched, per site specialized, per uop stitched.

import Benchmark
import CSupport
import Foundation
import QuickenJIT
import QuickenRuntime

/// A synthetic module: `lines` lines of ordinary code (functions, loops, arithmetic, calls).
func syntheticSource(lines: Int) -> String {
    var out = ""
    var n = 0
    while n < lines {
        let k = n / 10
        out += """
        def f\(k)(a, b, c=1):
            total = 0
            for i in range(a):
                if i % 3 == 0:
                    total += i * b - c
                else:
                    total -= len(str(i)) + c
            return [total, a, b]
        x\(k) = f\(k)(10, 2)

        """
        n += 10
    }
    return out
}

/// Runtime set-up once per process: the GC's native-stack base is this thread's stack.
let bootstrapped: Bool = {
    Runtime.bootstrap(argv: ["micro"])
    var marker: UInt64 = 0
    withUnsafeMutablePointer(to: &marker) { Heap.setNativeStackBase(UnsafeMutableRawPointer($0) + 4096) }
    return true
}()

func run(_ source: String) {
    _ = bootstrapped
    let g = Runtime.replGlobals()
    do { try Runtime.exec(source: source, filename: "<micro>", globals: g) } catch { fatalError("\(error)") }
    Runtime.lastGlobals = g
    Heap.addRoot(g)
}

extension Runtime {
    nonisolated(unsafe) static var lastGlobals = Value.null
}

let benchmarks: @Sendable () -> Void = {
    let thousandLines = syntheticSource(lines: 1000)
    Benchmark("compile (parse + bytecode) per source line",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal], scalingFactor: .kilo)) { _ in
        _ = bootstrapped
        blackHole(try? Runtime.compile(thousandLines, filename: "<micro>", mode: .exec))
    }

    // 200_000 iterations of FOR_ITER_RANGE, STORE_FAST, LOAD_FAST, STORE_FAST, JUMP_BACKWARD:
    // one million instructions per run.
    let loop = "def spin(n):\n    for i in range(n):\n        x = i\nspin(200000)\n"
    Benchmark("dispatch per instruction (specialized)", configuration: .init(metrics: [.wallClock], scalingFactor: .mega)) { _ in
        Specializer.setMode(.normal)
        run(loop)
    }
    Benchmark("dispatch per instruction (--no-specialize)", configuration: .init(metrics: [.wallClock], scalingFactor: .mega)) { _ in
        Specializer.setMode(.off)
        run(loop)
        Specializer.setMode(.normal)
    }

    // A function with 1000 BINARY_OP sites, reset to cold code before each run: specialized
    // on first execution (eager mode) versus run generically. The difference is the cost of
    // 1000 specializations.
    let many: Value = {
        run("def many(a, b):\n" + (0..<1000).map { "    a = a + b + \($0)\n" }.joined() + "    return a\n")
        return Dict.getStr(Runtime.lastGlobals, "many")!
    }()
    let manyCode = Value(raw: many.ptr(QKFunction.self).pointee.code)
    for (label, mode) in [("specialized on first execution", Specializer.Mode.eager), ("run generically (baseline)", .off)] {
        Benchmark("1000 sites \(label)", configuration: .init(metrics: [.wallClock], scalingFactor: .kilo)) { _ in
            Specializer.setMode(mode)
            Specializer.reset(manyCode)
            blackHole(try? callValues(many, [.int(1), .int(2)]))
            Specializer.setMode(.normal)
        }
    }

    // The sample loop trace is 19 uops plus the entry stencil: divide by 20 for per-uop cost.
    let trace = SampleTraces.loop()
    let bytesPerUop = BenchmarkMetric.custom("code bytes per uop", useScalingFactor: false)
    Benchmark("JIT stitching (layout + copy + patch) of a 20-uop trace",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal, bytesPerUop])) { benchmark in
        var buffer = [UInt8](repeating: 0, count: 4096)
        let layout = try! TraceLayout(trace, arch: .host)
        _ = try! buffer.withUnsafeMutableBytes { try stitch(layout, base: 0x7f00_0000_0000, into: $0) }
        blackHole(buffer)
        benchmark.measurement(bytesPerUop, layout.codeSize / layout.ops.count)
    }
}
