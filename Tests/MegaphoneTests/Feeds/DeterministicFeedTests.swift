import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneSupport
@testable import MegaphoneFeeds

@Suite struct DeterministicFeedTests {
    /// Two builds of the example with the same --now give the same bytes, feeds and pages alike,
    /// although pages and feeds are rendered in parallel.
    @Test func sameNowSameBytes() throws {
        let outputs = (0..<2).map { _ in
            FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-determinism-\(UUID().uuidString)/site")
        }
        defer { outputs.forEach { try? FileManager.default.removeItem(at: $0.deletingLastPathComponent()) } }
        for output in outputs {
            var options = BuildOptions(source: TestSite.repositoryRoot.path, output: output.path)
            options.now = "2026-11-25T12:00:00+01:00"
            #expect(Builder.build(options).succeeded)
        }
        let first = AtomicOutputTests.snapshot(outputs[0]), second = AtomicOutputTests.snapshot(outputs[1])
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, data) in first { #expect(second[path] == data, "\(path) differs") }
        for feed in ["feed.json", "feed.xml", "calendar.ics", "search-index.json", "guidelines.json", "training.json"] {
            #expect(first[feed] != nil, "\(feed) missing")
        }
    }

    @Test func feedsAreLimitedToFeedItems() throws {
        var files: [String: String] = [:]
        for day in 1...9 { files["content/items/2026-11-0\(day)-n\(day).md"] = TestSite.item(title: "N\(day)", date: "2026-11-0\(day)") }
        let site = try TestSite(files, config: TestSite.defaultConfig + "feed:\n  items: 3\n")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let feed = try JSONSerialization.jsonObject(with: Data(try #require(site.read("feed.json")).utf8)) as? [String: Any]
        let titles = (feed?["items"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
        #expect(titles == ["N9", "N8", "N7"])
    }

    @Test func iCalendarFoldsLongLinesOnCharacterBoundaries() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60)
        let folded = ICalendarBuilder.fold(line)
        for physical in folded.components(separatedBy: "\r\n") { #expect(physical.utf8.count <= 75) }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendarBuilder.escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
    }

    @Test func theExtensionDocumentationIsTheOneInDocs() throws {
        let docs = try String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("docs/feed.md"), encoding: .utf8)
        #expect(FeedExtensionDocumentation.markdown + "\n" == docs, "run scripts/sync-feed-doc after editing docs/feed.md")
    }
}
