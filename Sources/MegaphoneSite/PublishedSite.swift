import Foundation
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport

/// The site as the build's clock and options publish it, with everything pages and feeds both
/// read, prepared once: which items are current, expired or coming; the URL of every page; the
/// Markdown of every document; the taxonomies; and each item's share options (the same record the
/// validation checked).
package struct PublishedSite: Sendable {
    package struct Options: Sendable {
        package var now: Date
        package var includeFuture: Bool
        package var includeDrafts: Bool

        package init(now: Date, includeFuture: Bool = false, includeDrafts: Bool = false) {
            self.now = now
            self.includeFuture = includeFuture
            self.includeDrafts = includeDrafts
        }
    }

    package var site: Site
    package var now: Date
    package var selection: Selection
    package var routes: RouteTable
    package var markdown: MarkdownPass
    package var shares: ShareTable
    package var languages: Languages
    package var translations: Translations
    /// One tree of pages per language, the root language's first.
    package var trees: [LanguageTree] = []
    /// Figures read back from `data/analytics/`; nil when there is none.
    package var results: Results?
    /// Duplicate URLs, broken links and unsafe Markdown, at their lines.
    package var diagnostics: [Diagnostic]

    /// `derived`: what earlier builds derived (rendered Markdown), reused where its inputs are the same.
    /// Items' Markdown bodies are rendered here and not kept: `site.items` hold none (at 10,000
    /// items, 40 MB that nothing read again held to the end of the build; the caller frees them by
    /// taking `site` from here).
    /// `markdownCarry`: the Markdown pass's summary, saved for the next build and, when its link
    /// answers cannot have changed, read from the previous one (`MarkdownCarry`).
    package init(_ site: Site, shares: ShareTable, options: Options, derived: DerivedCache = DerivedCache(identity: ""),
                 markdownCarry: MarkdownCarry? = nil) {
        let markdownJobs = MarkdownPass.jobs(site)
        var site = site
        // Only where there is a body: writing an empty one copies the item's storage (shared with
        // the caller's site) for nothing, and after a body edit at 10,000 items all but one are empty.
        for index in site.items.indices where !site.items[index].document.body.isEmpty { site.items[index].document.body = "" }
        self.site = site
        now = options.now
        selection = Selection(site: site, now: options.now, includeFuture: options.includeFuture, includeDrafts: options.includeDrafts)
        let markdownFiles = site.items.map(\.document.contentPath) + site.guidelines.map(\.document.contentPath)
            + site.training.flatMap { [$0.document.contentPath] + $0.lessons.map(\.document.contentPath) }
            + site.pages.map(\.document.contentPath)
        languages = Languages(site.config)
        // The routes and the translations side by side: neither reads the other. The translations'
        // checks (two files for one language, one key for two kinds) read only what the link frame
        // covers, and find only errors: when the previous build's summary may be read, that build
        // (which recorded, so had no error) under the same frame and clock window found none.
        let (content, selection, languages) = (site, selection, languages)
        let checksTranslations = markdownCarry?.readsPrevious != true
        (routes, translations) = ConcurrentMap.both({ RouteTable(site: content, selection: selection) },
                                                    { Translations(site: content, selection: selection, languages: languages,
                                                                   checks: checksTranslations) })
        let resolver = LinkResolver(routes: routes, staticFiles: Set(site.staticFiles), markdownFiles: markdownFiles,
                                    presentMarkdownFiles: site.markdownFiles, base: site.config.baseURL,
                                    translations: translations, languages: languages)
        // The Markdown pass and the languages' trees side by side when the pass is carried (neither
        // reads the other): one after the other, they were a fifth of a rebuild after one edit at
        // 10,000 items, mostly on one core. A pass that renders fills every core on its own.
        let (translations, config) = (translations, site.config)
        (markdown, trees) = ConcurrentMap.both(
            { MarkdownPass(jobs: markdownJobs, config: config, resolver: resolver, derived: derived, carry: markdownCarry) },
            { ConcurrentMap.map(languages.all) { language in
                LanguageTree(language: language, site: content, selection: selection, translations: translations, languages: languages)
            } }, concurrently: markdownCarry?.readsPrevious == true)
        self.shares = shares
        results = Results(site: site, items: selection.pagedItems)
        diagnostics = routes.diagnostics + translations.diagnostics + markdown.diagnostics + (results?.diagnostics ?? [])
    }

    package var config: SiteConfig { site.config }
}
