import MegaphoneModel
import MegaphoneSupport

/// The figures read back from the analytics exports, attributed to the portal's items, campaigns
/// and networks: what the results page, the item and campaign pages and `results.json` show.
package struct Results: Sendable {
    /// A network, campaign or item with its figures.
    package struct Entry: Sendable, Equatable {
        package var key: String
        package var counts: MetricCounts
    }

    package struct ItemFigures: Sendable, Equatable {
        package var counts = MetricCounts()
        /// By network, most sessions first.
        package var networks: [Entry] = []
    }

    package struct Week: Sendable, Equatable {
        /// Its Monday.
        package var start: CalendarDay
        package var counts: MetricCounts
    }

    package struct Ambassador: Sendable, Equatable {
        package var code: String
        package var sessions: Int
    }

    package struct GoalProgress: Sendable {
        package var goal: Goal
        package var actual: Int
        /// The goal's campaign as the portal names it.
        package var campaign: String?
    }

    /// A file read, for the page's note on where the figures come from.
    package struct Source: Sendable {
        package var path: String
        package var format: AnalyticsExport.Format
        package var rows: Int
        package var counted: Int
        package var period: ClosedRange<CalendarDay>?
        package var metrics: [AnalyticsMetric]
    }

    /// From the first to the last day any file covers.
    package var period: ClosedRange<CalendarDay>?
    /// The metrics some file has, in `AnalyticsMetric` order: the others are not shown.
    package var metrics: [AnalyticsMetric]
    package var totals = MetricCounts()
    /// Most sessions first.
    package var networks: [Entry] = []
    package var campaigns: [Entry] = []
    /// By slug.
    package var items: [String: ItemFigures] = [:]
    /// Every week from the first dated row to the last, empty weeks included; none when no row has a date.
    package var weeks: [Week] = []
    /// Distinct personal codes among the rows counted.
    package var activeAmbassadors = 0
    /// Present only when site.yml turns it on; codes under `min_sessions` are never in it.
    package var leaderboard: [Ambassador]?
    package var goals: [GoalProgress] = []
    package var sources: [Source] = []
    /// Rows matching nothing of the portal, said once per file.
    package var diagnostics: [Diagnostic] = []

    /// Items by sessions, the most first (ties by slug), at most `limit`.
    package func topItems(_ limit: Int) -> [Entry] {
        Self.ranked(items.map { Entry(key: $0.key, counts: $0.value.counts) }).prefix(limit).map { $0 }
    }

    static func ranked(_ entries: [Entry]) -> [Entry] {
        entries.sorted { ($0.counts.sessions, $1.key) > ($1.counts.sessions, $0.key) }
    }
}
