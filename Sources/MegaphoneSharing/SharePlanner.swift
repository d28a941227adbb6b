import MegaphoneSupport
import MegaphoneModel

/// Builds the share options of an item for the site's networks, in `site.yml`'s order.
public struct SharePlanner: Sendable {
    public var config: SiteConfig
    /// What `options(for:)` reads of `site.yml`, hashed once: see `inputsKey(for:kind:)`.
    private let configKey: DerivedCache.KeyMaker
    /// The UTM patterns, with what depends on the network alone worked out once.
    private let utmParameters: UTMParameters

    public init(config: SiteConfig) {
        self.config = config
        var key = DerivedCache.KeyMaker("share-config")
        for network in config.networks { key.combine(network) }
        key.combine(UInt64(config.networks.count))
        key.combine(config.mastodonInstance)
        let utm = config.utm
        for pattern in [utm.source, utm.medium, utm.campaign, utm.content, utm.personal] { key.combine(pattern) }
        for (name, value) in utm.extra {
            key.combine(name)
            key.combine(value)
        }
        key.combine(UInt64(utm.extra.count))
        key.combine(config.disclosure.map { "1" + $0 } ?? "0")
        configKey = key
        utmParameters = UTMParameters(config.utm, networks: config.networks.compactMap(Network.named))
    }

    /// A key of every input of `options(for:)`: the configuration above and the item's fields it
    /// reads. Must change with anything `options(for:)` and `option(network:…)` read: a rebuild
    /// trusts it instead of planning the options again (an item page's fingerprint, the share
    /// rules' verdict).
    public func inputsKey(for item: ContentItem, kind: String) -> DerivedCache.Key {
        var key = configKey
        key.combine(kind)
        key.combine(item.title)
        key.combine(item.url.map { "1" + $0.value } ?? "0")
        key.combine(item.campaign.map { "1" + $0 } ?? "0")
        key.combine(item.slug)
        key.combine(item.lang)
        for (network, message) in item.share {
            key.combine(network.value)
            key.combine(message.value)
        }
        key.combine(UInt64(item.share.count))
        return key.key
    }

    public var networks: [Network] { config.networks.compactMap(Network.named) }

    public func options(for item: ContentItem) -> [ShareOption] {
        options(for: item, knownLengths: nil).options
    }

    /// The options, and the length of each post that planning them again can take instead of
    /// counting it (nil for a default message shortened to fit, which is counted at each step).
    /// `knownLengths`: such lengths from an earlier planning of the same item in this build.
    public func options(for item: ContentItem, knownLengths: [Int?]?) -> (options: [ShareOption], lengths: [Int?]) {
        let written = Dictionary(item.share.map { ($0.network.value, $0.message) }, uniquingKeysWith: { first, _ in first })
        let url = item.url.map { TrackedLink.Parsed($0.value) }
        let parameters = url == nil ? nil : utmParameters.item(campaign: item.campaign, slug: item.slug, lang: item.lang)
        let planned = networks.enumerated().map { index, network -> (ShareOption, Int?) in
            let suggestion = written[network.id]
            let message = withDisclosure(suggestion?.value ?? item.title)
            let link = parameters.flatMap { url?.tagged(with: $0.parameters(network: network)) }
            let known = knownLengths.flatMap { index < $0.count ? $0[index] : nil }
            let planned = option(network: network, message: message, location: suggestion?.location, link: link, title: item.title,
                                 length: known)
            guard suggestion == nil, planned.isOverLimit else { return (planned, planned.length) }
            return (shortenedDefault(network: network, title: item.title, link: link) ?? planned, nil)
        }
        return (planned.map(\.0), planned.map(\.1))
    }

    /// The default message is Megaphone's own, so it is made to fit: the title is cut at a word
    /// with an ellipsis until the post fits the network's limit.
    package func shortenedDefault(network: Network, title: String, link: String?) -> ShareOption? {
        var words = title.split(separator: " ")
        while words.count > 1 {
            words.removeLast()
            let candidate = option(network: network, message: withDisclosure(words.joined(separator: " ") + "…"),
                                   location: nil, link: link, title: title)
            if !candidate.isOverLimit { return candidate }
        }
        return nil
    }

    /// The option as the network counts it (`length`, when this build counted it already); its
    /// post and share URL are made when read.
    public func option(network: Network, message: String, location: SourceLocation?, link: String?, title: String,
                       length: Int? = nil) -> ShareOption {
        var option = ShareOption(network: network, message: message, messageLocation: location, link: link, title: title,
                                 mastodonInstance: config.mastodonInstance, length: 0, limit: network.limit)
        option.length = length ?? TextCounter.count(option.post, as: network.counting)
        return option
    }

    /// The disclosure (a program hashtag) ends every message, once.
    package func withDisclosure(_ message: String) -> String {
        guard let disclosure = config.disclosure, !message.containsIgnoringCase(disclosure) else { return message }
        return message + (message.contains(ascii: "\n") ? "\n\n" : " ") + disclosure
    }

    /// `{name}` placeholders filled in one pass; an unknown one is left as written.
    package static func fill(_ template: String, _ value: (Substring) -> String?) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = rest[rest.index(after: open)..<close]
            result += value(name) ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    package static func compose(message: String, link: String?, separator: String) -> String {
        guard let link else { return message }
        return message + separator + link
    }

    package static func crlf(_ text: String) -> String {
        text.replacingEvery("\r\n", with: "\n").replacingEvery("\n", with: "\r\n")
    }
}
