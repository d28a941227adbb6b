import MegaphoneSupport
import Testing
@testable import MegaphoneFeeds

/// A rebuild's search postings are the last build's, moved to where their documents are now, plus
/// the words of the documents it had not seen: they must be exactly what gathering every document
/// in order gives, whatever the changes between the two builds.
@Suite struct PostingsSnapshotTests {
    static let vocabulary = ["atlas", "usine", "energie", "lancement", "salon", "recrutement", "bilan", "cafe", "innovation", "equipe"]

    /// A document's stored words (`heading\nbody`, distinct words on each side).
    static func document(_ generator: inout SeededGenerator) -> String {
        func words(_ count: Int) -> String { Array(Set((0..<count).map { _ in vocabulary.randomElement(using: &generator)! })).sorted().joined(separator: " ") }
        return words(Int.random(in: 0...3, using: &generator)) + "\n" + words(Int.random(in: 0...6, using: &generator))
    }

    static func key(_ text: String) -> DerivedCache.Key {
        var key = DerivedCache.KeyMaker("test-words")
        key.combine(text)
        return key.key
    }

    static func gathered(_ texts: [String], ids: [Int]) -> PostingsBuilder {
        var builder = PostingsBuilder()
        for id in ids { builder.add(document: id, words: Array(texts[id].utf8)[...]) }
        return builder
    }

    @Test func movedPostingsPlusTheUnseenOnesEqualAFullGathering() throws {
        for seed in UInt64(1)...200 {
            var generator = SeededGenerator(state: seed)
            var before = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Self.document(&generator) }
            if !before.isEmpty, Bool.random(using: &generator) { before.append(before[0]) }  // two documents with one key
            var after = before
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                switch Int.random(in: 0..<5, using: &generator) {
                case 0 where !after.isEmpty: after[Int.random(in: after.indices, using: &generator)] = Self.document(&generator)
                case 1: after.insert(Self.document(&generator), at: Int.random(in: 0...after.count, using: &generator))
                case 2 where !after.isEmpty: after.remove(at: Int.random(in: after.indices, using: &generator))
                case 3 where after.count > 1:  // a document moves past others (an item's date changed)
                    let moved = after.remove(at: Int.random(in: after.indices, using: &generator))
                    after.insert(moved, at: Int.random(in: 0...after.count, using: &generator))
                default: after.append(Self.document(&generator))
                }
            }
            let snapshot = PostingsSnapshot(documents: before.map(Self.key), gathered: Self.gathered(before, ids: Array(before.indices)))
            let read = try #require(PostingsSnapshot(bytes: snapshot.encoded()[...]), "seed \(seed)")
            #expect(read.documents == snapshot.documents && read.words == snapshot.words && read.lists == snapshot.lists, "seed \(seed)")

            var (moved, unseen) = read.moved(to: after.map(Self.key))
            // Only what the last build did not have is gathered again.
            var left = before.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            var kept = 0
            for text in after where (left[text] ?? 0) > 0 {
                left[text]! -= 1
                kept += 1
            }
            let expectedUnseen = after.count - kept
            #expect(unseen.count == expectedUnseen, "seed \(seed)")
            moved.add(Self.gathered(after, ids: unseen))
            let full = SearchIndexBuilder.postings(after.map { Array($0.utf8)[...] })
            #expect(moved.postings() == full, "seed \(seed): \(before) → \(after)")
            #expect(moved.documents == after.map(Self.key), "seed \(seed)")
        }
    }

    /// The two languages' indexes fold the same documents at once, one from the last, sharing what
    /// they fold: each gives exactly the postings of a gathering in order.
    @Test func gatheringBackwardsGivesThePostingsOfAGatheringInOrder() {
        var generator = SeededGenerator(state: 7)
        // Over two waves of 4,096 documents in each half, so that waves and halves are both reversed.
        let texts = (0..<17_000).map { _ in Self.document(&generator) }
        let keys = texts.map(Self.key)
        let expected = SearchIndexBuilder.postings(texts.map { Array($0.utf8)[...] })
        let derived = DerivedCache(identity: "test", saves: false)
        let fold: @Sendable (Int, inout WordFolder) -> [UInt8] = { id, _ in Array(texts[id].utf8) }
        let (forwards, backwards) = ConcurrentMap.both(
            { SearchIndexBuilder.gather(Array(texts.indices), keys: keys, derived: derived, folding: fold) },
            { SearchIndexBuilder.gather(Array(texts.indices), keys: keys, derived: derived, backwards: true, folding: fold) })
        #expect(forwards.postings() == expected)
        #expect(backwards.postings() == expected)
        let ids = Array(stride(from: 3, to: texts.count, by: 5))
        let some = SearchIndexBuilder.postings(ids.map { Array(texts[$0].utf8)[...] }).mapValues { lists in
            lists.map { posting in Int32(ids[Int(posting / 2)] * 2) + posting % 2 }
        }
        #expect(SearchIndexBuilder.gather(ids, keys: keys, derived: DerivedCache(identity: "test"), backwards: true, folding: fold).postings() == some)
    }

    @Test func bytesNotWrittenByASnapshotAreRefused() {
        let texts = ["atlas\nusine", "\natlas energie", "salon\n"]
        let bytes = PostingsSnapshot(documents: texts.map(Self.key), gathered: Self.gathered(texts, ids: [0, 1, 2])).encoded()
        #expect(PostingsSnapshot(bytes: bytes[...]) != nil)
        #expect(PostingsSnapshot(bytes: bytes.dropLast()) == nil)
        #expect(PostingsSnapshot(bytes: bytes[...] + [0]) == nil)
        var otherMagic = bytes
        otherMagic[0] ^= 1
        #expect(PostingsSnapshot(bytes: otherMagic[...]) == nil)
        // A posting beyond the documents it names.
        let beyond = PostingsSnapshot(documents: [Self.key("x")], words: ["atlas"], lists: [[0, 5]]).encoded()
        #expect(PostingsSnapshot(bytes: beyond[...]) == nil)
    }

    /// Two forms of one word need the documents' order to pick the merged list's word: no answer
    /// from a snapshot, so the build gathers every document instead.
    @Test func twoFormsOfOneWordAreLeftToAFullGathering() {
        let texts = ["caf\u{E9}\n", "\ncafe\u{301}"]
        let snapshot = PostingsSnapshot(documents: texts.map(Self.key), gathered: Self.gathered(texts, ids: [0, 1]))
        #expect(snapshot.words.count == 2)
        #expect(snapshot.postings() == nil)
    }
}
