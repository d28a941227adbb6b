import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate

/// `search-index.json` for the client-side search: titles, summaries and terms as written (they
/// are shown), and the body as a short list of distinct folded words (only matched, never shown),
/// which keeps the index small.
package enum SearchIndexBuilder {
    package struct Entry: Encodable {
        package var title: String
        package var url: String
        package var type: String
        package var summary: String?
        package var tags: [String]?
        package var campaign: String?
        package var text: String
    }

    /// How much of each body is indexed, in characters of plain text.
    package static let bodyCharacters = 1_500

    package static let path = Route.searchIndex

    package static func index(_ sources: FeedSources) throws -> Data {
        let base = sources.base
        let markdown = sources.markdown
        var folder = WordFolder()
        func words(_ html: String) -> String { folder.words(html) }
        var entries: [Entry] = []
        for item in sources.selection.current {
            entries.append(Entry(title: item.title, url: base.relative(Route.item(item.slug)), type: "item",
                                 summary: sources.summary(of: item), tags: item.tags.isEmpty ? nil : item.tags,
                                 campaign: item.campaign, text: words(markdown.html(MarkdownPass.DocumentKey.item(item)))))
        }
        for guideline in sources.site.guidelines {
            let body = markdown.html(MarkdownPass.DocumentKey.guideline(guideline))
            entries.append(Entry(title: guideline.title, url: base.relative(Route.guideline(guideline.slug)), type: "guideline",
                                 summary: guideline.summary, tags: nil, campaign: nil,
                                 text: words(body + " " + (guideline.dos + guideline.donts).joined(separator: " "))))
        }
        for module in sources.site.training {
            let lessons = module.lessons.map { markdown.html(MarkdownPass.DocumentKey.lesson(module, $0)) }.joined(separator: " ")
            entries.append(Entry(title: module.title, url: base.relative(Route.module(module.slug)), type: "training",
                                 summary: module.objectives.first, tags: nil, campaign: nil,
                                 text: words(markdown.html(MarkdownPass.DocumentKey.module(module)) + " " + lessons)))
        }
        for page in sources.site.pages {
            entries.append(Entry(title: page.title, url: base.relative(Route.page(page.slug)), type: "page", summary: nil,
                                 tags: nil, campaign: nil, text: words(markdown.html(MarkdownPass.DocumentKey.page(page)))))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(entries)
    }
}
