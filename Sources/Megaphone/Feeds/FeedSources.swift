import Foundation

/// What the feeds are made from: the published items, their rendered Markdown and share options.
struct FeedSources: Sendable {
    var site: Site
    var selection: Selection
    var markdown: MarkdownPass
    var now: Date
    /// Share options by item, computed once by the renderer.
    var shares: [String: [ShareOption]]

    func shareOptions(_ item: ContentItem) -> [ShareOption] {
        shares[item.document.contentPath] ?? SharePlanner(config: config).options(for: item)
    }

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

    /// The text of rendered HTML: tags dropped (as spaces), the entities cmark writes decoded,
    /// white space collapsed. One pass: it runs over every document for the search index.
    static func plainText(ofHTML html: String) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var inTag = false
        var entity: String?
        var pendingSpace = false
        func emit(_ character: Character) {
            if character.isWhitespace { pendingSpace = !text.isEmpty; return }
            if pendingSpace { text.append(" ") }
            pendingSpace = false
            text.append(character)
        }
        for character in html {
            if inTag {
                if character == ">" { inTag = false; pendingSpace = !text.isEmpty }
            } else if var current = entity {
                if character == ";" {
                    entity = nil
                    switch current {
                    case "lt": emit("<")
                    case "gt": emit(">")
                    case "quot": emit("\"")
                    case "#39": emit("'")
                    case "amp": emit("&")
                    default: for c in "&\(current);" { emit(c) }
                    }
                } else if current.count < 8 {
                    current.append(character)
                    entity = current
                } else {
                    entity = nil
                    for c in "&" + current + String(character) { emit(c) }
                }
            } else if character == "<" {
                inTag = true
            } else if character == "&" {
                entity = ""
            } else {
                emit(character)
            }
        }
        return text
    }
}
