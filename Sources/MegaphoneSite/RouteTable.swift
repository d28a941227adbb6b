import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing
import MegaphoneParse
import MegaphoneValidate

/// The URL of every page the build will write, who owns it, and which content file maps to which
/// page, so relative Markdown links can be rewritten and duplicate URLs caught.
public struct RouteTable: Sendable {
    public struct Entry: Sendable {
        public var route: String
        /// The file that produces the page; nil for pages Megaphone makes itself (listings).
        public var owner: SourceLocation?
    }

    public private(set) var entries: [String: Entry] = [:]
    /// `items/2026-11-20-atlas.md` → `items/atlas/`
    public private(set) var routeOfContentFile: [String: String] = [:]
    public private(set) var diagnostics: [Diagnostic] = []

    /// Routes for everything that is published at `now` (see `Selection`): each language's pages
    /// in its tree, each document in its own language's.
    public init(site: Site, selection: Selection) {
        let languages = Languages(site.config)
        for fixed in [Route.robots, Route.feedExtension] { entries[fixed] = Entry(route: fixed, owner: nil) }
        for language in languages.all {
            var made = [Route.home, Route.items, Route.archive, Route.guidelines, Route.training, Route.tags, Route.campaigns,
                        Route.audiences, Route.notFound, Route.calendar, Route.search, Route.guidelinesSummary, Route.networks,
                        Route.results] + Route.files
            // Made only when site.yml says where suggestions go; then Markdown may link to it.
            if site.config.suggestions != nil { made.append(Route.suggest) }
            for fixed in made {
                let route = languages.route(fixed, in: language)
                entries[route] = Entry(route: route, owner: nil)
            }
        }
        for item in selection.pagedItems {
            add(languages.route(Route.item(item.slug), in: item.lang), for: item.document)
        }
        for guideline in site.guidelines { add(languages.route(Route.guideline(guideline.slug), in: guideline.lang), for: guideline.document) }
        for module in site.training {
            add(languages.route(Route.module(module.slug), in: module.lang), for: module.document)
            for lesson in module.lessons {
                // A single-file module's lessons are sections of its file: the file maps to the module.
                add(languages.route(Route.lesson(module.slug, lesson.slug), in: module.lang), for: lesson.document,
                    mapsContentFile: lesson.document.contentPath != module.document.contentPath)
            }
        }
        for page in site.pages { add(languages.route(Route.page(page.slug), in: page.lang), for: page.document) }
    }

    private mutating func add(_ route: String, for document: SourceDocument, mapsContentFile: Bool = true) {
        let location = SourceLocation(path: document.displayPath, line: 1, column: 1)
        if let existing = entries[route] {
            if let owner = existing.owner {
                diagnostics.append(.error(at: location,
                    "two pages would have the URL /\(route): this file and \(owner.path); change the file name or set 'slug:' in one of them"))
            } else {
                diagnostics.append(.error(at: location,
                    "the URL /\(route) is reserved for a page Megaphone makes; change the file name or set 'slug:'"))
            }
            return
        }
        entries[route] = Entry(route: route, owner: location)
        if mapsContentFile { routeOfContentFile[document.contentPath] = route }
    }

    public func contains(_ route: String) -> Bool { entries[route] != nil }
}
