import Foundation

/// What the feeds are made from: the published items, their rendered Markdown and share options.
struct FeedSources: Sendable {
    var site: Site
    var selection: Selection
    var markdown: MarkdownPass
    var now: Date

    var config: SiteConfig { site.config }
    var base: BaseURL { site.config.baseURL }

    func date(_ date: Date) -> String { RFC3339.format(date, in: config.timeZone) }

    /// Feed readers resolve nothing against the page: make the site's root-relative URLs absolute.
    func absoluteHTML(_ html: String) -> String {
        html.replacingOccurrences(of: "href=\"\(base.path)", with: "href=\"\(base.origin)\(base.path)")
            .replacingOccurrences(of: "src=\"\(base.path)", with: "src=\"\(base.origin)\(base.path)")
    }

    func html(of item: ContentItem) -> String { absoluteHTML(markdown.html(MarkdownPass.DocumentKey.item(item))) }

    func summary(of item: ContentItem) -> String? {
        item.summary ?? markdown.rendered[MarkdownPass.DocumentKey.item(item)]?.firstParagraph
    }

    func imageURL(of item: ContentItem) -> String? {
        guard let image = item.image else { return nil }
        let reference = image.reference.value
        if reference.contains(":") { return reference }
        return ContentPath.resolve(reference, from: item.document.contentDirectory).map(base.absolute)
    }

    /// Newest first, at most `feed.items`; pinned items first so a bot never misses them.
    func feedItems(_ items: [ContentItem]) -> [ContentItem] {
        let pinned = items.filter { $0.priority == .high }
        let others = items.filter { $0.priority != .high }
        return Array((pinned + others).prefix(config.feedItems))
    }

    /// `<a href>` and tags stripped, entities decoded: the text of a rendered document.
    static func plainText(ofHTML html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
