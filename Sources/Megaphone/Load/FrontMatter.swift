/// A Markdown file cut into its YAML front matter and its body.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines.
    public var yaml: String
    /// Line number (1-based) of the YAML's first line in the file.
    public var yamlFirstLine: Int
    public var body: String
    /// Line number (1-based) of the body's first line in the file.
    public var bodyFirstLine: Int

    public enum SplitError: Error, Equatable {
        /// The file does not start with `---`.
        case missing
        /// The opening `---` has no closing `---`.
        case unclosed
    }

    /// Splits `---\nyaml\n---\nbody`. Accepts a byte-order mark and Windows line ends; `...` also
    /// closes the front matter, as in YAML.
    public static func split(_ text: String) throws(SplitError) -> FrontMatter {
        // Swift reads "\r\n" as one Character: normalise line ends before cutting lines.
        var text = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else { throw .missing }
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpaces
            return line == "---" || line == "..."
        }) else { throw .unclosed }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: close + 2)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy = copy.dropLast() }
        return copy
    }
}
