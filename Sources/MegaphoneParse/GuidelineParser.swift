import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing

/// Front matter of a guideline → `Guideline`.
package enum GuidelineParser {
    package static func parse(_ file: TextFile, site: SiteConfig, diagnostics: inout [Diagnostic]) -> Guideline? {
        guard var header = DocumentHeader.open(file, subject: "a guideline", keys: GuidelineKey.self, languages: site.languages, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        header.translationKey(GuidelineKey.translationKey)
        let slug = header.slug(GuidelineKey.slug)
        let lang = header.language(GuidelineKey.lang, site: site)
        guard let title = header.reader.string(GuidelineKey.title) else { return nil }
        return Guideline(
            document: header.document, slug: slug, title: title.value,
            order: header.reader.int(GuidelineKey.order) ?? 0,
            summary: header.reader.string(GuidelineKey.summary)?.value,
            dos: header.reader.stringList(GuidelineKey.dos).map(\.value), donts: header.reader.stringList(GuidelineKey.donts).map(\.value),
            updated: header.reader.date(GuidelineKey.updated, timeZone: site.timeZone)?.value, lang: lang)
    }
}
