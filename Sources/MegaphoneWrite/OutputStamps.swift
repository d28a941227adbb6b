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

    /// The fingerprint of a set of entries: each hashed on its own and the hashes added, so that
    /// it is the same in any order. A tree of folders built to hash them in a walk's order was
    /// the longest of the write's last steps after one edit at 10,000 items, and sorting them
    /// a sixth of a build with nothing to do; a change that an addition hides is a 64-bit
    /// collision, which an edit does not aim for.
    struct Sum {
        var total: UInt64 = 0
        var count: UInt64 = 0

        mutating func add(_ path: String, _ stamp: FileStamp?) {
            var hasher = StableHasher()
            hasher.combine(path)
            if let stamp {
                hasher.combine(stamp.inode)
                hasher.combine(UInt64(bitPattern: stamp.size))
                hasher.combine(UInt64(bitPattern: stamp.modified))
            } else {
                hasher.combine(UInt64.max)
            }
            total &+= hasher.value
            count += 1
        }

        mutating func add(_ other: Sum) {
            total &+= other.total
            count += other.count
        }

        var text: String {
            var hasher = StableHasher()
            hasher.combine(total)
            hasher.combine(count)
            return String(hasher.value, radix: 16)
        }
    }

    package static func fingerprint(of root: String) -> String {
        var sum = Sum()
        var deferred: [(absolute: String, relative: String)]? = []
        list(root, "", depth: 0, into: &sum, deferring: &deferred)
        let subtrees = deferred ?? []
        let sums = ConcurrentMap.map(subtrees.indices, slicesOf: 256) { slice in
            subtrees[slice].map { subtree in
                var sum = Sum()
                var none: [(absolute: String, relative: String)]? = nil
                list(subtree.absolute, subtree.relative, depth: 0, into: &sum, deferring: &none)
                return sum
            }
        }
        for subtree in sums { sum.add(subtree) }
        return sum.text
    }

    /// `fingerprint(of:)` of a tree holding exactly `files`, each with its stamp, and `folders`
    /// (the root as ""), without walking it: the build knows every file it placed (listing and
    /// `stat`-ing 17,000 folders again after a rebuild was a tenth of it at 10,000 items). A file
    /// changed meanwhile by someone else is then seen by the next build, which walks the site.
    package static func fingerprint(files: [(path: String, stamp: FileStamp)], folders: Set<String>) -> String {
        var sum = Sum()
        for file in files { sum.add(file.path, file.stamp) }
        for folder in folders where !folder.isEmpty { sum.add(folder, nil) }
        return sum.text
    }

    /// Adds the tree at `absolute` to `sum`; a folder at `levelsListedFirst` below it is added to
    /// `deferring` instead (after its own entry), when given.
    private static func list(_ absolute: String, _ relative: String, depth: Int, into sum: inout Sum,
                             deferring subtrees: inout [(absolute: String, relative: String)]?) {
        for entry in POSIXFile.entries(of: absolute) {
            let path = absolute + "/" + entry.name
            let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
            switch entry.kind {
            case .folder:
                sum.add(child, nil)
                if depth + 1 >= levelsListedFirst && subtrees != nil {
                    subtrees!.append((path, child))
                } else {
                    list(path, child, depth: depth + 1, into: &sum, deferring: &subtrees)
                }
            case .file, .link, .other:
                guard let status = POSIXFile.status(path) else { continue }
                sum.add(child, FileStamp(inode: status.inode, size: status.size, modified: status.modified))
            }
        }
    }
}
