import MegaphoneSupport

/// The figures an analytics export can give, named as in `results.json`.
public enum AnalyticsMetric: String, Sendable, CaseIterable, Codable {
    case sessions
    case engagedSessions = "engaged_sessions"
    case conversions
}

/// One count per metric; a metric a file does not have stays 0 and is left out of the output
/// when no file has it (`AnalyticsExport.metrics`).
public struct MetricCounts: Sendable, Equatable, Hashable {
    public var sessions = 0
    public var engagedSessions = 0
    public var conversions = 0

    public init(sessions: Int = 0, engagedSessions: Int = 0, conversions: Int = 0) {
        self.sessions = sessions
        self.engagedSessions = engagedSessions
        self.conversions = conversions
    }

    public subscript(metric: AnalyticsMetric) -> Int {
        get {
            switch metric {
            case .sessions: sessions
            case .engagedSessions: engagedSessions
            case .conversions: conversions
            }
        }
        set {
            switch metric {
            case .sessions: sessions = newValue
            case .engagedSessions: engagedSessions = newValue
            case .conversions: conversions = newValue
            }
        }
    }

    public static func += (lhs: inout MetricCounts, rhs: MetricCounts) {
        lhs.sessions += rhs.sessions
        lhs.engagedSessions += rhs.engagedSessions
        lhs.conversions += rhs.conversions
    }
}

/// One data row of an export, its dimensions as written (case kept), "" when the export has no
/// such column.
@Memberwise
public struct AnalyticsRow: Sendable, Equatable {
    /// The row's first line in its file, for messages.
    public var line: Int
    public var date: CalendarDay?
    /// The network (`utm_source`).
    public var source: String
    public var medium: String
    public var campaign: String
    /// The item's slug (`utm_content`).
    public var content: String
    /// An employee's personal code (`utm_term`).
    public var term: String
    public var counts: MetricCounts
}

/// An analytics file of `data/analytics/`, read.
@Memberwise
public struct AnalyticsExport: Sendable {
    public enum Format: String, Sendable {
        case megaphone = "Megaphone"
        case plausible = "Plausible"
        case ga4 = "GA4"
        case matomo = "Matomo"
    }

    /// As shown in messages.
    public var displayPath: String
    public var format: Format
    /// The dates the file says it covers (GA4's preamble, Plausible's file name), if it says.
    public var period: ClosedRange<CalendarDay>?
    /// The metrics the file has a column for.
    public var metrics: Set<AnalyticsMetric>
    public var rows: [AnalyticsRow]
}
