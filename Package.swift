// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Parley",
    products: [
        .library(name: "Parley", targets: ["Parley"]),
        .library(name: "ParleyExport", targets: ["ParleyExport"]),
        .library(name: "ParleyReport", targets: ["ParleyReport"]),
        .executable(name: "parley", targets: ["parley"]),
        .executable(name: "parley-server", targets: ["parley-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The render server and the live preview (`parley-server`, which `parley serve` and
        // `parley preview` start): HTTP/1.1 on SwiftNIO with graceful shutdown. Its default traits
        // bring swift-configuration and full Foundation, which the server does not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Hummingbird's own dependencies, named because the server's code imports them (the
        // event loop's buffers, the logger, graceful shutdown, HTTP fields): no new package.
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // Only for `make docs` (`swift package generate-documentation`); nothing links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            path: "Sources/CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .systemLibrary(
            name: "CLibYAML",
            path: "Sources/CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CDeflate",
            path: "Sources/CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        // hb-subset: the native SVG writer embeds the subset of each font its text uses.
        .systemLibrary(
            name: "CHarfBuzz",
            path: "Sources/CHarfBuzz",
            pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev"])]
        ),
        .target(name: "ParleyColor"),
        // The one JSON stack (ordered writer, strict reader, Codable bridge) every target shares.
        .target(name: "ParleyJSON"),
        .target(name: "ParleyScene", dependencies: ["ParleyColor", "ParleyJSON"]),
        .target(name: "ParleyModel", dependencies: ["ParleyColor", "ParleyJSON", "CLibYAML"]),
        // The words of each language are text files (Languages/*.txt) that the plugin embeds at build time.
        .target(
            name: "ParleyLayout", dependencies: ["ParleyColor", "ParleyModel", "ParleyScene"], exclude: ["Languages"],
            plugins: ["EmbedLanguages"]),
        .executableTarget(name: "parley-embed-languages"),
        .plugin(name: "EmbedLanguages", capability: .buildTool(), dependencies: ["parley-embed-languages"]),
        .target(name: "ParleyCairo", dependencies: ["ParleyColor", "ParleyScene", "CCairo", "CDeflate", "CHarfBuzz"]),
        // SVG with real text, written from the scene alone; fonts come through `FontEmbedding`.
        .target(name: "ParleySVG", dependencies: ["ParleyColor", "ParleyJSON", "ParleyScene"]),
        // The facade: load → scene → bytes. Batch export and reports are built on it, each in its own target.
        .target(name: "Parley", dependencies: ["ParleyJSON", "ParleyModel", "ParleyScene", "ParleyLayout", "ParleyCairo", "ParleySVG"]),
        .target(name: "ParleyExport", dependencies: ["Parley", "ParleyJSON", "ParleyModel", "ParleyScene", "ParleyLayout"]),
        .target(name: "ParleyReport", dependencies: ["Parley", "ParleyModel", "ParleyScene", "ParleyLayout", "ParleyCairo", "ParleySVG"]),
        // The command line as a library: `parley` is its main, and `parley-server` reads chart
        // options with the same option groups (`ChartArguments`), so both check them alike.
        .target(
            name: "ParleyCLI",
            dependencies: [
                "Parley", "ParleyColor", "ParleyExport", "ParleyReport", "ParleyModel", "ParleyScene", "ParleyLayout",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Kept free of the server: `serve` and `preview` start `parley-server` beside it, so the
        // HTTP stack costs a cold `parley render` nothing (see docs/server.md).
        .executableTarget(name: "parley", dependencies: ["ParleyCLI"]),
        // The render service (Kroki's API) and the live preview, on Hummingbird; rendering runs on
        // a fixed pool of threads, each with its own Pango font map.
        .target(
            name: "ParleyServer",
            dependencies: [
                "Parley", "ParleyCLI", "ParleyModel", "ParleyScene", "ParleyLayout", "ParleyExport", "ParleyJSON", "CDeflate",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "parley-server",
            dependencies: [
                "ParleyServer", "ParleyCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "parley-bench",
            dependencies: [
                "Parley", "ParleyCairo", "ParleyColor", "ParleyModel", "ParleyScene", "ParleyLayout", "ParleySVG",
                // The server sections: Kroki's URL encoding, and chart options read as the server reads them.
                "ParleyServer", "ParleyCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "ParleyTestSupport", dependencies: ["ParleyColor", "ParleyJSON", "ParleyScene"]),

        // Coverage-guided fuzzing (docs/fuzzing.md): the checks live in ParleyFuzz; each
        // executable is libFuzzer when built with `-sanitize=fuzzer -D PARLEY_LIBFUZZER` by
        // `make fuzz-coverage`, and a replayer of inputs in the normal build.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .target(
            name: "ParleyFuzz",
            dependencies: ["ParleyColor", "ParleyJSON", "ParleyModel", "ParleyScene", "ParleyLayout", "ParleyCairo", "CLibFuzzer"]),
        .executableTarget(name: "parley-fuzz-loader", dependencies: ["ParleyFuzz"]),
        .executableTarget(name: "parley-fuzz-charts", dependencies: ["ParleyFuzz"]),

        .testTarget(name: "ParleyJSONTests", dependencies: ["ParleyJSON"]),
        .testTarget(name: "ParleyColorTests", dependencies: ["ParleyColor"]),
        .testTarget(name: "ParleySceneTests", dependencies: ["ParleyColor", "ParleyJSON", "ParleyScene", "ParleyTestSupport"]),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel", "ParleyTestSupport"]),
        .testTarget(name: "ParleyLayoutTests", dependencies: ["ParleyJSON", "ParleyLayout", "ParleyTestSupport"], exclude: ["Goldens"]),
        .testTarget(
            name: "ParleyCairoTests", dependencies: ["ParleyColor", "ParleyCairo", "ParleyJSON", "ParleyTestSupport"], exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ParleyTests",
            dependencies: [
                "Parley", "ParleyExport", "ParleyReport", "ParleyCairo", "ParleyJSON", "ParleyModel", "ParleyScene", "ParleyLayout",
                "ParleySVG", "ParleyTestSupport",
            ]),
        .testTarget(
            name: "ParleyServerTests",
            dependencies: ["ParleyServer", "ParleyCLI", "Parley", "ParleyJSON", "ParleyTestSupport"]),
        .testTarget(
            name: "ParleySVGTests",
            dependencies: ["ParleyColor", "ParleyCairo", "ParleyJSON", "ParleyScene", "ParleySVG", "ParleyTestSupport"]),
        .testTarget(name: "ParleyFuzzTests", dependencies: ["ParleyFuzz", "ParleyModel", "ParleyScene", "ParleyTestSupport"]),
        // The document toolchains of integrations/ (pandoc, Quarto's extension, MkDocs with Kroki),
        // run as real clients against the debug parley and parley-server.
        .testTarget(name: "ParleyIntegrationTests", dependencies: ["ParleyTestSupport"], exclude: ["Fixtures"]),
    ]
)
