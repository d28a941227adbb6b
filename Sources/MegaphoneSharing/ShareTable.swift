import MegaphoneSupport
import MegaphoneModel

/// The share options of every item, computed once per build (in parallel) and used by the
/// validation (lengths), the item pages and the feeds.
public struct ShareTable: Sendable {
    private var options: [String: [ShareOption]]

    public init(site: Site) {
        let planner = SharePlanner(config: site.config)
        let keys = site.items.map(\.document.contentPath)
        options = Dictionary(uniqueKeysWithValues: zip(keys, ConcurrentMap.map(site.items) { planner.options(for: $0) }))
    }

    /// Every item of the site was planned when the table was made.
    public func options(for item: ContentItem) -> [ShareOption] {
        guard let planned = options[item.document.contentPath] else {
            preconditionFailure("no share options planned for \(item.document.contentPath)")
        }
        return planned
    }
}
