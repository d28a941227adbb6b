import Foundation
import MegaphoneSupport

/// `site.yml`: every key has a default except `title` and `base_url`.
public struct SiteConfig: Sendable {
    public struct UTM: Sendable, Equatable {
        public var source = "{network}"
        public var medium = "social"
        public var campaign = "{campaign}"
        public var content = "{slug}"
        /// Query parameter that carries an employee's personal code.
        public var personal = "utm_term"
        public var extra: [(key: String, value: String)] = []

        public init() {}

        public static func == (lhs: UTM, rhs: UTM) -> Bool {
            lhs.source == rhs.source && lhs.medium == rhs.medium && lhs.campaign == rhs.campaign
                && lhs.content == rhs.content && lhs.personal == rhs.personal
                && lhs.extra.map(\.key) == rhs.extra.map(\.key) && lhs.extra.map(\.value) == rhs.extra.map(\.value)
        }
    }

    public var title: String
    public var baseURL: BaseURL
    public var description: String?
    public var language = "fr"
    public var languages: [String] = []
    /// `localized:`: title and description by language, for the trees after the first.
    public var localized: [String: LocalizedTexts] = [:]
    public var timeZone = TimeZone(identifier: "Europe/Paris")!
    public var theme = "default"
    public var networks: [String] = ["linkedin", "x", "facebook", "xing", "bluesky", "mastodon", "threads", "whatsapp", "email"]
    public var mastodonInstance = "https://mastodon.social"
    public var utm = UTM()
    public var disclosure: String?
    /// Raw HTML in Markdown is dropped unless the site opts in.
    public var unsafeHTML = false
    /// Hosts images may come from besides the portal (`allowed_hosts`), in ASCII.
    public var imageSources = ImageSources()
    /// How many items a feed holds at most.
    public var feedItems = 50
    /// Whether the calendar shows scheduled items before their date.
    public var showUpcoming = true
    /// How many months back `calendar.ics` goes (everything scheduled is always in it).
    public var icsMonths = 12
    /// How many items a page of a listing holds (`paginate`).
    public var paginate = 24
    /// How many pinned and latest items the home page shows.
    public var homePinned = 3
    public var homeLatest = 12
    public var company: String?
    /// A file under `content/`, path relative to it.
    public var logo: String?
    public var logoLocation: SourceLocation?
    public var accentColor: String?
    /// robots.txt disallows everything unless the site says otherwise: it is an intranet.
    public var allowRobots = false
    public var results = ResultsOptions()
    public var goals: [Goal] = []
    /// Nil when site.yml has no `suggestions:`: the portal then has no suggestion page.
    public var suggestions: SuggestionOptions?

    public init(title: String, baseURL: BaseURL) {
        self.title = title
        self.baseURL = baseURL
    }

    /// The first moment `calendar.ics` covers: `calendar.ics_months` before `now`.
    public func calendarFeedStart(now: Date) -> Date {
        Self.calendarFeedStart(now: now, timeZone: timeZone, months: icsMonths)
    }

    public static func calendarFeedStart(now: Date, timeZone: TimeZone, months: Int) -> Date {
        CalendarMonth.gregorian(timeZone).date(byAdding: .month, value: -months, to: now) ?? .distantPast
    }
}

/// The site's public root. Every URL the site writes is built from it, so a sub-path deploy works.
public struct BaseURL: Sendable, Equatable {
    /// `https://intranet.acme.example`
    public var origin: String
    /// `/advocacy/`: always starts and ends with `/`.
    public var path: String

    /// Accepts an absolute http(s) URL; a missing trailing slash is added.
    public init?(_ string: String) {
        guard let components = URLComponents(string: string),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil
        else { return nil }
        var origin = "\(scheme)://\(host)"
        if let port = components.port { origin += ":\(port)" }
        self.origin = origin
        var path = components.percentEncodedPath
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.path = path
    }

    /// Absolute URL of a site path such as `items/atlas/`.
    public func absolute(_ sitePath: String) -> String { origin + path + sitePath }

    /// Root-relative URL of a site path, for links inside the site.
    public func relative(_ sitePath: String) -> String { path + sitePath }

    public var string: String { origin + path }
}

/// `suggestions:` in site.yml: where the "Suggest content" page sends what employees propose.
public struct SuggestionOptions: Sendable, Equatable {
    /// The address the form's e-mail goes to (the form works without JavaScript through it).
    public var email: String
    /// The repository's new-file page with `{filename}` and `{content}` placeholders, if any.
    public var editorURL: String?

    public init(email: String, editorURL: String? = nil) {
        self.email = email
        self.editorURL = editorURL
    }
}

/// `results:` in site.yml: how figures read back from analytics are shown.
public struct ResultsOptions: Sendable, Equatable {
    /// Ranking personal codes is opt-in: they are pseudonyms, but a ranking is still personal.
    public var leaderboard = false
    /// A personal code with fewer sessions is never shown anywhere.
    public var minSessions = 5
    /// How many entries the rankings (items, leaderboard) show.
    public var top = 10

    public init() {}
}

/// What the program promised (`goals:` in site.yml), measured against the analytics data.
@Memberwise
public struct Goal: Sendable, Equatable {
    public enum Metric: String, Sendable, CaseIterable {
        case sessions
        case engagedSessions = "engaged_sessions"
        case conversions
        /// Distinct personal codes.
        case ambassadors

        public var analyticsMetric: AnalyticsMetric? { AnalyticsMetric(rawValue: rawValue) }
    }

    public var name: String
    public var metric: Metric
    public var target: Int
    public var baseline: Int?
    public var start: CalendarDay?
    public var end: CalendarDay?
    /// A campaign of the portal, as written (name or slug).
    public var campaign: Located<String>?
    public var location: SourceLocation
}

/// site.yml's texts written in another language (`localized: {en: {…}}`).
public struct LocalizedTexts: Sendable, Equatable {
    public var title: String?
    public var description: String?

    public init(title: String? = nil, description: String? = nil) {
        self.title = title
        self.description = description
    }
}
