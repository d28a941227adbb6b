import MegaphoneSupport
import MegaphoneModel

/// The UTM parameters of one shared link, from `site.yml`'s `utm` patterns.
public struct UTMParameters: Sendable {
    public var utm: SiteConfig.UTM

    /// Each parameter in order, with what its value depends on: an item's links are tagged for every
    /// network, and filling every pattern for each was a twentieth of a `check`.
    private let slots: [Slot]
    /// The value of each slot that depends on nothing but the network, by network id (nil where it
    /// depends on the item too).
    private let byNetwork: [String: [String?]]

    private struct Slot: Sendable {
        var name: String
        /// nil: the network's own medium (the site keeps the default).
        var pattern: String?
        var readsNetwork: Bool
        var readsItem: Bool
    }

    /// `networks`: those whose values are worked out once, here.
    public init(_ utm: SiteConfig.UTM, networks: [Network] = []) {
        self.utm = utm
        // GA4 files medium "social" under Organic Social and "email" under Email: the default
        // medium follows the network, a medium set in site.yml applies to all.
        let medium: String? = utm.medium == SiteConfig.UTM().medium ? nil : utm.medium
        let patterns: [(String, String?)] = [("utm_source", utm.source), ("utm_medium", medium), ("utm_campaign", utm.campaign),
                                             ("utm_content", utm.content)] + utm.extra.map { ($0.key, $0.value) }
        let slots = patterns.map { name, pattern in
            guard let pattern else { return Slot(name: name, pattern: nil, readsNetwork: true, readsItem: false) }
            var names: Set<Substring> = []
            _ = SharePlanner.fill(pattern) { names.insert($0); return nil }
            return Slot(name: name, pattern: pattern, readsNetwork: names.contains("network"),
                        readsItem: !names.isDisjoint(with: ["campaign", "slug", "lang"]))
        }
        self.slots = slots
        byNetwork = Dictionary(networks.map { network in
            (network.id, slots.map { $0.readsItem ? nil : Self.value(of: $0, network: network, campaign: nil, slug: "", lang: "") })
        }, uniquingKeysWith: { first, _ in first })
    }

    /// `{network}`, `{campaign}` (the item's campaign, else its slug), `{slug}` and `{lang}` filled in.
    public func parameters(network: Network, campaign: String?, slug: String, lang: String) -> [(name: String, value: String)] {
        item(campaign: campaign, slug: slug, lang: lang).parameters(network: network)
    }

    /// The parameters of one item, for each network: what depends on the item alone is filled once.
    public func item(campaign: String?, slug: String, lang: String) -> Item {
        Item(utm: self, campaign: campaign, slug: slug, lang: lang, values: slots.map { slot in
            slot.readsItem && !slot.readsNetwork ? Self.value(of: slot, network: nil, campaign: campaign, slug: slug, lang: lang) : nil
        })
    }

    public struct Item: Sendable {
        let utm: UTMParameters
        let campaign: String?, slug: String, lang: String
        /// Filled already: the slots that depend on the item and not on the network.
        let values: [String?]

        public func parameters(network: Network) -> [(name: String, value: String)] {
            let known = utm.byNetwork[network.id]
            return zip(utm.slots.indices, utm.slots).compactMap { index, slot in
                let value = values[index] ?? known?[index]
                    ?? UTMParameters.value(of: slot, network: network, campaign: campaign, slug: slug, lang: lang)
                return value.isEmpty ? nil : (slot.name, value)
            }
        }
    }

    private static func value(of slot: Slot, network: Network?, campaign: String?, slug: String, lang: String) -> String {
        guard let pattern = slot.pattern else { return TrackedLink.normalize(network?.medium ?? "") }
        guard pattern.contains(ascii: "{") else { return TrackedLink.normalize(pattern) }
        return TrackedLink.normalize(SharePlanner.fill(pattern) { placeholder in
            switch placeholder {
            case "network": network?.id
            case "campaign": campaign ?? slug
            case "slug": slug
            case "lang": lang
            default: nil
            }
        })
    }
}
