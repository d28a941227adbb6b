import Foundation
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneLoad
@testable import MegaphoneRender
@testable import MegaphoneWrite

@Suite struct AtomicOutputTests {
    /// Every file of a folder with its bytes, to compare a tree before and after.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in SourceTree.listFiles(under: folder) {
            files[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return files
    }

    @Test func failedBuildLeavesThePreviousSiteByteForByte() throws {
        let site = try TestSite(["content/items/2026-11-20-atlas.md": TestSite.item("campaign: lancement\n")])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = Self.snapshot(site.output)
        #expect(before.count > 5)
        let cache = OutputWriter.cacheFolder(of: site.output)
        let cacheBefore = Self.snapshot(cache)

        try site.write("content/items/2026-11-20-atlas.md", TestSite.item("campain: lancement\n"))
        try site.write("content/items/2026-11-22-nouveau.md", TestSite.item(title: "Nouveau"))
        let report = site.build()

        #expect(!report.succeeded)
        #expect(!report.wroteOutput)
        #expect(Self.snapshot(site.output) == before)
        // Nothing is left behind but the cache of the successful build, which still describes it.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
            .filter { $0.contains("megaphone-") && $0 != cache.lastPathComponent }
        #expect(leftovers.isEmpty)
        #expect(Self.snapshot(cache) == cacheBefore && !cacheBefore.isEmpty)
    }

    @Test func successfulBuildReplacesTheWholeSite() throws {
        let site = try TestSite(["content/items/2026-11-20-atlas.md": TestSite.item()])
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.write("public/stale.html", "old")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/items/2026-11-20-atlas.md"))
        try site.write("content/items/2026-11-21-ventes.md", TestSite.item(title: "Ventes"))

        #expect(site.build().succeeded)
        #expect(!site.exists("stale.html"))
        #expect(!site.exists("items/atlas/index.html"))
        #expect(site.exists("items/ventes/index.html"))
    }

    /// The inode of a file of the output, to tell a kept file from a rewritten one.
    static func inode(_ url: URL) throws -> UInt64 {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? UInt64)
    }

    @Test func rebuildKeepsUnchangedFilesAndReplacesChangedOnes() throws {
        let site = try TestSite(["content/items/2026-11-20-atlas.md": TestSite.item(),
                                 "content/items/2026-11-21-ventes.md": TestSite.item(title: "Ventes")])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let unchanged = site.output.appendingPathComponent("items/atlas/index.html")
        let changed = site.output.appendingPathComponent("items/ventes/index.html")
        let (unchangedBefore, changedBefore) = (try Self.inode(unchanged), try Self.inode(changed))

        try site.write("content/items/2026-11-21-ventes.md", TestSite.item(title: "Ventes record"))
        #expect(site.build().succeeded)
        #expect(try Self.inode(unchanged) == unchangedBefore)
        #expect(try Self.inode(changed) != changedBefore)
        #expect(site.read("items/ventes/index.html")?.contains("Ventes record") == true)

        // A hand edit in the output does not survive a rebuild, though the source is unchanged.
        try site.write("public/items/atlas/index.html", "edited by hand")
        #expect(site.build().succeeded)
        #expect(site.read("items/atlas/index.html")?.contains("Atlas est lancé") == true)
    }

    @Test func refusesAnOutputFolderThatHoldsTheSources() throws {
        let site = try TestSite(["content/items/2026-11-20-atlas.md": TestSite.item()])
        defer { site.remove() }
        let report = site.build { $0.output = site.root }
        #expect(!report.succeeded)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/items/2026-11-20-atlas.md").path))
    }

    @Test func checkNeverWrites() throws {
        let site = try TestSite(["content/items/2026-11-20-atlas.md": TestSite.item()])
        defer { site.remove() }
        #expect(site.check().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
