import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing

/// Front matter of a guideline → `Guideline`.
package enum GuidelineParser {
    package static let keys = ["title", "order", "summary", "do", "dont", "updated", "lang"]

    package static func parse(_ file: TextFile, site: SiteConfig, diagnostics: inout [Diagnostic]) -> Guideline? {
        guard var header = DocumentHeader.open(file, subject: "a guideline", allowedKeys: keys, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        let slug = header.slug()
        let lang = header.language(site: site)
        guard let title = header.reader.string("title", required: true) else { return nil }
        return Guideline(
            document: header.document, slug: slug, title: title.value,
            order: header.reader.int("order", in: -9999...9999) ?? 0,
            summary: header.reader.string("summary")?.value,
            dos: header.reader.stringList("do").map(\.value), donts: header.reader.stringList("dont").map(\.value),
            updated: header.reader.date("updated", timeZone: site.timeZone)?.value, lang: lang)
    }
}
