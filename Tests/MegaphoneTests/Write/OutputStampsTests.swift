import Foundation
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneWrite

/// The site's fingerprint made from the files a build placed is the one a walk of the site gives,
/// so the next build, which walks it, finds nothing changed.
@Suite struct OutputStampsTests {
    @Test func theFilesPlacedHashAsTheWalkedTree() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-stamps-\(UUID().uuidString)").path
        defer { POSIXFile.removeTree(root) }
        // Files at every depth, folders deferred (second level) and not, names that sort apart
        // from their folders ("a" and "a-b", "é").
        let paths = ["index.html", "feed.json", "a/index.html", "a-b/index.html", "a/b/index.html", "a/b/c/d/index.html",
                     "a/b/c/e.json", "items/atlas/index.html", "items/page/2/index.html", "é/x/index.html", "z/y.txt"]
        for path in paths {
            let file = root + "/" + path
            #expect(POSIXFile.makeFolder(String(file[..<file.lastIndex(of: "/")!])) == nil)
            #expect(POSIXFile.write(Data(path.utf8), to: file) == nil)
        }
        let stamps = try paths.shuffled().map { path in (path, try #require(FileStamp.of(root + "/" + path))) }
        let folders = StagingTree.folders(of: Set(paths))
        #expect(OutputStamps.fingerprint(files: stamps, folders: folders) == OutputStamps.fingerprint(of: root))
        // An empty folder the build did not make, too.
        #expect(POSIXFile.makeFolder(root + "/a/empty") == nil)
        #expect(OutputStamps.fingerprint(files: stamps, folders: folders) != OutputStamps.fingerprint(of: root))
        POSIXFile.removeTree(root + "/a/empty")
        // A file the build did not place makes the walked tree another.
        #expect(POSIXFile.write(Data("stray".utf8), to: root + "/a/b/stray.html") == nil)
        #expect(OutputStamps.fingerprint(files: stamps, folders: folders) != OutputStamps.fingerprint(of: root))
    }
}
