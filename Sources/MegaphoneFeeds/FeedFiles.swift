import Foundation
import MegaphoneModel
import MegaphoneSite

/// Every file made for other tools: search index, Atom, iCalendar, catalogs, JSON Feeds; each is
/// made when it is written, in the writer's parallel loop, the heaviest first.
package enum FeedFiles {
    package static func all(_ published: PublishedSite) -> [OutputFile] {
        let feeds = FeedSources(site: published.site, selection: published.selection, markdown: published.markdown,
                                now: published.now, shares: published.shares)
        // Subscribed calendars re-download the whole file: it holds the last `calendar.ics_months`
        // months and everything scheduled, not the years before.
        let since = published.site.config.calendarFeedStart(now: published.now)
        let recent = published.selection.current.filter { $0.date.value >= since }
        let scheduled = published.shownUpcoming
        func rendered(_ path: String, _ make: @escaping @Sendable () throws -> Data) -> OutputFile {
            OutputFile(path: path, contents: .rendered(make))
        }
        var files = [
            rendered(AtomFeedBuilder.path) { AtomFeedBuilder.feed(feeds) },
            rendered(ICalendarBuilder.path) { ICalendarBuilder.calendar(feeds, scheduled: scheduled, published: recent) },
            rendered(CatalogBuilder.guidelinesPath) { try CatalogBuilder.guidelines(feeds) },
            rendered(CatalogBuilder.trainingPath) { try CatalogBuilder.training(feeds) },
        ]
        files += JSONFeedBuilder.all(feeds, terms: published.terms)
        files += SearchIndexBuilder.files(feeds)
        if let results = published.results {
            files.append(rendered(Route.resultsJSON) { try JSONFeedBuilder.encoder().encode(ResultsDocument(results)) })
        }
        return files
    }

    /// The documentation of the feeds' `_advocacy` extension, at the URL the feeds name in `about`.
    package static let documentation = MarkdownPage(route: Route.feedExtension, title: "JSON Feed: the _advocacy extension",
                                                    markdown: FeedExtensionDocumentation.markdown, lang: "en")
}
