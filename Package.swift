// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Armlet",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "armlet", targets: ["armlet"]),
        .library(name: "ArmletJSON", targets: ["ArmletJSON"]),
        .library(name: "ArmletCore", targets: ["ArmletCore"]),
        .library(name: "ArmletExpressions", targets: ["ArmletExpressions"]),
        .library(name: "ArmletTemplate", targets: ["ArmletTemplate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        // Declared because the server imports them directly; hummingbird and swift-certificates bring them anyway.
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // The PostgreSQL state for several servers (issue 17).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // The portal's server-rendered pages (issue 16).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(
            name: "ArmletJSON",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .target(
            name: "ArmletCore",
            dependencies: ["ArmletJSON"],
            swiftSettings: strict),
        .target(
            name: "ArmletExpressions",
            dependencies: ["ArmletJSON", "ArmletCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        .target(
            name: "ArmletTemplate",
            dependencies: ["ArmletJSON", "ArmletCore", "ArmletExpressions"],
            swiftSettings: strict),
        .target(
            name: "ArmletCatalog",
            dependencies: ["ArmletJSON", "ArmletCore"],
            swiftSettings: strict),
        .target(
            name: "ArmletState",
            dependencies: ["ArmletJSON", "ArmletCore", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")],
            swiftSettings: strict),
        // Disk and snapshot bytes: sparse page volumes sharing pages copy-on-write (issue 15).
        .target(
            name: "ArmletBlocks",
            swiftSettings: strict),
        // State and disk bytes in PostgreSQL, shared by several servers (`ARMLET_STATE_URL`, `--state-url`).
        .target(
            name: "ArmletPostgres",
            dependencies: ["ArmletState", "ArmletBlocks",
                           .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOPosix", package: "swift-nio")],
            swiftSettings: strict),
        .target(
            name: "JMESPath",
            dependencies: ["ArmletJSON"],
            swiftSettings: strict),
        .target(
            name: "ArmletProviders",
            dependencies: ["ArmletJSON", "ArmletCore", "ArmletCatalog", "ArmletState", "ArmletBlocks",
                           .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        .target(
            name: "ArmletEngine",
            dependencies: ["ArmletJSON", "ArmletCore", "ArmletExpressions", "ArmletTemplate", "ArmletCatalog", "ArmletState", "ArmletProviders",
                           "ArmletBlocks", "ArmletPostgres"],
            swiftSettings: strict),
        .target(
            name: "ArmletServer",
            dependencies: [
                "ArmletJSON", "ArmletCore", "ArmletExpressions", "ArmletTemplate", "ArmletCatalog", "ArmletState", "ArmletProviders", "ArmletEngine",
                "ArmletBlocks", "ArmletLint",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict),
        .target(
            name: "ArmletLint",
            dependencies: ["ArmletJSON", "ArmletCore", "ArmletExpressions", "ArmletTemplate", "ArmletCatalog"],
            swiftSettings: strict),
        .target(
            name: "ArmletCLI",
            dependencies: [
                "ArmletJSON", "ArmletCore", "ArmletExpressions", "ArmletTemplate", "ArmletCatalog", "ArmletLint", "JMESPath",
                "ArmletState", "ArmletProviders", "ArmletEngine", "ArmletServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "armlet",
            dependencies: ["ArmletCLI"],
            swiftSettings: strict),
        // libFuzzer targets (scripts/fuzz.sh builds it with -sanitize=fuzzer -DFUZZING); a normal build
        // makes a replayer: `armlet-fuzz TARGET FILE…`.
        .executableTarget(
            name: "armlet-fuzz",
            dependencies: ["ArmletJSON", "ArmletExpressions", "ArmletTemplate", "JMESPath"],
            swiftSettings: strict),
        .executableTarget(
            name: "ArmletBenchmarks",
            dependencies: ["ArmletBlocks", "ArmletJSON", "ArmletCore", "ArmletExpressions", "ArmletTemplate", "ArmletCatalog", "ArmletLint", "JMESPath",
                           "ArmletState", "ArmletProviders", "ArmletEngine", "ArmletServer", "ArmletCLI", "ArmletPostgres",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOSSL", package: "swift-nio-ssl"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            path: "Benchmarks/ArmletBenchmarks",
            swiftSettings: strict),
        .target(
            name: "ArmletTestSupport",
            dependencies: ["ArmletState", "ArmletPostgres"],
            path: "Tests/ArmletTestSupport",
            swiftSettings: strict),
        .testTarget(
            name: "ArmletBlocksTests",
            dependencies: ["ArmletBlocks"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletJSONTests",
            dependencies: ["ArmletJSON", "ArmletTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletCoreTests",
            dependencies: ["ArmletCore", "ArmletJSON"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletExpressionsTests",
            dependencies: ["ArmletExpressions", "ArmletTemplate", "ArmletJSON", "ArmletCore", "ArmletTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletTemplateTests",
            dependencies: ["ArmletTemplate", "ArmletExpressions", "ArmletJSON", "ArmletCore", "ArmletTestSupport"],
            exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletCatalogTests",
            dependencies: ["ArmletCatalog", "ArmletJSON", "ArmletTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletStateTests",
            dependencies: ["ArmletState", "ArmletPostgres", "ArmletBlocks", "ArmletJSON", "ArmletCore", "ArmletTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "JMESPathTests",
            dependencies: ["JMESPath", "ArmletJSON", "ArmletTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletProvidersTests",
            dependencies: ["ArmletBlocks", "ArmletProviders", "ArmletState", "ArmletJSON", "ArmletCore", "ArmletTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletEngineTests",
            dependencies: ["ArmletEngine", "ArmletTemplate", "ArmletProviders", "ArmletState", "ArmletJSON", "ArmletCore",
                           "ArmletTestSupport", "ArmletBlocks", "ArmletPostgres"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletServerTests",
            dependencies: ["ArmletServer", "ArmletBlocks", "ArmletEngine", "ArmletProviders", "ArmletState", "ArmletJSON", "ArmletCore",
                           "ArmletTestSupport",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOSSL", package: "swift-nio-ssl"),
                           .product(name: "X509", package: "swift-certificates"),
                           .product(name: "SwiftASN1", package: "swift-asn1"),
                           .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletLintTests",
            dependencies: ["ArmletLint", "ArmletCatalog", "ArmletJSON", "ArmletTestSupport"],
            exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletCLITests",
            dependencies: ["ArmletCLI", "ArmletEngine", "ArmletTemplate", "ArmletProviders", "ArmletState", "ArmletJSON",
                           "ArmletCore", "JMESPath", "ArmletTestSupport"],
            exclude: ["Golden", "Fixtures", "WhatIf/Golden"],
            swiftSettings: strict),
    ]
)
