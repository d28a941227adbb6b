import Foundation
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneModel
@testable import MegaphoneSharing
@testable import MegaphoneRender

/// For each network, parse the generated share URL as the network will, and find the right text
/// and link in the right parameters.
struct NetworkCase: Sendable, CustomTestStringConvertible {
    var network: String
    var host: String
    var path: String
    /// Parameter holding the text, if the network takes one.
    var textParameter: String?
    /// Parameter holding the link on its own, if any.
    var linkParameter: String?
    var textIncludesLink: Bool
    var testDescription: String { network }
}

let networkCases: [NetworkCase] = [
    NetworkCase(network: "linkedin", host: "www.linkedin.com", path: "/sharing/share-offsite/", textParameter: nil, linkParameter: "url", textIncludesLink: false),
    NetworkCase(network: "x", host: "x.com", path: "/intent/tweet", textParameter: "text", linkParameter: "url", textIncludesLink: false),
    NetworkCase(network: "facebook", host: "www.facebook.com", path: "/sharer.php", textParameter: nil, linkParameter: "u", textIncludesLink: false),
    NetworkCase(network: "xing", host: "www.xing.com", path: "/spi/shares/new", textParameter: nil, linkParameter: "url", textIncludesLink: false),
    NetworkCase(network: "bluesky", host: "bsky.app", path: "/intent/compose", textParameter: "text", linkParameter: nil, textIncludesLink: true),
    NetworkCase(network: "mastodon", host: "mastodon.example", path: "/share", textParameter: "text", linkParameter: nil, textIncludesLink: true),
    NetworkCase(network: "threads", host: "www.threads.com", path: "/intent/post", textParameter: "text", linkParameter: "url", textIncludesLink: false),
    NetworkCase(network: "whatsapp", host: "wa.me", path: "/", textParameter: "text", linkParameter: nil, textIncludesLink: true),
    NetworkCase(network: "telegram", host: "t.me", path: "/share/url", textParameter: "text", linkParameter: "url", textIncludesLink: false),
    NetworkCase(network: "reddit", host: "www.reddit.com", path: "/submit", textParameter: nil, linkParameter: "url", textIncludesLink: false),
]

@Suite struct NetworkShareURLTests {
    static let message = "Atlas arrive : “zéro panne” & 100 % suivi, #2026 ?"

    static func item(url: String? = "https://www.acme.example/fr/atlas?ref=news#demo") -> ContentItem {
        let location = SourceLocation(path: "content/items/a.md", line: 4, column: 5)
        return ContentItem(
            document: SourceDocument(contentPath: "items/a.md", displayPath: "content/items/a.md", body: "", bodyFirstLine: 5),
            slug: "atlas", title: "Atlas & co", date: Located(Date(), at: location), expires: nil,
            url: url.map { Located($0, at: location) }, summary: nil, image: nil, campaign: "lancement-atlas",
            tags: [], audiences: [], lang: "fr", priority: .normal, draft: false, source: nil, why: nil, contacts: [],
            share: Network.ids.map { (Located($0, at: location), Located(message, at: location)) })
    }

    static func planner() -> SharePlanner {
        var config = SiteConfig(title: "T", baseURL: BaseURL("https://intranet.example/")!)
        config.networks = Network.ids
        config.mastodonInstance = "https://mastodon.example"
        config.disclosure = "#AcmeAmbassadors"
        return SharePlanner(config: config)
    }

    @Test(arguments: networkCases)
    func shareURLCarriesTextAndLinkWhereTheNetworkReadsThem(_ expected: NetworkCase) throws {
        let option = try #require(Self.planner().options(for: Self.item()).first { $0.network.id == expected.network })
        let shareURL = try #require(option.shareURL)
        let components = try #require(URLComponents(string: shareURL))
        #expect(components.host == expected.host)
        #expect(components.path == expected.path)
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        let link = try #require(option.link)
        let sent = try #require(URLComponents(string: link))
        #expect(sent.host == "www.acme.example")
        #expect(sent.fragment == "demo")
        let utm = Dictionary((sent.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(utm["utm_source"] == expected.network)
        #expect(utm["utm_medium"] == "social")
        #expect(utm["utm_campaign"] == "lancement-atlas")
        #expect(utm["utm_content"] == "atlas")
        #expect(utm["ref"] == "news")
        if let name = expected.linkParameter { #expect(query[name] == link) }
        if let name = expected.textParameter {
            let messageWithDisclosure = Self.message + " #AcmeAmbassadors"
            #expect(query[name] == (expected.textIncludesLink ? messageWithDisclosure + "\n\n" + link : messageWithDisclosure))
        }
        if expected.network == "reddit" { #expect(query["title"] == "Atlas & co") }
    }

    @Test func emailPutsTheTitleInTheSubjectAndCRLFInTheBody() throws {
        let option = try #require(Self.planner().options(for: Self.item()).first { $0.network.id == "email" })
        let shareURL = try #require(option.shareURL)
        #expect(shareURL.hasPrefix("mailto:?subject=Atlas%20%26%20co&body="))
        #expect(shareURL.contains("%0D%0A%0D%0Ahttps%3A%2F%2Fwww.acme.example"))
        #expect(!shareURL.contains("+"))
        let body = try #require(shareURL.components(separatedBy: "&body=").last?.removingPercentEncoding)
        #expect(body == Self.message + " #AcmeAmbassadors\r\n\r\n" + (option.link ?? ""))
        #expect(option.link?.contains("utm_medium=email") == true)
    }

    @Test func aTextOnlyItemHasNoLinkAndNoLinkOnlyButtons() {
        let options = Self.planner().options(for: Self.item(url: nil))
        #expect(options.first { $0.network.id == "linkedin" }?.shareURL == nil)
        let x = options.first { $0.network.id == "x" }
        #expect(x?.link == nil)
        #expect(x?.post == Self.message + " #AcmeAmbassadors")
    }

    /// A build plans an item's options more than once (share rules, feeds, its page) and counts
    /// each post only the first time: planned again with those lengths, the options are the same,
    /// a default message shortened to fit included (counted again, its length not kept).
    @Test func planningAgainWithTheCountedLengthsGivesTheSameOptions() throws {
        var long = Self.item()
        long.share = []
        long.title = String(repeating: "Atlas réduit les arrêts de ligne ", count: 12)
        let planner = Self.planner()
        let site = Site(config: planner.config, contentRoot: URL(fileURLWithPath: "/tmp"), staticFiles: [])
        for item in [Self.item(), long, Self.item(url: nil)] {
            let (first, lengths) = planner.options(for: item, knownLengths: nil)
            #expect(lengths.count == first.count)
            let shortened = first.filter { !$0.message.hasPrefix(item.title) && item.share.isEmpty }
            #expect(item.title != long.title || shortened.map(\.network.id).contains("x"), "X's limit shortens the long title")
            #expect(zip(first, lengths).allSatisfy { option, length in length == (shortened.contains { $0.network == option.network } ? nil : option.length) })
            let table = ShareTable(site: site)
            for _ in 0..<2 {
                let again = table.options(for: item)
                #expect(again.map(\.message) == first.map(\.message))
                #expect(again.map(\.link) == first.map(\.link))
                #expect(again.map(\.length) == first.map(\.length))
                #expect(again.map(\.shareURL) == first.map(\.shareURL))
            }
        }
        // The lengths given are trusted: they are this build's counts of the same posts.
        let trusted = planner.options(for: Self.item(), knownLengths: Array(repeating: 7, count: Network.ids.count)).options
        #expect(trusted.allSatisfy { $0.length == 7 })
    }

    @Test func siteOrderAndChoiceOfNetworksAreKept() {
        var planner = Self.planner()
        planner.config.networks = ["email", "linkedin"]
        #expect(planner.options(for: Self.item()).map(\.network.id) == ["email", "linkedin"])
    }
}
