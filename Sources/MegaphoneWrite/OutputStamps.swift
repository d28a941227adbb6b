import Foundation
import MegaphoneSupport

/// The identity of a built site's files (path, inode, size, modification time), hashed: equal
/// after a build and now, nobody touched the site in between.
package enum OutputStamps {
    /// The first levels are listed here; each folder below them is listed on its own, on every
    /// core: a site is a folder per page (17,000 at 10,000 items), and listing and `stat`-ing them
    /// one after the other was two thirds of a build with nothing to do.
    static let levelsListedFirst = 2

    /// A file with its stamp, or a folder (nil), by path relative to the site.
    typealias Entry = (path: String, stamp: FileStamp?)

    package static func fingerprint(of root: String) -> String {
        var entries: [Entry] = []
        var deferred: [(absolute: String, relative: String)]? = []
        list(root, "", depth: 0, into: &entries, deferring: &deferred)
        let subtrees = deferred ?? []
        let listed = ConcurrentMap.map(subtrees.indices, slicesOf: 256) { slice in
            subtrees[slice].map { subtree in
                var entries: [Entry] = []
                var none: [(absolute: String, relative: String)]? = nil
                list(subtree.absolute, subtree.relative, depth: 0, into: &entries, deferring: &none)
                return entries
            }
        }
        for subtree in listed { entries += subtree }
        return hash(&entries)
    }

    /// `fingerprint(of:)` of a tree holding exactly `files`, each with its stamp, and `folders`
    /// (the root as ""), without walking it: the build knows every file it placed (listing and
    /// `stat`-ing 17,000 folders again after a rebuild was a tenth of it at 10,000 items). A file
    /// changed meanwhile by someone else is then seen by the next build, which walks the site.
    package static func fingerprint(files: [(path: String, stamp: FileStamp)], folders: Set<String>) -> String {
        var entries: [Entry] = files.map { ($0.path, $0.stamp) }
        entries.reserveCapacity(files.count + folders.count)
        for folder in folders where !folder.isEmpty { entries.append((folder, nil)) }
        return hash(&entries)
    }

    /// Every entry in the order of its path, the same however it was found: a flat sort, where
    /// a tree of folders built to hash them as a walk meets them was most of the write's last
    /// step after one edit at 10,000 items.
    private static func hash(_ entries: inout [Entry]) -> String {
        entries.sort { $0.path < $1.path }
        var hasher = StableHasher()
        for entry in entries {
            hasher.combine(entry.path)
            if let stamp = entry.stamp {
                hasher.combine(stamp.inode)
                hasher.combine(UInt64(bitPattern: stamp.size))
                hasher.combine(UInt64(bitPattern: stamp.modified))
            } else {
                hasher.combine(UInt64.max)
            }
        }
        return String(hasher.value, radix: 16)
    }

    /// Lists the tree at `absolute` into `entries`; a folder at `levelsListedFirst` below it is
    /// added to `deferring` instead (after its own entry), when given.
    private static func list(_ absolute: String, _ relative: String, depth: Int, into entries: inout [Entry],
                             deferring subtrees: inout [(absolute: String, relative: String)]?) {
        for entry in POSIXFile.entries(of: absolute) {
            let path = absolute + "/" + entry.name
            let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
            switch entry.kind {
            case .folder:
                entries.append((child, nil))
                if depth + 1 >= levelsListedFirst && subtrees != nil {
                    subtrees!.append((path, child))
                } else {
                    list(path, child, depth: depth + 1, into: &entries, deferring: &subtrees)
                }
            case .file, .link, .other:
                guard let status = POSIXFile.status(path) else { continue }
                entries.append((child, FileStamp(inode: status.inode, size: status.size, modified: status.modified)))
            }
        }
    }
}
