import Foundation

/// One file of the built site.
public struct OutputFile: Sendable {
    /// Relative to the output folder.
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case data(Data)
        /// A file copied as it is (content files, theme assets).
        case copy(from: URL)
    }

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
