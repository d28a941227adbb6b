import MegaphoneSupport

/// What every content file has in common: where it came from and its Markdown body.
@Memberwise
public struct SourceDocument: Sendable {
    /// Path relative to `content/`, with `/` separators (`items/2026-11-20-atlas.md`).
    public var contentPath: String
    /// The path shown in diagnostics.
    public var displayPath: String
    /// The Markdown after the front matter.
    public var body: String
    /// Line number (1-based) of the body's first line in the file.
    public var bodyFirstLine: Int
    /// Files of one kind with the same key are translations of each other: `translation_key:`,
    /// else the path without its language suffix (`items/2026-11-20-atlas`).
    public var translationKey: String = ""
    /// The language the file name gives (`atlas.en.md` → `en`), when the site has `languages`.
    public var languageSuffix: String? = nil

    /// The file itself, for problems that have no better line.
    public var fileLocation: SourceLocation { SourceLocation(path: displayPath, line: 1, column: 1) }

    /// The folder of the file inside `content/` (`items`), where its relative links start.
    public var contentDirectory: String {
        guard let slash = contentPath.lastIndex(of: "/") else { return "" }
        return String(contentPath[..<slash])
    }
}
