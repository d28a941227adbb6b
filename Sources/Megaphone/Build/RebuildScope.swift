import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneRender
import MegaphoneSite
import MegaphoneSupport
import MegaphoneWrite

/// What a build records so that the next one can tell a change to items' bodies alone (the most
/// common commit: a typo fixed, a paragraph added) from a change to what frames every page.
///
/// The frame is a key of every input but the items' files (their stamps: site.yml, the theme,
/// the data, the other documents), of each item's front matter and first paragraph (what
/// listings, term pages, the calendar and the other items' pages show of it), of the clock
/// window, the options and the binary. When the next build's frame is the same, no page but an
/// item's own reads anything that changed: the others are kept (`PageScope`), and an item's page
/// only if its source is one the previous build rendered.
struct RebuildScope: Codable, Sendable {
    var frame: String
    /// The source keys of the items the build rendered, 32 hexadecimal digits each.
    var items: String

    /// Nil when the frame cannot be vouched for: an item without keys.
    init?(_ published: PublishedSite, inputs: InputStamps, options: BuildOptions) {
        var frame = DerivedCache.KeyMaker("rebuild-frame")
        frame.combine(RenderManifest.binaryIdentity)
        frame.combine(inputs.frame)
        frame.combine(BuildRecord.optionsKey(options))
        frame.combine(options.rendersWithSwiftMustache ? "swift-mustache" : "compiled")
        // Keys sorted: the encoder's order is not the same from one process to the next.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let clock = try? encoder.encode(ClockWindow(published)) else { return nil }
        frame.combine(String(decoding: clock, as: UTF8.self))
        var items: [UInt8] = []
        items.reserveCapacity(published.site.items.count * 32)
        for item in published.site.items {
            guard let source = item.sourceKey else { return nil }
            frame.combine(item.document.contentPath)
            guard let header = item.headerKey else { return nil }
            frame.combine(header.high)
            frame.combine(header.low)
            if let paragraph = published.markdown.firstParagraph(MarkdownPass.DocumentKey.item(item)) {
                frame.combine(1)
                frame.combine(paragraph)
            } else {
                frame.combine(0)
            }
            Self.appendHex(source.high, to: &items)
            Self.appendHex(source.low, to: &items)
        }
        var digits: [UInt8] = []
        Self.appendHex(frame.key.high, to: &digits)
        Self.appendHex(frame.key.low, to: &digits)
        self.frame = String(decoding: digits, as: UTF8.self)
        self.items = String(decoding: items, as: UTF8.self)
    }

    /// The items' source keys as saved.
    var itemKeys: Set<DerivedCache.Key> {
        var keys: Set<DerivedCache.Key> = []
        var digits = items
        return digits.withUTF8 { digits in
            guard digits.count % 32 == 0 else { return [] }
            keys.reserveCapacity(digits.count / 32)
            func number(at start: Int) -> UInt64? {
                var value: UInt64 = 0
                for digit in digits[start..<start + 16] {
                    switch digit {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt64(digit - UInt8(ascii: "0"))
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt64(digit - UInt8(ascii: "a") + 10)
                    default: return nil
                    }
                }
                return value
            }
            for start in stride(from: 0, to: digits.count, by: 32) {
                guard let high = number(at: start), let low = number(at: start + 16) else { return [] }
                keys.insert(DerivedCache.Key(high: high, low: low))
            }
            return keys
        }
    }

    /// Sixteen lowercase hexadecimal digits, written in place: one `String(radix:)` per key
    /// was a tenth of a rebuild after one edit at 10,000 items.
    private static func appendHex(_ number: UInt64, to digits: inout [UInt8]) {
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: number >> UInt64(shift)) & 0xF
            digits.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }

    /// The pages this build can keep from the previous one, which `record` describes: none unless
    /// the frame is the one it recorded, its inputs were older than its start (git's racy rule,
    /// as for the record itself) and its manifest says what each page was rendered from.
    func pageScope(after record: BuildRecord?, inputs: InputStamps, output: URL) -> PageScope? {
        guard let record, let previous = record.scope, previous.frame == frame,
              inputs.frameNewest < record.started - BuildRecord.racyMargin,
              let manifest = RenderManifest.read(in: OutputWriter.cacheFolder(of: output).path) else { return nil }
        let pages = manifest.pages
        return PageScope(unchangedItems: previous.itemKeys) { pages[$0]?.fingerprint }
    }
}
