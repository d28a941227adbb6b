import Foundation
import MegaphoneModel
import MegaphoneSite
import MegaphoneSupport

/// The published site → its pages, each a job that builds its template context, fingerprints it
/// and renders it when asked.
package enum SiteRenderer {
    /// A page to render: where it goes, its template, and how to prepare it.
    struct Job: Sendable {
        var path: String
        var template: String
        /// The item whose own page this is (its source key), for `PageScope`.
        var item: DerivedCache.Key? = nil
        var prepare: @Sendable () -> PageRendering
    }

    /// Throws when the theme cannot render the listing cards or lacks a page's template (before
    /// any page is rendered). Each language's tree is rendered on its own; the pages every tree
    /// shares once (the feeds' documentation, in the root's).
    ///
    /// With a `scope`, the pages it keeps are not prepared (and the listing cards they would read
    /// are rendered only if a page asks): each is placed from the live site under the fingerprint
    /// it was rendered from.
    package static func pages(_ published: PublishedSite, theme: Theme, derived: DerivedCache,
                               extra: [MarkdownPage] = [], scope: PageScope? = nil) throws(Diagnostic) -> (files: [OutputFile], kept: Int) {
        let jobs = try jobs(published, theme: theme, derived: derived, extra: extra, cards: scope == nil ? .prepared : .deferred)
        if let problem = templateProblems(jobs, theme: theme).first { throw problem }
        var kept = 0
        let files = jobs.map { job in
            if let scope, let fingerprint = scope.keptFingerprint(of: job) {
                kept += 1
                return PageScope.kept(job, fingerprint: fingerprint)
            }
            return OutputFile(path: job.path, contents: .page(job.prepare))
        }
        return (files, kept)
    }

    /// What `pages` would fail on, found without rendering anything: `check` at 100,000 items
    /// rendered every card and page (most of its 94 s) to learn only this, since a template
    /// renders any context it is given and the theme's own problems are found when it loads.
    package static func problems(_ published: PublishedSite, theme: Theme, derived: DerivedCache,
                                  extra: [MarkdownPage] = []) -> [Diagnostic] {
        // The cards are not rendered: the jobs' contexts are only built when a page is prepared.
        do throws(Diagnostic) {
            return templateProblems(try jobs(published, theme: theme, derived: derived, extra: extra, cards: .none),
                                    theme: theme)
        } catch {
            return [error]
        }
    }

    private static func templateProblems(_ jobs: [Job], theme: Theme) -> [Diagnostic] {
        var seen: Set<String> = []
        return jobs.compactMap { job in
            guard seen.insert(job.template).inserted, !theme.has(template: job.template) else { return nil }
            return theme.missing(template: job.template)
        }
    }

    /// When the listing cards are rendered: before any page, when a page first asks, or never.
    private enum Cards { case prepared, deferred, none }

    private static func jobs(_ published: PublishedSite, theme: Theme, derived: DerivedCache, extra: [MarkdownPage],
                             cards: Cards) throws(Diagnostic) -> [Job] {
        // Each language's tree on its own core: its cards, contexts and jobs depend on no other tree.
        let perTree = ConcurrentMap.map(published.trees) { tree -> Result<[Job], Diagnostic> in
            var factory = ContextFactory(tree: tree, languages: published.languages,
                                         translations: published.translations, theme: theme, markdown: published.markdown,
                                         dates: DateText(timeZone: published.config.timeZone),
                                         shares: published.shares, results: published.results, derived: derived)
            factory.prepareStrings()
            factory.contentSecurityPolicy = ContentSecurityPolicy(imageSources: published.config.imageSources,
                                                                  allowsMailForms: published.config.suggestions != nil).value
            factory.prepareLayout()
            switch cards {
            case .prepared:
                do throws(Diagnostic) { try factory.prepareCards(tree.selection.pagedItems, now: published.now) } catch { return .failure(error) }
            case .deferred: factory.deferCards(tree.selection.pagedItems, now: published.now)
            case .none: break
            }
            let isRoot = tree.prefix.isEmpty
            return .success(PageJobs(factory: factory, selection: tree.selection, now: published.now).all(extra: isRoot ? extra : []))
        }
        var jobs: [Job] = []
        for result in perTree { jobs += try result.get() }
        return jobs
    }
}
