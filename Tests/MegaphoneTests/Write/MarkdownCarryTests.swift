import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneSupport
@testable import MegaphoneWrite

/// When nothing a link answer reads has changed (every input but items' bodies, each item's path
/// and front matter, the clock window), the Markdown pass takes every unchanged document from the
/// previous build's summary (`MarkdownCarry`); anything else passes every document again. In
/// every case the output is what a build from scratch gives.
@Suite struct MarkdownCarryTests {
    static let atlas = RebuildScopeTests.atlas

    func edit(_ site: TestSite, _ path: String = atlas, _ change: (String) -> String) throws {
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, change(text))
    }

    /// How many documents the site has: a rebuild with no source changed carries them all.
    func documents(_ site: TestSite) throws -> Int {
        try site.write("public/robots.txt", "touched, so that the build is not skipped")
        let report = site.build()
        #expect(report.succeeded && report.markdownCarried > 0)
        return report.markdownCarried
    }

    @Test func aBodyEditCarriesEveryOtherDocument() throws {
        let site = try RebuildScopeTests.builtSite()
        defer { site.remove() }
        let documents = try documents(site)
        try edit(site) { $0 + "\nUn paragraphe de plus, avec [la FAQ](../pages/faq.md).\n" }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.markdownCarried == documents - 1)
        #expect(report.itemsUnread == 2, "the other items' files are not read")
        #expect(report.siteRulesCarried, "the site's rules read nothing that changed")
        #expect(site.read("items/atlas/index.html")?.contains("Un paragraphe de plus") == true)
    }

    /// An unread file's item comes from the derived cache: when its record there no longer reads
    /// back, every file is read after all.
    @Test func anUnreadItemMissingFromTheCacheHasEveryFileRead() throws {
        let site = try RebuildScopeTests.builtSite()
        defer { site.remove() }
        let cache = OutputWriter.cacheFolder(of: site.output).appendingPathComponent(DerivedCache.fileName)
        let saved = try Data(contentsOf: cache)
        let damaged = Data(saved.replacing(Array("Ventes record".utf8), with: Array("Ventes recorX".utf8)))
        #expect(damaged != saved, "the parsed item holds its title")
        try damaged.write(to: cache)
        try edit(site, "content/items/2026-11-22-lyon.md") { $0 + "\nLyon, suite.\n" }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.itemsUnread == 0 && report.succeeded)
        #expect(site.read("items/ventes/index.html")?.contains("Ventes record") == true)
    }

    /// A new first paragraph changes listings (no page is kept) but no link: the other documents
    /// are carried, and every page made reads its HTML from the previous build's records.
    @Test func aFirstParagraphEditCarriesTheOthersAndMakesEveryPage() throws {
        let site = try RebuildScopeTests.builtSite()
        defer { site.remove() }
        let documents = try documents(site)
        try edit(site) { $0.replacingOccurrences(of: "Le premier paragraphe.", with: "Un autre début.") }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.markdownCarried == documents - 1 && report.pagesKept == 0)
    }

    /// Anything a link may read: an item's front matter (its slug, its language), a new item,
    /// site.yml, a guideline, the clock moving out of the window.
    @Test(arguments: ["front matter", "new item", "site.yml", "guideline", "clock"])
    func aChangeToWhatLinksReadCarriesNothing(change: String) throws {
        let site = try RebuildScopeTests.builtSite()
        defer { site.remove() }
        _ = try documents(site)
        var now = "2026-11-25T12:00:00+01:00"
        switch change {
        case "front matter": try edit(site) { $0.replacingOccurrences(of: "title: Atlas est lancé", with: "title: Atlas arrive") }
        case "new item": try site.write("content/items/2026-11-23-nantes.md", TestSite.item(title: "Nantes", date: "2026-11-23"))
        case "site.yml": try site.write("site.yml", TestSite.defaultConfig + "company: Acme\n")
        case "guideline": try edit(site, "content/guidelines/transparence.md") { $0 + "\nUne précision.\n" }
        default: now = "2026-12-05T12:00:00+01:00"
        }
        try edit(site, "content/items/2026-11-22-lyon.md") { $0 + "\nLyon, suite.\n" }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site, now: now)
        #expect(report.markdownCarried == 0 && !report.siteRulesCarried)
        // Without the Markdown pass to carry, an unread item would have no body: all are read.
        #expect(report.itemsUnread == 0)
    }

    /// A rule of the site broken by a change to what links read is found: the findings of the
    /// previous build are not taken.
    @Test func aBrokenSiteRuleIsFoundAfterACarriedBuild() throws {
        let site = try RebuildScopeTests.builtSite()
        defer { site.remove() }
        _ = try documents(site)
        try site.write("site.yml", TestSite.defaultConfig + "logo: images/absent.svg\n")
        let report = site.build()
        #expect(!report.succeeded && !report.siteRulesCarried)
        #expect(report.diagnostics.contains { $0.message.contains("the logo 'images/absent.svg' does not exist") })
    }

    /// The summary vouches for a record's key, not for its bytes: a record damaged in the cache
    /// since it was saved is rendered again when a page asks for its HTML.
    /// A built site whose Atlas item has a second paragraph, and whose record of it is then
    /// damaged in the derived cache. Its file is older than the racy margin, so that the next
    /// build leaves it unread: the record is then rendered again from the file, read for that.
    func siteWithADamagedRecord() throws -> TestSite {
        let site = try RebuildScopeTests.builtSite()
        try edit(site) { $0 + "\nUn deuxième paragraphe, propre à Atlas.\n" }
        Thread.sleep(forTimeInterval: Double(BuildRecord.racyMargin) / 1e9 + 0.02)
        #expect(site.build().succeeded)
        let cache = OutputWriter.cacheFolder(of: site.output).appendingPathComponent(DerivedCache.fileName)
        let saved = try Data(contentsOf: cache)
        let damaged = Data(saved.replacing(Array("propre à Atlas".utf8), with: Array("propre à Atlaz".utf8)))
        #expect(damaged != saved, "the record holds the paragraph's HTML")
        try damaged.write(to: cache)
        return site
    }

    @Test func aDamagedRecordIsRenderedAgain() throws {
        let site = try siteWithADamagedRecord()
        defer { site.remove() }
        // A new first paragraph elsewhere: every page is made, the Markdown pass carried.
        try edit(site, "content/items/2026-11-22-lyon.md") { $0.replacingOccurrences(of: "Le premier paragraphe.", with: "Lyon d'abord.") }
        let report = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(report.markdownCarried > 0 && report.pagesKept == 0 && report.itemsUnread == 2)
        #expect(site.read("items/atlas/index.html")?.contains("propre à Atlas") == true)
    }

    /// A file changed while its stamp stayed the same (same inode, size and time: a tool that
    /// keeps times) is left unread; if its record must then be rendered again and the file no
    /// longer reads as a document, the build says so at the file and stops: no page is shipped
    /// with an empty body, and the previous site stays.
    @Test func aFileThatNoLongerReadsWhenItsRecordIsNeededStopsTheBuild() throws {
        let site = try siteWithADamagedRecord()
        defer { site.remove() }
        // Rewritten in place, as many bytes, no front matter any more; its time put back.
        let file = site.root.appendingPathComponent(Self.atlas).path
        var before = stat()
        #expect(lstat(file, &before) == 0)
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: Int(before.st_size)))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        let page = site.read("items/atlas/index.html"), feed = site.read("feed.json")
        #expect(feed?.contains("propre à Atlas") == true)
        try edit(site, "content/items/2026-11-22-lyon.md") { $0.replacingOccurrences(of: "Le premier paragraphe.", with: "Lyon d'abord.") }
        let report = site.build()
        #expect(!report.succeeded && report.itemsUnread > 0)
        #expect(report.diagnostics.contains { $0.location.path.hasSuffix(Self.atlas) && $0.message.contains("build again") })
        #expect(site.read("items/atlas/index.html") == page && site.read("feed.json") == feed, "the previous site is left as it was")
    }
}
