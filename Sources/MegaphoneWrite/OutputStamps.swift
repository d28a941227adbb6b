import Foundation
import MegaphoneSupport

/// The identity of a built site's files (path, inode, size, modification time), hashed: equal
/// after a build and now, nobody touched the site in between.
package enum OutputStamps {
    /// The first levels are listed here; each folder below them is hashed on its own, on every
    /// core: a site is a folder per page (17,000 at 10,000 items), and listing and `stat`-ing them
    /// one after the other was two thirds of a build with nothing to do.
    static let levelsListedFirst = 2

    package static func fingerprint(of root: String) -> String {
        var hasher = StableHasher()
        var deferred: [(absolute: String, relative: String)]? = []
        walk(root, "", depth: 0, into: &hasher, deferring: &deferred)
        let subtrees = deferred ?? []
        let hashes = ConcurrentMap.map(subtrees.indices, slicesOf: 256) { slice in
            subtrees[slice].map { subtree in
                var hasher = StableHasher()
                var none: [(absolute: String, relative: String)]? = nil
                walk(subtree.absolute, subtree.relative, depth: 0, into: &hasher, deferring: &none)
                return hasher.value
            }
        }
        for hash in hashes { hasher.combine(hash) }
        return String(hasher.value, radix: 16)
    }

    /// `fingerprint(of:)` of a tree holding exactly `files`, each with its stamp, without walking it:
    /// the build knows every file it placed (listing and `stat`-ing 17,000 folders again after a
    /// rebuild was a tenth of it at 10,000 items). A file changed meanwhile by someone else is then
    /// seen by the next build, which walks the site.
    package static func fingerprint(files: [(path: String, stamp: FileStamp)]) -> String {
        let root = Folder()
        for file in files {
            var folder = root
            // Split on the bytes: a character-wise split of every path was most of this.
            let components = file.path.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
            for name in components.dropLast() { folder = folder.folder(name) }
            folder.files[components.last ?? ""] = file.stamp
        }
        var hasher = StableHasher()
        var subtrees: [(folder: Folder, relative: String)]? = []
        root.hash("", depth: 0, into: &hasher, deferring: &subtrees)
        for subtree in subtrees ?? [] {
            var subtreeHasher = StableHasher()
            var none: [(folder: Folder, relative: String)]? = nil
            subtree.folder.hash(subtree.relative, depth: 0, into: &subtreeHasher, deferring: &none)
            hasher.combine(subtreeHasher.value)
        }
        return String(hasher.value, radix: 16)
    }

    /// A folder of the tree `fingerprint(files:)` hashes, in the order and with the values `walk` does.
    private final class Folder {
        var folders: [String: Folder] = [:]
        var files: [String: FileStamp] = [:]

        func folder(_ name: String) -> Folder {
            if let existing = folders[name] { return existing }
            let created = Folder()
            folders[name] = created
            return created
        }

        func hash(_ relative: String, depth: Int, into hasher: inout StableHasher,
                  deferring subtrees: inout [(folder: Folder, relative: String)]?) {
            for name in (Array(folders.keys) + Array(files.keys)).sorted() {
                let child = relative.isEmpty ? name : relative + "/" + name
                hasher.combine(child)
                if let stamp = files[name] {
                    hasher.combine(stamp.inode)
                    hasher.combine(UInt64(bitPattern: stamp.size))
                    hasher.combine(UInt64(bitPattern: stamp.modified))
                } else if let folder = folders[name] {
                    if depth + 1 >= levelsListedFirst && subtrees != nil {
                        hasher.combine(UInt64(subtrees!.count))
                        subtrees!.append((folder, child))
                    } else {
                        folder.hash(child, depth: depth + 1, into: &hasher, deferring: &subtrees)
                    }
                }
            }
        }
    }

    /// Hashes the tree at `absolute`; a folder at `levelsListedFirst` below it is added to
    /// `deferring` (its place marked in the hash by its number) instead, when given.
    private static func walk(_ absolute: String, _ relative: String, depth: Int, into hasher: inout StableHasher,
                             deferring subtrees: inout [(absolute: String, relative: String)]?) {
        for entry in POSIXFile.entries(of: absolute).sorted(by: { $0.name < $1.name }) {
            let path = absolute + "/" + entry.name
            let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
            hasher.combine(child)
            switch entry.kind {
            case .folder where depth + 1 >= levelsListedFirst && subtrees != nil:
                hasher.combine(UInt64(subtrees!.count))
                subtrees!.append((path, child))
            case .folder: walk(path, child, depth: depth + 1, into: &hasher, deferring: &subtrees)
            case .file, .link, .other:
                guard let status = POSIXFile.status(path) else { continue }
                hasher.combine(status.inode)
                hasher.combine(UInt64(bitPattern: status.size))
                hasher.combine(UInt64(bitPattern: status.modified))
            }
        }
    }
}
