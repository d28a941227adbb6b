import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneWrite

/// A CI job keeps its output between runs in a cache archive: restored, every file has a new
/// inode. The pages are still recognised by their bytes, never trusted when those changed.
@Suite struct RestoredOutputTests {
    @Test func anOutputRestoredFromAnArchiveIsStillBuiltIncrementally() throws {
        let site = try IncrementalBuildTests.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let manager = FileManager.default
        for folder in [site.output, OutputWriter.cacheFolder(of: site.output)] {
            let archived = folder.appendingPathExtension("archived")
            try manager.copyItem(at: folder, to: archived)
            try manager.removeItem(at: folder)
            try manager.moveItem(at: archived, to: folder)
        }
        try? manager.removeItem(at: OutputWriter.retiredFolder(of: site.output))
        // One restored page differs from what was written, at the same size: it is rendered again.
        let altered = site.output.appendingPathComponent("items/index.html")
        let text = try String(contentsOf: altered, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "<title>", with: "<TITLE>").utf8).write(to: altered)

        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.pagesWritten > 20)
        #expect(report.pagesReused == report.pagesWritten - 1)
    }
}
