import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSupport
import MegaphoneValidate

/// What the clock (`--now`) and the options (`--future`, `--drafts`) let into the site.
public struct Selection: Sendable {
    /// Current items, newest first: listed, shared, in feeds.
    public var current: [ContentItem]
    /// Expired items, newest first: in the archive, with a page that says not to share them.
    public var expired: [ContentItem]
    /// Scheduled items left out of the site, soonest first: only their date and title may show.
    public var upcoming: [ContentItem]

    /// Items that get a page of their own.
    public var pagedItems: [ContentItem] { current + expired }

    public init(site: Site, now: Date, includeFuture: Bool, includeDrafts: Bool) {
        var current: [ContentItem] = [], expired: [ContentItem] = [], upcoming: [ContentItem] = []
        for item in site.items {
            if item.draft, !includeDrafts { continue }
            let isFuture = item.date.value > now
            if isFuture, !includeFuture {
                upcoming.append(item)
            } else if let expires = item.expires, expires.value <= now {
                expired.append(item)
            } else {
                current.append(item)
            }
        }
        self.current = current
        self.expired = expired
        self.upcoming = upcoming.reversed()
    }
}
