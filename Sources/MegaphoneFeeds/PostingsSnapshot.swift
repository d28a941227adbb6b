import MegaphoneSupport

/// A language's search postings as a build left them, with the key of each document's words
/// (`search-words`) in id order, kept in the derived cache. The next build moves the postings of
/// every document it still has to its new id and gathers only the words of the documents it has
/// not seen (an edited or new one): reading and gathering every document's words again was most
/// of the index's cost in a rebuild after one edit (a million postings at 10,000 items).
///
/// The postings are kept per word as gathered (its UTF-8 bytes, as `PostingsBuilder` has them),
/// before words equal as strings are merged: each word's list is then exactly what gathering
/// every document would give, whatever order the documents came in.
struct PostingsSnapshot: Sendable {
    /// The key of each document's words, by id.
    var documents: [DerivedCache.Key]
    var words: [String]
    /// Each word's postings (`id × 2 + 1` in a heading, else `id × 2`), ascending.
    var lists: [[Int32]]

    /// Where a language's snapshot is kept.
    static func slot(language: String) -> DerivedCache.Key {
        var key = DerivedCache.KeyMaker("search-postings")
        key.combine(language)
        return key.key
    }

    init(documents: [DerivedCache.Key], words: [String], lists: [[Int32]]) {
        self.documents = documents
        self.words = words
        self.lists = lists
    }

    /// Postings gathered from the documents they hold.
    init(documents: [DerivedCache.Key], gathered: PostingsBuilder) {
        self.documents = documents
        (words, lists) = gathered.forms
    }

    /// This snapshot's postings for the documents `keys` names now: each document kept (its key
    /// found, in the same order among equal keys) moved to its new id, the others' postings
    /// dropped. Returns the ids whose words must be gathered (new or changed documents).
    func moved(to keys: [DerivedCache.Key]) -> (snapshot: PostingsSnapshot, unseen: [Int]) {
        var oldIDs: [DerivedCache.Key: [Int]] = [:]
        for (id, key) in documents.enumerated() { oldIDs[key, default: []].append(id) }
        var taken: [DerivedCache.Key: Int] = [:]
        var newID = [Int32](repeating: -1, count: documents.count)
        var unseen: [Int] = []
        for (id, key) in keys.enumerated() {
            let next = taken[key] ?? 0
            if let candidates = oldIDs[key], next < candidates.count {
                newID[candidates[next]] = Int32(id)
                taken[key] = next + 1
            } else {
                unseen.append(id)
            }
        }
        var moved = PostingsSnapshot(documents: keys, words: [], lists: [])
        for (word, list) in zip(words, lists) {
            var kept: [Int32] = []
            kept.reserveCapacity(list.count)
            var ascending = true
            for posting in list {
                let id = newID[Int(posting >> 1)]
                guard id >= 0 else { continue }
                let placed = id << 1 | posting & 1
                if let last = kept.last, last > placed { ascending = false }
                kept.append(placed)
            }
            guard !kept.isEmpty else { continue }
            if !ascending { kept.sort() }  // a document moved past others (an item's date changed)
            moved.words.append(word)
            moved.lists.append(kept)
        }
        return (moved, unseen)
    }

    /// Adds the postings of documents this snapshot does not hold (none of their ids is in it).
    mutating func add(_ gathered: PostingsBuilder) {
        var index: [[UInt8]: Int] = [:]
        for (position, word) in words.enumerated() { index[Array(word.utf8)] = position }
        let (newWords, newLists) = gathered.forms
        for (word, list) in zip(newWords, newLists) {
            guard let position = index[Array(word.utf8)] else {
                index[Array(word.utf8)] = words.count
                words.append(word)
                lists.append(list)
                continue
            }
            lists[position] = Self.merged(lists[position], list)
        }
    }

    /// Two ascending lists of distinct postings as one.
    static func merged(_ first: [Int32], _ second: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count, j < second.count {
            if first[i] < second[j] { result.append(first[i]); i += 1 } else { result.append(second[j]); j += 1 }
        }
        result += first[i...]
        result += second[j...]
        return result
    }

    /// The postings by word, as `PostingsBuilder.postings()` gives them; nil when two words
    /// differ only in form (never for folded text): their merged list's word is the one the
    /// documents' order meets first, which only gathering them all in order tells.
    func postings() -> [String: [Int32]]? {
        let postings = Dictionary(zip(words, lists)) { first, _ in first }
        return postings.count == words.count ? postings : nil
    }

    private static let magic = 0x4D53_5031  // "MSP1"

    /// Keys as four numbers each; each list as its length and the gaps between its postings.
    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.number(Self.magic)
        writer.number(documents.count)
        for key in documents {
            writer.wide(key.high)
            writer.wide(key.low)
        }
        writer.number(words.count)
        for (word, list) in zip(words, lists) {
            writer.text(word)
            writer.number(list.count)
            var previous: Int32 = -1
            for posting in list {
                writer.compact(UInt32(posting - previous))
                previous = posting
            }
        }
        return writer.bytes
    }

    /// Nil unless `bytes` are what `encoded()` wrote, with every posting an id of its documents.
    init?(bytes: ArraySlice<UInt8>) {
        var reader = ByteReader(bytes: bytes)
        guard reader.number() == Self.magic, let count = reader.number(), count <= reader.bytes.count / 16 else { return nil }
        documents = []
        documents.reserveCapacity(count)
        for _ in 0..<count {
            guard let high = reader.wide(), let low = reader.wide() else { return nil }
            documents.append(DerivedCache.Key(high: high, low: low))
        }
        guard let wordCount = reader.number(), wordCount <= reader.bytes.count else { return nil }
        words = []
        lists = []
        words.reserveCapacity(wordCount)
        lists.reserveCapacity(wordCount)
        let limit = Int64(count) * 2
        for _ in 0..<wordCount {
            guard let word = reader.text(), let length = reader.number(), length <= reader.bytes.count else { return nil }
            var list: [Int32] = []
            list.reserveCapacity(length)
            var previous: Int64 = -1
            for _ in 0..<length {
                guard let gap = reader.compact(), gap > 0 else { return nil }
                previous += Int64(gap)
                guard previous < limit else { return nil }
                list.append(Int32(previous))
            }
            words.append(word)
            lists.append(list)
        }
        guard reader.isAtEnd else { return nil }
    }
}
