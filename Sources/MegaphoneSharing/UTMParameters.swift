import MegaphoneSupport
import MegaphoneModel

/// The UTM parameters of one shared link, from `site.yml`'s `utm` patterns.
public struct UTMParameters: Sendable {
    public var utm: SiteConfig.UTM

    public init(_ utm: SiteConfig.UTM) { self.utm = utm }

    /// `{network}`, `{campaign}` (the item's campaign, else its slug), `{slug}` and `{lang}` filled in.
    public func parameters(network: Network, campaign: String?, slug: String, lang: String) -> [(name: String, value: String)] {
        func fill(_ pattern: String) -> String {
            guard pattern.contains(ascii: "{") else { return TrackedLink.normalize(pattern) }
            return TrackedLink.normalize(SharePlanner.fill(pattern) { placeholder in
                switch placeholder {
                case "network": network.id
                case "campaign": campaign ?? slug
                case "slug": slug
                case "lang": lang
                default: nil
                }
            })
        }
        // GA4 files medium "social" under Organic Social and "email" under Email: the default
        // medium follows the network, a medium set in site.yml applies to all.
        let medium = utm.medium == SiteConfig.UTM().medium ? network.medium : utm.medium
        var parameters: [(name: String, value: String)] = [
            ("utm_source", fill(utm.source)), ("utm_medium", fill(medium)),
            ("utm_campaign", fill(utm.campaign)), ("utm_content", fill(utm.content)),
        ]
        parameters += utm.extra.map { ($0.key, fill($0.value)) }
        return parameters.filter { !$0.value.isEmpty }
    }
}
