import MegaphoneModel
import MegaphoneSharing

// site.yml and its nested maps. Defaults are said in `help` because the schema shows them.

package enum SiteKey: String, FieldKey {
    case title
    case baseURL = "base_url"
    case description, language, languages, localized, timezone, theme, networks
    case mastodonInstance = "mastodon_instance"
    case utm, disclosure
    case unsafeHTML = "unsafe_html"
    case allowedHosts = "allowed_hosts"
    case feed, calendar, paginate, home, company, logo
    case accentColor = "accent_color"
    case robots, results, goals, suggestions

    package var isRequired: Bool { self == .title || self == .baseURL }

    package var shape: ValueShape {
        switch self {
        case .title, .description, .timezone, .theme, .disclosure, .company, .logo: .text
        case .baseURL, .mastodonInstance: .url
        case .language: .languageCode
        case .languages: .list(.languageCode)
        case .networks: .list(.choice(Network.ids))
        case .utm: .record(UTMKey.fields)
        case .unsafeHTML: .boolean
        case .allowedHosts: .list(.pattern("^(\\*\\.)?[^\\s/:*]+$", example: "cdn.acme.example"))
        case .feed: .record(FeedKey.fields)
        case .calendar: .record(CalendarKey.fields)
        case .paginate: .integer(1...1_000)
        case .home: .record(HomeKey.fields)
        case .accentColor: .pattern("^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$", example: "#0055aa")
        case .robots: .choice(of: SiteConfigParser.RobotsPolicy.self)
        case .results: .record(ResultsKey.fields)
        case .goals: .records(GoalKey.fields)
        case .suggestions: .record(SuggestionsKey.fields)
        case .localized: .map(keys: nil, values: .record(LocalizedKey.fields))
        }
    }

    package var help: String {
        switch self {
        case .title: "Name of the portal, in every page's title and in the feeds."
        case .baseURL: "Address the portal is served at, e.g. https://intranet.acme.example/advocacy/ (a sub-path works)."
        case .description: "One sentence about the portal, for the home page and the feeds."
        case .language: "Language of the portal's pages and texts (default fr)."
        case .languages: "Every language of the content; the first is at the root, the others under /CODE/."
        case .localized: "Per language of languages after the first: the portal's title and description in it."
        case .timezone: "Zone of dates written without one, e.g. Europe/Paris (default)."
        case .theme: "Folder of themes/ the pages are drawn with (default: default)."
        case .networks: "Networks with share buttons, in their order on the page (default: all)."
        case .mastodonInstance: "Mastodon server proposed to employees who have not chosen theirs (default https://mastodon.social)."
        case .utm: "How tracked links are tagged: {network}, {campaign} and {slug} are replaced."
        case .disclosure: "Text added to every suggested message, e.g. #AcmeAmbassadors (counted in the limits)."
        case .unsafeHTML: "true keeps raw HTML written in Markdown; default false drops it."
        case .allowedHosts: "Hosts images may come from, e.g. cdn.acme.example or *.acme.example; any other remote image is an error."
        case .feed: "The JSON Feed and Atom feed."
        case .calendar: "The calendar page and calendar.ics."
        case .paginate: "Items per page of a listing (default 24)."
        case .home: "What the home page lists."
        case .company: "Company name, in the footer and the feeds."
        case .logo: "Picture in the header: a path inside the site's folder."
        case .accentColor: "Colour of links and buttons, as #RRGGBB; needs a contrast of 4.5:1 on white."
        case .robots: "allow lets search engines index the portal; default disallow (it is an intranet)."
        case .results: "The results page read back from analytics exports (data/analytics/)."
        case .goals: "Targets set before a pilot, measured on the results page."
        case .suggestions: "The 'Suggest content' page, where employees propose items."
        }
    }
}

package enum UTMKey: String, FieldKey {
    case source, medium, campaign, content, personal, extra

    package var shape: ValueShape { self == .extra ? .map(keys: nil, values: .text) : .text }

    package var help: String {
        switch self {
        case .source: "utm_source (default {network})."
        case .medium: "utm_medium (default social; the email network uses email)."
        case .campaign: "utm_campaign (default {campaign}: the item's campaign, else its slug)."
        case .content: "utm_content (default {slug})."
        case .personal: "Query parameter carrying an employee's personal code (default utm_term)."
        case .extra: "Further query parameters added to every tracked link."
        }
    }
}

package enum FeedKey: String, FieldKey {
    case items
    package var shape: ValueShape { .integer(1...10_000) }
    package var help: String { "How many items the feeds carry, newest first (default 50)." }
}

package enum CalendarKey: String, FieldKey {
    case showUpcoming = "show_upcoming"
    case icsMonths = "ics_months"

    package var shape: ValueShape { self == .showUpcoming ? .boolean : .integer(1...1_200) }
    package var help: String {
        self == .showUpcoming ? "Show scheduled items in the calendar (default true)."
            : "Months of past items calendar.ics keeps (default 12)."
    }
}

package enum HomeKey: String, FieldKey {
    case pinned, latest
    package var shape: ValueShape { .integer(0...100) }
    package var help: String {
        self == .pinned ? "How many high-priority items are pinned at the top (default 3)."
            : "How many latest items are listed (default 12)."
    }
}

package enum ResultsKey: String, FieldKey {
    case leaderboard
    case minSessions = "min_sessions"
    case top

    package var shape: ValueShape {
        switch self {
        case .leaderboard: .boolean
        case .minSessions: .integer(1...1_000_000)
        case .top: .integer(1...1_000)
        }
    }

    package var help: String {
        switch self {
        case .leaderboard: "Show the most active ambassadors by personal code (default false)."
        case .minSessions: "Sessions a code needs to appear on the leaderboard (default 5)."
        case .top: "How many ambassadors and items the results page ranks (default 10)."
        }
    }
}

package enum GoalKey: String, FieldKey {
    case name, metric, target, baseline, start, end, campaign

    package var isRequired: Bool { [.name, .metric, .target].contains(self) }

    package var shape: ValueShape {
        switch self {
        case .name: .text
        case .metric: .choice(of: Goal.Metric.self)
        case .target: .integer(1...Int(Int32.max))
        case .baseline: .integer(0...Int(Int32.max))
        case .start, .end: .day
        case .campaign: .slug
        }
    }

    package var help: String {
        switch self {
        case .name: "What the goal is, in words."
        case .metric: "What is counted."
        case .target: "The number to reach."
        case .baseline: "The number before the program, for comparison."
        case .start: "First day counted (YYYY-MM-DD)."
        case .end: "Last day counted (YYYY-MM-DD)."
        case .campaign: "Count only this campaign."
        }
    }
}

package enum SuggestionsKey: String, FieldKey {
    case email
    case editorURL = "editor_url"

    package var isRequired: Bool { self == .email }

    package var shape: ValueShape {
        switch self {
        case .email: .pattern("^[^@\\s]+@[^@\\s]+$", example: "communication@acme.example")
        case .editorURL: .pattern("^https?://\\S+$", example: "https://github.com/acme/portail/new/main/content/items?filename={filename}&value={content}")
        }
    }

    package var help: String {
        switch self {
        case .email: "Address suggestions are e-mailed to; without it the page is not made."
        case .editorURL: "New-file page of the repository's web editor, with {filename} and {content} in its query, "
            + "e.g. https://github.com/acme/portail/new/main/content/items?filename={filename}&value={content}."
        }
    }
}

/// `localized: {en: {title: …, description: …}}`: site.yml's texts in another language.
package enum LocalizedKey: String, FieldKey {
    case title, description

    package var isRequired: Bool { false }
    package var shape: ValueShape { .text }
    package var help: String {
        self == .title ? "The portal's name in this language." : "The sentence about the portal in this language."
    }
}
