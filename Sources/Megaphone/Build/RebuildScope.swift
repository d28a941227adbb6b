import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneRender
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import MegaphoneWrite

/// What a build records so that the next one can tell a change to items' bodies alone (the most
/// common commit: a typo fixed, a paragraph added) from a change to what frames every page.
///
/// The frame is a key of every input but the items' files (their stamps: site.yml, the theme,
/// the data, the other documents) and of each item's front matter and first paragraph (what
/// listings, term pages, the calendar and the other items' pages show of it). With the record's
/// binary, options and clock window the same, the same frame means no page but an item's own
/// reads anything that changed: the others are kept (`PageScope`), and an item's page only if
/// its source is one the previous build rendered.
struct RebuildScope: Codable, Sendable {
    /// What every link answer reads (`links(_:inputs:options:)`).
    var links: DerivedCache.Key
    var frame: DerivedCache.Key
    /// The source keys of the items the build rendered, packed (16 bytes each) in base64: 10,000
    /// keys as JSON numbers were slower to read than the rest of the record.
    var items: String

    /// The frame but first paragraphs: every input but the items' files, each item's path and
    /// front matter. With the binary, options and clock window the same, a link in any document
    /// leads where it did (the routes, translations and files it may name are the same), so the
    /// Markdown pass can be carried over (`MarkdownCarry`). Nil when an item has no header key.
    static func links(_ site: Site, inputs: InputStamps, options: BuildOptions) -> DerivedCache.Key? {
        var links = DerivedCache.KeyMaker("rebuild-links")
        links.combine(inputs.frame)
        links.combine(options.rendersWithSwiftMustache ? "swift-mustache" : "compiled")
        for item in site.items {
            guard let header = item.headerKey else { return nil }
            links.combine(item.document.contentPath)
            links.combine(header.high)
            links.combine(header.low)
        }
        return links.key
    }

    /// The Markdown pass's summary is saved under a key of the links, and the previous build's
    /// read when its record vouches for them (as `pageScope` does for pages).
    static func markdownCarry(links: DerivedCache.Key, after record: BuildRecord?, inputs: InputStamps, options: BuildOptions,
                              now: Date, derived: DerivedCache) -> MarkdownCarry {
        var key = DerivedCache.KeyMaker("markdown-carry")
        key.combine(links.high)
        key.combine(links.low)
        let reads = record.map { $0.scope?.links == links && $0.clock.contains(now) && $0.vouches(for: options, inputs: inputs) } ?? false
        return MarkdownCarry(key: key.key, readsPrevious: reads, derived: derived)
    }

    /// What the site's rules (`SiteValidator`) find: they read only what the links do, so with
    /// the same links and a record that vouches for them (`carry`), the previous build's findings
    /// (warnings, if any) are this one's. Else found, and saved for the next build.
    static func siteRules(_ site: Site, shares: ShareTable, derived: DerivedCache, links: DerivedCache.Key?,
                          carry: MarkdownCarry?) -> (diagnostics: [Diagnostic], carried: Bool) {
        guard let links else { return (SiteValidator.validate(site, shares: shares, derived: derived), false) }
        var key = DerivedCache.KeyMaker("site-rules")
        key.combine(links.high)
        key.combine(links.low)
        if carry?.readsPrevious == true, let found = derived.derived(key.key, make: { nil }).flatMap(SiteRulesRecord.diagnostics) {
            return (found, true)
        }
        let found = SiteValidator.validate(site, shares: shares, derived: derived)
        if derived.saves { derived.replace(key.key, with: SiteRulesRecord.bytes(found)) }
        return (found, false)
    }

    /// Nil when the frame cannot be vouched for: an item without keys.
    init?(_ published: PublishedSite, links: DerivedCache.Key) {
        var frame = DerivedCache.KeyMaker("rebuild-frame")
        frame.combine(links.high)
        frame.combine(links.low)
        var keys: [UInt64] = []
        keys.reserveCapacity(published.site.items.count * 2)
        for item in published.site.items {
            guard let source = item.sourceKey else { return nil }
            if let paragraph = published.markdown.firstParagraph(MarkdownPass.DocumentKey.item(item)) {
                frame.combine(1)
                frame.combine(paragraph)
            } else {
                frame.combine(0)
            }
            keys += [source.high.littleEndian, source.low.littleEndian]
        }
        self.links = links
        self.frame = frame.key
        items = keys.withUnsafeBytes { Data($0).base64EncodedString() }
    }

    /// The items' source keys as saved.
    var itemKeys: Set<DerivedCache.Key> {
        guard let data = Data(base64Encoded: items), data.count % 16 == 0 else { return [] }
        return data.withUnsafeBytes { bytes in
            Set(stride(from: 0, to: bytes.count, by: 16).map { offset in
                DerivedCache.Key(high: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
                                 low: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            })
        }
    }

    /// The pages this build can keep from the previous one, which `record` describes: none unless
    /// it was made by this binary with these options, in this clock window, from this frame, and
    /// its inputs were older than its start (git's racy rule, as for the record itself).
    func pageScope(after record: BuildRecord?, inputs: InputStamps, options: BuildOptions, clock: ClockWindow,
                   output: URL) -> PageScope? {
        guard let record, let previous = record.scope, previous.frame == frame, record.clock == clock,
              record.vouches(for: options, inputs: inputs),
              let manifest = RenderManifest.read(in: OutputWriter.cacheFolder(of: output).path) else { return nil }
        let pages = manifest.pages
        return PageScope(unchangedItems: previous.itemKeys) { pages[$0]?.fingerprint }
    }
}
