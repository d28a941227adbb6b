import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport

/// Front matter of a content item → `ContentItem`.
package enum ItemParser {
    package static let keys = ["title", "date", "expires", "url", "summary", "image", "image_alt", "campaign", "tags",
                       "audiences", "lang", "priority", "draft", "source", "why", "contacts", "share"]

    package static func parse(_ file: TextFile, site: SiteConfig, diagnostics: inout [Diagnostic]) -> ContentItem? {
        guard var header = DocumentHeader.open(file, subject: "a content item", allowedKeys: keys, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        let slug = header.slug()
        let lang = header.language(site: site)
        var reader: MappingReader {
            get { header.reader }
            set { header.reader = newValue }
        }
        let title = reader.string("title", required: true)
        let date = reader.date("date", timeZone: site.timeZone, required: true)
        let expires = reader.date("expires", timeZone: site.timeZone)
        if let date, let expires, expires.value <= date.value {
            reader.error("expires", "'expires' must be after 'date' (the item would never be shown)")
        }
        let url = reader.url("url")

        var image: ContentItem.Image?
        if let reference = reader.string("image") {
            if let alt = reader.string("image_alt") {
                image = ContentItem.Image(reference: reference, alt: alt.value)
            } else {
                reader.error("image", "'image' needs 'image_alt': a short description of the picture for people who cannot see it")
            }
            if reference.value.contains(":"), let problem = URLCheck.problem(withAbsoluteHTTP: reference.value) {
                reader.error("image", "invalid image URL '\(reference.value)': \(problem)")
                image = nil
            } else if let problem = site.imageSources.problem(with: reference.value) {
                reader.error("image", problem)
                image = nil
            }
        } else if reader.has("image_alt") {
            reader.error("image_alt", "'image_alt' is set but there is no 'image'")
        }

        var campaign = reader.string("campaign")?.value
        if let written = campaign, !Slug.isValid(written) {
            reader.error("campaign", "invalid campaign '\(written)': campaigns are used in URLs and analytics, "
                + "so use lower-case letters, digits and dashes; did you mean '\(Slug.make(written))'?")
            campaign = nil
        }

        var source: ContentItem.Source?
        if var nested = reader.nested("source", subject: "source", allowedKeys: ["name", "url"]) {
            let name = nested.string("name", required: true)
            let sourceURL = nested.url("url", required: true)
            if let name, let sourceURL { source = .init(name: name.value, url: sourceURL.value) }
            reader.absorb(nested)
        }

        var share: [(network: Located<String>, message: Located<String>)] = []
        for (network, value) in reader.pairs("share") {
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
            expires: expires, url: url, summary: reader.string("summary")?.value, image: image, campaign: campaign,
            tags: reader.stringList("tags").map(\.value), audiences: reader.stringList("audiences").map(\.value),
            lang: lang, priority: reader.choice("priority", as: ContentItem.Priority.self) ?? .normal,
            draft: reader.bool("draft") ?? false, source: source, why: reader.string("why")?.value,
            contacts: reader.stringList("contacts").map(\.value), share: share)
        return title == nil || date == nil ? nil : item
    }
}
