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

        /// Assembled as one run of bytes: tagging is done for every network of every item planned
        /// (joining arrays of strings was 4.5% of a `check`).
        public func tagged(with parameters: [(name: String, value: String)]) -> String {
            let replaced = pairs.isEmpty ? [] : Set(parameters.map { $0.name.lowercased() })
            var bytes: [UInt8] = []
            bytes.reserveCapacity(head.utf8.count + fragment.utf8.count + 192)
            bytes += head.utf8
            bytes.append(UInt8(ascii: "?"))
            var first = true
            for pair in pairs where !pair.name.hasPrefix("utm_") && !replaced.contains(pair.name) {
                if !first { bytes.append(UInt8(ascii: "&")) }
                first = false
                bytes += pair.raw.utf8
            }
            for (name, value) in parameters {
                if !first { bytes.append(UInt8(ascii: "&")) }
                first = false
                ASCIIURI.appendPercentEncoded(name, to: &bytes, escaping: TrackedLink.isEscapedInValue)
                bytes.append(UInt8(ascii: "="))
                ASCIIURI.appendPercentEncoded(value, to: &bytes, escaping: TrackedLink.isEscapedInValue)
            }
            bytes += fragment.utf8
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters, so a value is safe in a
    /// query and decodes back to itself.
    public static func encode(_ value: String) -> String {
        ASCIIURI.percentEncoded(value, escaping: isEscapedInValue)
    }

    @inline(__always)
    static func isEscapedInValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): false
        default: true
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
