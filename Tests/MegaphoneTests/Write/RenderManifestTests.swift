import Foundation
import Testing
@testable import MegaphoneWrite

/// The page manifest reads back what it wrote, and nothing else: a truncated or foreign file is
/// no manifest at all (every page is then rendered again).
@Suite struct RenderManifestTests {
    static let sample = RenderManifest(megaphone: "0123abcd", pages: [
        "items/atlas/index.html": .init(fingerprint: 0x9f3, stamp: FileStamp(inode: 1 << 40 | 7, size: 33_552, modified: -5),
                                        content: 0xdeadbeef),
        "index.html": .init(fingerprint: .max, stamp: FileStamp(inode: 3, size: 0, modified: 1_764_000_000_123_456_789),
                            content: 0),
        "tags/énergie/index.html": .init(fingerprint: 1, stamp: FileStamp(inode: .max, size: .max, modified: .min), content: 2),
    ])

    @Test func readsBackEveryEntryExactly() throws {
        let decoded = try #require(RenderManifest.decode(Array(Self.sample.data())[...]))
        #expect(decoded.megaphone == Self.sample.megaphone)
        #expect(decoded.pages == Self.sample.pages)
    }

    /// Entries are written in path order, whatever order the dictionary iterates in (with 60
    /// pages, a dictionary that happened to iterate sorted is out of the question).
    @Test func theSameSiteGivesTheSameBytes() throws {
        let paths = (0..<60).map { "items/\($0)/index.html" }
        var pages: [String: RenderManifest.Entry] = [:]
        for (index, path) in paths.enumerated() {
            pages[path] = .init(fingerprint: UInt64(index), stamp: FileStamp(inode: 1, size: 2, modified: 3), content: 4)
        }
        let bytes = Array(RenderManifest(megaphone: "0123abcd", pages: pages).data())
        let offsets = try paths.sorted().map { path in try #require(bytes.firstRange(of: Array(path.utf8))).lowerBound }
        #expect(offsets == offsets.sorted())
        #expect(RenderManifest.decode(bytes[...])?.pages == pages)
    }

    @Test func aTruncatedOrForeignFileIsNoManifest() {
        let bytes = Array(Self.sample.data())
        for length in [0, 5, bytes.count / 2, bytes.count - 1] {
            #expect(RenderManifest.decode(bytes[..<length]) == nil, "truncated to \(length) bytes")
        }
        #expect(RenderManifest.decode(Array(#"{"format":2,"megaphone":"0123abcd","pages":{}}"#.utf8)[...]) == nil)
        #expect(RenderManifest.decode((bytes + [0])[...]) == nil, "a byte too many")
    }
}
