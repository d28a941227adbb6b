import Foundation
import MegaphoneModel
import MegaphoneSupport

extension SourceTree {
    /// The folders and file a build reads, besides the theme's own assets copied as they are.
    package static let inputs = ["site.yml", "content", "data", "themes", "layouts"]

    /// Every file a build reads, with its size and modification time: when this changes, a build
    /// would give something else (what `megaphone serve` polls). Editors' hidden swap files are
    /// left out; links are followed, as a build follows them.
    public static func inputStamps(root: URL) -> [String: String] {
        var stamps: [String: String] = [:]
        func add(_ path: String) {
            guard let status = POSIXFile.status(path, followingLinks: true) else { return }
            if status.kind == .folder {
                for entry in POSIXFile.entries(of: path, followingLinks: true) where !entry.name.hasPrefix(".") {
                    add(path + "/" + entry.name)
                }
            } else {
                stamps[path] = "\(status.size):\(status.modified)"
            }
        }
        for input in inputs { add(root.appendingPathComponent(input).path) }
        return stamps
    }
}
