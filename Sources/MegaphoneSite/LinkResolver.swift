import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing
import MegaphoneParse
import MegaphoneValidate

/// Rewrites the links an author writes in Markdown into URLs that work under `base_url`:
/// `../guidelines/02-confidentialite.md#exemples` → `/advocacy/guidelines/confidentialite/#exemples`,
/// `atlas.png` → `/advocacy/items/atlas.png`. A relative link to nothing is an error.
package struct LinkResolver: Sendable {
    package var routes: RouteTable
    package var staticFiles: Set<String>
    /// Markdown files that were parsed into a document.
    package var markdownFiles: [String]
    /// Every Markdown file present, parsed or not.
    package var presentMarkdownFiles: Set<String> = []
    package var base: BaseURL
    package var translations: Translations
    package var languages: Languages

    /// `language` is the linking document's: a link to a file that has a translation in it leads
    /// to the translation, a link to a page Megaphone makes (`../search/`) to that language's.
    package func rewrite(_ url: String, from directory: String, language: String) -> LinkRewrite {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("//"), !hasScheme(url) else { return .keep }
        var path = Substring(url)
        var suffix = Substring("")
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = path[cut...]
            path = path[..<cut]
        }
        let rootRelative = path.hasPrefix("/")
        if rootRelative, path.hasPrefix(base.path) { return .keep }  // already a full site path
        guard let target = ContentPath.resolve(String(path), from: directory) else {
            return .broken("the link '\(url)' points outside content/")
        }

        if target.lowercased().hasSuffix(".md") {
            if let route = translations.route(ofContentFile: target, in: language) ?? routes.routeOfContentFile[target] {
                return .replace(base.relative(route) + suffix)
            }
            if !markdownFiles.contains(target), presentMarkdownFiles.contains(target) {
                return .keep  // the file failed to parse: its own errors are reported
            }
            if markdownFiles.contains(target) {
                return .broken("the link '\(url)' points to content/\(target), which is not published (a draft, a scheduled item or a lesson file); link to it once it is published")
            }
            return .broken("the link '\(url)' points to content/\(target), which does not exist"
                + Suggestion.hint(for: target, among: markdownFiles))
        }
        if staticFiles.contains(target) { return .replace(base.relative(target) + suffix) }
        let asRoute = target.isEmpty || target.hasSuffix("/") ? target : target + "/"
        for candidate in [languages.route(asRoute, in: language), languages.route(target, in: language), asRoute, target]
        where routes.contains(candidate) {
            return .replace(base.relative(candidate) + suffix)
        }
        // A root-relative link that is not ours may go to another application on the same host.
        if rootRelative { return .keep }
        return .broken("the link '\(url)' points to content/\(target), which does not exist"
            + Suggestion.hint(for: target, among: Array(staticFiles) + markdownFiles))
    }

    /// A scheme is ASCII letters, digits, `+`, `-` and `.` before a colon (RFC 3986), read on the
    /// UTF-8 bytes: `Character` classification was a fifth of resolving a link.
    private func hasScheme(_ url: String) -> Bool {
        url.utf8.withContiguousStorageIfAvailable { bytes in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return false }
            return bytes[..<colon].allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."): true
                default: false
                }
            }
        } ?? { var copy = url; copy.makeContiguousUTF8(); return hasScheme(copy) }()
    }
}
