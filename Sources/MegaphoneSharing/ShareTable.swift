import Foundation
import MegaphoneSupport
import MegaphoneModel

/// The share options of items, planned when asked for. Planning every item at every build was an
/// eighth of a rebuild at 10,000 items (UTM links, share URLs, counts for nine networks); now a
/// rebuild plans only the items whose page is rendered again, those the feeds list, and those
/// whose messages no earlier build checked under the same inputs (`ShareRules`).
///
/// What is kept from one planning of an item to the next in a build is the length of each post,
/// counting it (grapheme by grapheme, as each network does) being most of the work: the options
/// themselves (nine networks' messages and tagged links per item) held from the share rules to
/// the item's page were 64 MB at 10,000 items, 640 MB at 100,000.
public final class ShareTable: @unchecked Sendable {
    private let planner: SharePlanner
    /// Guarded by `lock`; keyed by the item's file.
    private var lengths: [String: [Int?]] = [:]
    private let lock = NSLock()
    /// Whether lengths are kept once counted: `check` asks for each item's options once (the
    /// share rules).
    private let keepsLengths: Bool

    public init(site: Site, keepsLengths: Bool = true) {
        planner = SharePlanner(config: site.config)
        self.keepsLengths = keepsLengths
    }

    public func options(for item: ContentItem) -> [ShareOption] {
        let path = item.document.contentPath
        lock.lock()
        let known = lengths[path]
        lock.unlock()
        // Planned outside the lock: two threads asking for the same item plan the same options.
        let (options, counted) = planner.options(for: item, knownLengths: known)
        guard keepsLengths, known == nil else { return options }
        lock.lock()
        lengths[path] = counted
        lock.unlock()
        return options
    }

    /// Drops the item's lengths: its last reader (the item's page, rendered after the share rules
    /// and the feeds) has planned it.
    public func forget(_ item: ContentItem) {
        lock.lock()
        lengths[item.document.contentPath] = nil
        lock.unlock()
    }

    /// A key of everything `options(for:)` reads: equal keys, equal options.
    public func inputsKey(for item: ContentItem, kind: String) -> DerivedCache.Key {
        planner.inputsKey(for: item, kind: kind)
    }
}
