import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneSupport
@testable import MegaphoneModel
@testable import MegaphoneRender
@testable import MegaphoneWrite

/// A rebuild links the pages whose inputs did not change instead of rendering them. The output must
/// be exactly what a build from scratch writes, after any kind of change.
@Suite struct IncrementalBuildTests {
    static func files(_ folder: URL) -> [String: Data] { AtomicOutputTests.snapshot(folder) }

    static func site() throws -> TestSite {
        try TestSite([
            "content/items/2026-11-20-atlas.md": TestSite.item("campaign: lancement\ntags: [atlas, produit]\n"),
            "content/items/2026-11-21-ventes.md": TestSite.item("tags: [atlas]\nexpires: 2026-12-01\n", title: "Ventes record", date: "2026-11-21"),
            "content/items/2026-11-22-lyon.md": TestSite.item("tags: [lyon]\n", title: "Lyon recrute", date: "2026-11-22"),
            "content/guidelines/transparence.md": "---\ntitle: Transparence\ndo: [Dire qui on est]\ndont: [Cacher son lien]\n---\nLe texte.\n",
            "content/pages/faq.md": "---\ntitle: FAQ\nmenu: true\n---\nQuestions.\n",
        ])
    }

    /// Builds incrementally into `public/` and from scratch into a new folder; they must be equal.
    static func expectSameAsAFullBuild(_ site: TestSite, now: String = "2026-11-25T12:00:00+01:00",
                                       sourceLocation: Testing.SourceLocation = #_sourceLocation) -> BuildReport {
        let incremental = site.build { $0.now = now }
        let fresh = site.root.appendingPathComponent("fresh-\(UUID().uuidString)")
        let full = site.build { $0.now = now; $0.output = fresh }
        #expect(incremental.succeeded && full.succeeded, sourceLocation: sourceLocation)
        #expect(full.pagesReused == 0, sourceLocation: sourceLocation)
        let (built, expected) = (files(site.output), files(fresh))
        #expect(built.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
        let different = expected.keys.filter { built[$0] != expected[$0] }.sorted()
        #expect(different == [], sourceLocation: sourceLocation)
        try? FileManager.default.removeItem(at: fresh)
        return incremental
    }

    @Test func anUnchangedSiteIsNotRenderedAgain() throws {
        let site = try Self.site()
        defer { site.remove() }
        let first = site.build()
        #expect(first.pagesReused == 0 && first.pagesWritten > 20)
        let second = Self.expectSameAsAFullBuild(site)
        #expect(second.pagesReused == second.pagesWritten)
    }

    @Test func everyKindOfChangeGivesWhatAFullBuildGives() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = site.build()

        // One item's title: its page, the listings and the home page change; the other items do not.
        try site.write("content/items/2026-11-20-atlas.md", TestSite.item("campaign: lancement\ntags: [atlas, produit]\n", title: "Atlas 2"))
        var report = Self.expectSameAsAFullBuild(site)
        #expect(report.pagesReused > 0 && report.pagesReused < report.pagesWritten)
        #expect(site.read("items/atlas/index.html")?.contains("Atlas 2") == true)

        // A new item, a deleted one, a page added to the menu (every page's navigation changes).
        try site.write("content/items/2026-11-23-nantes.md", TestSite.item("tags: [lyon]\n", title: "Nantes", date: "2026-11-23"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/items/2026-11-22-lyon.md"))
        try site.write("content/pages/contacts.md", "---\ntitle: Contacts\nmenu: true\n---\nQui appeler.\n")
        report = Self.expectSameAsAFullBuild(site)
        #expect(report.pagesReused == 0, "every page shows the menu")

        // The clock: an item expires and moves to the archive.
        _ = Self.expectSameAsAFullBuild(site, now: "2026-12-05T12:00:00+01:00")

        // A template of the site's own layouts, and site.yml.
        try site.write("layouts/page.mustache", "{{<base}}{{$main}}<h1>{{content.title}}</h1>{{{content.html}}}<p>Modèle du site</p>{{/main}}{{/base}}")
        _ = Self.expectSameAsAFullBuild(site)
        #expect(site.read("pages/faq/index.html")?.contains("Modèle du site") == true)
        try site.write("site.yml", TestSite.defaultConfig + "company: Acme\n")
        report = Self.expectSameAsAFullBuild(site)
        #expect(report.pagesReused == 0)
    }

    @Test func aPageEditedByHandInTheOutputIsRenderedAgain() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = site.build()
        try site.write("public/items/atlas/index.html", "edited")
        let report = Self.expectSameAsAFullBuild(site)
        #expect(report.pagesReused == report.pagesWritten - 1)
    }

    @Test func aManifestWrittenByAnotherMegaphoneIsIgnored() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = site.build()
        let cache = OutputWriter.cacheFolder(of: site.output)
        let manifest = cache.appendingPathComponent(RenderManifest.fileName)
        var written = try #require(RenderManifest.decode(Array(Data(contentsOf: manifest))[...]))
        #expect(written.megaphone == RenderManifest.binaryIdentity)
        written.megaphone = "another-version"
        try written.data().write(to: manifest)
        try FileManager.default.removeItem(at: cache.appendingPathComponent(OutputWriter.recordName))
        #expect(site.build().pagesReused == 0)
        #expect(!site.exists(".megaphone-manifest.json"), "the cache is beside the site, not served with it")
    }

    /// The site a build replaces is kept beside the output and becomes the next build's folder.
    static func retired(_ site: TestSite) -> URL { OutputWriter.retiredFolder(of: site.output) }

    @Test func theReplacedSiteIsNeverModifiedThroughTheFilesItShares() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = site.build()
        _ = site.build()
        let live = Self.files(site.output)
        // Changes that rewrite pages which, until now, were one file (a hard link) in both sites.
        try site.write("content/items/2026-11-20-atlas.md", TestSite.item("campaign: lancement\ntags: [atlas, produit]\n", title: "Atlas 3"))
        try site.write("site.yml", TestSite.defaultConfig + "company: Acme\n")
        #expect(site.build().succeeded)
        #expect(Self.files(Self.retired(site)) == live, "the previous site, swapped out, is exactly as it was served")
    }

    @Test func whateverLiesInTheRetiredFolderNeverReachesTheSite() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = site.build()
        _ = site.build()
        let retired = Self.retired(site)
        let manager = FileManager.default
        // A stray file, a file where a folder must be, a folder where a file must be, a leftover
        // temporary file, a page edited in place, and a missing page.
        try Data("stray".utf8).write(to: retired.appendingPathComponent("stray.html"))
        try manager.removeItem(at: retired.appendingPathComponent("items/lyon"))
        try Data("not a folder".utf8).write(to: retired.appendingPathComponent("items/lyon"))
        try manager.removeItem(at: retired.appendingPathComponent("robots.txt"))
        try manager.createDirectory(at: retired.appendingPathComponent("robots.txt/inside"), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: retired.appendingPathComponent("items/index.html.megaphone-new"))
        try manager.removeItem(at: retired.appendingPathComponent("pages/faq/index.html"))
        // A file where a folder that holds only folders must be (assets/css/, assets/js/).
        try manager.removeItem(at: retired.appendingPathComponent("assets"))
        try Data("not a folder either".utf8).write(to: retired.appendingPathComponent("assets"))
        _ = Self.expectSameAsAFullBuild(site)
        #expect(!site.exists("stray.html") && !site.exists("items/index.html.megaphone-new"))
    }
}
