import Foundation

/// URLs as ASCII URIs (RFC 3986): what every mail client, chat tool and analytics export keeps
/// intact. Authors write `https://www.exemple.fr/actualités/été` or `https://bücher.example/`;
/// the links employees copy must be `…/actualit%C3%A9s/%C3%A9t%C3%A9` and
/// `https://xn--bcher-kva.example/`, which browsers show back in Unicode.
public enum ASCIIURI {
    /// `url` with every byte a URI may not hold percent-encoded (non-ASCII, spaces, `"<>\^`{|}`
    /// and controls) and an internationalised host in punycode. Existing `%XX` escapes, reserved
    /// characters and ASCII URLs are left exactly as written, so encoding twice changes nothing.
    public static func encode(_ url: String) -> String {
        guard url.utf8.contains(where: needsEscape) else { return url }
        var rest = Substring(url)
        var result = ""
        // scheme://authority: only the host gets punycode; userinfo and port are ASCII or escaped.
        if let separator = rest.range(of: "://"), rest[..<separator.lowerBound].allSatisfy(isSchemeCharacter) {
            result += rest[..<separator.upperBound]
            rest = rest[separator.upperBound...]
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
            result += asciiAuthority(rest[..<authorityEnd])
            rest = rest[authorityEnd...]
        }
        result += escaped(rest)
        return result
    }

    /// A host name in ASCII: punycode for an internationalised name (`bücher.example` →
    /// `xn--bcher-kva.example`), lower-cased; nil when it is not a valid host name.
    public static func host(_ host: some StringProtocol) -> String? {
        let host = String(host)
        guard host.utf8.contains(where: { $0 >= 0x80 }) else {
            let lowered = host.lowercased()
            return lowered.isEmpty || lowered.utf8.contains(where: { !isHostByte($0) }) ? nil : lowered
        }
        var components = URLComponents()
        components.host = host
        guard let encoded = components.encodedHost, !encoded.isEmpty, encoded.utf8.allSatisfy(isHostByte) else { return nil }
        return encoded.lowercased()
    }

    private static func asciiAuthority(_ authority: Substring) -> String {
        var hostPart = authority
        var userInfo: Substring = ""
        if let at = hostPart.lastIndex(of: "@") {
            userInfo = hostPart[...at]
            hostPart = hostPart[hostPart.index(after: at)...]
        }
        var port: Substring = ""
        if !hostPart.hasPrefix("["), let colon = hostPart.lastIndex(of: ":") {
            port = hostPart[colon...]
            hostPart = hostPart[..<colon]
        }
        // A control character in an ASCII host (found by fuzzing) is escaped like anywhere else.
        let host = hostPart.utf8.contains(where: { $0 >= 0x80 }) ? (Self.host(hostPart) ?? escaped(hostPart)) : escaped(hostPart)
        return escaped(userInfo) + host + escaped(port)
    }

    private static func escaped(_ text: Substring) -> String {
        text.utf8.contains(where: needsEscape) ? percentEncoded(text, escaping: needsEscape) : String(text)
    }

    /// `text` with each byte `escaping` picks written `%XX`: the one percent-encoder of the project
    /// (share URLs' values escape all but RFC 3986's unreserved bytes). Inlinable: it runs on every
    /// byte of every share URL, and the closure is specialised away in the caller.
    @inlinable
    public static func percentEncoded(_ text: some StringProtocol, escaping: (UInt8) -> Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 2)
        appendPercentEncoded(text, to: &bytes, escaping: escaping)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `percentEncoded`, appended to bytes being assembled.
    @inlinable
    public static func appendPercentEncoded(_ text: some StringProtocol, to bytes: inout [UInt8], escaping: (UInt8) -> Bool) {
        for byte in text.utf8 {
            if escaping(byte) {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            } else {
                bytes.append(byte)
            }
        }
    }

    /// Bytes RFC 3986 allows nowhere in a URI. `%` is kept: it starts the escapes already there.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x21, 0x7F...: true
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
             UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"): true
        default: false
        }
    }

    private static func isSchemeCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "+" || character == "-" || character == ".")
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"): true
        default: false
        }
    }

    @usableFromInline static let hexDigits = Array("0123456789ABCDEF".utf8)
}
