import Foundation
import Testing
@testable import MegaphoneModel
@testable import MegaphoneSupport
@testable import MegaphoneWrite

/// A tree record lets a build remove what the new site does not have without listing every
/// folder, and only where nothing can have changed since the record was taken.
@Suite struct TreeRecordTests {
    static let paths = ["index.html", "feed.json", "items/atlas/index.html", "items/lyon/index.html", "items/index.html",
                        "tags/produit/index.html", "tags/produit/page/2/index.html"]

    /// A tree of `paths`, its folders dated an hour back (older than any record taken now), and
    /// a cache folder beside it.
    static func tree() throws -> (root: String, cache: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-tree-\(UUID().uuidString)").path
        let root = base + "/site", cache = base + "/cache"
        #expect(POSIXFile.makeFolder(cache) == nil)
        for path in paths {
            let file = root + "/" + path
            #expect(POSIXFile.makeFolder(String(file[..<file.lastIndex(of: "/")!])) == nil)
            #expect(POSIXFile.write(Data(path.utf8), to: file) == nil)
        }
        let anHourAgo = Date().addingTimeInterval(-3600)
        for folder in StagingTree.folders(of: Set(paths)) {
            try FileManager.default.setAttributes([.modificationDate: anHourAgo], ofItemAtPath: folder.isEmpty ? root : root + "/" + folder)
        }
        return (root, cache)
    }

    /// Each of `paths` with its inode in the tree.
    static func inodes(_ paths: [String], in root: String) -> [String: UInt64] {
        Dictionary(uniqueKeysWithValues: paths.map { ($0, FileStamp.of(root + "/" + $0)?.inode ?? 0) })
    }

    static func record(_ tree: (root: String, cache: String)) throws -> TreeRecord {
        try #require(TreeRecord.take(root: tree.root, files: inodes(paths, in: tree.root), folders: StagingTree.folders(of: Set(paths)),
                                     clockFolder: tree.cache))
    }

    @Test func aRecordReadsBackAsWritten() throws {
        let tree = try Self.tree()
        defer { POSIXFile.removeTree((tree.root as NSString).deletingLastPathComponent) }
        let record = try Self.record(tree)
        #expect(record.folders.count == 8 && record.files.keys.sorted() == Self.paths.sorted())
        #expect(record.files["items/atlas/index.html"] == FileStamp.of(tree.root + "/items/atlas/index.html")?.inode)
        #expect(TreeRecord(data: Array(try #require(record.data()))) == record)
        // Truncated or foreign: no record, so the build lists every folder.
        let data = Array(try #require(record.data()))
        #expect(TreeRecord(data: Array(data.dropLast(5))) == nil)
        #expect(TreeRecord(data: Array("megaphone-tree-0\n1\n".utf8)) == nil)
    }

    @Test func onlyFoldersUnchangedSinceTheRecordAreTrusted() throws {
        let tree = try Self.tree()
        defer { POSIXFile.removeTree((tree.root as NSString).deletingLastPathComponent) }
        let record = try Self.record(tree)
        #expect(record.trustedFolders(in: tree.root) == StagingTree.folders(of: Set(Self.paths)))
        // An entry added, a folder replaced by another (another inode).
        #expect(POSIXFile.write(Data("stray".utf8), to: tree.root + "/items/stray.html") == nil)
        POSIXFile.removeTree(tree.root + "/tags/produit/page")
        #expect(POSIXFile.makeFolder(tree.root + "/tags/produit/page/2") == nil)
        let trusted = record.trustedFolders(in: tree.root)
        #expect(!trusted.contains("items") && !trusted.contains("tags/produit") && !trusted.contains("tags/produit/page/2"))
        #expect(trusted.contains("items/atlas") && trusted.contains("") && trusted.contains("tags"))
        // A folder changed in the tick the record was taken may change again unseen: not trusted.
        var racy = record
        racy.clock = record.folders["items/atlas"]!.modified
        #expect(!racy.trustedFolders(in: tree.root).contains("items/atlas"))
    }

    @Test func whatTheNewSiteLacksGoesByNameInTrustedFoldersAndByListingElsewhere() throws {
        let tree = try Self.tree()
        defer { POSIXFile.removeTree((tree.root as NSString).deletingLastPathComponent) }
        let record = try Self.record(tree)
        // Changed since the record: a stray file in a folder (then listed), nothing else.
        #expect(POSIXFile.write(Data("stray".utf8), to: tree.root + "/tags/produit/stray.html") == nil)
        let staging = StagingTree(root: tree.root, previous: nil, record: record)
        #expect(!staging.trusted.contains("tags/produit") && staging.trusted.contains("items"))
        let kept = ["index.html", "items/atlas/index.html", "tags/produit/index.html"]
        let outcome = try staging.write(kept.map { OutputFile(path: $0, contents: .data(Data($0.utf8))) })
        let left = try FileManager.default.subpathsOfDirectory(atPath: tree.root).sorted()
        #expect(left == ["index.html", "items", "items/atlas", "items/atlas/index.html", "tags", "tags/produit", "tags/produit/index.html"])
        // The next record, which keeps the stamps of the folders the write did not change, has what
        // the tree has.
        let next = try #require(TreeRecord.take(root: tree.root, files: Self.inodes(kept, in: tree.root), folders: outcome.folders,
                                                clockFolder: tree.cache, read: record, trusted: staging.trusted, touched: outcome.touched))
        let asked = try #require(TreeRecord.take(root: tree.root, files: Self.inodes(kept, in: tree.root), folders: outcome.folders,
                                                 clockFolder: tree.cache))
        #expect(next.folders == asked.folders && Set(next.folders.keys) == ["", "items", "items/atlas", "tags", "tags/produit"])
    }
}
