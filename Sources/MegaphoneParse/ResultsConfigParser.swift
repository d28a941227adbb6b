import MegaphoneModel
import MegaphoneSupport

/// `results:` and `goals:` of site.yml.
extension SiteConfigParser {
    package static let resultsKeys = ["leaderboard", "min_sessions", "top"]
    package static let goalKeys = ["name", "metric", "target", "baseline", "start", "end", "campaign"]

    static func readResults(_ reader: inout MappingReader, into config: inout SiteConfig) {
        if var results = reader.nested("results", subject: "results", allowedKeys: resultsKeys) {
            config.results.leaderboard = results.bool("leaderboard") ?? config.results.leaderboard
            config.results.minSessions = results.int("min_sessions", in: 1...1_000_000) ?? config.results.minSessions
            config.results.top = results.int("top", in: 1...1_000) ?? config.results.top
            reader.absorb(results)
        }
        for node in reader.sequence("goals") {
            var goal = MappingReader(document: reader.document, node: node, subject: "goal", allowedKeys: goalKeys)
            defer { reader.absorb(goal) }
            let name = goal.string("name", required: true)
            let metric = goal.requireKey("metric") ? goal.choice("metric", as: Goal.Metric.self) : nil
            let target = goal.requireKey("target") ? goal.int("target", in: 1...Int(Int32.max)) : nil
            let baseline = goal.int("baseline", in: 0...Int(Int32.max))
            let start = day(&goal, "start"), end = day(&goal, "end")
            if let start, let end, end < start {
                goal.error("end", "this goal ends (\(end)) before it starts (\(start))")
            }
            guard let name, let metric, let target else { continue }
            config.goals.append(Goal(name: name.value, metric: metric, target: target, baseline: baseline, start: start, end: end,
                                     campaign: goal.string("campaign"), location: reader.document.location(of: node)))
        }
    }

    private static func day(_ reader: inout MappingReader, _ key: String) -> CalendarDay? {
        guard let written = reader.string(key) else { return nil }
        guard let day = CalendarDay(parsing: written.value) else {
            reader.error(key, "'\(written.value)' is not a date: write it as YYYY-MM-DD")
            return nil
        }
        return day
    }
}
