import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate

/// `feed.json` and the per-campaign and per-audience feeds.
package enum JSONFeedBuilder {
    package static let extensionRoute = "feed-extension/"

    package static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    package static func all(_ sources: FeedSources, terms: Terms) -> [OutputFile] {
        var feeds: [(path: String, title: String, home: String, items: [ContentItem])] = [
            (Route.jsonFeed, sources.config.title, Route.home, sources.feedItems(sources.selection.current)),
        ]
        for (kind, list, route) in [("campaign", terms.campaigns, Route.campaign), ("audience", terms.audiences, Route.audience)] {
            for term in list {
                let page = route(term.name)
                feeds.append((page + Route.jsonFeed, "\(sources.config.title) – \(kind) \(term.name)", page, sources.feedItems(term.items)))
            }
        }
        // An item is in the site feed and in campaign and audience feeds: build each one once, and
        // only those some feed holds (each feed keeps its newest `feed.items`).
        var needed: [String: ContentItem] = [:]
        for feed in feeds { for item in feed.items { needed[item.document.contentPath] = item } }
        let items = needed.keys.sorted().compactMap { needed[$0] }
        // Each entry is encoded once, here in parallel, and spliced into every feed that holds it:
        // encoding every feed whole encoded an item once per feed (four times on average). An entry
        // is made of the item (its `sourceKey` covers its file and site.yml), its Markdown (the
        // record's hash) and the URLs of this tree: under a key of those, a rebuild reuses it
        // (planning the share options and encoding were 15% of a rebuild after one edit).
        // Each feed reads its entries back from the cache when it is written, which sets aside on
        // disk what it makes: feeds holding every entry to the end were 66 MB at 10,000 items.
        let encoded = ConcurrentMap.map(items) { item -> Entry in
            guard let sourceKey = item.sourceKey else { return .bytes((try? encoder().encode(entry(sources, item))).map { Array($0)[...] }) }
            var key = DerivedCache.KeyMaker("feed-entry")
            key.combine(sourceKey.high)
            key.combine(sourceKey.low)
            sources.markdown.fingerprint(MarkdownPass.DocumentKey.item(item), into: &key)
            key.combine(sources.base.absolute(Route.item(item.slug)))
            key.combine(sources.root.absolute(extensionRoute))
            let made = sources.derived.derived(key.key) { (try? encoder().encode(entry(sources, item))).map { Array($0) } }
            return made == nil ? .bytes(nil) : .cached(key.key)
        }
        let entries = Dictionary(uniqueKeysWithValues: zip(items.map(\.document.contentPath), encoded))
        return feeds.map { feed in
            OutputFile(path: feed.path, contents: .rendered {
                try self.feed(sources, items: feed.items, entries: entries, title: feed.title, route: feed.path, homeRoute: feed.home)
            })
        }
    }

    /// An item's entry, encoded: in the derived cache under a key, or here.
    package enum Entry: Sendable {
        case cached(DerivedCache.Key)
        case bytes(ArraySlice<UInt8>?)

        func bytes(_ derived: DerivedCache) -> ArraySlice<UInt8>? {
            switch self {
            case .cached(let key): derived.stored(key)
            case .bytes(let bytes): bytes
            }
        }
    }

    /// `items` are the feed's items already, in order and limited; `entries`, their encoded
    /// entries (an item missing there is encoded now).
    package static func feed(_ sources: FeedSources, items: [ContentItem], entries: [String: Entry], title: String,
                             route: String, homeRoute: String) throws -> Data {
        let envelope = JSONFeed(
            title: title, homePageURL: sources.base.absolute(homeRoute), feedURL: sources.base.absolute(route),
            description: sources.config.description, language: sources.language, items: [],
            advocacy: JSONFeed.FeedExtension(about: sources.root.absolute(extensionRoute)))
        var data = try encoder().encode(envelope)
        // The envelope's only empty array: inside a string every quote is escaped, so the bytes
        // `"items":[]` can only be the key and its value. The entries go between the brackets,
        // as JSONEncoder would have written them (compact, the same options).
        guard let itemsArray = data.firstRange(of: Data(#""items":[]"#.utf8)) else {
            throw EncodingError.invalidValue(route, .init(codingPath: [], debugDescription: "no items array in the feed's envelope"))
        }
        var list = Data()
        for (index, item) in items.enumerated() {
            if index > 0 { list.append(UInt8(ascii: ",")) }
            if let encoded = entries[item.document.contentPath]?.bytes(sources.derived) {
                list.append(contentsOf: encoded)
            } else {
                list.append(try encoder().encode(entry(sources, item)))
            }
        }
        data.insert(contentsOf: list, at: itemsArray.upperBound - 1)
        return data
    }

    /// One item as every feed shows it.
    package static func entry(_ sources: FeedSources, _ item: ContentItem) -> JSONFeed.Item {
        let options = sources.shareOptions(item)
        let page = sources.base.absolute(Route.item(item.slug))
        return JSONFeed.Item(
            id: page, url: page, externalURL: item.url?.value, title: item.title, summary: sources.summary(of: item),
            contentHTML: sources.html(of: item), datePublished: sources.date(item.date.value),
            tags: item.tags.isEmpty ? nil : item.tags, image: sources.imageURL(of: item), language: item.lang,
            advocacy: JSONFeed.ItemExtension(
                about: sources.root.absolute(extensionRoute), campaign: item.campaign, priority: item.priority.rawValue,
                pinned: item.priority == .high, audiences: item.audiences, expires: item.expires.map { sources.date($0.value) },
                why: item.why, contacts: item.contacts, source: item.source.map { JSONFeed.Source(name: $0.name, url: $0.url) },
                share: Dictionary(uniqueKeysWithValues: options.map { option in
                    (option.network.id, JSONFeed.Share(text: option.message, link: option.link, shareURL: option.shareURL,
                                                       limit: option.limit, length: option.length))
                }),
                networks: options.map(\.network.id)))
    }
}
