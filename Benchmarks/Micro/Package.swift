// swift-tools-version: 6.1
// In-process microbenchmarks (package-benchmark) for the costs whole-process timing hides:
// compile time per source line, interpreter dispatch per instruction, specialization, and JIT
// stitching per micro-op. A package of its own so the main build and CI need not fetch the
// benchmark framework.  Run:  cd Benchmarks/Micro && swift package benchmark
import Foundation
import PackageDescription

/// A path dependency's identity is its folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let quicken = root.lastPathComponent.lowercased()

let package = Package(
    name: "QuickenMicro",
    dependencies: [
        .package(path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "QuickenMicro",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "QuickenRuntime", package: quicken),
                .product(name: "QuickenJIT", package: quicken),
            ],
            path: "Benchmarks/QuickenMicro",
            swiftSettings: [.swiftLanguageMode(.v5)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
