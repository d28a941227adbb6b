import Foundation
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSite
import MegaphoneSupport

/// The client-side search's index, split so that a query downloads only what it needs:
///
/// - `search-index.json`, the manifest: the prefixes of the word shards and the size of the
///   document chunks (a few kilobytes at any size of site);
/// - `search/terms/HEX.json`, one shard per word prefix (HEX: the prefix's UTF-8 bytes; `all.json`
///   on a site small enough for one shard): each word
///   with the documents that hold it, as `id × 2 + 1` when it is in the title, summary, tags or
///   campaign and `id × 2` when only in the body (a heading match ranks higher);
/// - `search/docs/N.json`, documents `N × chunk ..< (N + 1) × chunk`: what a result shows.
///
/// Words are folded as the search box folds queries (`WordFolder`). A prefix whose shard would be
/// too big is split by the next letter, so on a large site a one-word query loads one shard of a few tens of
/// kilobytes and the chunks of the results it shows. Guidelines, training and pages come first and
/// items oldest first, so that a new item appends to the last chunk instead of moving every id.
package enum SearchIndexBuilder {
    package struct Document: Encodable, Sendable {
        package var title: String
        package var url: String
        package var type: String
        package var summary: String?
        /// Set when the document is in another language than the index's.
        package var lang: String? = nil

        /// Every field, an absent one apart from an empty one: what its JSON is made from.
        func fingerprint(into hasher: inout StableHasher) {
            for field in [title, url, type] { hasher.combine(field) }
            for field in [summary, lang] {
                hasher.combine(field == nil ? 0 : 1)
                hasher.combine(field ?? "")
            }
        }
    }

    package struct Manifest: Encodable, Sendable {
        package var version = 2
        package var terms = "search/terms/"
        package var docs = "search/docs/"
        package var chunk: Int
        package var documents: Int
        package var shards: [String]
    }

    /// How much of each body is indexed, in characters of plain text.
    package static let bodyCharacters = 1_500
    /// Documents per chunk: a page of twenty results loads at most twenty small files.
    package static let chunkSize = 25
    /// A shard above this estimated size is split by the next letter of its words.
    package static let shardBytes = 48_000

    package static let path = Route.searchIndex

    /// Every file of the index. The words are gathered here (every shard depends on every
    /// document); the JSON of the manifest and of the document chunks is encoded in the writer's
    /// loop, like the other feeds.
    package static func files(_ sources: FeedSources, backwards: Bool = false) -> [OutputFile] {
        let derived = sources.derived, markdown = sources.markdown
        let slot = PostingsSnapshot.slot(language: sources.language)
        // The last build's postings decoded while the documents are collected: after one edit,
        // each language's index is otherwise one core's work from start to end, and the last
        // one to finish was alone on the machine for a tenth of the rebuild.
        let (previous, (documents, texts)) = ConcurrentMap.both({ derived.previous(slot).flatMap(PostingsSnapshot.init(bytes:)) },
                                                                { collect(sources) })
        // Each document's words are keyed by what they are folded from: its heading, each body's
        // Markdown record as stored (hashed, not decoded) and its trailing text.
        let keys = ConcurrentMap.map(texts.indices, slicesOf: 1_024) { slice in texts[slice].map { wordsKey($0, markdown) } }
        // A document's stored words: `heading words\nbody words`.
        let fold: @Sendable (Int, inout WordFolder) -> [UInt8] = { id, folder in
            let text = texts[id]
            let body = (text.documents.map(markdown.html) + (text.trailing.map { [$0] } ?? [])).joined(separator: " ")
            let headingWords = folder.words(plain: text.heading, minimumLength: 2)
            let bodyWords = folder.words(html: body)
            return Array((headingWords.joined(separator: " ") + "\n" + bodyWords.joined(separator: " ")).utf8)
        }
        // The last build's postings, moved to where their documents are now, and the words of the
        // documents it did not have gathered; all of them gathered when there is none to start from.
        let (snapshot, postings) = { () -> (PostingsSnapshot, [String: [Int32]]) in
            if let previous {
                var (moved, unseen) = previous.moved(to: keys)
                moved.add(gather(unseen, keys: keys, derived: derived, backwards: backwards, folding: fold))
                if let merged = moved.postings() { return (moved, merged) }
            }
            let all = gather(Array(texts.indices), keys: keys, derived: derived, backwards: backwards, folding: fold)
            return (PostingsSnapshot(documents: keys, gathered: all), all.postings())
        }()
        // The snapshot saved for the next build while the words are split into shards.
        let (_, shards) = ConcurrentMap.both({ if derived.saves { derived.replace(slot, with: snapshot.encoded()) } }) {
            // From one shard of every word (a small site) down to shards of longer prefixes.
            var shards: [(prefix: String, words: [String])] = []
            split("", Array(postings.keys), postings, into: &shards)
            return shards.sorted { $0.prefix < $1.prefix }
        }

        let manifest = Manifest(chunk: chunkSize, documents: documents.count, shards: shards.map(\.prefix))
        var files = [OutputFile(path: path, contents: .rendered { try JSONFeedBuilder.encoder().encode(manifest) })]
        // Keyed and encoded in the writer's loop, on every core, like the other feeds: an edit
        // changes the words of a few shards and the documents of one chunk, and the others are
        // not made again (hashing a shard's postings costs a fifth of writing them as JSON).
        for shard in shards {
            let words = shard.words.sorted(), lists = words.map { postings[$0] ?? [] }
            files.append(OutputFile(path: manifest.terms + hex(shard.prefix) + ".json", contents: .keyed {
                var hasher = StableHasher()
                for (word, list) in zip(words, lists) {
                    hasher.combine(word)
                    list.withUnsafeBytes { hasher.combine(bytes: $0) }
                }
                return PageRendering(fingerprint: hasher.value) { shardJSON(words, lists) }
            }))
        }
        for start in stride(from: 0, to: documents.count, by: chunkSize) {
            let chunk = Array(documents[start..<min(start + chunkSize, documents.count)])
            files.append(OutputFile(path: manifest.docs + "\(start / chunkSize).json", contents: .keyed {
                var hasher = StableHasher()
                for document in chunk { document.fingerprint(into: &hasher) }
                return PageRendering(fingerprint: hasher.value) { try JSONFeedBuilder.encoder().encode(chunk) }
            }))
        }
        return files
    }

    /// The key of a document's folded words: everything they are made from.
    static func wordsKey(_ text: Text, _ markdown: MarkdownPass) -> DerivedCache.Key {
        var key = DerivedCache.KeyMaker("search-words")
        key.combine(text.heading)
        for document in text.documents { markdown.fingerprint(document, into: &key) }
        key.combine(text.trailing.map { "1" + $0 } ?? "0")
        return key.key
    }

    /// The postings of the documents `ids` (ascending), from their words as an earlier build
    /// folded them (under `keys`), or as `fold` folds them now. Folding is most of the cost: in
    /// parallel, one folder (and cache) per slice. Each document's words stay in their stored form
    /// (the cache's bytes) until their turn in the postings, a few thousand documents at a time:
    /// every document's words as strings at once, for both languages' indexes, were a tenth of a
    /// first build's peak memory at 10,000 items. Gathered in two halves, then joined in order.
    ///
    /// `backwards`: the waves are folded from the last: the languages' indexes are gathered at
    /// once and hold the same documents, so one goes forwards, the other backwards, and each
    /// finds what the other folded after they cross (in step, both folded nearly every document:
    /// 11 s of CPU of a first build at 100,000 items).
    static func gather(_ ids: [Int], keys: [DerivedCache.Key], derived: DerivedCache, backwards: Bool = false,
                       folding fold: @escaping @Sendable (_ id: Int, _ folder: inout WordFolder) -> [UInt8]) -> PostingsBuilder {
        let half = (ids.count + 1) / 2
        let halves = ConcurrentMap.map([0..<half, half..<ids.count]) { range in
            var builder = PostingsBuilder()
            var laterWaves: [PostingsBuilder] = []
            let waves = stride(from: range.lowerBound, to: range.upperBound, by: 4_096).map { $0..<min($0 + 4_096, range.upperBound) }
            for wave in backwards ? waves.reversed() : waves {
                // Folded in this index's direction, added in id order.
                let positions = backwards ? Array(wave.reversed()) : Array(wave)
                let stored: [ArraySlice<UInt8>] = ConcurrentMap.map(positions.indices, slicesOf: 256) { slice in
                    var folder = WordFolder()
                    return slice.map { index in
                        let id = ids[positions[index]]
                        return derived.value(keys[id]) { fold(id, &folder) }
                    }
                }
                guard backwards else {
                    for (position, words) in zip(positions, stored) { builder.add(document: ids[position], words: words) }
                    continue
                }
                var waveBuilder = PostingsBuilder()
                for (position, words) in zip(positions, stored).reversed() { waveBuilder.add(document: ids[position], words: words) }
                laterWaves.append(waveBuilder)
            }
            // Backwards, each wave has its own builder, the last wave's first: joined in id order.
            for waveBuilder in laterWaves.reversed() { builder.append(waveBuilder) }
            return builder
        }
        var builder = halves[0]
        builder.append(halves[1])
        return builder
    }

    /// A document's searchable text: its heading (title, summary, tags, campaign), and its body,
    /// the HTML of its Markdown documents (`MarkdownPass.DocumentKey`) then `trailing`, joined by spaces.
    struct Text {
        var heading: String
        var documents: [String]
        var trailing: String?
    }

    /// The documents in id order, each with its text.
    static func collect(_ sources: FeedSources) -> ([Document], [Text]) {
        func url(_ route: String, _ language: String) -> String { sources.documentURL(route, language: language) }
        func other(_ language: String) -> String? { language == sources.language ? nil : language }
        var documents: [Document] = []
        var texts: [Text] = []
        func add(_ document: Document, extra: [String] = [], documents markdown: [String], trailing: String? = nil) {
            documents.append(document)
            texts.append(Text(heading: ([document.title, document.summary ?? ""] + extra).joined(separator: " "),
                              documents: markdown, trailing: trailing))
        }
        for guideline in sources.shownSite.guidelines {
            add(Document(title: guideline.title, url: url(Route.guideline(guideline.slug), guideline.lang), type: "guideline",
                         summary: guideline.summary, lang: other(guideline.lang)),
                documents: [MarkdownPass.DocumentKey.guideline(guideline)], trailing: (guideline.dos + guideline.donts).joined(separator: " "))
        }
        for module in sources.shownSite.training {
            add(Document(title: module.title, url: url(Route.module(module.slug), module.lang), type: "training",
                         summary: module.objectives.first, lang: other(module.lang)),
                documents: [MarkdownPass.DocumentKey.module(module)] + module.lessons.map { MarkdownPass.DocumentKey.lesson(module, $0) })
        }
        for page in sources.shownSite.pages {
            add(Document(title: page.title, url: url(Route.page(page.slug), page.lang), type: "page", summary: nil, lang: other(page.lang)),
                documents: [MarkdownPass.DocumentKey.page(page)])
        }
        for item in sources.shownSelection.current.reversed() {
            add(Document(title: item.title, url: url(Route.item(item.slug), item.lang), type: "item", summary: sources.summary(of: item),
                         lang: other(item.lang)),
                extra: item.tags + [item.campaign ?? ""], documents: [MarkdownPass.DocumentKey.item(item)])
        }
        return (documents, texts)
    }

    /// Each word's postings from every document's stored words, in id order (`PostingsBuilder`).
    static func postings(_ stored: [ArraySlice<UInt8>]) -> [String: [Int32]] {
        var builder = PostingsBuilder()
        for (document, words) in stored.enumerated() { builder.add(document: document, words: words) }
        return builder.postings()
    }

    /// Places `words` (all starting with `prefix`) in one shard, or splits them by their next
    /// letter when the shard would be too big; a word equal to the prefix stays at this level.
    static func split(_ prefix: String, _ words: [String], _ postings: [String: [Int32]],
                      into shards: inout [(prefix: String, words: [String])]) {
        let size = words.reduce(0) { $0 + $1.utf8.count + 4 + 6 * (postings[$1]?.count ?? 0) }
        let length = prefix.unicodeScalars.count
        let longer = words.filter { $0.unicodeScalars.count > length }
        guard size > shardBytes, !longer.isEmpty else {
            shards.append((prefix, words))
            return
        }
        let exact = words.filter { $0.unicodeScalars.count == length }
        if !exact.isEmpty { shards.append((prefix, exact)) }
        let groups = Dictionary(grouping: longer) { String(String.UnicodeScalarView($0.unicodeScalars.prefix(length + 1))) }
        for (next, group) in groups { split(next, group, postings, into: &shards) }
    }

    /// `{"word":[ids…],…}`, written directly as bytes: words are letters and digits only
    /// (`WordFolder`), so nothing needs escaping, and a shard is mostly numbers.
    static func shardJSON(_ words: [String], _ lists: [[Int32]]) -> Data {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(words.reduce(0) { $0 + $1.utf8.count + 5 } + lists.reduce(0) { $0 + $1.count * 7 })
        var digits = [UInt8](repeating: 0, count: 12)
        for (index, (word, list)) in zip(words, lists).enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes += word.utf8
            bytes.append(contentsOf: "\":[".utf8)
            for (position, id) in list.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                var value = UInt32(id), count = 0
                repeat {
                    digits[count] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                    count += 1
                } while value > 0
                bytes += digits[..<count].reversed()
            }
            bytes.append(UInt8(ascii: "]"))
        }
        bytes.append(UInt8(ascii: "}"))
        return Data(bytes)
    }

    /// The file name of a prefix: its UTF-8 bytes in hexadecimal (any script, any file system);
    /// `all` for the shard of every word.
    static func hex(_ prefix: String) -> String {
        prefix.isEmpty ? "all" : prefix.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
