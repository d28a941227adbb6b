import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneModel
@testable import MegaphoneRender
@testable import MegaphoneSupport
@testable import MegaphoneWrite

/// A rebuild after a change to items' bodies alone keeps every other page without making it
/// (`RebuildScope`, `PageScope`); any change to what frames the pages makes them all again. In
/// every case the output is what a build from scratch gives.
@Suite struct RebuildScopeTests {
    static let atlas = "content/items/2026-11-20-atlas.md"

    /// The incremental test site, built once, and then left until its files are older than the
    /// racy margin: a build can then vouch for them.
    static func builtSite() throws -> TestSite {
        let site = try IncrementalBuildTests.site()
        Thread.sleep(forTimeInterval: Double(BuildRecord.racyMargin) / 1e9 + 0.02)
        #expect(site.build().succeeded)
        return site
    }

    func edit(_ site: TestSite, _ path: String = atlas, _ change: (String) -> String) throws {
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, change(text))
    }

    @Test func aBodyEditMakesOnlyItsItemsPage() throws {
        let site = try Self.builtSite()
        defer { site.remove() }
        try edit(site) { $0 + "\nUn paragraphe de plus, avec [la FAQ](../pages/faq.md).\n" }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.pagesKept == report.pagesWritten - 1, "every page but the item's own is kept")
        #expect(site.read("items/atlas/index.html")?.contains("Un paragraphe de plus") == true)
        // The next body edit is kept the same way: the build recorded its frame again.
        try edit(site) { $0 + "\nEncore un.\n" }
        #expect(IncrementalBuildTests.expectSameAsAFullBuild(site).pagesKept == report.pagesKept)
    }

    /// What listings show of an item is its front matter and its first paragraph: a change to
    /// either, or to anything else that frames the pages, makes every page again.
    @Test(arguments: ["first paragraph", "front matter", "site.yml", "template", "guideline"])
    func aChangeToTheFrameMakesEveryPage(change: String) throws {
        let site = try Self.builtSite()
        defer { site.remove() }
        switch change {
        case "first paragraph": try edit(site) { $0.replacingOccurrences(of: "Le premier paragraphe.", with: "Un autre début.") }
        case "front matter": try edit(site) { $0.replacingOccurrences(of: "title: Atlas est lancé", with: "title: Atlas arrive") }
        case "site.yml": try site.write("site.yml", TestSite.defaultConfig + "paginate: 2\n")
        case "template": try site.write("layouts/item-card.mustache", "<article><h3>{{title}}</h3></article>")
        default: try edit(site, "content/guidelines/transparence.md") { $0 + "\nUne précision.\n" }
        }
        // And a body edit in the same commit.
        try edit(site, "content/items/2026-11-22-lyon.md") { $0 + "\nLyon, suite.\n" }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.pagesKept == 0)
    }

    /// A file with Windows line ends is parsed with them normalised: its body is not a plain
    /// suffix of its text, so no front matter can be told apart from it, and nothing is kept.
    @Test func anItemWithWindowsLineEndsKeepsNothing() throws {
        let site = try Self.builtSite()
        defer { site.remove() }
        try edit(site) { $0.replacingOccurrences(of: "\n", with: "\r\n") }
        #expect(IncrementalBuildTests.expectSameAsAFullBuild(site).succeeded)
        Thread.sleep(forTimeInterval: Double(BuildRecord.racyMargin) / 1e9 + 0.02)
        try edit(site) { $0 + "Un paragraphe de plus.\r\n" }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.pagesKept == 0)
        #expect(site.read("items/atlas/index.html")?.contains("Un paragraphe de plus") == true)
    }

    /// A kept page is placed from the live site: when its live file was changed by hand or is
    /// gone, it is made after all, and the listing cards it shows are rendered then.
    @Test func aLivePageChangedByHandIsMadeAgainWithItsCards() throws {
        let site = try Self.builtSite()
        defer { site.remove() }
        let home = try #require(site.read("index.html"))
        let tag = try #require(site.read("tags/atlas/index.html"))
        try site.write("public/index.html", "edited by hand")
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("tags/atlas/index.html"))
        try edit(site) { $0 + "\nUn paragraphe de plus.\n" }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.pagesKept == report.pagesWritten - 1)
        #expect(site.read("index.html") == home && site.read("tags/atlas/index.html") == tag)
    }

    /// A page the manifest does not name (its entry lost) is made in full, cards included, while
    /// the others are kept.
    @Test func aPageMissingFromTheManifestIsMadeWithItsCards() throws {
        let site = try Self.builtSite()
        defer { site.remove() }
        let folder = OutputWriter.cacheFolder(of: site.output).path
        var manifest = try #require(RenderManifest.read(in: folder))
        #expect(manifest.pages.removeValue(forKey: "items/index.html") != nil)
        #expect(POSIXFile.write(manifest.data(), to: folder + "/" + RenderManifest.fileName) == nil)
        try edit(site) { $0 + "\nUn paragraphe de plus.\n" }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.pagesKept == report.pagesWritten - 2)
    }

    /// The frame is a key of its inputs alone: two builds of the same site record the same one.
    @Test func theFrameIsTheSameFromOneBuildToTheNext() throws {
        let site = try Self.builtSite()
        defer { site.remove() }
        let first = try #require(BuildRecord.read(for: site.output)?.scope)
        try site.write("public/robots.txt", "touched, so that the next build is not skipped")
        #expect(site.build().succeeded)
        let second = try #require(BuildRecord.read(for: site.output)?.scope)
        #expect(first.frame == second.frame && first.items == second.items)
        #expect(first.itemKeys.count == 3)
    }
}
