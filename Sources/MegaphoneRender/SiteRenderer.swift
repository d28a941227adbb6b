import Foundation
import MegaphoneModel
import MegaphoneSite
import MegaphoneSupport

/// The published site → its pages, each a job that builds its template context, fingerprints it
/// and renders it when asked.
package enum SiteRenderer {
    /// A page that is not made from content: its Markdown is given (the feeds' documentation).
    @Memberwise
    package struct ExtraPage: Sendable {
        package var route: String
        package var title: String
        package var markdown: String
        package var lang: String
    }

    /// A page to render: where it goes and how to prepare it.
    struct Job: Sendable {
        var path: String
        var prepare: @Sendable () -> PageRendering
    }

    /// Throws when the theme cannot render the listing cards.
    package static func pages(_ published: PublishedSite, theme: Theme, extra: [ExtraPage] = []) throws(Diagnostic) -> [OutputFile] {
        var factory = ContextFactory(site: published.site, theme: theme, markdown: published.markdown,
                                     dates: DateText(timeZone: published.config.timeZone), terms: published.terms,
                                     shares: published.shares)
        factory.prepareStrings()
        try factory.prepareCards(published.selection.pagedItems, now: published.now)
        let jobs = PageJobs(factory: factory, selection: published.selection, now: published.now).all(extra: extra)
        return jobs.map { OutputFile(path: $0.path, contents: .page($0.prepare)) }
    }
}
