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
        var text = text
        // Lines are found on the file's UTF-8 bytes, scanned once as one buffer: the marks are
        // ASCII, which nothing else is canonically equivalent to. Comparing Characters on every
        // line of every file was 2.5% of a rebuild at 10,000 items, and scanning through
        // `String.UTF8View`'s indices 3% of a `check`.
        var cut = text.withUTF8 { Self.cut($0) }
        if case .carriageReturns = cut {
            // A lone "\r" (old Mac files, found by fuzzing) is a line end too, as for YAML, CommonMark
            // and editors: without it, YAML and Markdown lines would not be the lines an editor shows.
            text = text.replacingEvery("\r\n", with: "\n").replacingEvery("\r", with: "\n")
            cut = text.withUTF8 { Self.cut($0) }
        }
        switch cut {
        case .missing, .carriageReturns: throw .missing
        case .unclosed: throw .unclosed
        case .found(let yaml, let body, let bodyFirstLine):
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return FrontMatter(yaml: String(text[index(yaml.lowerBound)..<index(yaml.upperBound)]), yamlFirstLine: 2,
                               body: body.isEmpty ? "" : String(text[index(body.lowerBound)..<index(body.upperBound)]),
                               bodyFirstLine: bodyFirstLine)
        }
    }

    private enum Cut {
        case missing, unclosed
        case found(yaml: Range<Int>, body: Range<Int>, bodyFirstLine: Int)
        /// The file's line ends must first be normalised.
        case carriageReturns
    }

    /// Where the YAML and the body are, as byte offsets.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> Cut {
        if bytes.contains(UInt8(ascii: "\r")) { return .carriageReturns }
        // A byte-order mark (EF BB BF) is skipped.
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        func lineEnd(from start: Int) -> Int {
            var index = start
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            return index
        }
        func isDelimiter(_ start: Int, _ end: Int, allowsDots: Bool) -> Bool {
            var end = end
            while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            guard end - start == 3 else { return false }
            let mark = bytes[start]
            guard mark == UInt8(ascii: "-") || (allowsDots && mark == UInt8(ascii: ".")) else { return false }
            return bytes[start + 1] == mark && bytes[start + 2] == mark
        }
        let firstEnd = lineEnd(from: start)
        guard isDelimiter(start, firstEnd, allowsDots: false) else { return .missing }
        guard firstEnd < bytes.count else { return .unclosed }
        let yamlStart = firstEnd + 1
        var lineStart = yamlStart
        var lineNumber = 2
        while true {
            let end = lineEnd(from: lineStart)
            if isDelimiter(lineStart, end, allowsDots: true) {
                // The YAML ends before the closing line's own line break (none when it is empty).
                let yamlEnd = lineStart == yamlStart ? yamlStart : lineStart - 1
                let body = end < bytes.count ? (end + 1)..<bytes.count : bytes.count..<bytes.count
                return .found(yaml: yamlStart..<yamlEnd, body: body, bodyFirstLine: lineNumber + 1)
            }
            guard end < bytes.count else { return .unclosed }
            lineStart = end + 1
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
