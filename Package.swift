// swift-tools-version: 6.1
import CompilerPluginSupport
import PackageDescription

let package = Package(
    name: "Megaphone",
    products: [
        .executable(name: "megaphone", targets: ["MegaphoneCLI"]),
        .library(name: "Megaphone", targets: ["Megaphone"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The preview server: a small HTTP server on Swift concurrency and plain sockets (no SwiftNIO).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // @TemplateData: the template lookup and fingerprint of each context, derived by the compiler.
        .package(url: "https://github.com/swiftlang/swift-syntax", "600.0.1"..<"700.0.0"),
    ],
    targets: [
        // cmark from the system (Debian: libcmark-dev); only Sources/Megaphone/Markdown imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE) is not exported by Swift's Glibc module; the swap of the
        // output folder needs it to be atomic.
        .target(name: "CAtomicSwap"),
        .macro(
            name: "TemplateDataMacros",
            dependencies: [
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "Megaphone",
            dependencies: [
                "CCmark",
                "CAtomicSwap",
                "TemplateDataMacros",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `megaphone serve`: builds, serves and rebuilds on change; apart so the pipeline has no
        // HTTP dependency.
        .target(
            name: "MegaphonePreview",
            dependencies: [
                "Megaphone",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "MegaphoneCLI",
            dependencies: [
                "Megaphone",
                "MegaphonePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/megaphone"
        ),
        .testTarget(
            name: "MegaphoneTests",
            dependencies: [
                "Megaphone",
                "MegaphonePreview",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
