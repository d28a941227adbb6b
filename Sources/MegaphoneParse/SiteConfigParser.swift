import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport

/// `site.yml` → `SiteConfig`.
package enum SiteConfigParser {
    /// Nil when there is no file (the loader said why) or its required keys are unusable; problems
    /// go to `diagnostics`.
    package static func parse(_ file: TextFile?, displayPath: String, baseURLOverride: String?, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        guard let file else { return nil }
        let document: YAMLDocument
        switch YAMLDocument.compose(file.text, displayPath: file.displayPath, firstLine: 1) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let composed): document = composed
        }
        var reader = MappingReader(document: document, node: document.root, subject: "site.yml", keys: SiteKey.self)
        defer { diagnostics += reader.diagnostics }

        let title = reader.string(SiteKey.title)
        var baseURL: BaseURL?
        if let override = baseURLOverride {
            baseURL = BaseURL(override)
            if baseURL == nil {
                diagnostics.append(.error(at: SourceLocation(path: "--base-url"), "invalid base URL '\(override)': it must be an absolute http(s) URL without query or fragment"))
            }
        } else if let written = reader.string(SiteKey.baseURL) {
            baseURL = BaseURL(written.value)
            if baseURL == nil {
                reader.error(SiteKey.baseURL, "invalid base_url '\(written.value)': it must be an absolute http(s) URL such as https://intranet.example.com/advocacy/")
            }
        }
        guard let title, let baseURL else { return nil }

        var config = SiteConfig(title: title.value, baseURL: baseURL)
        config.description = reader.string(SiteKey.description)?.value
        let language = reader.string(SiteKey.language)
        if let language { config.language = language.value.lowercased() }
        config.languages = reader.stringList(SiteKey.languages).map { $0.value.lowercased() }
        // The first language is at the root: it is the site's language, written or not.
        if let first = config.languages.first {
            if language == nil { config.language = first }
            if !config.languages.contains(config.language) {
                reader.error(SiteKey.languages, "'languages' must include the site's 'language' (\(config.language))")
            } else if config.language != first {
                reader.error(SiteKey.languages, "the first of 'languages' is the one at the root, so it must be the site's 'language' (\(config.language)); put \(config.language) first")
            }
            if Set(config.languages).count != config.languages.count {
                reader.error(SiteKey.languages, "a language is listed twice in 'languages'")
            }
        }
        for (language, node) in reader.pairs(SiteKey.localized) {
            var texts = MappingReader(document: reader.document, node: node, subject: "localized.\(language.value)", keys: LocalizedKey.self)
            defer { reader.absorb(texts) }
            let code = language.value.lowercased()
            guard config.languages.dropFirst().contains(code) else {
                reader.diagnostics.append(.error(at: language.location,
                    "'\(language.value)' is not one of the languages after the first in 'languages' (\(config.languages.dropFirst().joined(separator: ", "))): "
                    + "the first language's texts are title and description themselves"))
                continue
            }
            config.localized[code] = LocalizedTexts(title: texts.string(LocalizedKey.title)?.value,
                                                    description: texts.string(LocalizedKey.description)?.value)
        }
        if let zone = reader.string(SiteKey.timezone) {
            if let timeZone = TimeZone(identifier: zone.value) { config.timeZone = timeZone }
            else { reader.error(SiteKey.timezone, "unknown time zone '\(zone.value)'; use a name such as Europe/Paris or UTC") }
        }
        if let theme = reader.string(SiteKey.theme) { config.theme = theme.value }
        if reader.has(SiteKey.networks) {
            var networks: [String] = []
            for network in reader.stringList(SiteKey.networks) {
                let id = network.value.lowercased()
                if Network.named(id) == nil {
                    reader.diagnostics.append(.error(at: network.location, "unknown network '\(network.value)'"
                        + (Suggestion.closest(to: id, among: Network.ids).map { "; did you mean '\($0)'?" }
                            ?? "; known networks: \(Network.ids.joined(separator: ", "))")))
                } else if networks.contains(id) {
                    reader.diagnostics.append(.error(at: network.location, "network '\(id)' is listed twice"))
                } else {
                    networks.append(id)
                }
            }
            config.networks = networks
        }
        if let instance = reader.url(SiteKey.mastodonInstance) {
            config.mastodonInstance = instance.value.hasSuffix("/") ? String(instance.value.dropLast()) : instance.value
        }
        if var utm = reader.nested(SiteKey.utm, keys: UTMKey.self) {
            if let value = utm.string(UTMKey.source) { config.utm.source = value.value }
            if let value = utm.string(UTMKey.medium) { config.utm.medium = value.value }
            if let value = utm.string(UTMKey.campaign) { config.utm.campaign = value.value }
            if let value = utm.string(UTMKey.content) { config.utm.content = value.value }
            if let value = utm.string(UTMKey.personal) { config.utm.personal = value.value }
            config.utm.extra = utm.pairs(UTMKey.extra).compactMap { key, value in
                utm.text(value, key: "extra.\(key.value)").map { (key.value, $0.value) }
            }
            reader.absorb(utm)
        }
        config.disclosure = reader.string(SiteKey.disclosure)?.value
        config.unsafeHTML = reader.bool(SiteKey.unsafeHTML) ?? false
        for written in reader.stringList(SiteKey.allowedHosts) {
            if let pattern = ImageSources.pattern(written.value) {
                config.imageSources.allowedHosts.append(pattern)
            } else {
                reader.diagnostics.append(.error(at: written.location, "invalid host '\(written.value)' in allowed_hosts: write a host "
                    + "name alone, such as cdn.acme.example (or *.acme.example for its subdomains), without https:// or a path"))
            }
        }
        if var feed = reader.nested(SiteKey.feed, keys: FeedKey.self) {
            config.feedItems = feed.int(FeedKey.items) ?? config.feedItems
            reader.absorb(feed)
        }
        if var calendar = reader.nested(SiteKey.calendar, keys: CalendarKey.self) {
            config.showUpcoming = calendar.bool(CalendarKey.showUpcoming) ?? config.showUpcoming
            config.icsMonths = calendar.int(CalendarKey.icsMonths) ?? config.icsMonths
            reader.absorb(calendar)
        }
        config.paginate = reader.int(SiteKey.paginate) ?? config.paginate
        if var home = reader.nested(SiteKey.home, keys: HomeKey.self) {
            config.homePinned = home.int(HomeKey.pinned) ?? config.homePinned
            config.homeLatest = home.int(HomeKey.latest) ?? config.homeLatest
            reader.absorb(home)
        }
        config.company = reader.string(SiteKey.company)?.value
        if let logo = reader.string(SiteKey.logo) {
            config.logo = logo.value.hasPrefix("/") ? String(logo.value.dropFirst()) : logo.value
            config.logoLocation = logo.location
        }
        if let color = reader.string(SiteKey.accentColor) {
            if SiteKey.accentColor.shape.accepts(color.value) {
                config.accentColor = color.value
                let ratio = Contrast.ratio(hex: String(color.value.dropFirst()), against: "ffffff")
                if ratio < 4.5 {
                    reader.diagnostics.append(.warning(at: color.location, "accent_color \(color.value) has a contrast of "
                        + String(format: "%.1f", ratio) + ":1 on white; links and buttons need 4.5:1 (WCAG AA): choose a darker shade"))
                }
            } else {
                reader.error(SiteKey.accentColor, "invalid accent_color '\(color.value)': use a hex colour such as #0055aa")
            }
        }
        if let robots = reader.choice(SiteKey.robots, as: RobotsPolicy.self) { config.allowRobots = robots == .allow }
        readResults(&reader, into: &config)
        readSuggestions(&reader, into: &config)
        return config
    }

    package enum RobotsPolicy: String, CaseIterable {
        case allow
        case disallow
    }
}
