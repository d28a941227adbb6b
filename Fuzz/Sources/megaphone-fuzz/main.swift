import CFuzzerDriver
import Foundation
import MegaphoneFuzzing

// libFuzzer's driver, started from this main(): SwiftPM gives every executable its own main, so
// the fuzzer's runtime is linked without one (Package.swift).

let environment = ProcessInfo.processInfo.environment
/// The target to fuzz, from `MEGAPHONE_FUZZ_TARGET`: libFuzzer owns the command line.
let selectedTarget: FuzzTarget = {
    guard let target = FuzzTarget(rawValue: environment["MEGAPHONE_FUZZ_TARGET"] ?? "") else {
        fatalError("set MEGAPHONE_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

// With `MEGAPHONE_FUZZ_SEEDS_FROM=SITE` and `MEGAPHONE_FUZZ_SEEDS_TO=DIR`, the target's seeds from
// that site's files go into DIR, the corpus folder libFuzzer then reads: seeds stay derived from
// the example portal, never a second copy in git.
if let site = environment["MEGAPHONE_FUZZ_SEEDS_FROM"], let folder = environment["MEGAPHONE_FUZZ_SEEDS_TO"] {
    let seeds = selectedTarget.seeds(site: URL(fileURLWithPath: site))
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (index, seed) in seeds.enumerated() {
        try Data(seed).write(to: URL(fileURLWithPath: folder + "/seed-\(index)"))
    }
    print("megaphone-fuzz: \(seeds.count) seeds for \(selectedTarget.rawValue) from \(site)")
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    selectedTarget.run(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
})
