import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing
import MegaphoneParse
import MegaphoneValidate

/// Tags, campaigns and audiences of the current items, each with its listing page. Spellings
/// that make the same slug (`RH`, `rh`) share one page, named after the first spelling seen.
package struct Terms: Sendable {
    package struct Term: Sendable {
        package var name: String
        package var slug: String
        package var items: ItemSubset
    }

    package var tags: [Term] = []
    package var campaigns: [Term] = []
    package var audiences: [Term] = []
    /// Networks an item has a message written for: "what can I post on Bluesky today?"
    package var networks: [Term] = []
    private var counts: [TermKind: [String: Int]] = [:]
    private var base: BaseURL
    /// The link of every name of a current item, made once: each card asks for its item's terms,
    /// and slugging and joining URLs per card was a third of a card's making.
    private var links: [TermKind: [String: TermLink]] = [:]

    package init(items: [ContentItem], base: BaseURL) {
        self.base = base
        // Each kind's pass over the items on its own core (one after the other, a tenth of a
        // check at 100,000 items reusing the last build's cache).
        let kinds: [@Sendable (ContentItem) -> [String]] = [
            \.tags, { $0.campaign.map { [$0] } ?? [] }, \.audiences, { $0.share.map(\.network.value) },
        ]
        let grouped = ConcurrentMap.map(kinds) { Self.group(items, $0) }
        tags = grouped[0].terms
        campaigns = grouped[1].terms
        audiences = grouped[2].terms
        networks = grouped[3].terms.map { Term(name: Network.named($0.name)?.label ?? $0.name, slug: $0.slug, items: $0.items) }
        for (kind, terms) in [(TermKind.tag, tags), (.campaign, campaigns), (.audience, audiences), (.network, networks)] {
            for term in terms { counts[kind, default: [:]][term.slug] = term.items.count }
        }
        for (kind, index) in [(TermKind.tag, 0), (.campaign, 1), (.audience, 2)] where !grouped[index].names.isEmpty {
            links[kind] = Dictionary(uniqueKeysWithValues: grouped[index].names.map { ($0, makeLink(kind, $0, label: nil)) })
        }
    }

    /// The terms of a kind, and every name of it an item has (`names` of each item).
    /// Each name is looked up once per item: its term's index is memoized by name (a name's slug,
    /// then its term by slug, then its positions twice were four lookups per name, the most
    /// of a language tree's making after one edit at 10,000 items).
    private static func group(_ items: [ContentItem], _ names: (ContentItem) -> [String]) -> (terms: [Term], names: Dictionary<String, Int>.Keys) {
        var found: [(name: String, slug: String, positions: [Int32])] = []
        var termOfSlug: [String: Int] = [:]
        // Names repeat across thousands of items: each is slugged once. -1: a name with no slug.
        var termOfName: [String: Int] = [:]
        for (position, item) in items.enumerated() {
            for name in names(item) {
                let index: Int
                if let known = termOfName[name] {
                    index = known
                } else {
                    let slug = Slug.make(name)
                    if slug.isEmpty {
                        index = -1
                    } else if let existing = termOfSlug[slug] {
                        index = existing
                    } else {
                        index = found.count
                        found.append((name, slug, []))
                        termOfSlug[slug] = index
                    }
                    termOfName[name] = index
                }
                guard index >= 0, found[index].positions.last != Int32(position) else { continue }
                found[index].positions.append(Int32(position))
            }
        }
        let terms = found.map { Term(name: $0.name, slug: $0.slug, items: ItemSubset(items, positions: $0.positions)) }
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
        return (terms, termOfName.keys)
    }

    /// A term as pages link to it; one only found on expired items has no page: its `url` is nil.
    package func link(_ kind: TermKind, _ name: String, label: String? = nil) -> TermLink {
        if label == nil, let link = links[kind]?[name] { return link }
        return makeLink(kind, name, label: label)
    }

    private func makeLink(_ kind: TermKind, _ name: String, label: String?) -> TermLink {
        let slug = Slug.make(name)
        let count = counts[kind]?[slug] ?? 0
        return TermLink(name: label ?? name, url: count > 0 ? base.relative(kind.route(name)) : nil, count: count, slug: slug)
    }
}

/// The kinds of listing a term belongs to.
package enum TermKind: Sendable, Hashable, CaseIterable {
    case tag, campaign, audience, network

    /// The listing of one term: networks by their id, the others by their slugged name.
    package func route(_ name: String) -> String {
        switch self {
        case .tag: Route.tag(name)
        case .campaign: Route.campaign(name)
        case .audience: Route.audience(name)
        case .network: Route.network(name)
        }
    }
}

/// A term with the URL of its listing and how many current items it has.
package struct TermLink: Sendable {
    package var name: String
    package var url: String?
    package var count: Int
    /// The value the in-page filter matches (`data-tags`, `data-networks`...).
    package var slug: String
}

/// Some items of a list, in its order, as positions in it. A term's items were copies: a
/// `ContentItem` is about 500 bytes inline, and an item is in a dozen terms (tags, campaign,
/// audiences, networks), 12% of a first build's heap at 10,000 items. The list itself is shared.
package struct ItemSubset: RandomAccessCollection, Sendable {
    private let all: [ContentItem]
    private let positions: [Int32]

    package init(_ all: [ContentItem], positions: [Int32]) {
        self.all = all
        self.positions = positions
    }

    package var startIndex: Int { positions.startIndex }
    package var endIndex: Int { positions.endIndex }
    /// Lent, not copied (an item has dozens of fields to retain).
    package subscript(position: Int) -> ContentItem {
        _read { yield all[Int(positions[position])] }
    }

    /// `transform` of the items at `range`, the shared list held once for all of them: reached
    /// item by item, its storage was retained and released each time, by every core at once.
    package func map<Output>(_ range: Range<Int>, _ transform: (borrowing ContentItem) -> Output) -> [Output] {
        all.withUnsafeBufferPointer { items in positions[range].map { transform(items[Int($0)]) } }
    }
}
