import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing

/// What a Markdown file under `content/` is, by where it sits.
package enum ContentKind: Equatable {
    case item
    case guideline
    case trainingModuleFile
    case trainingModuleIndex(module: String)
    case lesson(module: String)
    case page

    /// `contentPath` is relative to `content/`.
    package init?(contentPath: String) {
        // Asked of every file at every build: an item is told without splitting its path.
        if contentPath.hasPrefix("items/") {
            guard contentPath.utf8.dropFirst(6).contains(where: { $0 != UInt8(ascii: "/") }) else { return nil }
            self = .item
            return
        }
        let parts = contentPath.split(separator: "/").map(String.init)
        guard parts.count >= 2 else { return nil }
        switch parts[0] {
        case "items": self = .item
        case "guidelines": self = .guideline
        case "pages": self = .page
        case "training":
            if parts.count == 2 { self = .trainingModuleFile }
            else if parts.count == 3 {
                self = Self.isModuleIndex(parts[2]) ? .trainingModuleIndex(module: parts[1]) : .lesson(module: parts[1])
            } else { return nil }
        default: return nil
        }
    }

    /// `index.md`, or a translation of it (`index.en.md`).
    private static func isModuleIndex(_ name: String) -> Bool {
        let parts = name.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        return parts.first == "index" && parts.last == "md" && parts.count <= 3
    }
}
