/// The share options of every item, computed once per build (in parallel) and used by the
/// validation (lengths), the item pages and the feeds.
public struct ShareTable: Sendable {
    private var options: [String: [ShareOption]]
    private var planner: SharePlanner

    public init(site: Site) {
        planner = SharePlanner(config: site.config)
        let planner = planner
        let keys = site.items.map(\.document.contentPath)
        options = Dictionary(uniqueKeysWithValues: zip(keys, ConcurrentMap.map(site.items) { planner.options(for: $0) }))
    }

    public func options(for item: ContentItem) -> [ShareOption] {
        options[item.document.contentPath] ?? planner.options(for: item)
    }
}
