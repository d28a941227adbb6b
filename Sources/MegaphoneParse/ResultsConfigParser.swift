import MegaphoneModel
import MegaphoneSupport

/// `results:`, `goals:` and `suggestions:` of site.yml.
extension SiteConfigParser {
    static func readResults(_ reader: inout MappingReader, into config: inout SiteConfig) {
        if var results = reader.nested(SiteKey.results, keys: ResultsKey.self) {
            config.results.leaderboard = results.bool(ResultsKey.leaderboard) ?? config.results.leaderboard
            config.results.minSessions = results.int(ResultsKey.minSessions) ?? config.results.minSessions
            config.results.top = results.int(ResultsKey.top) ?? config.results.top
            reader.absorb(results)
        }
        for (node, entry) in reader.records(SiteKey.goals, subject: "goal", keys: GoalKey.self) {
            var goal = entry
            defer { reader.absorb(goal) }
            let name = goal.string(GoalKey.name)
            let metric = goal.choice(GoalKey.metric, as: Goal.Metric.self)
            let target = goal.int(GoalKey.target)
            let baseline = goal.int(GoalKey.baseline)
            let start = day(&goal, GoalKey.start), end = day(&goal, GoalKey.end)
            if let start, let end, end < start {
                goal.error(GoalKey.end, "this goal ends (\(end)) before it starts (\(start))")
            }
            guard let name, let metric, let target else { continue }
            config.goals.append(Goal(name: name.value, metric: metric, target: target, baseline: baseline, start: start, end: end,
                                     campaign: goal.string(GoalKey.campaign), location: reader.document.location(of: node)))
        }
    }

    static func readSuggestions(_ reader: inout MappingReader, into config: inout SiteConfig) {
        guard var suggestions = reader.nested(SiteKey.suggestions, keys: SuggestionsKey.self) else { return }
        defer { reader.absorb(suggestions) }
        let email = suggestions.string(SuggestionsKey.email)
        if let email, !SuggestionsKey.email.shape.accepts(email.value) {
            suggestions.error(SuggestionsKey.email, "invalid e-mail address '\(email.value)': write it as name@acme.example")
            return
        }
        var editorURL = suggestions.string(SuggestionsKey.editorURL)?.value
        if let written = editorURL {
            if let problem = URLCheck.problem(withAbsoluteHTTP: written.replacingOccurrences(of: "{filename}", with: "f")
                .replacingOccurrences(of: "{content}", with: "c")) {
                suggestions.error(SuggestionsKey.editorURL, "invalid editor_url '\(written)': \(problem)")
                editorURL = nil
            } else if !written.contains("{content}") {
                suggestions.error(SuggestionsKey.editorURL, "editor_url must contain {content}, where the new file's text goes "
                    + "(and {filename} for its name), e.g. https://github.com/acme/portail/new/main/content/items?filename={filename}&value={content}")
                editorURL = nil
            }
        }
        if let email { config.suggestions = SuggestionOptions(email: email.value, editorURL: editorURL) }
    }

    private static func day(_ reader: inout MappingReader, _ key: GoalKey) -> CalendarDay? {
        guard let written = reader.string(key) else { return nil }
        guard let day = CalendarDay(parsing: written.value) else {
            reader.error(key, "'\(written.value)' is not a date: write it as YYYY-MM-DD")
            return nil
        }
        return day
    }
}
