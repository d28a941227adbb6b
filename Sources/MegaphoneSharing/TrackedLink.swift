import MegaphoneSupport
import MegaphoneModel

/// Adds UTM parameters to a URL without disturbing anything else in it: the scheme, host, path
/// and its percent-escapes stay as written, but in ASCII (`ASCIIURI`: non-ASCII percent-encoded,
/// an internationalised host in punycode), so the link survives any mail or chat client; existing
/// query parameters keep their order and spelling; any existing `utm_*` parameter (or one we set)
/// is dropped and ours are appended; the `#fragment` stays at the end.
public enum TrackedLink {
    /// `parameters` values are taken as they are and percent-encoded here.
    public static func tag(_ url: String, with parameters: [(name: String, value: String)]) -> String {
        Parsed(url).tagged(with: parameters)
    }

    /// A URL cut once into what precedes the query, its parameters and its fragment, to be tagged
    /// once per network.
    public struct Parsed: Sendable {
        package var head: Substring
        /// Raw `name=value` pairs with their decoded, lower-cased names.
        package var pairs: [(raw: Substring, name: String)]
        package var fragment: Substring

        public init(_ url: String) {
            var rest = Substring(ASCIIURI.encode(url))
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
            pairs = query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
                let rawName = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                let name = (String(rawName).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(rawName)).lowercased()
                return (pair, name)
            }
            head = rest
            self.fragment = fragment
        }

        public func tagged(with parameters: [(name: String, value: String)]) -> String {
            let replaced = Set(parameters.map { $0.name.lowercased() })
            let kept = pairs.filter { !$0.name.hasPrefix("utm_") && !replaced.contains($0.name) }.map { String($0.raw) }
            let added = parameters.map { encode($0.name) + "=" + encode($0.value) }
            return head + "?" + (kept + added).joined(separator: "&") + fragment
        }
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters, so a value is safe in a
    /// query and decodes back to itself.
    public static func encode(_ value: String) -> String {
        ASCIIURI.percentEncoded(value) { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): false
            default: true
            }
        }
    }

    /// A UTM value as analytics tools group best: lower-case, spaces as dashes.
    public static func normalize(_ value: String) -> String {
        // ASCII values (network names, slugs), nearly all of them, are done on bytes.
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else {
            return value.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: "-")
        }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(value.utf8.count)
        var pendingDash = false
        for byte in value.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingDash = !normalized.isEmpty
                continue
            }
            if pendingDash { normalized.append(UInt8(ascii: "-")) }
            pendingDash = false
            normalized.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: normalized, as: UTF8.self)
    }
}
