/// Adds UTM parameters to a URL without disturbing anything else in it: the scheme, host (IDN
/// included), path and its percent-escapes stay as written; existing query parameters keep their
/// order and spelling; any existing `utm_*` parameter (or one we set) is dropped and ours are
/// appended; the `#fragment` stays at the end.
public enum TrackedLink {
    /// `parameters` values are taken as they are and percent-encoded here.
    public static func tag(_ url: String, with parameters: [(name: String, value: String)]) -> String {
        var rest = Substring(url)
        var fragment: Substring = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[hash...]
            rest = rest[..<hash]
        }
        var query: Substring = ""
        if let question = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: question)...]
            rest = rest[..<question]
        }
        let replaced = Set(parameters.map { $0.name.lowercased() })
        let kept = query.split(separator: "&", omittingEmptySubsequences: true).filter { pair in
            let rawName = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let name = (String(rawName).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(rawName)).lowercased()
            return !name.hasPrefix("utm_") && !replaced.contains(name)
        }
        let added = parameters.map { encode($0.name) + "=" + encode($0.value) }
        return rest + "?" + (kept.map(String.init) + added).joined(separator: "&") + fragment
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters, so a value is safe in a
    /// query and decodes back to itself.
    public static func encode(_ value: String) -> String {
        var encoded = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }

    /// A UTM value as analytics tools group best: lower-case, spaces as dashes.
    public static func normalize(_ value: String) -> String {
        value.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: "-")
    }
}
