import Foundation
import MegaphoneLoad
import MegaphoneParse
import MegaphoneSupport

extension FuzzTarget {
    /// Inputs taken from a site's files (the example portal), so that fuzzing starts from what
    /// comms people really write: each target's input as `run` reads it.
    public func seeds(site root: URL) -> [[UInt8]] {
        let content = root.appendingPathComponent("content")
        let documents = SourceTree.listFiles(under: content).filter { $0.hasSuffix(".md") }.compactMap { path -> (String, [UInt8])? in
            POSIXFile.read(content.appendingPathComponent(path).path).map { ("content/" + path, $0) }
        }
        switch self {
        case .frontMatter:
            return documents.map(\.1)
        case .documentReader:
            var seeds = documents.compactMap { path, bytes in Self.documentSelector(path).map { [$0] + bytes } }
            if let config = POSIXFile.read(root.appendingPathComponent("site.yml").path) {
                seeds.append([UInt8(Self.documentPaths.count)] + config)
            }
            return seeds
        case .markdown:
            return documents.compactMap { _, bytes in
                (try? FrontMatter.split(Self.text(bytes))).map { [0] + Array($0.body.utf8) }
            }
        case .trackedLink:
            let written = documents.flatMap { _, bytes in
                Self.text(bytes).split(separator: "\n").filter { $0.hasPrefix("url: ") }.map { Array($0.dropFirst(5).utf8) }
            }
            return written + ["https://www.exemple.fr/actualités/été-2026/étude?ref=lettre#été", "https://bücher.example:8443/a b?utm_source=x"]
                .map { Array($0.utf8) }
        case .analytics:
            let folder = root.appendingPathComponent(DataFile.analyticsFolder)
            return SourceTree.listFiles(under: folder).compactMap { POSIXFile.read(folder.appendingPathComponent($0).path) }
        }
    }

    /// The paths `documentReader` reads its input as, by first byte (then site.yml).
    static let documentPaths = ["content/items/2026-11-20-atlas.md", "content/guidelines/01-ton.md", "content/pages/faq.md",
                                "content/training/profil.md", "content/training/profil/index.md",
                                "content/training/profil/01-photo.md"]

    /// The selector byte of the document kind at `path` (its index in `documentPaths`), from the
    /// same `ContentKind` the build uses.
    static func documentSelector(_ path: String) -> UInt8? {
        switch ContentKind(contentPath: String(path.dropFirst("content/".count))) {
        case .item: 0
        case .guideline: 1
        case .page: 2
        case .trainingModuleFile: 3
        case .trainingModuleIndex: 4
        case .lesson: 5
        case nil: nil
        }
    }
}
