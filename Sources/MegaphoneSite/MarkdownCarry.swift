import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSupport

/// What the Markdown pass keeps of each document, saved for the next build: when nothing a link
/// answer reads has changed since (every input but items' bodies, each item's path and front
/// matter, the options and the clock window: the build's `RebuildScope.links`), a document whose
/// record key is the same needs neither its record read and hashed nor its links asked again.
/// That was most of the pass, itself an eighth of a rebuild after one edit at 10,000 items.
package struct MarkdownCarry: Sendable {
    /// Where the summary is saved in the derived cache: under a key of the link frame, so a
    /// summary is only found by a build whose links answer the same.
    package var key: DerivedCache.Key
    /// The previous build's summary, by document key: empty unless the build record says its
    /// link frame, binary, options and clock window are this build's, and its inputs older than
    /// its start.
    var previous: [String: Entry]
    /// Whether the build record vouches for what the previous build found under this link frame.
    package let readsPrevious: Bool

    package init(key: DerivedCache.Key, readsPrevious: Bool, derived: DerivedCache) {
        self.key = key
        self.readsPrevious = readsPrevious
        previous = readsPrevious ? derived.previous(key).flatMap(Self.entries) ?? [:] : [:]
    }

    /// Whether the summary has every item of `site` whose file was not read, under its source
    /// key: their bodies are not there to pass.
    package func covers(_ site: Site) -> Bool {
        site.items.allSatisfy { item in
            !site.unreadItems.contains(item.document.contentPath)
                || (item.sourceKey != nil && previous[MarkdownPass.DocumentKey.item(item)]?.source == item.sourceKey)
        }
    }

    /// One document as the pass left it.
    struct Entry: Sendable {
        /// The item's source key, for an item: what an item whose file was not read is found by.
        var source: DerivedCache.Key?
        var record: DerivedCache.Key
        var firstParagraph: String?
        var problems: [MarkdownProblem]
        var recordHash: DerivedCache.Key
    }

    private static let version = 2

    /// `entries` (`count` of them) by document key, in bytes.
    static func bytes(_ entries: some Sequence<(String, Entry)>, count: Int) -> [UInt8] {
        var writer = ByteWriter()
        writer.number(version)
        writer.number(count)
        func key(_ key: DerivedCache.Key) {
            writer.wide(key.high)
            writer.wide(key.low)
        }
        for (name, entry) in entries {
            writer.text(name)
            writer.number(entry.source == nil ? 0 : 1)
            if let source = entry.source { key(source) }
            key(entry.record)
            writer.optional(entry.firstParagraph)
            writer.problems(entry.problems)
            key(entry.recordHash)
        }
        return writer.bytes
    }

    /// Nil when the bytes are not what `bytes` wrote: the pass then does its work for every document.
    static func entries(_ bytes: ArraySlice<UInt8>) -> [String: Entry]? {
        var reader = ByteReader(bytes: bytes)
        guard reader.number() == version, let count = reader.number(), count <= bytes.count / 16 else { return nil }
        func key() -> DerivedCache.Key? {
            guard let high = reader.wide(), let low = reader.wide() else { return nil }
            return DerivedCache.Key(high: high, low: low)
        }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let name = reader.text(), let hasSource = reader.number(), hasSource <= 1 else { return nil }
            var source: DerivedCache.Key?
            if hasSource == 1 {
                guard let key = key() else { return nil }
                source = key
            }
            guard let record = key(), let firstParagraph = reader.optional(), let problems = reader.problems(),
                  let recordHash = key() else { return nil }
            entries[name] = Entry(source: source, record: record, firstParagraph: firstParagraph, problems: problems, recordHash: recordHash)
        }
        return reader.isAtEnd ? entries : nil
    }
}
