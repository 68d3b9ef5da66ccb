// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Armlet",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "armlet", targets: ["armlet"]),
        .library(name: "ArmletJSON", targets: ["ArmletJSON"]),
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
    ],
    targets: [
        .target(
            name: "ArmletJSON",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .target(
            name: "ArmletExpressions",
            dependencies: ["ArmletJSON", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        .target(
            name: "ArmletTemplate",
            dependencies: ["ArmletJSON", "ArmletExpressions"],
            swiftSettings: strict),
        .target(
            name: "ArmletCatalog",
            dependencies: ["ArmletJSON"],
            swiftSettings: strict),
        .target(
            name: "ArmletState",
            dependencies: ["ArmletJSON", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(
            name: "JMESPath",
            dependencies: ["ArmletJSON"],
            swiftSettings: strict),
        .target(
            name: "ArmletProviders",
            dependencies: ["ArmletJSON", "ArmletCatalog", "ArmletState"],
            swiftSettings: strict),
        .target(
            name: "ArmletEngine",
            dependencies: ["ArmletJSON", "ArmletExpressions", "ArmletTemplate", "ArmletCatalog", "ArmletState", "ArmletProviders"],
            swiftSettings: strict),
        .target(
            name: "ArmletServer",
            dependencies: [
                "ArmletJSON", "ArmletEngine",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        .target(
            name: "ArmletLint",
            dependencies: ["ArmletJSON", "ArmletExpressions", "ArmletTemplate", "ArmletCatalog"],
            swiftSettings: strict),
        .target(
            name: "ArmletCLI",
            dependencies: [
                "ArmletJSON", "ArmletExpressions", "ArmletTemplate", "ArmletCatalog", "ArmletLint", "JMESPath",
                "ArmletState", "ArmletProviders", "ArmletEngine", "ArmletServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "armlet",
            dependencies: ["ArmletCLI"],
            swiftSettings: strict),
        .executableTarget(
            name: "ArmletBenchmarks",
            dependencies: ["ArmletJSON", "ArmletExpressions", "ArmletTemplate", "ArmletCatalog", "ArmletLint", "JMESPath",
                           "ArmletState", "ArmletProviders", "ArmletEngine", "ArmletServer",
                           .product(name: "HummingbirdTesting", package: "hummingbird")],
            path: "Benchmarks/ArmletBenchmarks",
            swiftSettings: strict),
        .testTarget(
            name: "ArmletJSONTests",
            dependencies: ["ArmletJSON"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletExpressionsTests",
            dependencies: ["ArmletExpressions", "ArmletTemplate"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletTemplateTests",
            dependencies: ["ArmletTemplate"],
            exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletCatalogTests",
            dependencies: ["ArmletCatalog"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletStateTests",
            dependencies: ["ArmletState"],
            swiftSettings: strict),
        .testTarget(
            name: "JMESPathTests",
            dependencies: ["JMESPath"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletProvidersTests",
            dependencies: ["ArmletProviders"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletEngineTests",
            dependencies: ["ArmletEngine"],
            exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletServerTests",
            dependencies: ["ArmletServer", .product(name: "HummingbirdTesting", package: "hummingbird")],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletLintTests",
            dependencies: ["ArmletLint"],
            exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "ArmletCLITests",
            dependencies: ["ArmletCLI"],
            exclude: ["Golden", "Fixtures"],
            swiftSettings: strict),
    ]
)
