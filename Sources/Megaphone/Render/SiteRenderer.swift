import Foundation

/// Validated site → every output file. Markdown first (one pass over all documents), then one
/// template job per page, all run in parallel.
public enum SiteRenderer {
    public struct Options: Sendable {
        public var now: Date
        public var includeFuture: Bool
        public var includeDrafts: Bool

        public init(now: Date, includeFuture: Bool = false, includeDrafts: Bool = false) {
            self.now = now
            self.includeFuture = includeFuture
            self.includeDrafts = includeDrafts
        }
    }

    /// A page to render: where it goes and how to prepare it.
    struct Job: Sendable {
        var path: String
        var prepare: @Sendable () -> PageRendering
    }

    public static func render(_ site: Site, theme: Theme, shares: ShareTable? = nil, options: Options) -> ([OutputFile], [Diagnostic]) {
        let selection = Selection(site: site, now: options.now, includeFuture: options.includeFuture,
                                  includeDrafts: options.includeDrafts)
        let routes = RouteTable(site: site, selection: selection)
        let markdownFiles = site.items.map(\.document.contentPath) + site.guidelines.map(\.document.contentPath)
            + site.training.flatMap { [$0.document.contentPath] + $0.lessons.map(\.document.contentPath) }
            + site.pages.map(\.document.contentPath)
        let resolver = LinkResolver(routes: routes, staticFiles: Set(site.staticFiles), markdownFiles: markdownFiles,
                                    presentMarkdownFiles: site.markdownFiles, base: site.config.baseURL)
        let markdown = MarkdownPass(site: site, resolver: resolver)
        let diagnostics = routes.diagnostics + markdown.diagnostics
        guard !diagnostics.hasErrors else { return ([], diagnostics) }

        var factory = ContextFactory(site: site, theme: theme, markdown: markdown,
                                     dates: DateText(timeZone: site.config.timeZone),
                                     terms: Terms(items: selection.current, base: site.config.baseURL))
        factory.prepareStrings()
        factory.prepare(selection.pagedItems, shares: shares ?? ShareTable(site: site), now: options.now)
        let jobs = PageJobs(factory: factory, selection: selection, now: options.now).all()
        let feeds = FeedSources(site: site, selection: selection, markdown: markdown, now: options.now, shares: factory.shares)
        let upcoming = site.config.showUpcoming ? selection.upcoming : []
        // Feeds and pages are made by the writer, in one parallel pass; the heaviest come first
        // so that none is left running alone at the end.
        func rendered(_ path: String, _ make: @escaping @Sendable () -> Data) -> OutputFile {
            OutputFile(path: path, contents: .rendered(make))
        }
        var files = [
            rendered(SearchIndexBuilder.path) { SearchIndexBuilder.index(feeds) },
            rendered(AtomFeedBuilder.path) { AtomFeedBuilder.feed(feeds) },
            rendered(ICalendarBuilder.path) { ICalendarBuilder.calendar(feeds, items: selection.current + upcoming) },
            rendered(CatalogBuilder.guidelinesPath) { CatalogBuilder.guidelines(feeds) },
            rendered(CatalogBuilder.trainingPath) { CatalogBuilder.training(feeds) },
        ]
        files += JSONFeedBuilder.all(feeds, terms: factory.terms)
        files += jobs.map { OutputFile(path: $0.path, contents: .page($0.prepare)) }
        files.append(OutputFile(path: Route.robots, contents: .data(Data(robots(site.config).utf8))))
        files += site.staticFiles.map { path in
            OutputFile(path: path, contents: .copy(from: site.contentRoot.appendingPathComponent(path)))
        }
        files += theme.assets.values.map { OutputFile(path: $0.outputPath, contents: .copy(from: $0.source)) }
        return (files, diagnostics)
    }

    static func robots(_ config: SiteConfig) -> String {
        config.allowRobots
            ? "User-agent: *\nAllow: /\n"
            : "# An intranet portal: not for search engines.\nUser-agent: *\nDisallow: /\n"
    }
}
