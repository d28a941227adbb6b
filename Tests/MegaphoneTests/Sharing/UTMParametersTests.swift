import Testing
@testable import MegaphoneModel
@testable import MegaphoneSharing

/// An item's UTM parameters are filled once for all networks where they do not depend on the
/// network: whatever the patterns, each network's parameters are those of filling every pattern
/// for that network and item.
@Suite struct UTMParametersTests {
    static let pieces = ["{network}", "{campaign}", "{slug}", "{lang}", "{other}", "Social", " Été ", "x", ""]

    /// Every pattern filled for the network and the item, as `site.yml` documents it.
    func reference(_ utm: SiteConfig.UTM, network: Network, campaign: String?, slug: String, lang: String) -> [String] {
        let medium = utm.medium == SiteConfig.UTM().medium ? network.medium : utm.medium
        let patterns = [("utm_source", utm.source), ("utm_medium", medium), ("utm_campaign", utm.campaign),
                        ("utm_content", utm.content)] + utm.extra.map { ($0.key, $0.value) }
        return patterns.compactMap { name, pattern in
            var value = pattern
            for (placeholder, filled) in [("{network}", network.id), ("{campaign}", campaign ?? slug), ("{slug}", slug), ("{lang}", lang)] {
                value = value.replacingOccurrences(of: placeholder, with: filled)
            }
            let normalized = TrackedLink.normalize(value)
            return normalized.isEmpty ? nil : "\(name)=\(normalized)"
        }
    }

    @Test(arguments: 0..<200)
    func eachNetworksParametersAreThoseOfEveryPatternFilled(seed: Int) {
        var generator = IncrementalPropertyTests.Generator(state: UInt64(seed))
        func pattern() -> String { (0..<Int.random(in: 0...3, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined() }
        var utm = SiteConfig.UTM()
        if seed % 4 != 0 {
            utm.source = pattern()
            utm.campaign = pattern()
            utm.content = pattern()
            if seed % 3 == 0 { utm.medium = pattern() }
            utm.extra = (0..<Int.random(in: 0...2, using: &generator)).map { ("x\($0)", pattern()) }
        }
        let networks = Network.all
        let parameters = UTMParameters(utm, networks: Array(networks.prefix(seed % networks.count)))
        let campaign = seed % 5 == 0 ? nil : "Lancement Atlas"
        let item = parameters.item(campaign: campaign, slug: "atlas-\(seed)", lang: seed % 2 == 0 ? "fr" : "en")
        for network in networks {
            let expected = reference(utm, network: network, campaign: campaign, slug: "atlas-\(seed)", lang: seed % 2 == 0 ? "fr" : "en")
            #expect(item.parameters(network: network).map { "\($0.name)=\($0.value)" } == expected)
            #expect(parameters.parameters(network: network, campaign: campaign, slug: "atlas-\(seed)", lang: seed % 2 == 0 ? "fr" : "en")
                .map { "\($0.name)=\($0.value)" } == expected)
        }
    }
}
