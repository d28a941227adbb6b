/// Tags, campaigns and audiences of the current items, each with its listing page. Spellings
/// that make the same slug (`RH`, `rh`) share one page, named after the first spelling seen.
struct Terms: Sendable {
    struct Term: Sendable {
        var name: String
        var slug: String
        var items: [ContentItem]
    }

    var tags: [Term] = []
    var campaigns: [Term] = []
    var audiences: [Term] = []
    /// Networks an item has a message written for: "what can I post on Bluesky today?"
    var networks: [Term] = []
    private var counts: [String: Int] = [:]
    private var base: BaseURL

    init(items: [ContentItem], base: BaseURL) {
        self.base = base
        tags = Self.group(items, \.tags)
        campaigns = Self.group(items) { $0.campaign.map { [$0] } ?? [] }
        audiences = Self.group(items, \.audiences)
        networks = Self.group(items) { $0.share.map(\.network.value) }
            .map { Term(name: Network.named($0.name)?.label ?? $0.name, slug: $0.slug, items: $0.items) }
        for (kind, terms) in [("tag", tags), ("campaign", campaigns), ("audience", audiences), ("network", networks)] {
            for term in terms { counts["\(kind):\(term.slug)"] = term.items.count }
        }
    }

    private static func group(_ items: [ContentItem], _ names: (ContentItem) -> [String]) -> [Term] {
        var order: [String] = []
        var bySlug: [String: Term] = [:]
        for item in items {
            for name in names(item) {
                let slug = Slug.make(name)
                guard !slug.isEmpty else { continue }
                if bySlug[slug] == nil {
                    order.append(slug)
                    bySlug[slug] = Term(name: name, slug: slug, items: [])
                }
                if bySlug[slug]!.items.last?.document.contentPath != item.document.contentPath {
                    bySlug[slug]!.items.append(item)
                }
            }
        }
        return order.compactMap { bySlug[$0] }.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    func tag(_ name: String) -> TermContext { context(name, kind: "tag", route: Route.tag(name)) }
    func campaign(_ name: String) -> TermContext { context(name, kind: "campaign", route: Route.campaign(name)) }
    func audience(_ name: String) -> TermContext { context(name, kind: "audience", route: Route.audience(name)) }
    func network(_ term: Term) -> TermContext { context(term.slug, kind: "network", route: Route.network(term.slug), label: term.name) }

    /// A term only found on expired items has no page: its `url` is nil.
    private func context(_ name: String, kind: String, route: String, label: String? = nil) -> TermContext {
        let count = counts["\(kind):\(Slug.make(name))"] ?? 0
        return TermContext(name: label ?? name, url: count > 0 ? base.relative(route) : nil, count: count, slug: Slug.make(name))
    }
}
