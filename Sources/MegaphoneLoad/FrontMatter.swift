import MegaphoneSupport
import MegaphoneModel

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
        // Swift reads "\r\n" as one Character: normalise line ends before cutting lines. A lone
        // "\r" (old Mac files, found by fuzzing) is a line end too, as for YAML, CommonMark and
        // editors: without it, YAML and Markdown lines would not be the lines an editor shows.
        var text = text.utf8.contains(UInt8(ascii: "\r"))
            ? text.replacingEvery("\r\n", with: "\n").replacingEvery("\r", with: "\n") : text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        // Lines are found on UTF-8 bytes: a file is read once, not cut into lines and joined again.
        let utf8 = text.utf8
        func lineEnd(from start: String.Index) -> String.Index {
            utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        }
        // On bytes too: the marks are ASCII, which nothing else is canonically equivalent to, and
        // comparing Characters on every line of every file was 2.5% of a rebuild at 10,000 items.
        func isDelimiter(_ start: String.Index, _ end: String.Index, _ marks: [String]) -> Bool {
            var line = utf8[start..<end]
            while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { line = line.dropLast() }
            return marks.contains { line.elementsEqual($0.utf8) }
        }
        let firstEnd = lineEnd(from: utf8.startIndex)
        guard isDelimiter(utf8.startIndex, firstEnd, ["---"]), firstEnd < utf8.endIndex else {
            if isDelimiter(utf8.startIndex, firstEnd, ["---"]) { throw .unclosed }
            throw .missing
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var lineNumber = 2
        while true {
            let end = lineEnd(from: lineStart)
            if isDelimiter(lineStart, end, ["---", "..."]) {
                // The YAML ends before the closing line's own line break (none when it is empty).
                let yamlEnd = lineStart == yamlStart ? yamlStart : utf8.index(before: lineStart)
                let body = end < utf8.endIndex ? String(text[utf8.index(after: end)...]) : ""
                return FrontMatter(yaml: String(text[yamlStart..<yamlEnd]), yamlFirstLine: 2, body: body, bodyFirstLine: lineNumber + 1)
            }
            guard end < utf8.endIndex else { throw .unclosed }
            lineStart = utf8.index(after: end)
            lineNumber += 1
        }
    }
}

extension Substring {
    package var trimmingTrailingSpaces: Substring {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy = copy.dropLast() }
        return copy
    }
}
