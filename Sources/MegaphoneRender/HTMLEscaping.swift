import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import Mustache

/// The escaping of `{{value}}` in every template: the same five characters as swift-mustache's
/// own HTML content type (`<`, `>`, `&`, `"`, `'`), replaced in one pass over UTF-8 bytes.
/// swift-mustache's escaper walks grapheme clusters and looks each one up in a dictionary, which
/// was 14% of a 1,000-item build; the output is the same.
struct HTMLEscapingContentType: MustacheContentType {
    /// The name in the `{{% CONTENT_TYPE: … }}` pragma that `Theme` puts at the top of every template.
    static let name = "MEGAPHONE_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscapingContentType(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}

public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 32)
        append(text, to: &escaped)
        return String(decoding: escaped, as: UTF8.self)
    }

    /// `escape(text)` appended to `output`, for the template renderer's byte buffer.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else { return output.append(contentsOf: bytes) }
            output.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                default: output.append(byte)
                }
            }
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
