// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer on Megaphone's readers, apart from the main package so that `swift build` there never
/// needs the fuzzer's runtime. Built and run by `scripts/fuzz` (AddressSanitizer and coverage);
/// the properties checked are in the main package's MegaphoneFuzzing target.
let package = Package(
    name: "MegaphoneFuzz",
    dependencies: [.package(name: "Megaphone", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "megaphone-fuzz",
            dependencies: ["CFuzzerDriver", .product(name: "MegaphoneFuzzing", package: "Megaphone")],
            // libFuzzer without its main(): `-sanitize=fuzzer` for the whole build would give the
            // macro plugin a second one, and SwiftPM gives this executable its own. The code under
            // test gets its coverage from the command line (scripts/fuzz:
            // `--sanitize=address -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table`).
            linkerSettings: [
                .unsafeFlags([Context.environment["MEGAPHONE_FUZZER_RUNTIME"] ?? "-lclang_rt.fuzzer_no_main-x86_64"]),
                .linkedLibrary("stdc++"),  // libFuzzer is C++
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
