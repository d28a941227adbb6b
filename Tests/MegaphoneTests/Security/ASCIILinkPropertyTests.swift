import Foundation
import PropertyBased
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneModel
@testable import MegaphoneSharing

/// Tracked links and share URLs survive any mail or chat client: they are ASCII URIs (paths and
/// queries percent-encoded, internationalised hosts in punycode) and read back as the item's URL
/// with the UTM parameters.
@Suite struct ASCIILinkPropertyTests {
    static let hosts = ["www.exemple.fr", "bücher.example", "例え.jp", "ÉTÉ.example", "xn--bcher-kva.example", "café.example:8443"]
    static let segments = ["actualités", "été-2026", "étude", "a%20b", "日本語", "news", "x+y", "~user", "Ünïcode", ""]
    static let queryPieces = ["q=café", "ref=newsletter", "tag=été&page=2", "x=%C3%A9", "utm_source=old", "k=日本"]
    static let fragments = ["", "#section-2", "#été", "#a%20b"]

    static func url(_ host: String, _ path: [String], _ query: [String], _ fragment: String) -> String {
        "https://\(host)/" + path.joined(separator: "/") + (query.isEmpty ? "" : "?" + query.joined(separator: "&")) + fragment
    }

    static func isASCIIURI(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && !"\"<>\\^`{|}".utf8.contains($0) }
    }

    /// The URL without its `utm_*` parameters, read back as a person wrote it.
    static func readBack(_ url: String) -> String {
        var rest = Substring(url), fragment = Substring("")
        if let hash = rest.firstIndex(of: "#") { fragment = rest[hash...]; rest = rest[..<hash] }
        var query: [Substring] = []
        if let question = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: question)...].split(separator: "&").filter { !$0.lowercased().hasPrefix("utm_") }
            rest = rest[..<question]
        }
        let stripped = String(rest) + (query.isEmpty ? "" : "?" + query.joined(separator: "&")) + fragment
        return IRIDecoding.decode(stripped).lowercasedHost
    }

    @Test func everyTrackedLinkAndShareURLIsASCIIAndReadsBackAsTheItemsURL() async {
        let planner = NetworkShareURLTests.planner()
        await propertyCheck(count: 250, input: Gen.element(of: Self.hosts).map { $0 ?? "a.example" },
                            Gen.element(of: Self.segments).map { $0 ?? "" }.array(of: 0...4),
                            Gen.element(of: Self.queryPieces).map { $0 ?? "" }.array(of: 0...2),
                            Gen.element(of: Self.fragments).map { $0 ?? "" }) { host, path, query, fragment in
            let url = Self.url(host, path, query, fragment)
            let options = planner.options(for: NetworkShareURLTests.item(url: url))
            #expect(options.count == Network.ids.count)
            for option in options {
                let link = try #require(option.link)
                #expect(Self.isASCIIURI(link), "\(option.network.id): \(link)")
                #expect(Self.readBack(link) == Self.readBack(url), "\(option.network.id): \(link) from \(url)")
                let utm = URLComponents(string: link)?.queryItems ?? []
                #expect(utm.first { $0.name == "utm_source" }?.value == option.network.id)
                #expect(utm.filter { $0.name.hasPrefix("utm_") }.map(\.name) == ["utm_source", "utm_medium", "utm_campaign", "utm_content"])
                guard let shareURL = option.shareURL else { continue }
                #expect(Self.isASCIIURI(shareURL), "\(option.network.id): \(shareURL)")
                // The network receives the same ASCII link, in its link parameter or in its text.
                let sent = (URLComponents(string: shareURL)?.queryItems ?? []).compactMap(\.value)
                    + [shareURL.components(separatedBy: "&body=").last?.removingPercentEncoding ?? ""]
                #expect(sent.contains { $0 == link || $0.hasSuffix(link) }, "\(option.network.id): \(shareURL)")
            }
        }
    }

    @Test func theIssuesExampleIsPercentEncodedAndPunycoded() {
        #expect(ASCIIURI.encode("https://www.exemple.fr/actualités/été-2026/étude")
                == "https://www.exemple.fr/actualit%C3%A9s/%C3%A9t%C3%A9-2026/%C3%A9tude")
        #expect(ASCIIURI.encode("https://bücher.example:8443/a b?q=é#é") == "https://xn--bcher-kva.example:8443/a%20b?q=%C3%A9#%C3%A9")
        let ascii = "https://a.example/caf%C3%A9?x=1&y=a%20b#top"
        #expect(ASCIIURI.encode(ascii) == ascii)
        #expect(ASCIIURI.encode(ASCIIURI.encode("https://例え.jp/日本")) == ASCIIURI.encode("https://例え.jp/日本"))
    }
}
