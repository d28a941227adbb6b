import Foundation
import Testing
@testable import MegaphoneFuzzing

/// Every fuzz target over its seeds (the example portal's files) and over every input a fuzzing
/// run ever crashed on (`Fuzz/regressions/TARGET/`): each must keep its properties. A crash found
/// by `scripts/fuzz` is saved there, so once fixed it stays fixed.
@Suite struct FuzzCorpusTests {
    static let regressions = TestSite.repositoryRoot.appendingPathComponent("Fuzz/regressions")

    static func regressionInputs(_ target: FuzzTarget) -> [(name: String, bytes: [UInt8])] {
        let folder = regressions.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.compactMap { name in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { (name, Array($0)) }
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedsAndPastCrashesKeepTheProperties(_ target: FuzzTarget) {
        let seeds = target.seeds(site: TestSite.repositoryRoot)
        #expect(seeds.count >= 2, "the example gives \(target.rawValue) no seeds")
        for (index, seed) in seeds.enumerated() {
            #expect(target.brokenProperties(seed) == [], "seed \(index)")
        }
        for input in Self.regressionInputs(target) {
            #expect(target.brokenProperties(input.bytes) == [], "Fuzz/regressions/\(target.rawValue)/\(input.name)")
        }
    }

    /// Seeds are filed under the selector that reads them as their own kind of document.
    @Test func eachDocumentKindHasTheSelectorOfItsPath() {
        for (index, path) in FuzzTarget.documentPaths.enumerated() {
            #expect(FuzzTarget.documentSelector(path) == UInt8(index), "\(path)")
        }
        #expect(FuzzTarget.documentSelector("content/other/x.md") == nil)
    }

    /// The properties are not vacuous: inputs that break them are caught.
    @Test func aBrokenPropertyIsReported() {
        #expect(FuzzTarget.documentReader.brokenProperties([0] + Array("---\ntitle: x\ndate: 2026-11-20\n---\n".utf8)) == [])
        #expect(PropertyLogProbe.broken() == ["an impossible property"])
    }
}

enum PropertyLogProbe {
    static func broken() -> [String] {
        let log = PropertyLog()
        log.check(true, "a kept property")
        log.check(false, "an impossible property")
        return log.broken
    }
}
