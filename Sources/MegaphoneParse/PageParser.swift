import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing

/// Front matter of a free page → `Page`.
package enum PageParser {
    package static func parse(_ file: TextFile, site: SiteConfig, diagnostics: inout [Diagnostic]) -> Page? {
        guard var header = DocumentHeader.open(file, subject: "a page", keys: PageKey.self, languages: site.languages, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        header.translationKey(PageKey.translationKey)
        let slug = header.slug(PageKey.slug)
        let lang = header.language(PageKey.lang, site: site)
        guard let title = header.reader.string(PageKey.title) else { return nil }
        return Page(document: header.document, slug: slug, title: title.value,
                    order: header.reader.int(PageKey.order) ?? 0,
                    menu: header.reader.bool(PageKey.menu) ?? false, lang: lang)
    }
}
