import Foundation
import MegaphoneModel
import MegaphoneSite
import MegaphoneSupport

/// The published site → its pages, each a job that builds its template context, fingerprints it
/// and renders it when asked.
package enum SiteRenderer {
    /// A page to render: where it goes and how to prepare it.
    struct Job: Sendable {
        var path: String
        var prepare: @Sendable () -> PageRendering
    }

    /// Throws when the theme cannot render the listing cards. Each language's tree is rendered
    /// on its own; the pages every tree shares once (the feeds' documentation, in the root's).
    package static func pages(_ published: PublishedSite, theme: Theme, derived: DerivedCache,
                               extra: [MarkdownPage] = []) throws(Diagnostic) -> [OutputFile] {
        var files: [OutputFile] = []
        for tree in published.trees {
            var factory = ContextFactory(tree: tree, languages: published.languages,
                                         translations: published.translations, theme: theme, markdown: published.markdown,
                                         dates: DateText(timeZone: published.config.timeZone),
                                         shares: published.shares, results: published.results, derived: derived)
            factory.prepareStrings()
            factory.contentSecurityPolicy = ContentSecurityPolicy(imageSources: published.config.imageSources,
                                                                  allowsMailForms: published.config.suggestions != nil).value
            try factory.prepareCards(tree.selection.pagedItems, now: published.now)
            let isRoot = tree.prefix.isEmpty
            let jobs = PageJobs(factory: factory, selection: tree.selection, now: published.now).all(extra: isRoot ? extra : [])
            files += jobs.map { OutputFile(path: $0.path, contents: .page($0.prepare)) }
        }
        return files
    }
}
