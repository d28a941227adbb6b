/// Paths inside `content/`, `/`-separated, as written in Markdown links and front matter.
package enum ContentPath {
    /// `reference` relative to `directory` (both inside `content/`), with `.` and `..` resolved and
    /// percent-escapes decoded; nil when it climbs out of `content/`.
    package static func resolve(_ reference: String, from directory: String) -> String? {
        // Foundation's decoding, only where there is something to decode: most links have no `%`.
        let decoded = reference.utf8.contains(UInt8(ascii: "%")) ? reference.removingPercentEncoding ?? reference : reference
        var parts: [Substring] = decoded.hasPrefix("/") ? [] : directory.split(separator: "/")
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
