// swift-tools-version: 6.1
// Quicken: a Python 3 runtime in Swift. The targets follow the pipeline:
// Syntax (tokens, AST) -> Compiler (symbols, bytecode) -> Runtime (objects, GC, interpreter)
// -> CLI. CSupport holds the C-layout value/object definitions shared with the stencils.
import PackageDescription

let optimize: [SwiftSetting] = [
    // swiftlang/swift#77558: Swift 6.3 -O can drop stores through a constant negative index
    // (sp[-1] = x). Fixed in 6.4; until then keep the pass off for the interpreter.
    .unsafeFlags(["-Xllvm", "-sil-disable-pass=dead-store-elimination"]),
    // Dynamic exclusivity checks on the runtime's globals cost ~20% of GC time (measured with
    // perf on a GC-stress run); the interpreter is single-threaded.
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
]

let package = Package(
    name: "Quicken",
    products: [
        .executable(name: "quicken", targets: ["quicken"]),
        .executable(name: "quicken-stencils", targets: ["quicken-stencils"]),
        // For the in-process microbenchmarks (Benchmarks/Micro, a package of its own).
        .library(name: "QuickenRuntime", targets: ["QuickenRuntime"]),
        .library(name: "QuickenJIT", targets: ["QuickenJIT"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .target(name: "CSupport", path: "CSupport", exclude: ["stencils"]),
        .target(
            name: "QuickenSyntax",
            dependencies: [.product(name: "BigInt", package: "BigInt")],
            path: "Sources/Syntax"),
        .target(
            name: "QuickenCompiler",
            dependencies: ["QuickenSyntax", .product(name: "BigInt", package: "BigInt")],
            path: "Sources/Compiler",
            exclude: ["Instructions.def"]),
        .target(
            name: "QuickenRuntime",
            dependencies: ["CSupport", "QuickenSyntax", "QuickenCompiler",
                           .product(name: "BigInt", package: "BigInt")],
            path: "Sources/Runtime",
            // C globals (qk_state, qk_types) are shared mutable state by design: one interpreter thread.
            swiftSettings: optimize + [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "quicken",
            dependencies: ["QuickenRuntime", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/CLI",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        // Copy-and-patch JIT substrate (issue 6): generated stencil tables, the stencil
        // generator, the patcher/executable memory, and an inspection tool.
        .target(name: "QuickenStencils", path: "Sources/StencilTables"),
        .executableTarget(name: "quicken-stencils-gen", path: "Sources/StencilGen", swiftSettings: [.swiftLanguageMode(.v5)]),
        .target(
            name: "QuickenJIT",
            dependencies: ["QuickenStencils", "CSupport"],
            path: "Sources/JIT",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(
            name: "quicken-stencils",
            dependencies: ["QuickenJIT", "CSupport"],
            path: "Sources/StencilTool",
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(
            name: "QuickenJITTests",
            dependencies: ["QuickenJIT", "QuickenRuntime", "CSupport"],
            path: "Tests/QuickenJITTests",
            exclude: ["Harness", "Fixtures"],
            swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(
            name: "QuickenTests",
            dependencies: ["QuickenSyntax", "QuickenCompiler", "QuickenRuntime"],
            path: "Tests/QuickenTests",
            exclude: ["Fixtures"]),
    ]
)
