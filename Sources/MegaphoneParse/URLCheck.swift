import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport

/// Checks on URLs written by hand in front matter and `site.yml`.
package enum URLCheck {
    /// Why `text` is not an absolute http(s) URL that a browser and a social network accept, or nil.
    package static func problem(withAbsoluteHTTP text: String) -> String? {
        let lowered = text.lowercased()
        for scheme in ["javascript:", "vbscript:", "data:", "file:"] where lowered.hasPrefix(scheme) {
            return "\(scheme) links are not allowed; use an https:// address"
        }
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
            return "it must start with https:// (or http://)"
        }
        guard !text.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0.isNewline }) else {
            return "it contains spaces, quotes or angle brackets; encode them (%20) or remove them"
        }
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty,
              host.contains(ascii: ".") || host == "localhost"
        else {
            return "it has no valid host name"
        }
        return nil
    }
}
