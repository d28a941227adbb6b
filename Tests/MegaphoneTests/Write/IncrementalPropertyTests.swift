import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneModel
@testable import MegaphoneSupport
@testable import MegaphoneWrite

/// Random sequences of changes a portal goes through (items added, edited, deleted, renamed; a
/// template, site.yml, the clock; the cache damaged), each followed by an incremental build that
/// must give, byte for byte, what a build from scratch gives.
@Suite struct IncrementalPropertyTests {
    typealias Generator = SeededGenerator

    enum Change: CaseIterable {
        case add, edit, body, delete, rename, template, config, clock, truncateCache, foreignCache, nothing
    }

    /// An item's file with only its body changed (the front matter byte for byte the same): a
    /// paragraph or a heading added, or a new first paragraph (which listings show).
    /// Which by the step, so that every sequence has each kind.
    static func bodyEdited(_ text: String, step: Int) throws -> String {
        let end = try #require(text.range(of: "---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex)).upperBound
        switch step % 3 {
        case 0: return text + "\nUn paragraphe ajouté à l'étape \(step).\n"
        case 1: return String(text[..<end]) + "Un nouveau début, à l'étape \(step).\n\n" + text[end...]
        default: return text + "\n## Mise à jour \(step)\n\nLa page de l'événement est en ligne.\n"
        }
    }

    static let clocks = ["2026-11-25T12:00:00+01:00", "2026-12-03T09:00:00+01:00", "2027-01-02T10:00:00+01:00"]
    static let tags = ["atlas", "lyon", "rse", "emploi", "produit"]
    static let campaigns = ["lancement", "recrutement", "marque"]

    static func item(_ number: Int, version: Int, using random: inout Generator) -> String {
        let month = [10, 11, 12][Int.random(in: 0...2, using: &random)]
        // Before the earliest `expires` drawn below, which must come after the date.
        let day = Int.random(in: 1...(month == 12 ? 9 : 28), using: &random)
        var extra = "campaign: \(campaigns.randomElement(using: &random)!)\n"
        extra += "tags: [\(tags.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)).joined(separator: ", "))]\n"
        if Bool.random(using: &random) { extra += "priority: high\n" }
        if Int.random(in: 0...3, using: &random) == 0 { extra += "expires: 2026-12-\(10 + Int.random(in: 0...18, using: &random))\n" }
        // A link and suggested messages: the share cards, planned only when a page is rendered,
        // and the share rules' verdicts, kept in the derived cache under a key of their inputs.
        if Bool.random(using: &random) { extra += "url: https://www.example.com/contenu-\(number)?v=\(version)\n" }
        if Bool.random(using: &random) {
            extra += "share:\n  linkedin: Message \(number) v\(version)\n  x: Court \(Int.random(in: 0...2, using: &random))\n"
        }
        let date = String(format: "2026-%02d-%02d", month, day)
        return TestSite.item(extra, title: "Contenu \(number) v\(version)", date: date)
    }

    @Test(arguments: [2026, 7, 1_234_567])
    func randomChangesGiveWhatAFullBuildGives(seed: UInt64) throws {
        var random = Generator(state: seed)
        var files: [String: String] = [:]
        for number in 0..<14 { files["content/items/item-\(number).md"] = Self.item(number, version: 0, using: &random) }
        let site = try TestSite(files, config: TestSite.defaultConfig + "paginate: 3\nhome: {pinned: 2, latest: 3}\n")
        defer { site.remove() }
        var items = files.keys.sorted()
        var next = 14, version = 1
        var now = Self.clocks[0]
        #expect(site.build { $0.now = now }.succeeded)
        // Body edits, the most common commit, are drawn three times as often.
        let changes = Change.allCases + [.body, .body]
        var keptPages = 0
        for step in 0..<12 {
            let change = changes.randomElement(using: &random)!
            let cache = OutputWriter.cacheFolder(of: site.output)
            switch change {
            case .add:
                let path = "content/items/item-\(next).md"
                try site.write(path, Self.item(next, version: 0, using: &random))
                items.append(path)
                next += 1
            case .edit where !items.isEmpty:
                let path = items.randomElement(using: &random)!
                try site.write(path, Self.item(next, version: version, using: &random))
                version += 1
            case .body where !items.isEmpty:
                let path = items.randomElement(using: &random)!
                let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
                try site.write(path, try Self.bodyEdited(text, step: step))
            case .delete where items.count > 1:
                let path = items.remove(at: Int.random(in: 0..<items.count, using: &random))
                try FileManager.default.removeItem(at: site.root.appendingPathComponent(path))
            case .rename where !items.isEmpty:
                let index = Int.random(in: 0..<items.count, using: &random)
                let renamed = "content/items/renamed-\(next).md"
                next += 1
                try FileManager.default.moveItem(at: site.root.appendingPathComponent(items[index]),
                                                 to: site.root.appendingPathComponent(renamed))
                items[index] = renamed
            case .template where Bool.random(using: &random):
                // The listing card, rendered once per item and kept in the derived cache.
                try site.write("layouts/item-card.mustache", "<article><h3><a href=\"{{url}}\">\(step) {{title}}</a></h3></article>")
            case .template:
                try site.write("layouts/term.mustache", "{{<base}}{{$main}}{{#content}}<h1>\(step) {{heading}}</h1>"
                               + "{{#items}}{{{html}}}{{/items}}{{>pagination}}{{/content}}{{/main}}{{/base}}")
            case .config:
                // Pagination and the home page; the UTM pattern and disclosure every share option reads.
                try site.write("site.yml", TestSite.defaultConfig + "paginate: \(Int.random(in: 2...5, using: &random))\n"
                               + "home: {pinned: \(Int.random(in: 0...3, using: &random)), latest: 4}\n"
                               + "utm: {content: \"{slug}-\(Int.random(in: 0...2, using: &random))\"}\n"
                               + (Bool.random(using: &random) ? "disclosure: \"#Equipe\(step)\"\n" : ""))
            case .clock:
                now = Self.clocks.randomElement(using: &random)!
            case .truncateCache:
                for name in [OutputWriter.recordName, RenderManifest.fileName, DerivedCache.fileName] {
                    let url = cache.appendingPathComponent(name)
                    if let data = try? Data(contentsOf: url) { try data.prefix(data.count / 2).write(to: url) }
                }
            case .foreignCache:
                try Data("{\"format\":1,\"megaphone\":\"another\"}".utf8).write(to: cache.appendingPathComponent(OutputWriter.recordName))
                try Data("not json".utf8).write(to: cache.appendingPathComponent(RenderManifest.fileName))
                // Another binary's derived values, under the very keys this one asks for: never used.
                let path = cache.appendingPathComponent(DerivedCache.fileName).path
                let bytes = try #require(POSIXFile.read(path), "every build so far succeeded and saved its cache")
                let values = try #require(DerivedCache.decode(bytes, identity: RenderManifest.binaryIdentity))
                let stale = values.mapValues { _ in ArraySlice("<p>stale</p>".utf8) }
                try DerivedCache.encode(stale, identity: "another").write(to: URL(fileURLWithPath: path))
            default:
                // Nothing changed: past the racy margin, the build may leave the site as it is.
                Thread.sleep(forTimeInterval: Double(BuildRecord.racyMargin) / 1e9 + 0.02)
            }
            // Past the racy margin, a build can vouch for what the previous one read, and keep
            // pages (`RebuildScope`) when only bodies changed.
            Thread.sleep(forTimeInterval: Double(BuildRecord.racyMargin) / 1e9 + 0.02)
            let report = IncrementalBuildTests.expectSameAsAFullBuild(site, now: now)
            #expect(report.succeeded, "seed \(seed), step \(step): \(change)")
            keptPages += report.pagesKept
        }
        #expect(keptPages > 0, "some rebuild kept pages it did not make")
    }

    /// Two builds with nothing changed in between: the second has nothing to do, and says so.
    @Test func aBuildWithNothingChangedLeavesTheSiteAsItIs() throws {
        let site = try TestSite(["content/items/a.md": TestSite.item()])
        defer { site.remove() }
        #expect(site.build().succeeded)
        // The files were written just before that build: it cannot vouch for them (racy), the
        // next one, made well after, can.
        Thread.sleep(forTimeInterval: Double(BuildRecord.racyMargin) / 1e9 + 0.02)
        #expect(site.build().succeeded)
        let before = IncrementalBuildTests.files(site.output)
        let second = site.build()
        #expect(second.upToDate && second.succeeded && !second.wroteOutput)
        #expect(IncrementalBuildTests.files(site.output) == before)
        // Another clock, a file saved, the output touched: each one builds again.
        #expect(!site.build { $0.now = "2026-11-26T12:00:00+01:00" }.upToDate)
        try site.write("public/robots.txt", "edited by hand")
        Thread.sleep(forTimeInterval: Double(BuildRecord.racyMargin) / 1e9 + 0.02)
        let afterTouch = site.build { $0.now = "2026-11-26T12:00:00+01:00" }
        #expect(!afterTouch.upToDate && site.read("robots.txt") != "edited by hand")
    }

    /// Without `--now`, a build is skipped only while the clock decides nothing new: no item is
    /// published or expires, the month is the same and no item leaves calendar.ics.
    @Test func theClockWindowEndsAtTheNextPublicationExpiryOrMonth() throws {
        let site = try TestSite([
            "content/items/a.md": TestSite.item("expires: 2026-11-28\n", date: "2026-11-20"),
            "content/items/b.md": TestSite.item(title: "Plus tard", date: "2026-11-27"),
            "content/items/old.md": TestSite.item(title: "Ancien", date: "2025-11-26"),
        ])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let window = try #require(BuildRecord.read(for: site.output)).clock
        func at(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }
        #expect(window.contains(at("2026-11-25T12:00:00+01:00")))
        #expect(window.contains(at("2026-11-25T23:00:00+01:00")))
        #expect(!window.contains(at("2026-11-27T00:00:00+01:00")), "b is published")
        // The old item leaves calendar.ics (12 months) at its first anniversary.
        #expect(!window.contains(at("2026-11-26T00:00:01+01:00")))
        #expect(!window.contains(at("2026-12-01T12:00:00+01:00")), "another month")
        #expect(!window.contains(at("2026-11-19T12:00:00+01:00")), "before a is published")
    }
}
