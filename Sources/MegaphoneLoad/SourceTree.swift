import Foundation
import MegaphoneModel
import MegaphoneSupport

/// The files of a site's source folder, read once, in a stable order.
public struct SourceTree: Sendable {
    public var root: URL
    /// `site.yml`, or nil when it is missing.
    public var config: TextFile?
    /// Markdown files under `content/`.
    public var markdown: [TextFile]
    /// Other files under `content/`, relative to `content/`.
    public var staticFiles: [String]
    /// Analytics exports, `data/analytics/*.csv`, as bytes: their encoding is the reader's to tell.
    public var analytics: [DataFile] = []
    /// Files that could not be read, already as diagnostics.
    public var diagnostics: [Diagnostic]
    /// Item files not read because the previous build read them as they are (`ItemFiles`), by
    /// path relative to the root.
    package var unread: [String: ItemFiles.Entry] = [:]
    /// What the unread files' keys were made under (`ItemFiles.context`).
    package var unreadContext: DerivedCache.Key?

    /// Reads `site.yml` and everything under `content/`. `displayPrefix` is put in front of
    /// paths in messages (the `--source` folder as the user typed it).
    /// `unchanged`: item files the previous build read as they are, by path relative to the root:
    /// left unread.
    public static func read(root: URL, displayPrefix: String) -> SourceTree {
        read(root: root, displayPrefix: displayPrefix, unchanged: [:])
    }

    package static func read(root: URL, displayPrefix: String, unchanged: [String: ItemFiles.Entry],
                             context: DerivedCache.Key? = nil) -> SourceTree {
        @Sendable func display(_ relative: String) -> String {
            displayPrefix.isEmpty ? relative : displayPrefix + "/" + relative
        }
        var diagnostics: [Diagnostic] = []

        let (config, configProblem) = readConfig(root: root, displayPath: display("site.yml"))
        diagnostics += configProblem.map { [$0] } ?? []

        var markdownPaths: [String] = []
        var staticFiles: [String] = []
        let contentURL = root.appendingPathComponent("content")
        let allowedRoots = [root, contentURL]
        let content = SourceRules.list(contentURL, allowedRoots: allowedRoots) { display("content/" + $0) }
        diagnostics += content.diagnostics
        var unread: [String: ItemFiles.Entry] = [:]
        for path in content.files {
            if let entry = unchanged["content/" + path] {
                unread["content/" + path] = entry
            } else if path.lowercased().hasSuffix(".md") {
                markdownPaths.append(path)
            } else {
                staticFiles.append(path)
            }
        }

        // Reading is I/O bound and small per file; a concurrent loop keeps a 1,000-file site fast.
        // Paths joined as text: a `URL` made per file and read back was a third of loading.
        let contentFolder = contentURL.path
        let results = ConcurrentMap.map(markdownPaths) { path -> Result<TextFile, Diagnostic> in
            let relative = "content/" + path
            let bytes: [UInt8]
            switch SourceRules.Limit.markdown.read(contentFolder + "/" + path, at: SourceLocation(path: display(relative))) {
            case .success(let read): bytes = read
            case .failure(let diagnostic): return .failure(diagnostic)
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(.error(at: SourceLocation(path: display(relative), line: 1, column: 1),
                                       "this file is not UTF-8 text; save it as UTF-8"))
            }
            return .success(TextFile(relativePath: relative, displayPath: display(relative), text: text))
        }
        var markdown: [TextFile] = []
        for result in results {
            switch result {
            case .success(let file): markdown.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        var analytics: [DataFile] = []
        let exports = SourceRules.list(root.appendingPathComponent(DataFile.analyticsFolder), allowedRoots: allowedRoots,
                                       inAnalytics: true) { display(DataFile.analyticsFolder + "/" + $0) }
        diagnostics += exports.diagnostics
        for path in exports.files where path.lowercased().hasSuffix(".csv") {
            let relative = DataFile.analyticsFolder + "/" + path
            let bytes: [UInt8]
            switch SourceRules.Limit.analyticsExport.read(root.appendingPathComponent(relative).path,
                                                         at: SourceLocation(path: display(relative))) {
            case .success(let read): bytes = read
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                continue
            }
            analytics.append(DataFile(relativePath: relative, displayPath: display(relative), bytes: bytes))
        }
        var tree = SourceTree(root: root, config: config, markdown: markdown, staticFiles: staticFiles, analytics: analytics,
                              diagnostics: diagnostics)
        tree.unread = unread
        tree.unreadContext = context
        return tree
    }

    /// `site.yml` alone; when it is missing or cannot be read, the one diagnostic that says which.
    package static func readConfig(root: URL, displayPath: String) -> (TextFile?, Diagnostic?) {
        let url = root.appendingPathComponent("site.yml")
        guard let bytes = POSIXFile.read(url.path) else {
            let problem = FileManager.default.fileExists(atPath: url.path)
                ? "site.yml cannot be read; check that it is a file you may read"
                : "site.yml is missing; create it with at least 'title:' and 'base_url:'"
            return (nil, .error(at: SourceLocation(path: displayPath), problem))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, .error(at: SourceLocation(path: displayPath), "site.yml is not valid UTF-8 text"))
        }
        return (TextFile(relativePath: "site.yml", displayPath: displayPath, text: text), nil)
    }

    /// Regular files below `folder`, relative and sorted; hidden files and folders are skipped
    /// (editors' swap files, `.DS_Store`), and symbolic links are not followed. Plain `readdir`:
    /// Foundation's enumerator builds a URL and asks for its properties at every entry.
    package static func listFiles(under folder: URL) -> [String] {
        var paths: [String] = []
        func walk(_ absolute: String, _ relative: String) {
            for entry in POSIXFile.entries(of: absolute) where !entry.name.hasPrefix(".") {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                switch entry.kind {
                case .folder: walk(absolute + "/" + entry.name, child)
                case .file: paths.append(child)
                case .link, .other: continue
                }
            }
        }
        walk(folder.standardizedFileURL.path, "")
        return paths.sorted()
    }
}
