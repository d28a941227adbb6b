import MegaphoneModel
import MegaphoneSupport

extension Results {
    /// Attributes every row of `site.analytics` as the contract says: to an item when its content
    /// is the item's slug (and then to the item's campaign), else to a campaign of the portal;
    /// its network is its source. Comparisons ignore case. Nil when there is no export.
    package init?(site: Site, items: [ContentItem]) {
        guard !site.analytics.isEmpty else { return nil }
        metrics = AnalyticsMetric.allCases.filter { metric in site.analytics.contains { $0.metrics.contains(metric) } }
        // Only what attribution needs: copying whole items at each of a year's rows showed in a profile.
        struct Target { var slug: String; var campaign: String? }
        var itemsBySlug = Dictionary(items.map { ($0.slug.lowercased(), Target(slug: $0.slug, campaign: $0.campaign)) },
                                     uniquingKeysWith: { first, _ in first })
        // `content: "{slug}-{lang}"` tells translations apart in the analytics tool; here both
        // count for the item (its versions share a slug), unless that is another item's slug.
        if Languages(site.config).isMultilingual {
            for item in items where itemsBySlug[(item.slug + "-" + item.lang).lowercased()] == nil {
                itemsBySlug[(item.slug + "-" + item.lang).lowercased()] = Target(slug: item.slug, campaign: item.campaign)
            }
        }
        let campaignIndex = CampaignIndex(items: items)
        let options = site.config.results
        var goals = site.config.goals.map { goal in
            GoalProgress(goal: goal, actual: 0, campaign: goal.campaign.flatMap { campaignIndex.name(for: $0.value) })
        }
        var goalCodes = [Set<String>](repeating: [], count: goals.count)
        var networks: [String: MetricCounts] = [:], campaigns: [String: MetricCounts] = [:], weeks: [CalendarDay: MetricCounts] = [:]
        var itemNetworks: [String: [String: MetricCounts]] = [:]
        var codes: [String: Int] = [:]
        var days: [CalendarDay] = []

        for export in site.analytics {
            if let period = export.period { days += [period.lowerBound, period.upperBound] }
            var counted = 0
            for row in export.rows {
                let item = itemsBySlug[row.content.lowercasedQuickly]
                let campaign = item.map { $0.campaign } ?? (row.campaign.isEmpty ? nil : campaignIndex.name(for: row.campaign))
                guard item != nil || campaign != nil else { continue }
                counted += 1
                totals += row.counts
                let network = row.source.lowercasedQuickly
                if !network.isEmpty { networks[network, default: MetricCounts()] += row.counts }
                if let campaign { campaigns[campaign, default: MetricCounts()] += row.counts }
                if let item {
                    self.items[item.slug, default: ItemFigures()].counts += row.counts
                    if !network.isEmpty { itemNetworks[item.slug, default: [:]][network, default: MetricCounts()] += row.counts }
                }
                if let date = row.date {
                    days.append(date)
                    weeks[date.weekStart, default: MetricCounts()] += row.counts
                }
                let code = row.term.lowercasedQuickly
                if !code.isEmpty { codes[code, default: 0] += row.counts.sessions }
                for index in goals.indices where Self.counts(row, in: export, for: goals[index], campaign: campaign) {
                    if let metric = goals[index].goal.metric.analyticsMetric {
                        goals[index].actual += row.counts[metric]
                    } else if !code.isEmpty, row.counts.sessions > 0 {
                        goalCodes[index].insert(code)
                    }
                }
            }
            let ignored = export.rows.count - counted
            if ignored > 0 {
                diagnostics.append(.note(at: SourceLocation(path: export.displayPath),
                    "\(ignored) of \(export.rows.count) rows name no item (content) nor campaign of the portal: they are not counted"))
            }
            sources.append(Source(path: export.displayPath, format: export.format, rows: export.rows.count, counted: counted,
                                  period: export.period, metrics: AnalyticsMetric.allCases.filter(export.metrics.contains)))
        }

        for index in goals.indices where goals[index].goal.metric == .ambassadors { goals[index].actual = goalCodes[index].count }
        self.goals = goals
        self.networks = Self.ranked(networks.map { Entry(key: $0.key, counts: $0.value) })
        self.campaigns = Self.ranked(campaigns.map { Entry(key: $0.key, counts: $0.value) })
        for (slug, byNetwork) in itemNetworks {
            self.items[slug]?.networks = Self.ranked(byNetwork.map { Entry(key: $0.key, counts: $0.value) })
        }
        if let first = days.min(), let last = days.max() { period = first...last }
        if let first = weeks.keys.min(), let last = weeks.keys.max() {
            self.weeks = stride(from: first.daysSinceEpoch, through: last.daysSinceEpoch, by: 7).map { day in
                let start = CalendarDay(daysSinceEpoch: day)
                return Week(start: start, counts: weeks[start] ?? MetricCounts())
            }
        }
        activeAmbassadors = codes.values.filter { $0 > 0 }.count
        if options.leaderboard {
            leaderboard = codes.filter { $0.value >= options.minSessions }
                .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .prefix(options.top).map { Ambassador(code: $0.key, sessions: $0.value) }
        }
    }

    /// Whether a counted row counts for a goal: its campaign, if the goal names one, and its date
    /// (or, for an undated row, the whole period its file covers) within the goal's dates.
    private static func counts(_ row: AnalyticsRow, in export: AnalyticsExport, for progress: GoalProgress, campaign: String?) -> Bool {
        let goal = progress.goal
        if goal.campaign != nil, campaign == nil || progress.campaign != campaign { return false }
        guard goal.start != nil || goal.end != nil else { return true }
        let window = (goal.start ?? CalendarDay(daysSinceEpoch: .min / 2))...(goal.end ?? CalendarDay(daysSinceEpoch: .max / 2))
        if let date = row.date { return window.contains(date) }
        guard let period = export.period else { return false }
        return window.contains(period.lowerBound) && window.contains(period.upperBound)
    }
}
