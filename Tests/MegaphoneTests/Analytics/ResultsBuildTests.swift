import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneModel
@testable import MegaphoneSupport

/// Analytics read back into a built site: attribution, privacy, incremental rebuilds, bad input.
@Suite struct ResultsBuildTests {
    static let items = [
        "content/items/2026-10-06-lancement-atlas.md": TestSite.item("campaign: lancement-atlas\nshare:\n  linkedin: Atlas est là.\n",
                                                                    title: "Atlas est lancé", date: "2026-10-06"),
        "content/items/2026-10-20-atlas-dach.md": TestSite.item("campaign: lancement-atlas\n", title: "Atlas en Allemagne", date: "2026-10-20"),
        "content/items/2026-11-02-rapport-rse.md": TestSite.item("", title: "Rapport RSE", date: "2026-11-02"),
    ]

    static let export = """
        date,utm_source,utm_medium,utm_campaign,utm_content,utm_term,sessions,engaged_sessions
        2026-10-06,LinkedIn,social,lancement-atlas,LANCEMENT-ATLAS,star-7,40,20
        2026-10-07,x,social,lancement-atlas,lancement-atlas,rare-one,2,1
        2026-10-21,linkedin,social,Lancement-Atlas,,star-7,8,4
        2026-11-03,linkedin,social,rapport-rse,rapport-rse,,10,5
        2026-11-03,google,organic,,,,300,100

        """

    static func config(leaderboard: Bool, goals: String = "") -> String {
        TestSite.defaultConfig + "results:\n  leaderboard: \(leaderboard)\n  min_sessions: 5\n" + goals
    }

    static func site(leaderboard: Bool = true, export: String = export, goals: String = "") throws -> TestSite {
        var files = items
        files["data/analytics/export.csv"] = export
        return try TestSite(files, config: config(leaderboard: leaderboard, goals: goals))
    }

    static func results(_ site: TestSite) throws -> [String: Any] {
        let text = try #require(site.read("results.json"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func rowsCountForItemsCampaignsAndNetworksIgnoringCase() throws {
        let site = try Self.site()
        defer { site.remove() }
        let report = site.build()
        #expect(!report.diagnostics.hasErrors)
        #expect(report.diagnostics.map(\.description) == [
            "data/analytics/export.csv:1:1: note: 1 of 5 rows name no item (content) nor campaign of the portal: they are not counted",
        ])
        let results = try Self.results(site)
        #expect(results["totals"] as? [String: Int] == ["sessions": 60, "engaged_sessions": 30])
        #expect(results["period"] as? [String: String] == ["start": "2026-10-06", "end": "2026-11-03"])
        #expect(results["networks"] as? [String: [String: Int]] == [
            "linkedin": ["sessions": 58, "engaged_sessions": 29], "x": ["sessions": 2, "engaged_sessions": 1],
        ])
        #expect(results["campaigns"] as? [String: [String: Int]] == ["lancement-atlas": ["sessions": 50, "engaged_sessions": 25]])
        let items = try #require(results["items"] as? [String: [String: Any]])
        #expect(Set(items.keys) == ["lancement-atlas", "rapport-rse"])
        #expect(items["lancement-atlas"]?["sessions"] as? Int == 42)
        #expect(items["lancement-atlas"]?["networks"] as? [String: [String: Int]] == [
            "linkedin": ["sessions": 40, "engaged_sessions": 20], "x": ["sessions": 2, "engaged_sessions": 1],
        ])
        #expect(results["ambassadors"] as? [String: Int] == ["active": 2])
        let leaderboard = try #require(results["leaderboard"] as? [[String: Any]])
        #expect(leaderboard.map { $0["code"] as? String } == ["star-7"])
        #expect(leaderboard.map { $0["sessions"] as? Int } == [48])
        #expect((results["weeks"] as? [[String: Any]])?.count == 5)

        let page = try #require(site.read("results/index.html"))
        #expect(page.contains("<title id=\"chart-networks-title\">"))
        let item = try #require(site.read("items/lancement-atlas/index.html"))
        #expect(item.contains("class=\"results-section\""))
        #expect(try #require(site.read("items/atlas-dach/index.html")).contains("results-section") == false)
        #expect(try #require(site.read("campaigns/lancement-atlas/index.html")).contains("results-section"))
        #expect(try #require(site.read("index.html")).contains("href=\"/advocacy/results/\""))
    }

    @Test(arguments: [true, false])
    func aCodeUnderTheThresholdIsInNoFileOfTheOutput(leaderboard: Bool) throws {
        let site = try Self.site(leaderboard: leaderboard)
        defer { site.remove() }
        #expect(!site.build().diagnostics.hasErrors)
        var files: [String] = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: site.output.path))
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: site.output.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        #expect(files.count > 20)
        for path in files {
            let bytes = try Data(contentsOf: site.output.appendingPathComponent(path))
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("rare-one"), "\(path) names a code under min_sessions")
            // A code above the threshold is shown only where the leaderboard is, and only when it is on.
            // (The results page of each language's tree.)
            if !leaderboard || !["results/index.html", "en/results/index.html", "results.json"].contains(path) {
                #expect(!text.contains("star-7"), "\(path) names a personal code")
            }
        }
        #expect(site.read("results/index.html")?.contains("star-7") == leaderboard)
    }

    @Test func withoutAnalyticsThereIsNoResultsPageNorLink() throws {
        let site = try TestSite(Self.items)
        defer { site.remove() }
        #expect(!site.build().diagnostics.hasErrors)
        #expect(!site.exists("results/index.html"))
        #expect(!site.exists("results.json"))
        #expect(site.read("index.html")?.contains("/advocacy/results/") == false)
    }

    @Test func goalsCountTheirCampaignAndDates() throws {
        let goals = """
            goals:
              - name: Atlas en octobre
                metric: sessions
                target: 100
                baseline: 10
                campaign: lancement-atlas
                start: 2026-10-01
                end: 2026-10-15
              - name: Ambassadeurs
                metric: ambassadors
                target: 4

            """
        let site = try Self.site(goals: goals)
        defer { site.remove() }
        #expect(!site.build().diagnostics.hasErrors)
        let goalsRead = try #require(try Self.results(site)["goals"] as? [[String: Any]])
        #expect(goalsRead.map { $0["actual"] as? Int } == [42, 2])
        #expect(goalsRead.first?["campaign"] as? String == "lancement-atlas")
        let page = try #require(site.read("results/index.html"))
        #expect(page.contains("Atlas en octobre : 42 sur un objectif de 100 (42\u{202F}%)"))
    }

    @Test func aGoalNamingAnUnknownCampaignIsAnErrorAtItsLine() throws {
        let goals = "goals:\n  - name: X\n    metric: sessions\n    target: 10\n    campaign: lancement-atlaz\n"
        let site = try Self.site(goals: goals)
        defer { site.remove() }
        let errors = site.errors()
        #expect(errors == ["site.yml:13:15: error: goal 'X' names campaign 'lancement-atlaz', which no item has; did you mean 'lancement-atlas'?"])
    }

    @Test func badExportsFailTheBuildWithEveryErrorAndLeaveThePreviousSite() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(!site.build().diagnostics.hasErrors)
        let before = try #require(site.read("results.json"))
        let page = try #require(site.read("results/index.html"))
        try site.write("data/analytics/export.csv", Self.export + "2026-11-04,linkedin,social,,rapport-rse,,douze,1\n2026-11-05,linkedin\n")
        try site.write("data/analytics/other.csv", "Page,Views\n/a,1\n")
        let report = site.build()
        #expect(report.diagnostics.errors.map(\.description) == [
            "data/analytics/export.csv:7:1: error: 'douze' in column 'sessions' is not a whole number",
            "data/analytics/export.csv:8:1: error: this row has 2 fields but the header has 8: a value with a comma must be quoted",
            "data/analytics/other.csv:1:1: error: unknown header 'Page', 'Views': expected Megaphone's columns (utm_source, utm_medium, "
                + "utm_campaign, utm_content, utm_term, sessions…), a Plausible imported_sources export, a GA4 export with session source, "
                + "campaign or ad content and Sessions, or a Matomo Campaign Names export (label, nb_visits)",
        ])
        #expect(!report.wroteOutput)
        #expect(site.read("results.json") == before)
        #expect(site.read("results/index.html") == page)
    }

    @Test func newFiguresRenderOnlyThePagesTheyFeed() throws {
        let site = try Self.site()
        defer { site.remove() }
        let first = site.build()
        #expect(!first.diagnostics.hasErrors)
        // More sessions for the RSE report only: its page, the results page (in French and in
        // English) and nothing else.
        try site.write("data/analytics/export.csv", Self.export.replacingOccurrences(of: ",rapport-rse,,10,5", with: ",rapport-rse,,11,5"))
        let second = site.build()
        #expect(!second.diagnostics.hasErrors)
        #expect(second.pagesWritten - second.pagesReused == 3)
        #expect(site.read("items/rapport-rse/index.html")?.contains("<dd>11</dd>") == true)
    }
}
