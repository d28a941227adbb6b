import Foundation
import MegaphoneModel
import MegaphoneSite
import MegaphoneSupport

/// `results.json`: the figures of the results page for other tools (dashboards, chat bots), in the
/// shape site-contract.md fixes. Metrics no file has are left out, not written as 0.
struct ResultsDocument: Encodable {
    /// The metrics present, each encoded under its contract name.
    struct Figures: Encodable {
        var counts: MetricCounts
        var metrics: [AnalyticsMetric]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: MetricKey.self)
            for metric in metrics { try container.encode(counts[metric], forKey: MetricKey(metric)) }
        }
    }

    struct MetricKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ metric: AnalyticsMetric) { stringValue = metric.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct Period: Encodable {
        var start: String
        var end: String
    }

    /// Figures with one more key beside them: an item's `networks`, a week's `start`.
    struct FiguresAnd<Value: Encodable>: Encodable {
        var figures: Figures
        var key: String
        var value: Value

        func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var container = encoder.container(keyedBy: MetricKey.self)
            try container.encode(value, forKey: MetricKey(stringValue: key)!)
        }
    }

    struct Ambassadors: Encodable {
        var active: Int
    }

    struct Ambassador: Encodable {
        var code: String
        var sessions: Int
    }

    struct Goal: Encodable {
        var name: String
        var metric: String
        var target: Int
        var baseline: Int?
        var actual: Int
        var start: String?
        var end: String?
        var campaign: String?
    }

    var period: Period?
    var totals: Figures
    var networks: [String: Figures]
    var campaigns: [String: Figures]
    var items: [String: FiguresAnd<[String: Figures]>]
    var weeks: [FiguresAnd<String>]
    var ambassadors: Ambassadors
    var leaderboard: [Ambassador]?
    var goals: [Goal]

    init(_ results: Results) {
        let metrics = results.metrics
        func figures(_ counts: MetricCounts) -> Figures { Figures(counts: counts, metrics: metrics) }
        func table(_ entries: [Results.Entry]) -> [String: Figures] {
            Dictionary(entries.map { ($0.key, figures($0.counts)) }, uniquingKeysWith: { first, _ in first })
        }
        period = results.period.map { Period(start: $0.lowerBound.description, end: $0.upperBound.description) }
        totals = figures(results.totals)
        networks = table(results.networks)
        campaigns = table(results.campaigns)
        items = results.items.mapValues { FiguresAnd(figures: figures($0.counts), key: "networks", value: table($0.networks)) }
        weeks = results.weeks.map { FiguresAnd(figures: figures($0.counts), key: "start", value: $0.start.description) }
        ambassadors = Ambassadors(active: results.activeAmbassadors)
        leaderboard = results.leaderboard?.map { Ambassador(code: $0.code, sessions: $0.sessions) }
        goals = results.goals.map { progress in
            Goal(name: progress.goal.name, metric: progress.goal.metric.rawValue, target: progress.goal.target,
                 baseline: progress.goal.baseline, actual: progress.actual, start: progress.goal.start?.description,
                 end: progress.goal.end?.description, campaign: progress.campaign ?? progress.goal.campaign?.value)
        }
    }
}
