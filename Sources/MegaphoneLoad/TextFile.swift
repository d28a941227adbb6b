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
