import Foundation
import MegaphoneModel
import MegaphoneSite
import MegaphoneSupport

/// Every file made for other tools: search index, Atom, iCalendar, catalogs, JSON Feeds; each is
/// made when it is written, in the writer's parallel loop, the heaviest first.
package enum FeedFiles {
    package static func all(_ published: PublishedSite, derived: DerivedCache) -> [OutputFile] {
        // The languages' trees at once: what each gathers before its files are made (the search
        // index's postings, the feeds' entries) is mostly serial, so two trees fill two cores.
        var files = ConcurrentMap.map(Array(published.trees.enumerated())) { index, tree in
            language(tree, published, derived, backwards: index % 2 == 1).map { file in
                var file = file
                file.path = tree.prefix + file.path
                return file
            }
        }.flatMap { $0 }
        // The figures are the same in every language: one document, at the root.
        if let results = published.results {
            files.append(OutputFile(path: Route.resultsJSON, contents: .rendered {
                try JSONFeedBuilder.encoder().encode(ResultsDocument(results))
            }))
        }
        return files
    }

    /// The files of one language's tree, at paths inside it.
    /// `backwards`: its search index folds its documents' words from the last (`SearchIndexBuilder.gather`).
    private static func language(_ tree: LanguageTree, _ published: PublishedSite, _ derived: DerivedCache,
                                 backwards: Bool) -> [OutputFile] {
        let feeds = FeedSources(tree: tree, published: published, derived: derived)
        // Subscribed calendars re-download the whole file: it holds the last `calendar.ics_months`
        // months and everything scheduled, not the years before.
        let since = published.site.config.calendarFeedStart(now: published.now)
        let recent = feeds.selection.current.filter { $0.date.value >= since }
        let scheduled = published.config.showUpcoming ? feeds.selection.upcoming : []
        func rendered(_ path: String, _ make: @escaping @Sendable () throws -> Data) -> OutputFile {
            OutputFile(path: path, contents: .rendered(make))
        }
        var files = [
            rendered(AtomFeedBuilder.path) { AtomFeedBuilder.feed(feeds) },
            rendered(ICalendarBuilder.path) { ICalendarBuilder.calendar(feeds, scheduled: scheduled, published: recent) },
            rendered(CatalogBuilder.guidelinesPath) { try CatalogBuilder.guidelines(feeds) },
            rendered(CatalogBuilder.trainingPath) { try CatalogBuilder.training(feeds) },
        ]
        files += JSONFeedBuilder.all(feeds, terms: tree.terms)
        files += SearchIndexBuilder.files(feeds, backwards: backwards)
        return files
    }

    /// The documentation of the feeds' `_advocacy` extension, at the URL the feeds name in `about`.
    package static let documentation = MarkdownPage(route: Route.feedExtension, title: "JSON Feed: the _advocacy extension",
                                                    markdown: FeedExtensionDocumentation.markdown, lang: "en")
}
