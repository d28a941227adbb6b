import Foundation
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport

/// Results → the contexts of the results page and of the results sections of item and campaign
/// pages. Figures are formatted for the page's language; charts are laid out by `ChartLayout`.
struct ResultsContextFactory {
    var factory: ContextFactory
    var results: Results
    var t: UIStrings
    var lang: String

    private var site: Site { factory.site }

    func page() -> ResultsPageContext {
        let options = site.config.results
        let metricHeader = results.metrics.map(metricLabel)
        let networks = results.networks.map { entry in
            chartEntry(Network.named(entry.key)?.label ?? entry.key, url: nil, entry.counts)
        }
        let campaigns = results.campaigns.map { entry in
            chartEntry(entry.key, url: factory.terms.campaign(entry.key).url, entry.counts)
        }
        let weeks = results.weeks.map { week in
            chartEntry(text("results_week_of", ["date": factory.dates.dayMonth(week.start, lang: lang)]), url: nil, week.counts)
        }
        return ResultsPageContext(
            heading: text("results_heading"), period: period(results.period), totals: totals(results.totals),
            ambassadors: number(results.activeAmbassadors),
            networks: networks.isEmpty ? nil : bars("chart-networks", "results_by_network", "results_network", metricHeader, networks),
            campaigns: campaigns.isEmpty ? nil : bars("chart-campaigns", "results_by_campaign", "results_campaign", metricHeader, campaigns),
            topItems: itemsChart("chart-items", results.topItems(options.top), metricHeader),
            trend: weeks.count < 2 ? nil : ChartLayout.columns(
                id: "chart-trend", title: text("results_trend"), summary: chartSummary("results_trend"),
                header: [text("results_week")] + metricHeader, entries: weeks),
            goals: results.goals.enumerated().map(goal), leaderboard: (results.leaderboard ?? []).enumerated().map { rank, ambassador in
                LeaderContext(rank: rank + 1, code: ambassador.code, sessions: number(ambassador.sessions))
            },
            showLeaderboard: results.leaderboard != nil, minSessions: number(options.minSessions),
            sources: results.sources.map { source in
                SourceNoteContext(path: source.path, format: source.format.rawValue, period: period(source.period),
                                  metrics: source.metrics.map(metricLabel).joined(separator: ", "),
                                  rows: number(source.rows), counted: number(source.counted))
            })
    }

    /// An item's figures and its sessions by network; nil when no row names it.
    func item(_ item: ContentItem) -> SectionResultsContext? {
        guard let figures = results.items[item.slug] else { return nil }
        let entries = figures.networks.map { chartEntry(Network.named($0.key)?.label ?? $0.key, url: nil, $0.counts) }
        return SectionResultsContext(
            heading: text("item_results_heading"), period: period(results.period), totals: totals(figures.counts),
            chart: entries.isEmpty ? nil : bars("chart-item-networks", "results_by_network", "results_network",
                                                results.metrics.map(metricLabel), entries),
            resultsURL: factory.url(Route.results))
    }

    /// A campaign's figures and its items, the most effective first; nil when no row names it.
    func campaign(_ name: String, items: some Collection<ContentItem>) -> SectionResultsContext? {
        guard let figures = results.campaigns.first(where: { $0.key == name }) else { return nil }
        let slugs = Set(items.map(\.slug))
        let ranked = results.topItems(.max).filter { slugs.contains($0.key) }
        return SectionResultsContext(
            heading: text("campaign_results_heading"), period: period(results.period), totals: totals(figures.counts),
            chart: itemsChart("chart-campaign-items", ranked, results.metrics.map(metricLabel)),
            resultsURL: factory.url(Route.results))
    }

    // MARK: Parts

    private func itemsChart(_ id: String, _ ranked: [Results.Entry], _ header: [String]) -> ChartContext? {
        guard !ranked.isEmpty else { return nil }
        let titles = Dictionary(site.items.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        let entries = ranked.map { chartEntry(titles[$0.key] ?? $0.key, url: factory.itemURL(slug: $0.key), $0.counts) }
        return bars(id, "results_top_items", "results_item", header, entries)
    }

    private func bars(_ id: String, _ titleKey: String, _ dimensionKey: String, _ header: [String],
                      _ entries: [ChartLayout.Entry]) -> ChartContext {
        ChartLayout.bars(id: id, title: text(titleKey), summary: chartSummary(titleKey), header: [text(dimensionKey)] + header,
                         entries: entries)
    }

    private func chartEntry(_ label: String, url: String?, _ counts: MetricCounts) -> ChartLayout.Entry {
        ChartLayout.Entry(label: label, url: url, value: counts.sessions, valueText: number(counts.sessions),
                          cells: results.metrics.map { number(counts[$0]) })
    }

    private func totals(_ counts: MetricCounts) -> [FigureContext] {
        results.metrics.map { FigureContext(label: metricLabel($0), value: number(counts[$0])) }
    }

    private func goal(_ index: Int, _ progress: Results.GoalProgress) -> GoalContext {
        let goal = progress.goal
        let ratio = Double(progress.actual) / Double(goal.target)
        let percent = text("percent", ["n": String(Int((ratio * 100).rounded()))])
        let trackWidth = ChartLayout.width
        let summary = text("goal_summary", ["name": goal.name, "actual": number(progress.actual), "target": number(goal.target),
                                            "progress": percent])
        // A goal without dates measures the whole period of the data, and says so.
        let range = (goal.start ?? results.period?.lowerBound).flatMap { start in
            (goal.end ?? results.period?.upperBound).map { start...max(start, $0) }
        }
        return GoalContext(
            id: "goal-\(index + 1)", name: goal.name, metric: goalMetricLabel(goal.metric), target: number(goal.target),
            baseline: goal.baseline.map(number), actual: number(progress.actual), progress: percent, reached: ratio >= 1,
            period: period(range), campaign: progress.campaign.map { factory.terms.campaign($0) },
            summary: summary, fillWidth: Int((min(ratio, 1) * Double(trackWidth)).rounded()),
            baselineX: goal.baseline.map { min(trackWidth, $0 * trackWidth / goal.target) })
    }

    private func metricLabel(_ metric: AnalyticsMetric) -> String { text("metric_\(metric.rawValue)") }

    private func goalMetricLabel(_ metric: Goal.Metric) -> String { text("metric_\(metric.rawValue)") }

    private func chartSummary(_ titleKey: String) -> String { text("results_chart_summary", ["title": text(titleKey)]) }

    // MARK: Text

    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        values.reduce(t[key] ?? key) { $0.replacingEvery("{\($1.key)}", with: $1.value) }
    }

    /// `12 345` in French (narrow no-break space), `12,345` in English: the theme's strings say.
    func number(_ value: Int) -> String {
        let separator = t["thousands_separator"] ?? ","
        var digits = String(value.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(Substring(digits), at: 0)
        return (value < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    private func period(_ range: ClosedRange<CalendarDay>?) -> String? {
        range.map { text("results_period", ["start": factory.dates.long($0.lowerBound, lang: lang),
                                            "end": factory.dates.long($0.upperBound, lang: lang)]) }
    }
}
