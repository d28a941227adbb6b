import Foundation
import MegaphoneModel
import MegaphoneSupport

extension SourceTree {
    /// The folders and file a build reads, besides the theme's own assets copied as they are.
    package static let inputs = ["site.yml", "content", "data", "themes", "layouts"]

    /// Calls `visit` with each input file and its status, in a stable order, then each file under
    /// `extraFolders`. Editors' hidden swap files are left out; links are followed, as a build
    /// follows them. The folders are listed here and the files' `stat`s made on every core: they
    /// were most of a build with nothing to do (10,000 items: 10,000 calls).
    static func walkInputs(root: URL, extraFolders: [URL] = [], _ visit: (String, POSIXFile.Status) -> Void) {
        // A link back to a folder above it (an error the build reports) must not loop here.
        var foldersSeen: Set<String> = []
        var files: [String] = []
        func add(_ path: String, kind: POSIXFile.EntryKind?) {
            let kind = kind ?? POSIXFile.status(path, followingLinks: true)?.kind
            guard let kind else { return }
            if kind == .folder {
                guard foldersSeen.insert(SourceRules.realPath(path) ?? path).inserted else { return }
                for entry in POSIXFile.entries(of: path, followingLinks: true).sorted(by: { $0.name < $1.name })
                    where !entry.name.hasPrefix(".") {
                    // `entries` followed links to say what they lead to; anything else is stat-ed below.
                    add(path + "/" + entry.name, kind: entry.kind == .folder ? .folder : .file)
                }
            } else {
                files.append(path)
            }
        }
        for input in inputs { add(root.appendingPathComponent(input).path, kind: nil) }
        for folder in extraFolders { add(folder.standardizedFileURL.path, kind: nil) }
        let statuses = ConcurrentMap.map(files.indices, slicesOf: 512) { [files] slice in
            files[slice].map { POSIXFile.status($0, followingLinks: true) }
        }
        for (path, status) in zip(files, statuses) {
            if let status { visit(path, status) }
        }
    }
}

/// The identity of everything a build may read, hashed, without reading a byte of it: each
/// file's path, inode, size and modification time. Equal fingerprints mean no input file was
/// added, removed, replaced or written: the build record trusts it, and `megaphone serve` polls
/// it to rebuild.
public struct InputStamps: Sendable, Equatable, Codable {
    public var fingerprint: String
    /// The newest modification time among the files (ns since 1970). A file written in the same
    /// clock tick as a build started may have changed unseen (same size, same time): a build
    /// record is trusted only for inputs older than the build that made it (git's "racy" rule).
    public var newest: Int64
    /// The same, of every file but those `bodyScoped` names (items, whose own contents the build
    /// compares): what frames the pages, as site.yml, the theme or the guidelines do.
    public var frame: String = ""
    public var frameNewest: Int64 = 0

    /// `themeFolders`: the themes outside the site a build may use (an installation's), so that
    /// editing one is a change too. `bodyScoped` is asked of each path under the root, relative
    /// to it; `scoped` is called with each such file's relative path and status.
    public static func of(_ root: URL, themeFolders: [URL] = [], bodyScoped: (Substring) -> Bool = { _ in false }) -> InputStamps {
        of(root, themeFolders: themeFolders, bodyScoped: bodyScoped) { _, _ in }
    }

    package static func of(_ root: URL, themeFolders: [URL] = [], bodyScoped: (Substring) -> Bool,
                           scoped: (Substring, POSIXFile.Status) -> Void) -> InputStamps {
        // Each file is hashed once, into the frame's hasher or the items'; the fingerprint of all
        // is made of the two.
        var frame = StableHasher(), items = StableHasher()
        var stamps = InputStamps(fingerprint: "", newest: 0)
        let prefix = root.standardizedFileURL.path + "/"
        SourceTree.walkInputs(root: root.standardizedFileURL, extraFolders: themeFolders) { path, status in
            let isScoped = path.hasPrefix(prefix) && bodyScoped(path.dropFirst(prefix.count))
            func combine(into hasher: inout StableHasher) {
                hasher.combine(path)
                hasher.combine(status.inode)
                hasher.combine(UInt64(bitPattern: status.size))
                hasher.combine(UInt64(bitPattern: status.modified))
            }
            if isScoped {
                combine(into: &items)
                scoped(path.dropFirst(prefix.count), status)
            } else {
                combine(into: &frame)
            }
            stamps.newest = max(stamps.newest, status.modified)
            if !isScoped { stamps.frameNewest = max(stamps.frameNewest, status.modified) }
        }
        var all = frame
        all.combine(items.value)
        stamps.fingerprint = String(all.value, radix: 16)
        stamps.frame = String(frame.value, radix: 16)
        return stamps
    }
}
