import MegaphoneSupport

/// Every URL of the site comes from this one table: model → site path (relative to `base_url`).
/// Pages are folders (`items/atlas/` → `items/atlas/index.html`) so any web server serves them.
public enum Route {
    public static let home = ""
    public static let items = "items/"
    public static let archive = "items/archive/"
    public static let guidelines = "guidelines/"
    public static let training = "training/"
    public static let tags = "tags/"
    public static let campaigns = "campaigns/"
    public static let audiences = "audiences/"
    public static let calendar = "calendar/"
    public static let guidelinesSummary = "guidelines/summary/"
    public static let networks = "networks/"
    public static let search = "search/"
    public static let feedExtension = "feed-extension/"
    public static let results = "results/"
    /// The "Suggest content" form, when site.yml has `suggestions:`.
    public static let suggest = "suggest/"
    public static let notFound = "404.html"
    public static let robots = "robots.txt"
    /// Files Megaphone writes besides pages: no content may take their place.
    public static let jsonFeed = "feed.json"
    public static let atomFeed = "feed.xml"
    public static let iCalendar = "calendar.ics"
    public static let searchIndex = "search-index.json"
    public static let guidelinesCatalog = "guidelines.json"
    public static let trainingCatalog = "training.json"
    public static let resultsJSON = "results.json"
    public static let files = [jsonFeed, atomFeed, iCalendar, searchIndex, guidelinesCatalog, trainingCatalog, resultsJSON]

    public static func item(_ slug: String) -> String { "items/\(slug)/" }
    public static func guideline(_ slug: String) -> String { "guidelines/\(slug)/" }
    public static func module(_ slug: String) -> String { "training/\(slug)/" }
    public static func lesson(_ module: String, _ slug: String) -> String { "training/\(module)/\(slug)/" }
    public static func page(_ slug: String) -> String { "pages/\(slug)/" }
    public static func tag(_ name: String) -> String { "tags/\(Slug.make(name))/" }
    public static func campaign(_ name: String) -> String { "campaigns/\(Slug.make(name))/" }
    public static func audience(_ name: String) -> String { "audiences/\(Slug.make(name))/" }
    public static func network(_ id: String) -> String { "networks/\(id)/" }
    /// Page `number` (from 1) of a listing: the first at the listing's own URL, the others below it.
    public static func listingPage(_ number: Int, of listing: String) -> String {
        number <= 1 ? listing : listing + "page/\(number)/"
    }
    /// One month of the calendar, `calendar/2026-11/`.
    public static func calendarMonth(_ month: CalendarMonth) -> String { "calendar/\(month.text)/" }
    /// Theme assets live under `assets/`, content files at their path under `content/`.
    public static func asset(_ path: String) -> String { "assets/\(path)" }

    /// The file a route is written to.
    public static func file(for route: String) -> String {
        route.isEmpty || route.hasSuffix("/") ? route + "index.html" : route
    }
}

/// The kinds of page the site makes, as the theme sees them (`page.kind`, a hook for styles).
public enum PageKind: String, Sendable, CaseIterable {
    case home, items, archive, item, guidelines, guideline, training, module, lesson, page, calendar, search, terms, term, results, suggest
    case guidelinesSummary = "guidelines-summary"
    case notFound = "not-found"
}
