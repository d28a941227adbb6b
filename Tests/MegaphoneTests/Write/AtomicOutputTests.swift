import Foundation
import Testing
@testable import Megaphone

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

        try site.write("content/items/2026-11-20-atlas.md", TestSite.item("campain: lancement\n"))
        try site.write("content/items/2026-11-22-nouveau.md", TestSite.item(title: "Nouveau"))
        let report = site.build()

        #expect(!report.succeeded)
        #expect(!report.wroteOutput)
        #expect(Self.snapshot(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("megaphone-") }
        #expect(leftovers.isEmpty)
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
