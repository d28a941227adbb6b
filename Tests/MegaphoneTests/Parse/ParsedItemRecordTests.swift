import Foundation
import Testing
@testable import MegaphoneLoad
@testable import MegaphoneModel
@testable import MegaphoneParse
@testable import MegaphoneSupport

/// An item taken from the derived cache is the item parsing its file gives, field for field
/// (compared through `dump`, which walks every stored property: a field added to `ContentItem`
/// and not recorded fails here), and a file with a problem is parsed at every build.
@Suite struct ParsedItemRecordTests {
    static func dumped(_ items: [ContentItem]) -> String {
        var text = ""
        dump(items, to: &text)
        return text
    }

    @Test func everyExampleItemReadsBackAsParsed() throws {
        let tree = SourceTree.read(root: TestSite.repositoryRoot, displayPrefix: "")
        let site = try #require(SiteParser.parse(tree, baseURLOverride: nil, configDisplayPath: "site.yml").0)
        #expect(site.items.count >= 20)
        let texts = Dictionary(uniqueKeysWithValues: tree.markdown.map { ($0.relativePath, $0.text) })
        var recorded: [ContentItem] = []
        for item in site.items {
            let text = try #require(texts["content/" + item.document.contentPath])
            let bytes = try #require(ParsedItemRecord.bytes(of: item, text: text), "\(item.document.contentPath)")
            #expect(item.sourceKey != nil && item.headerKey != nil, "the parser keys every item")
            // Its keys are the parser's, set on the item the record gives back as on the parsed one.
            var read = try #require(ParsedItemRecord.item(from: bytes[...], text: text, sourceKey: item.sourceKey))
            read.headerKey = item.headerKey
            recorded.append(read)
            #expect(ParsedItemRecord.item(from: bytes.dropLast(), text: text, sourceKey: item.sourceKey) == nil, "a truncated record is no item")
        }
        #expect(Self.dumped(recorded) == Self.dumped(site.items))
        // The example covers every optional field, so the comparison above covers their records.
        #expect(site.items.contains { $0.expires != nil } && site.items.contains { $0.image != nil }
                && site.items.contains { $0.source != nil } && site.items.contains { $0.url != nil }
                && site.items.contains { $0.campaign != nil } && site.items.contains { $0.why != nil }
                && site.items.contains { $0.summary != nil } && site.items.contains { $0.document.languageSuffix != nil }
                && site.items.contains { !$0.share.isEmpty } && site.items.contains { $0.priority == .high })
    }

    @Test func aSecondParseWithTheCacheGivesTheSameSite() throws {
        let tree = SourceTree.read(root: TestSite.repositoryRoot, displayPrefix: "")
        let plain = try #require(SiteParser.parse(tree, baseURLOverride: nil, configDisplayPath: "site.yml").0)
        let cache = DerivedCache(identity: "test")
        let first = try #require(SiteParser.parse(tree, baseURLOverride: nil, configDisplayPath: "site.yml", derived: cache).0)
        let made = cache.counts.misses
        let second = try #require(SiteParser.parse(tree, baseURLOverride: nil, configDisplayPath: "site.yml", derived: cache).0)
        #expect(cache.counts.hits >= plain.items.count, "the second parse took every item from the cache")
        #expect(cache.counts.misses == made)
        #expect(Self.dumped(first.items) == Self.dumped(plain.items))
        #expect(Self.dumped(second.items) == Self.dumped(plain.items))
        // Another site.yml is another key: nothing is taken from the cache.
        var edited = tree
        edited.config?.text += "\n# edited\n"
        _ = SiteParser.parse(edited, baseURLOverride: nil, configDisplayPath: "site.yml", derived: cache)
        #expect(cache.counts.misses >= made + plain.items.count)
    }

    @Test func aFileWithAProblemIsParsedAndReportedEveryTime() throws {
        let site = try TestSite(["content/items/a.md": TestSite.item("tags: [un, deux]\ncolor: blue\n")])
        defer { site.remove() }
        let tree = SourceTree.read(root: site.root, displayPrefix: "")
        let cache = DerivedCache(identity: "test")
        for _ in 0..<2 {
            let diagnostics = SiteParser.parse(tree, baseURLOverride: nil, configDisplayPath: "site.yml", derived: cache).1
            #expect(diagnostics.contains { $0.message.contains("color") }, "\(diagnostics)")
        }
        #expect(cache.counts.hits == 0)
    }

    @Test func aTextWithWindowsLineEndsIsNotRecorded() throws {
        let site = try TestSite(["content/items/a.md": TestSite.item().replacingOccurrences(of: "\n", with: "\r\n")])
        defer { site.remove() }
        let tree = SourceTree.read(root: site.root, displayPrefix: "")
        let item = try #require(SiteParser.parse(tree, baseURLOverride: nil, configDisplayPath: "site.yml").0?.items.first)
        #expect(item.document.body == "Le premier paragraphe.\n")
        #expect(ParsedItemRecord.bytes(of: item, text: tree.markdown[0].text) == nil)
    }
}
