import MegaphoneSupport
import MegaphoneModel

/// A source file read into memory.
public struct TextFile: Sendable {
    /// Path relative to the site's source folder, `/`-separated (`content/items/a.md`).
    public var relativePath: String
    /// The path shown in diagnostics.
    public var displayPath: String
    public var text: String

    public init(relativePath: String, displayPath: String, text: String) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.text = text
    }
}

/// A data file read into memory as it is.
public struct DataFile: Sendable {
    /// Where analytics exports are dropped, relative to the site's source folder.
    public static let analyticsFolder = "data/analytics"

    public var relativePath: String
    public var displayPath: String
    public var bytes: [UInt8]

    /// The file's own name (`imported_sources_20261001_20261031.csv`).
    public var name: String { relativePath.split(separator: "/").last.map(String.init) ?? relativePath }
}
