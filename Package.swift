// swift-tools-version: 6.1
import CompilerPluginSupport
import PackageDescription

/// The build is a pipeline, one target per stage, each depending only on the stages before it,
/// so the compiler refuses a call backwards:
///   Support → Model → Load, Markdown, Sharing, Analytics → Parse → Validate → Site → Render, Feeds → Write
///   → Megaphone (Build: calls the stages in order; Scaffold) → MegaphonePreview, MegaphoneCLI
let package = Package(
    name: "Megaphone",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "megaphone", targets: ["MegaphoneCLI"]),
        .library(name: "Megaphone", targets: ["Megaphone"]),
        // The fuzz targets' properties, for Fuzz/ (libFuzzer) and for the tests that replay crashes.
        .library(name: "MegaphoneFuzzing", targets: ["MegaphoneFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The preview server: a small HTTP server on Swift concurrency and plain sockets (no SwiftNIO).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Macros: template data and initializers derived by the compiler from declarations.
        .package(url: "https://github.com/swiftlang/swift-syntax", "600.0.1"..<"700.0.0"),
    ],
    targets: [
        // cmark from the system (Debian: libcmark-dev); only MegaphoneMarkdown imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE) is not exported by Swift's Glibc module; the swap of the
        // output folder needs it to be atomic.
        .target(name: "CAtomicSwap"),
        // The C allocator told how to grow the heap when the binary loads (see its header).
        .target(name: "CHeapTuning"),
        // cmark's allocator: each document's memory bumped in its thread's arena, released at once.
        .target(name: "CMarkdownArena"),
        // The commit `megaphone --version` names, compiled in by scripts/install (a header beside
        // the build, so no source file is edited); "unknown" in any other build.
        .target(name: "CBuildInfo"),
        .macro(
            name: "MegaphoneMacros",
            dependencies: [
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
            ]
        ),
        // Text, hashing, the system calls and parallel loops every stage uses.
        .target(name: "MegaphoneSupport", dependencies: ["MegaphoneMacros"]),
        // The content model, diagnostics, routes (model → URL) and output files: plain values.
        .target(name: "MegaphoneModel", dependencies: ["MegaphoneSupport"]),
        // Reads site.yml and content/, splits front matter from body.
        .target(name: "MegaphoneLoad", dependencies: ["MegaphoneModel"]),
        // Analytics exports (Megaphone, Plausible, GA4, Matomo) → dated rows with their line.
        // CSV is split by hand on bytes: CSV.swift was the bottleneck on a year of rows (CSVRows.swift).
        .target(name: "MegaphoneAnalytics", dependencies: ["MegaphoneModel"]),
        // The only code that touches cmark.
        .target(name: "MegaphoneMarkdown", dependencies: ["MegaphoneModel", "CCmark", "CMarkdownArena"]),
        // The networks table, UTM links, counting per network.
        .target(name: "MegaphoneSharing", dependencies: ["MegaphoneModel"]),
        // YAML → typed models, every key's line kept.
        .target(name: "MegaphoneParse", dependencies: [
            "MegaphoneLoad", "MegaphoneMarkdown", "MegaphoneSharing", "MegaphoneAnalytics",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Rules across files.
        .target(name: "MegaphoneValidate", dependencies: ["MegaphoneParse"]),
        // The site as published at the build's clock: selection, route table, Markdown of every
        // document, taxonomies, share plans; what pages and feeds both read.
        .target(name: "MegaphoneSite", dependencies: ["MegaphoneValidate"]),
        // Pages: theme, template contexts, Mustache.
        .target(name: "MegaphoneRender", dependencies: [
            "MegaphoneSite",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Yams", package: "Yams"),
        ]),
        // JSON Feed, Atom, iCalendar, search index, catalogs.
        .target(name: "MegaphoneFeeds", dependencies: ["MegaphoneSite"]),
        // The output folder: written aside, swapped in atomically, unchanged pages linked.
        .target(name: "MegaphoneWrite", dependencies: ["MegaphoneModel", "CAtomicSwap"]),
        // The pipeline in order (Build/) and new files (Scaffold/): what the CLI and preview use.
        .target(name: "Megaphone", dependencies: ["MegaphoneRender", "MegaphoneFeeds", "MegaphoneWrite", "CBuildInfo"]),
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
        // What people write (front matter, documents, Markdown, URLs, analytics exports) → the
        // properties its readers must keep whatever the bytes; driven by libFuzzer from Fuzz/.
        .target(name: "MegaphoneFuzzing", dependencies: ["MegaphoneParse"]),
        .executableTarget(
            name: "MegaphoneCLI",
            dependencies: [
                "Megaphone",
                "CHeapTuning",
                "MegaphonePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MegaphoneTests",
            dependencies: [
                "Megaphone",
                "MegaphonePreview",
                "MegaphoneFuzzing",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
