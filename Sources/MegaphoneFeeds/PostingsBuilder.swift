import Foundation

/// Each word's postings, gathered from each document's stored words in turn (`heading
/// words\nbody words`, in id order): `id × 2 + 1` when in the heading, else `id × 2`. Words are
/// looked up by their bytes and a `String` is made once per distinct word: one made and hashed
/// for each word of each document (a million at 10,000 items) was most of the index's cost.
///
/// Documents are added as they are folded, so the index never holds every document's words at
/// once, nor a copy of them all for its keys: a distinct word's bytes are copied once, into an
/// arena its key points into (every document's words, twice, were the peak of a first build).
///
/// Unchecked: its arena is a class only to stay put; a builder is used by one thread, then handed
/// over whole (two halves are gathered on two cores and joined).
struct PostingsBuilder: @unchecked Sendable {
    private var ids: [WordBytes: Int] = [:]
    private var words: [String] = []
    private var lists: [[Int32]] = []
    private let arena = WordArena()

    /// Adds document `document`'s words (their stored form).
    mutating func add(document: Int, words stored: ArraySlice<UInt8>) {
        let inHeading = Int32(document * 2 + 1), bodyPosting = Int32(document * 2)
        stored.withUnsafeBufferPointer { buffer in
            var inBody = false, wordStart = 0
            func flush(_ wordEnd: Int) {
                guard wordEnd > wordStart else { return }
                let found = WordBytes(bytes: UnsafeBufferPointer(rebasing: buffer[wordStart..<wordEnd]))
                let id = ids[found] ?? {
                    ids[arena.copy(found)] = words.count
                    words.append(String(decoding: found.bytes, as: UTF8.self))
                    lists.append([])
                    return words.count - 1
                }()
                // Each document's lists are of distinct words, so a body word is also in the
                // heading exactly when its postings end with this document's heading one.
                if !inBody { lists[id].append(inHeading) } else if lists[id].last != inHeading { lists[id].append(bodyPosting) }
            }
            for index in buffer.indices {
                switch buffer[index] {
                case UInt8(ascii: " "):
                    flush(index)
                    wordStart = index + 1
                case UInt8(ascii: "\n") where !inBody:
                    flush(index)
                    inBody = true
                    wordStart = index + 1
                default: break
                }
            }
            flush(buffer.count)
        }
    }

    /// Adds the words of `later`, built from documents all after this one's (each word's
    /// postings then stay in document order): two halves of the documents are gathered on two
    /// cores, then joined.
    mutating func append(_ later: PostingsBuilder) {
        for (word, laterID) in later.ids {
            if let id = ids[word] {
                lists[id] += later.lists[laterID]
            } else {
                ids[arena.copy(word)] = words.count
                words.append(later.words[laterID])
                lists.append(later.lists[laterID])
            }
        }
    }

    /// Each distinct word as gathered (its bytes) with its postings, before words equal as
    /// strings are merged (what a `PostingsSnapshot` keeps).
    var forms: (words: [String], lists: [[Int32]]) { (words, lists) }

    /// The postings by word. Folded words are canonical, so equal words have equal bytes; should
    /// two differ only in form, they are one word, as the search box sees them, with one list.
    func postings() -> [String: [Int32]] {
        Dictionary(zip(words, lists)) { first, second in
            var best: [Int32: Int32] = [:]
            for posting in first + second { best[posting / 2] = max(best[posting / 2] ?? posting, posting) }
            return best.keys.sorted().map { best[$0]! }
        }
    }
}

/// A word as its UTF-8 bytes: hashed and compared as bytes.
private struct WordBytes: Hashable {
    let bytes: UnsafeBufferPointer<UInt8>

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.bytes.count == rhs.bytes.count && memcmp(lhs.bytes.baseAddress!, rhs.bytes.baseAddress!, lhs.bytes.count) == 0
    }

    func hash(into hasher: inout Hasher) { hasher.combine(bytes: UnsafeRawBufferPointer(bytes)) }
}

/// The bytes of distinct words, in blocks never moved nor freed while the postings' keys point
/// into them.
private final class WordArena {
    private var blocks: [UnsafeMutableBufferPointer<UInt8>] = []
    private var used = 0
    private static let blockSize = 1 << 16

    func copy(_ word: WordBytes) -> WordBytes {
        let count = word.bytes.count
        if blocks.isEmpty || used + count > blocks[blocks.count - 1].count {
            blocks.append(.allocate(capacity: max(Self.blockSize, count)))
            used = 0
        }
        let block = blocks[blocks.count - 1]
        let target = UnsafeMutableBufferPointer(rebasing: block[used..<used + count])
        _ = target.initialize(from: word.bytes)
        used += count
        return WordBytes(bytes: UnsafeBufferPointer(target))
    }

    deinit { for block in blocks { block.deallocate() } }
}
