import Foundation
import Megaphone

/// What a rebuild depends on, summed up cheaply: the path, size and modification time of every
/// file of the site (`site.yml`, `content/`, `themes/`, `layouts/`). Polling it works on every
/// file system and editor (including those that save by renaming), with no inotify limits.
struct SourceWatcher: Sendable {
    let root: URL
    static let watched = ["site.yml", "content", "themes", "layouts"]

    func fingerprint() -> [String: String] {
        var files: [String: String] = [:]
        for name in Self.watched {
            let path = root.appendingPathComponent(name).path
            Self.collect(path, into: &files)
        }
        return files
    }

    private static func collect(_ path: String, into files: inout [String: String]) {
        var status = stat()
        // stat, not lstat: the example and test sites link their theme folder.
        guard stat(path, &status) == 0 else { return }
        if status.st_mode & S_IFMT == S_IFDIR {
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasPrefix(".") { continue }  // editors' swap and backup files
                collect(path + "/" + name, into: &files)
            }
        } else {
            files[path] = "\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
    }
}
