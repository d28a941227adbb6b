import Foundation
import PropertyBased
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneModel
@testable import MegaphoneSharing
@testable import MegaphoneRender

/// The link builder over generated URLs: whatever the URL, analytics get exactly one of each UTM
/// parameter and the destination site gets its URL back unchanged.
@Suite struct TrackedLinkPropertyTests {
    static let hosts = ["www.acme.example", "careers.acme.example:8443", "bücher.example", "xn--bcher-kva.example",
                        "例え.jp", "127.0.0.1", "sub.domain.example.co.uk"]
    static let pathPieces = ["news", "2026", "caf%C3%A9", "a%20b", "été", "x+y", "~user", "a;b=c", "%2F", "index.html", ""]
    static let namePieces = ["ref", "id", "q", "page", "lang", "utm_source", "UTM_Medium", "utm_term", "utm_source_platform",
                             "a%20b", "é", "x[]", "sort"]
    static let valuePieces = ["1", "newsletter", "%26", "%3D", "a+b", "é", "%C3%A9", "x/y", "?", "日本", "%23", ":", "@", "!", "'", "", "~"]
    static let fragmentPieces = ["section-2", "a?b=c&d", "%C3%A9t%C3%A9", "été", "/route", "", "x=1"]

    static let pairGenerator = Gen.element(of: namePieces).map { $0 ?? "ref" }.array(of: 1...2).map { $0.joined() }
        .array(of: 0...5)
    static let valueGenerator = Gen.element(of: valuePieces).map { $0 ?? "" }.array(of: 0...4).map { $0.joined() }
        .array(of: 5)

    /// A URL as comms people paste them: any of these hosts, paths and queries, with or without a fragment.
    static let urls = Gen.element(of: hosts).map { $0 ?? "a.example" }
        .map { host -> String in host }
    static let paths = Gen.element(of: pathPieces).map { $0 ?? "" }.array(of: 0...4).map { "/" + $0.joined(separator: "/") }
    static let fragments = Gen.element(of: fragmentPieces).map { $0 ?? "" }.array(of: 0...3).map { $0.joined() }.optional

    static let parameters: [(name: String, value: String)] = [
        ("utm_source", "linkedin"), ("utm_medium", "social"), ("utm_campaign", "lancement-atlas"),
        ("utm_content", "atlas"), ("utm_source_platform", "employee-advocacy"),
    ]

    struct Parts: Equatable {
        var base: String
        var pairs: [String]
        var fragment: String?
    }

    /// An independent reading of a URL into base, raw query pairs and fragment.
    static func parts(_ url: String) -> Parts {
        var rest = Substring(url)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        var pairs: [String] = []
        if let question = rest.firstIndex(of: "?") {
            pairs = rest[rest.index(after: question)...].split(separator: "&").map(String.init)
            rest = rest[..<question]
        }
        return Parts(base: String(rest), pairs: pairs, fragment: fragment)
    }

    static func decodedName(_ pair: String) -> String {
        let name = String(pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0])
        return (name.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? name).lowercased()
    }

    static func isReplaced(_ pair: String) -> Bool {
        let name = decodedName(pair)
        return name.hasPrefix("utm_") || parameters.contains { $0.name == name }
    }

    @Test func keepsTheURLAndAddsExactlyOneOfEachParameter() async {
        await propertyCheck(count: 400, input: Self.urls, Self.paths, Self.pairGenerator, Self.valueGenerator, Self.fragments) {
            host, path, names, values, fragment in
            let query = zip(names, values).map { "\($0)=\($1)" }.joined(separator: "&")
            let original = "https://\(host)\(path)" + (query.isEmpty ? "" : "?\(query)") + (fragment.map { "#\($0)" } ?? "")
            let tagged = TrackedLink.tag(original, with: Self.parameters)
            let before = Self.parts(original), after = Self.parts(tagged)

            // What a mail or chat client may cut: every tracked link is ASCII, which reads back as
            // the URL written (host in punycode, the rest percent-encoded).
            #expect(tagged.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }, "\(tagged) is not ASCII")
            #expect(IRIDecoding.decode(after.base) == IRIDecoding.decode(before.base).lowercasedHost, "scheme, host and path must stay")
            #expect(after.fragment.map(IRIDecoding.decode) == before.fragment.map(IRIDecoding.decode), "the fragment must stay")
            #expect(after.pairs.filter { !Self.isReplaced($0) }.map(IRIDecoding.decode)
                        == before.pairs.filter { !Self.isReplaced($0) }.map(IRIDecoding.decode),
                    "other parameters must stay, in order")
            for (name, value) in Self.parameters {
                let matches = after.pairs.filter { Self.decodedName($0) == name }
                #expect(matches.count == 1, "exactly one \(name) in \(tagged)")
                #expect(matches.first.map { String($0.dropFirst(name.count + 1)).removingPercentEncoding } == value)
            }
        }
    }

    @Test func anIndependentParserReadsTheSameParameters() async {
        let asciiHosts = Self.hosts.filter { $0.allSatisfy(\.isASCII) }
        await propertyCheck(count: 300, input: Gen.element(of: asciiHosts).map { $0 ?? "a.example" },
                            Gen.element(of: ["ref", "id", "q", "utm_source", "utm_term"]).map { $0 ?? "q" }.array(of: 0...4),
                            Gen.element(of: ["1", "a%20b", "%C3%A9", "x%2By", "newsletter"]).map { $0 ?? "1" }.array(of: 4)) {
            host, names, values in
            let query = zip(names, values).map { "\($0)=\($1)" }.joined(separator: "&")
            let original = "https://\(host)/a%20b/c" + (query.isEmpty ? "" : "?\(query)") + "#top"
            let tagged = TrackedLink.tag(original, with: Self.parameters)
            let components = URLComponents(string: tagged)
            #expect(components?.percentEncodedPath == "/a%20b/c")
            #expect(components?.fragment == "top")
            let items = components?.queryItems ?? []
            let kept = zip(names, values).filter { !$0.0.hasPrefix("utm_") }.map { URLQueryItem(name: $0.0, value: $0.1.removingPercentEncoding) }
            #expect(Array(items.prefix(kept.count)) == kept)
            #expect(items.dropFirst(kept.count).map(\.name) == Self.parameters.map(\.name))
        }
    }

    @Test func encodesValuesStrictly() {
        #expect(TrackedLink.encode("Lancement Atlas & co/2026?é#") == "Lancement%20Atlas%20%26%20co%2F2026%3F%C3%A9%23")
        #expect(TrackedLink.normalize("  Lancement  Atlas ") == "lancement-atlas")
        #expect(TrackedLink.tag("https://a.example/p?utm_source=old&x=1#f", with: [("utm_source", "x")])
                == "https://a.example/p?x=1&utm_source=x#f")
    }
}

extension String {
    /// The URL with its host lower-cased, as IDNA gives it back.
    var lowercasedHost: String {
        guard let separator = range(of: "://") else { return self }
        let rest = self[separator.upperBound...]
        let end = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
        return String(self[..<separator.upperBound]) + rest[..<end].lowercased() + rest[end...]
    }
}
