import Foundation
import MegaphoneSupport

/// The identity of a built site's files (path, inode, size, modification time), hashed: equal
/// after a build and now, nobody touched the site in between.
package enum OutputStamps {
    package static func fingerprint(of root: String) -> String {
        var hasher = StableHasher()
        func walk(_ absolute: String, _ relative: String) {
            for entry in POSIXFile.entries(of: absolute).sorted(by: { $0.name < $1.name }) {
                let path = absolute + "/" + entry.name
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                hasher.combine(child)
                switch entry.kind {
                case .folder: walk(path, child)
                case .file, .link, .other:
                    guard let status = POSIXFile.status(path) else { continue }
                    hasher.combine(status.inode)
                    hasher.combine(UInt64(bitPattern: status.size))
                    hasher.combine(UInt64(bitPattern: status.modified))
                }
            }
        }
        walk(root, "")
        return String(hasher.value, radix: 16)
    }
}
