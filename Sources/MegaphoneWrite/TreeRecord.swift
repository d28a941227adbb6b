import Foundation
import MegaphoneSupport

/// What a site's tree held when its build finished: every file with its inode, and every folder
/// with its inode and modification time. The next build but one writes into that tree (it is then the retired
/// site) and must remove what the new site does not have: with the record, it removes those
/// files by name and lists only the folders changed since, instead of listing 17,000 folders at
/// 10,000 items (0.3 s of a rebuild after one edit, about a tenth of it).
///
/// A folder is trusted only when nothing can have changed in it since: adding, removing or
/// renaming an entry changes a folder's modification time, and the record was taken of exactly
/// the files listed. A folder whose time is not strictly before the moment the record was taken
/// (`clock`, the file system's own time) could change again within the same tick unseen, so it
/// is listed anyway, as is any folder replaced (another inode) or missing.
package struct TreeRecord: Sendable, Equatable {
    package struct Folder: Sendable, Equatable {
        package var inode: UInt64
        package var modified: Int64
    }

    /// The file system's time when the record was taken, in nanoseconds since 1970.
    package var clock: Int64
    /// Each file's inode, by path relative to the tree. In a trusted folder, the name still leads
    /// to that inode: only renaming, removing or creating an entry would change it, and each of
    /// those changes the folder's time.
    package var files: [String: UInt64]
    /// By path relative to the tree (the root as "").
    package var folders: [String: Folder]

    package static let liveName = "tree-live.txt"
    package static let retiredName = "tree-retired.txt"
    private static let magic = "megaphone-tree-2"

    /// Records the tree at `root`, which holds exactly `files` (each with its inode) in `folders`; nil when a folder
    /// cannot be read or the file system's time cannot be learnt (in `clockFolder`). A folder
    /// `read` trusted when the build began and that the build did not change (not in `touched`)
    /// keeps its stamp without asking again: a rebuild after one edit changes a few dozen folders
    /// of 17,000.
    package static func take(root: String, files: [String: UInt64], folders: Set<String>, clockFolder: String,
                             read: TreeRecord? = nil, trusted: Set<String> = [], touched: Set<String> = []) -> TreeRecord? {
        let probe = clockFolder + "/.megaphone-clock"
        POSIXFile.remove(probe)
        guard case .success(let clock) = POSIXFile.create(probe, with: Data()) else { return nil }
        POSIXFile.remove(probe)
        var recorded: [String: Folder] = [:]
        recorded.reserveCapacity(folders.count)
        var asked: [String] = []
        for path in folders {
            if trusted.contains(path), !touched.contains(path), let known = read?.folders[path] {
                recorded[path] = known
            } else {
                asked.append(path)
            }
        }
        let statuses = ConcurrentMap.map(asked.indices, slicesOf: 512) { [asked] slice in
            asked[slice].map { path in POSIXFile.status(path.isEmpty ? root : root + "/" + path) }
        }
        for (path, status) in zip(asked, statuses) {
            guard let status, status.kind == .folder else { return nil }
            recorded[path] = Folder(inode: status.inode, modified: status.modified)
        }
        return TreeRecord(clock: clock.modified, files: files, folders: recorded)
    }

    /// The folders of the tree at `root` that hold what the record says, no more, no less.
    package func trustedFolders(in root: String) -> Set<String> {
        let candidates = folders.filter { $0.value.modified < clock }.map { ($0.key, $0.value) }
        let trusted = ConcurrentMap.map(candidates.indices, slicesOf: 512) { slice in
            candidates[slice].compactMap { path, recorded -> String? in
                guard let status = POSIXFile.status(path.isEmpty ? root : root + "/" + path), status.kind == .folder,
                      status.inode == recorded.inode, status.modified == recorded.modified else { return nil }
                return path
            }
        }
        return Set(trusted)
    }

    /// One line per folder (`d INODE TIME PATH`) and per file (`f INODE PATH`), after the magic line and
    /// the clock. Paths hold no line break (output paths are ASCII slugs); a record that would is
    /// not written.
    package func data() -> Data? {
        var bytes = Array("\(Self.magic)\n\(clock)\n".utf8)
        bytes.reserveCapacity(folders.count * 60 + files.count * 40)
        for (path, folder) in folders {
            guard !path.utf8.contains(UInt8(ascii: "\n")) else { return nil }
            bytes += "d ".utf8
            bytes += String(folder.inode).utf8
            bytes.append(UInt8(ascii: " "))
            bytes += String(folder.modified).utf8
            bytes.append(UInt8(ascii: " "))
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        for (path, inode) in files {
            guard !path.utf8.contains(UInt8(ascii: "\n")) else { return nil }
            bytes += "f ".utf8
            bytes += String(inode).utf8
            bytes.append(UInt8(ascii: " "))
            bytes += path.utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        return Data(bytes)
    }

    /// The record in `data`, or nil when it is not one (damaged, truncated, another format).
    package init?(data: [UInt8]) {
        guard data.last == UInt8(ascii: "\n") else { return nil }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        guard lines.count >= 2, String(decoding: lines[lines.startIndex], as: UTF8.self) == Self.magic,
              let clock = Int64(String(decoding: lines[lines.startIndex + 1], as: UTF8.self)) else { return nil }
        var files: [String: UInt64] = [:]
        var folders: [String: Folder] = [:]
        for line in lines.dropFirst(2) {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: line.first == UInt8(ascii: "d") ? 3 : 2,
                                    omittingEmptySubsequences: false)
            switch (fields.first.map { String(decoding: $0, as: UTF8.self) }, fields.count) {
            case ("f", 3):
                guard let inode = UInt64(String(decoding: fields[1], as: UTF8.self)) else { return nil }
                files[String(decoding: fields[2], as: UTF8.self)] = inode
            case ("d", 4):
                guard let inode = UInt64(String(decoding: fields[1], as: UTF8.self)),
                      let modified = Int64(String(decoding: fields[2], as: UTF8.self)) else { return nil }
                folders[String(decoding: fields[3], as: UTF8.self)] = Folder(inode: inode, modified: modified)
            default: return nil
            }
        }
        self.init(clock: clock, files: files, folders: folders)
    }

    package init(clock: Int64, files: [String: UInt64], folders: [String: Folder]) {
        self.clock = clock
        self.files = files
        self.folders = folders
    }

    /// Reads the record at `path` and removes it: the tree it describes is about to change, and a
    /// build stopped before it records the tree again must leave no record to trust.
    package static func claim(_ path: String) -> TreeRecord? {
        defer { POSIXFile.remove(path) }
        return POSIXFile.read(path).flatMap { TreeRecord(data: $0) }
    }
}
