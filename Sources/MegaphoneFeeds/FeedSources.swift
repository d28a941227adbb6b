import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate

/// What one language's feeds are made from: the published items, their rendered Markdown and
/// share options. Feeds, calendars and catalogs hold the documents written in the language; the
/// search index also finds those that exist only in another one (as the listings show them).
package struct FeedSources: Sendable {
    /// The tree's own documents: what its feeds and catalogs hold.
    package var site: Site
    package var selection: Selection
    /// Everything the tree lists, other languages' untranslated documents included.
    package var shownSite: Site
    package var shownSelection: Selection
    package var markdown: MarkdownPass
    package var now: Date
    /// Share options by item, planned once for the validation, the pages and the feeds.
    package var shares: ShareTable
    package var language: String
    package var languages: Languages
    /// Where this language's pages are (`…/advocacy/en/`).
    package var base: BaseURL
    /// What earlier builds derived (the search index's folded words), and this one adds to.
    package var derived: DerivedCache

    package init(tree: LanguageTree, published: PublishedSite, derived: DerivedCache) {
        self.derived = derived
        language = tree.language
        languages = published.languages
        base = tree.base
        shownSite = tree.site
        shownSelection = tree.selection
        markdown = published.markdown
        now = published.now
        shares = published.shares
        (site, selection) = tree.own
    }

    package func shareOptions(_ item: ContentItem) -> [ShareOption] { shares.options(for: item) }

    package var config: SiteConfig { site.config }
    /// The site's own base: files, images, and the pages of every tree start from it.
    package var root: BaseURL { site.config.baseURL }

    /// The page of a document in its own language's tree, root-relative.
    package func documentURL(_ route: String, language: String) -> String { root.relative(languages.route(route, in: language)) }

    package func date(_ date: Date) -> String { RFC3339.format(date, in: config.timeZone) }

    /// Feed readers resolve nothing against the page: make the site's root-relative URLs absolute.
    package func absoluteHTML(_ html: String) -> String {
        html.replacingEvery("href=\"\(root.path)", with: "href=\"\(root.origin)\(root.path)")
            .replacingEvery("src=\"\(root.path)", with: "src=\"\(root.origin)\(root.path)")
    }

    package func html(of item: ContentItem) -> String { absoluteHTML(markdown.html(MarkdownPass.DocumentKey.item(item))) }

    package func summary(of item: ContentItem) -> String? {
        item.summary ?? markdown.firstParagraph(MarkdownPass.DocumentKey.item(item))
    }

    package func imageURL(of item: ContentItem) -> String? {
        guard let image = item.image else { return nil }
        let reference = image.reference.value
        if reference.contains(ascii: ":") { return reference }
        return ContentPath.resolve(reference, from: item.document.contentDirectory).map(root.absolute)
    }

    /// Newest first, at most `feed.items`; pinned items first so a bot never misses them.
    package func feedItems(_ items: some Collection<ContentItem>) -> [ContentItem] {
        // A term's items include other languages' (its page lists them); its feed does not.
        let items = languages.isMultilingual ? items.filter { $0.lang == language } : Array(items)
        let pinned = items.filter { $0.priority == .high }
        let others = items.filter { $0.priority != .high }
        return Array((pinned + others).prefix(config.feedItems))
    }

    /// The text of rendered HTML: tags dropped (as spaces), the entities cmark writes decoded,
    /// white space collapsed; at most `characterLimit` characters. One pass over Unicode scalars,
    /// written out as UTF-8 bytes (appending to a `String.UnicodeScalarView` was a tenth of a first
    /// build): it runs over every document for the search index.
    package static func plainText(ofHTML html: String, characterLimit: Int = .max) -> String {
        // Scalars are collected a little past `characterLimit`: if they make more characters than
        // that, the cut below is exact; only text of unusually long characters is done again whole.
        let scalarBound = characterLimit > Int.max / 2 ? Int.max : characterLimit + 64
        var text: [UInt8] = []
        text.reserveCapacity(min(html.utf8.count, scalarBound == Int.max ? Int.max : scalarBound * 2))
        var emitted = 0
        var inTag = false
        var entity: String.UnicodeScalarView?
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            let isSpace = scalar.isASCII ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                                            || scalar.value == 0x0B || scalar.value == 0x0C)
                : scalar.properties.isWhitespace
            if isSpace { pendingSpace = emitted > 0; return }
            if pendingSpace { text.append(UInt8(ascii: " ")); emitted += 1 }
            pendingSpace = false
            if scalar.isASCII {
                text.append(UInt8(scalar.value))
            } else {
                text.append(contentsOf: UTF8.encode(scalar)!)
            }
            emitted += 1
        }
        func emit(_ string: String) { for scalar in string.unicodeScalars { emit(scalar) } }
        for scalar in html.unicodeScalars {
            if emitted >= scalarBound { break }
            if inTag {
                if scalar == ">" { inTag = false; pendingSpace = emitted > 0 }
            } else if var current = entity {
                if scalar == ";" {
                    entity = nil
                    switch String(current) {
                    case "lt": emit("<")
                    case "gt": emit(">")
                    case "quot": emit("\"")
                    case "#39": emit("'")
                    case "amp": emit("&")
                    default: emit("&" + String(current) + ";")
                    }
                } else if current.count < 8 {
                    current.append(scalar)
                    entity = current
                } else {
                    entity = nil
                    emit("&" + String(current))
                    emit(scalar)
                }
            } else if scalar == "<" {
                inTag = true
            } else if scalar == "&" {
                entity = String.UnicodeScalarView()
            } else {
                emit(scalar)
            }
        }
        let result = String(decoding: text, as: UTF8.self)
        guard characterLimit < Int.max else { return result }
        // Stopped early with no character beyond the limit: the last one may be cut short.
        if emitted >= scalarBound, result.count <= characterLimit { return String(plainText(ofHTML: html).prefix(characterLimit)) }
        return String(result.prefix(characterLimit))
    }
}
