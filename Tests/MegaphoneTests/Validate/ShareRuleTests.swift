import Testing
@testable import MegaphoneModel
@testable import MegaphoneLoad
@testable import MegaphoneSharing
@testable import MegaphoneParse
@testable import MegaphoneRender

@Suite struct ShareRuleTests {
    let config = TestSite.defaultConfig + "disclosure: \"#AcmeAmbassadors\"\n"

    @Test func aMessageOverItsLimitAsPostedIsAnErrorAtItsLine() throws {
        let long = String(repeating: "mot ", count: 62).trimmingCharacters(in: .whitespaces)  // 247 characters
        let site = try TestSite([itemPath: TestSite.item("url: https://www.acme.example/atlas\nshare:\n  linkedin: Court.\n  x: \(long)\n")],
                                config: config)
        defer { site.remove() }
        // 247 + " #AcmeAmbassadors" (17) + " " + link (23) = 288
        #expect(site.errors() == [
            "content/items/2026-11-20-atlas.md:7:6: error: the X message is 288 characters as posted (counted as X does: the link as 23, emoji and CJK characters as 2 and '#AcmeAmbassadors'); the limit is 280: shorten it by 8",
        ])
    }

    @Test func aMessageMustNotCarryItsOwnLink() throws {
        let site = try TestSite([itemPath: TestSite.item("url: https://www.acme.example/atlas\nshare:\n  x: Lisez https://www.acme.example/atlas\n")])
        defer { site.remove() }
        #expect(site.errors() == [
            "content/items/2026-11-20-atlas.md:6:6: error: the x message contains a link; remove it: Megaphone adds the tracked link itself",
        ])
    }

    @Test func theDefaultMessageIsShortenedToFitInsteadOfFailing() throws {
        let title = String(repeating: "Très long titre ", count: 20).trimmingCharacters(in: .whitespaces)
        let site = try TestSite([itemPath: TestSite.item("url: https://www.acme.example/atlas\n", title: title)], config: config)
        defer { site.remove() }
        #expect(site.errors() == [])
        let parsedConfig = try #require(site.parsedConfig())
        let parsedItem = try #require(site.parsedItem())
        let options = SharePlanner(config: parsedConfig).options(for: parsedItem)
        let bluesky = try #require(options.first { $0.network.id == "bluesky" })
        #expect(!bluesky.isOverLimit)
        #expect(bluesky.message.hasSuffix("… #AcmeAmbassadors"))
    }
}

extension TestSite {
    func parsedSite() -> Site? {
        let tree = SourceTree.read(root: root, displayPrefix: "")
        return SiteParser.parse(tree, baseURLOverride: nil, configDisplayPath: "site.yml").0
    }

    func parsedConfig() -> SiteConfig? { parsedSite()?.config }
    func parsedItem() -> ContentItem? { parsedSite()?.items.first }
}
