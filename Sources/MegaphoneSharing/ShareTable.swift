import Foundation
import MegaphoneSupport
import MegaphoneModel

/// The share options of items, planned when first asked for and kept for the rest of the build.
/// Planning every item at every build was an eighth of a rebuild at 10,000 items (UTM links, share
/// URLs, counts for nine networks); now a rebuild plans only the items whose page is rendered
/// again, those the feeds list, and those whose messages no earlier build checked under the same
/// inputs (`ShareRules`).
public final class ShareTable: @unchecked Sendable {
    private let planner: SharePlanner
    /// Guarded by `lock`; keyed by the item's file.
    private var planned: [String: [ShareOption]] = [:]
    private let lock = NSLock()

    public init(site: Site) {
        planner = SharePlanner(config: site.config)
    }

    public func options(for item: ContentItem) -> [ShareOption] {
        let path = item.document.contentPath
        lock.lock()
        if let known = planned[path] {
            lock.unlock()
            return known
        }
        lock.unlock()
        // Planned outside the lock: two threads asking for the same item plan the same options.
        let made = planner.options(for: item)
        lock.lock()
        planned[path] = made
        lock.unlock()
        return made
    }

    /// A key of everything `options(for:)` reads: equal keys, equal options.
    public func inputsKey(for item: ContentItem, kind: String) -> DerivedCache.Key {
        planner.inputsKey(for: item, kind: kind)
    }
}
