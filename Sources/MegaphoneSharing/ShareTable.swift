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
    /// Whether plans are kept once made. `check` asks for each item's options once (the share
    /// rules): keeping them all held a gigabyte at 100,000 items (nine networks' URLs per item).
    private let keepsPlans: Bool

    public init(site: Site, keepsPlans: Bool = true) {
        planner = SharePlanner(config: site.config)
        self.keepsPlans = keepsPlans
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
        guard keepsPlans else { return made }
        lock.lock()
        planned[path] = made
        lock.unlock()
        return made
    }

    /// Drops the item's plan: its last reader (the item's page, rendered after the share rules and
    /// the feeds) has it. Asked again, it is planned again.
    public func forget(_ item: ContentItem) {
        lock.lock()
        planned[item.document.contentPath] = nil
        lock.unlock()
    }

    /// A key of everything `options(for:)` reads: equal keys, equal options.
    public func inputsKey(for item: ContentItem, kind: String) -> DerivedCache.Key {
        planner.inputsKey(for: item, kind: kind)
    }
}
