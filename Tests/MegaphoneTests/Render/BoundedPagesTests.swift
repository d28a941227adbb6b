import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneRender

/// What keeps pages and files from growing with the years: listings in pages, a bounded home
/// page, the calendar by month, calendar.ics limited to its months and what is scheduled.
@Suite struct BoundedPagesTests {
    static func site() throws -> TestSite {
        var files: [String: String] = [
            "content/items/old.md": TestSite.item("campaign: archives\n", title: "Vieux contenu", date: "2025-01-10"),
            "content/items/soon.md": TestSite.item(title: "Bientôt", date: "2026-12-10"),
        ]
        for day in 1...5 {
            files["content/items/item-\(day).md"] = TestSite.item(day <= 2 ? "priority: high\n" : "", title: "Contenu \(day)",
                                                                   date: "2026-11-0\(day)")
        }
        return try TestSite(files, config: TestSite.defaultConfig + "paginate: 2\nhome: {pinned: 1, latest: 2}\n")
    }

    static func count(_ text: String?, _ needle: String) -> Int { (text ?? "").components(separatedBy: needle).count - 1 }

    @Test func listingsArePagedAndLinkedBothWays() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        // Six current items, two a page: items/, items/page/2/, items/page/3/.
        #expect(site.exists("items/page/3/index.html") && !site.exists("items/page/4/index.html"))
        let second = site.read("items/page/2/index.html")
        #expect(Self.count(second, "<article class=\"card") == 2)
        #expect(second?.contains("href=\"/advocacy/items/\" rel=\"prev\"") == true)
        #expect(second?.contains("href=\"/advocacy/items/page/3/\" rel=\"next\"") == true)
        #expect(second?.contains("<title>Contenus à partager (page 2 sur 3)") == true)
        #expect(site.read("items/page/3/index.html")?.contains("rel=\"next\"") == false)
    }

    @Test func theHomePageShowsItsShareOfPinnedAndLatestItems() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let home = try #require(site.read("index.html"))
        let pinned = try #require(home.range(of: "id=\"pinned-heading\"")).upperBound
        let pinnedSection = home[pinned...].components(separatedBy: "</section>")[0]
        #expect(Self.count(pinnedSection, "<article class=\"card") == 1)
        #expect(Self.count(home, "<article class=\"card") == 3, "one pinned and two latest")
    }

    @Test func theCalendarIsByMonthAndItsFeedKeepsTwelveMonthsAndWhatIsScheduled() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(site.exists("calendar/2025-01/index.html") && site.exists("calendar/2026-11/index.html"))
        let calendar = try #require(site.read("calendar/index.html"))
        #expect(calendar.contains("Contenu 5") && !calendar.contains("Vieux contenu"), "this month, not the years before")
        #expect(calendar.contains("href=\"/advocacy/calendar/2025-01/\""), "every month is linked")
        let ics = try #require(site.read("calendar.ics"))
        #expect(ics.contains("UID:item-item-5@") && ics.contains("UID:item-soon@"))
        #expect(!ics.contains("UID:item-old@"), "older than calendar.ics_months")
    }

    /// Past its byte budget, calendar.ics keeps the events nearest to today on both sides, one
    /// scheduled and one published in turn, however many are scheduled.
    @Test func theCalendarFeedStaysUnderItsBudgetKeepingTheEventsNearestToToday() throws {
        let why = "why: \"" + String(repeating: "Une raison de partager ce contenu. ", count: 120) + "\"\n"
        var files: [String: String] = [:]
        for number in 0..<150 {
            let day = Calendar(identifier: .gregorian).date(byAdding: .day, value: number / 3 + 1, to: try Date("2026-11-25T12:00:00Z", strategy: .iso8601))!
            let pastDay = Calendar(identifier: .gregorian).date(byAdding: .day, value: -(number / 3 + 1), to: try Date("2026-11-25T12:00:00Z", strategy: .iso8601))!
            func text(_ date: Date) -> String { String(date.ISO8601Format().prefix(10)) }
            files["content/items/prevu-\(number).md"] = TestSite.item(why, title: "Prévu \(number)", date: text(day))
            files["content/items/passe-\(number).md"] = TestSite.item(why, title: "Passé \(number)", date: text(pastDay))
        }
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let ics = try #require(site.read("calendar.ics"))
        #expect(ics.utf8.count <= 1_000_000 && ics.utf8.count > 900_000)
        #expect(ics.contains("UID:item-prevu-0@") && ics.contains("UID:item-passe-0@"), "the nearest on both sides")
        #expect(!ics.contains("UID:item-prevu-149@") && !ics.contains("UID:item-passe-149@"), "the farthest on both sides")
        let kept = (scheduled: Self.count(ics, "UID:item-prevu-"), published: Self.count(ics, "UID:item-passe-"))
        #expect(abs(kept.scheduled - kept.published) <= 1, "\(kept)")
    }

    /// A month of more items than a calendar page holds is split into pages, linked both ways;
    /// `calendar/` shows only the first page's worth of what is coming.
    @Test func aCrowdedMonthOfTheCalendarIsSplitIntoPages() throws {
        var files: [String: String] = [:]
        let count = CalendarPage.entriesPerPage + 5
        for number in 0..<count {
            files["content/items/octobre-\(number).md"] = TestSite.item(title: "Octobre \(number)", date: String(format: "2026-10-%02d", number % 28 + 1))
            files["content/items/prevu-\(number).md"] = TestSite.item(title: "Prévu \(number)", date: String(format: "2027-01-%02d", number % 28 + 1))
        }
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let first = try #require(site.read("calendar/2026-10/index.html"))
        let second = try #require(site.read("calendar/2026-10/page/2/index.html"))
        #expect(!site.exists("calendar/2026-10/page/3/index.html"))
        #expect(Self.count(first, "<dd>") + Self.count(second, "<dd>") == count)
        #expect(Self.count(second, "<dd>") == 5)
        #expect(first.contains("href=\"/advocacy/calendar/2026-10/page/2/\" rel=\"next\""))
        #expect(second.contains("href=\"/advocacy/calendar/2026-10/\" rel=\"prev\""))
        #expect(second.contains("<title>Calendrier : octobre 2026 (page 2 sur 2)"), "the title says which page")
        let home = try #require(site.read("calendar/index.html"))
        #expect(Self.count(home, "Prévu ") == CalendarPage.entriesPerPage)
    }
}
