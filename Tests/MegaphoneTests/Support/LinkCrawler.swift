import Foundation

/// Reads every HTML file of a built site and checks each `href` and `src` that points inside the
/// site against the files written, as a browser under `base_url` would resolve it.
struct LinkCrawler {
    let output: URL
    /// `https://intranet.example.org/deep/path/`
    let base: URL

    struct Broken: CustomStringConvertible, Equatable {
        var page: String
        var reference: String
        var reason: String
        var description: String { "\(page): \(reference) (\(reason))" }
    }

    static let attribute = try! NSRegularExpression(pattern: #"\s(href|src)="([^"]*)""#)
    static let idAttribute = try! NSRegularExpression(pattern: #"\sid="([^"]*)""#)

    func pages() -> [String] { listFiles().filter { $0.hasSuffix(".html") } }

    func listFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: output.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    func html(_ page: String) -> String {
        (try? String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)) ?? ""
    }

    func ids(in html: String) -> Set<String> {
        let range = NSRange(html.startIndex..., in: html)
        return Set(Self.idAttribute.matches(in: html, range: range).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } })
    }

    /// References on `page` as (attribute, value), HTML entities in URLs decoded.
    func references(_ html: String) -> [(String, String)] {
        let range = NSRange(html.startIndex..., in: html)
        return Self.attribute.matches(in: html, range: range).compactMap { match in
            guard let name = Range(match.range(at: 1), in: html), let value = Range(match.range(at: 2), in: html) else { return nil }
            return (String(html[name]), String(html[value]).replacingOccurrences(of: "&amp;", with: "&"))
        }
    }

    func crawl() -> (checked: Int, broken: [Broken], external: [String]) {
        var checked = 0
        var broken: [Broken] = []
        var external: [String] = []
        var idsByFile: [String: Set<String>] = [:]
        for page in pages() {
            let pageURL = base.appendingPathComponent(page)
            for (attribute, reference) in references(html(page)) {
                guard let resolved = URL(string: reference, relativeTo: pageURL)?.absoluteURL else {
                    broken.append(Broken(page: page, reference: reference, reason: "not a URL"))
                    continue
                }
                guard resolved.host == base.host else {
                    if attribute == "src" { external.append("\(page): \(reference)") }
                    continue
                }
                checked += 1
                guard resolved.path.hasPrefix(base.path) else {
                    broken.append(Broken(page: page, reference: reference, reason: "outside the base path"))
                    continue
                }
                var file = String(resolved.path.dropFirst(base.path.count))
                if file.hasPrefix("/") { file.removeFirst() }
                if file.isEmpty || file.hasSuffix("/") { file += "index.html" }
                guard FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path) else {
                    broken.append(Broken(page: page, reference: reference, reason: "no file \(file)"))
                    continue
                }
                if let fragment = resolved.fragment, !fragment.isEmpty, file.hasSuffix(".html") {
                    let targetIDs = idsByFile[file] ?? ids(in: html(file))
                    idsByFile[file] = targetIDs
                    if !targetIDs.contains(fragment) {
                        broken.append(Broken(page: page, reference: reference, reason: "no id '\(fragment)' in \(file)"))
                    }
                }
            }
        }
        return (checked, broken, external)
    }
}
