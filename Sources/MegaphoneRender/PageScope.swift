import Foundation
import MegaphoneModel
import MegaphoneSupport

/// The pages a rebuild takes from the previous build without making their contexts, when what
/// frames every page is the same as then (site.yml, the theme, the clock window, each item's
/// front matter and first paragraph: see the build's `RebuildScope`) and only items' bodies may
/// have changed. A listing, a term page or the home page then reads nothing new; an item's page
/// reads its own body, so it is made again only if its item's source changed.
///
/// Making every page's context to find it unchanged was a third of a rebuild after one edit at
/// 10,000 items (the listing cards prepared, the contexts built and fingerprinted).
package struct PageScope: Sendable {
    /// The source keys (`ContentItem.sourceKey`) of the items the previous build rendered.
    package var unchangedItems: Set<DerivedCache.Key>
    /// What the previous build rendered the page at a path from (its manifest), if it did.
    package var previousFingerprint: @Sendable (String) -> UInt64?

    package init(unchangedItems: Set<DerivedCache.Key>, previousFingerprint: @escaping @Sendable (String) -> UInt64?) {
        self.unchangedItems = unchangedItems
        self.previousFingerprint = previousFingerprint
    }

    /// The fingerprint to keep the job's page under, when the page can be kept.
    func keptFingerprint(of job: SiteRenderer.Job) -> UInt64? {
        if let item = job.item, !unchangedItems.contains(item) { return nil }
        return previousFingerprint(job.path)
    }

    /// A kept page is placed from the live site. If its live file changed since the previous
    /// build (by hand, or by another build meanwhile) or cannot be linked, it is made after all,
    /// its cards rendered then.
    static func kept(_ job: SiteRenderer.Job, fingerprint: UInt64) -> OutputFile {
        OutputFile(path: job.path, contents: .page {
            PageRendering(fingerprint: fingerprint) { try job.prepare().render() }
        })
    }
}
