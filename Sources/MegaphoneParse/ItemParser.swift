import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport

/// Front matter of a content item → `ContentItem`.
package enum ItemParser {
    package static func parse(_ file: TextFile, site: SiteConfig, diagnostics: inout [Diagnostic]) -> ContentItem? {
        guard var header = DocumentHeader.open(file, subject: "a content item", keys: ItemKey.self, languages: site.languages, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        header.translationKey(ItemKey.translationKey)
        let slug = header.slug(ItemKey.slug)
        let lang = header.language(ItemKey.lang, site: site)
        var reader: MappingReader {
            get { header.reader }
            set { header.reader = newValue }
        }
        let title = reader.string(ItemKey.title)
        let date = reader.date(ItemKey.date, timeZone: site.timeZone)
        let expires = reader.date(ItemKey.expires, timeZone: site.timeZone)
        if let date, let expires, expires.value <= date.value {
            reader.error(ItemKey.expires, "'expires' must be after 'date' (the item would never be shown)")
        }
        let url = reader.url(ItemKey.url)

        var image: ContentItem.Image?
        if let reference = reader.string(ItemKey.image) {
            if let alt = reader.string(ItemKey.imageAlt) {
                image = ContentItem.Image(reference: reference, alt: alt.value)
            } else {
                reader.error(ItemKey.image, "'image' needs 'image_alt': a short description of the picture for people who cannot see it")
            }
            if reference.value.contains(ascii: ":"), let problem = URLCheck.problem(withAbsoluteHTTP: reference.value) {
                reader.error(ItemKey.image, "invalid image URL '\(reference.value)': \(problem)")
                image = nil
            } else if let problem = site.imageSources.problem(with: reference.value) {
                reader.error(ItemKey.image, problem)
                image = nil
            }
        } else if reader.has(ItemKey.imageAlt) {
            reader.error(ItemKey.imageAlt, "'image_alt' is set but there is no 'image'")
        }

        var campaign = reader.string(ItemKey.campaign)?.value
        if let written = campaign, !Slug.isValid(written) {
            reader.error(ItemKey.campaign, "invalid campaign '\(written)': campaigns are used in URLs and analytics, "
                + "so use lower-case letters, digits and dashes; did you mean '\(Slug.make(written))'?")
            campaign = nil
        }

        var source: ContentItem.Source?
        if var nested = reader.nested(ItemKey.source, keys: SourceKey.self) {
            let name = nested.string(SourceKey.name)
            let sourceURL = nested.url(SourceKey.url)
            if let name, let sourceURL { source = .init(name: name.value, url: sourceURL.value) }
            reader.absorb(nested)
        }

        var share: [(network: Located<String>, message: Located<String>)] = []
        for (network, value) in reader.pairs(ItemKey.share) {
            guard Network.named(network.value) != nil else {
                reader.diagnostics.append(.error(at: network.location, "unknown network '\(network.value)' in 'share'"
                    + (Suggestion.closest(to: network.value, among: Network.ids).map { "; did you mean '\($0)'?" }
                        ?? "; known networks: \(Network.ids.joined(separator: ", "))")))
                continue
            }
            if let message = reader.text(value, key: "share.\(network.value)") { share.append((network, message)) }
        }

        let item = ContentItem(
            document: header.document, slug: slug, title: title?.value ?? "", date: date ?? Located(.distantPast, at: header.document.fileLocation),
            expires: expires, url: url, summary: reader.string(ItemKey.summary)?.value, image: image, campaign: campaign,
            tags: reader.stringList(ItemKey.tags).map(\.value), audiences: reader.stringList(ItemKey.audiences).map(\.value),
            lang: lang, priority: reader.choice(ItemKey.priority, as: ContentItem.Priority.self) ?? .normal,
            draft: reader.bool(ItemKey.draft) ?? false, source: source, why: reader.string(ItemKey.why)?.value,
            contacts: reader.stringList(ItemKey.contacts).map(\.value), share: share)
        return title == nil || date == nil ? nil : item
    }
}
