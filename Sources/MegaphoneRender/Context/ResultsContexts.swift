import MegaphoneSupport
import Mustache

/// A figure as the page prints it: `Sessions` / `1 234`.
@TemplateData
struct FigureContext {
    var label: String
    var value: String
}

/// A chart drawn at build time as SVG, with the same figures as a table for screen readers,
/// print and anyone who prefers numbers. Geometry is in the SVG's own units (`viewBox`).
@TemplateData
struct ChartContext {
    /// Unique in the page: the SVG's title and the table's caption refer to it.
    var id: String
    /// The chart's accessible name and the table's caption.
    var title: String
    /// A sentence that says what the chart shows, for `aria-describedby`-less readers.
    var summary: String
    var width: Int
    var height: Int
    var bars: [BarContext]
    /// Labels under a column chart (some weeks only, so they do not overlap).
    var ticks: [TickContext]
    var columns: Bool
    /// The table: its header and rows.
    var header: [String]
    var rows: [ChartRowContext]
}

@TemplateData
struct BarContext {
    var label: String
    /// Nil when the chart has too many columns to print each value (the table has them).
    var value: String?
    var x: Int
    var y: Int
    var width: Int
    var height: Int
    var labelX: Int
    var labelY: Int
    var valueX: Int
    var valueY: Int
}

@TemplateData
struct TickContext {
    var label: String
    var x: Int
    var y: Int
}

@TemplateData
struct ChartRowContext {
    var label: String
    var url: String?
    var values: [String]
}

/// A goal with its progress, drawn as a bar against its target (and a mark at its baseline).
@TemplateData
struct GoalContext {
    var id: String
    var name: String
    var metric: String
    var target: String
    var baseline: String?
    var actual: String
    /// `64 %`.
    var progress: String
    var reached: Bool
    var period: String?
    var campaign: TermContext?
    /// One sentence with every figure: the bar's accessible name.
    var summary: String
    var fillWidth: Int
    var baselineX: Int?
}

@TemplateData
struct LeaderContext {
    var rank: Int
    var code: String
    var sessions: String
}

@TemplateData
struct SourceNoteContext {
    var path: String
    var format: String
    var period: String?
    /// The metrics the file has, the others being 0 in its rows.
    var metrics: String
    var rows: String
    var counted: String
}

/// The results page.
@TemplateData
struct ResultsPageContext {
    var heading: String
    var period: String?
    var totals: [FigureContext]
    var ambassadors: String
    var networks: ChartContext?
    var campaigns: ChartContext?
    var topItems: ChartContext?
    var trend: ChartContext?
    var goals: [GoalContext]
    var leaderboard: [LeaderContext]
    var showLeaderboard: Bool
    var minSessions: String
    var sources: [SourceNoteContext]
}

/// The figures of one item or one campaign, on its own page.
@TemplateData
struct SectionResultsContext {
    var heading: String
    var period: String?
    var totals: [FigureContext]
    var chart: ChartContext?
    var resultsURL: String
}
