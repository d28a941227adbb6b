import Foundation
import MegaphoneModel
import MegaphoneSite

/// The published site → its pages, each a job that builds its template context, fingerprints it
/// and renders it when asked.
package enum SiteRenderer {
    /// A page to render: where it goes and how to prepare it.
    struct Job: Sendable {
        var path: String
        var prepare: @Sendable () -> PageRendering
    }

    /// Throws when the theme cannot render the listing cards.
    package static func pages(_ published: PublishedSite, theme: Theme, extra: [MarkdownPage] = []) throws(Diagnostic) -> [OutputFile] {
        var factory = ContextFactory(site: published.site, theme: theme, markdown: published.markdown,
                                     dates: DateText(timeZone: published.config.timeZone), terms: published.terms,
                                     shares: published.shares, results: published.results)
        factory.prepareStrings()
        factory.contentSecurityPolicy = ContentSecurityPolicy(imageSources: published.config.imageSources,
                                                              allowsMailForms: published.config.suggestions != nil).value
        try factory.prepareCards(published.selection.pagedItems, now: published.now)
        let jobs = PageJobs(factory: factory, selection: published.selection, now: published.now).all(extra: extra)
        return jobs.map { OutputFile(path: $0.path, contents: .page($0.prepare)) }
    }
}
