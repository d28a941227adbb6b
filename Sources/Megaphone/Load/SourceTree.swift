import Foundation

/// The files of a site's source folder, read once, in a stable order.
public struct SourceTree: Sendable {
    public var root: URL
    /// `site.yml`, or nil when it is missing.
    public var config: TextFile?
    /// Markdown files under `content/`.
    public var markdown: [TextFile]
    /// Other files under `content/`, relative to `content/`.
    public var staticFiles: [String]
    /// Files that could not be read, already as diagnostics.
    public var diagnostics: [Diagnostic]

    /// Reads `site.yml` and everything under `content/`. `displayPrefix` is put in front of
    /// paths in messages (the `--source` folder as the user typed it).
    public static func read(root: URL, displayPrefix: String) -> SourceTree {
        @Sendable func display(_ relative: String) -> String {
            displayPrefix.isEmpty ? relative : displayPrefix + "/" + relative
        }
        var diagnostics: [Diagnostic] = []
        let fileManager = FileManager.default

        var config: TextFile?
        let configURL = root.appendingPathComponent("site.yml")
        if let text = try? String(contentsOf: configURL, encoding: .utf8) {
            config = TextFile(relativePath: "site.yml", displayPath: display("site.yml"), text: text)
        } else if fileManager.fileExists(atPath: configURL.path) {
            diagnostics.append(.error(at: SourceLocation(path: display("site.yml")), "site.yml is not valid UTF-8 text"))
        }

        var markdownPaths: [String] = []
        var staticFiles: [String] = []
        let contentURL = root.appendingPathComponent("content")
        for path in listFiles(under: contentURL) {
            if path.lowercased().hasSuffix(".md") { markdownPaths.append(path) } else { staticFiles.append(path) }
        }

        // Reading is I/O bound and small per file; a concurrent loop keeps a 1,000-file site fast.
        let results = ConcurrentMap.map(markdownPaths) { path -> Result<TextFile, Diagnostic> in
            let relative = "content/" + path
            let url = contentURL.appendingPathComponent(path)
            guard let bytes = POSIXFile.read(url.path) else {
                return .failure(.error(at: SourceLocation(path: display(relative)), "cannot read this file"))
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
        return SourceTree(root: root, config: config, markdown: markdown, staticFiles: staticFiles, diagnostics: diagnostics)
    }

    /// Regular files below `folder`, relative and sorted; hidden files and folders are skipped
    /// (editors' swap files, `.DS_Store`), and symbolic links are not followed. Plain `readdir`:
    /// Foundation's enumerator builds a URL and asks for its properties at every entry.
    static func listFiles(under folder: URL) -> [String] {
        var paths: [String] = []
        func walk(_ absolute: String, _ relative: String) {
            guard let directory = opendir(absolute) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = absolute + "/" + name
                let child = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var status = stat()
                    guard lstat(path, &status) == 0 else { continue }
                    type = status.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : status.st_mode & S_IFMT == S_IFREG ? Int32(DT_REG) : 0
                }
                if type == Int32(DT_DIR) { walk(path, child) } else if type == Int32(DT_REG) { paths.append(child) }
            }
        }
        walk(folder.standardizedFileURL.path, "")
        return paths.sorted()
    }
}
