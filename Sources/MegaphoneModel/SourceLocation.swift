import MegaphoneSupport

/// A place in a source file, as shown to the person who has to fix it.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// The path as the user knows it: relative to the working folder when the site is below it.
    public var path: String
    /// 1-based; 0 when only the file is known.
    public var line: Int
    /// 1-based; 0 when only the line is known.
    public var column: Int

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// `path:line:column`, the form editors and CI annotations understand.
    public var description: String {
        "\(path):\(max(line, 1)):\(max(column, 1))"
    }
}
