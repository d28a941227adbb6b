import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing

/// Front matter of a free page → `Page`.
package enum PageParser {
    package static let keys = ["title", "order", "menu", "lang"]

    package static func parse(_ file: TextFile, site: SiteConfig, diagnostics: inout [Diagnostic]) -> Page? {
        guard var header = DocumentHeader.open(file, subject: "a page", allowedKeys: keys, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        let slug = header.slug()
        let lang = header.language(site: site)
        guard let title = header.reader.string("title", required: true) else { return nil }
        return Page(document: header.document, slug: slug, title: title.value,
                    order: header.reader.int("order", in: -9999...9999) ?? 0,
                    menu: header.reader.bool("menu") ?? false, lang: lang)
    }
}
