import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport

/// The first steps shared by every content file: split the front matter, compose its YAML and
/// open a reader on it, with the slug from the file name or `slug:`.
package struct DocumentHeader {
    package var document: SourceDocument
    package var reader: MappingReader

    /// Nil when the file cannot be read at all; the reason is in `diagnostics`.
    package static func open<Key: FieldKey>(_ file: TextFile, subject: String, keys: Key.Type, diagnostics: inout [Diagnostic]) -> DocumentHeader? {
        let contentPath = String(file.relativePath.dropFirst("content/".count))
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter.split(file.text)
        } catch .missing {
            diagnostics.append(.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                                      "missing front matter: the file must start with a '---' line, then 'title: ...', then '---'"))
            return nil
        } catch {
            diagnostics.append(.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                                      "the front matter opened by '---' on line 1 is never closed; add a '---' line after it"))
            return nil
        }
        let document = SourceDocument(contentPath: contentPath, displayPath: file.displayPath,
                                      body: frontMatter.body, bodyFirstLine: frontMatter.bodyFirstLine)
        switch YAMLDocument.compose(frontMatter.yaml, displayPath: file.displayPath, firstLine: frontMatter.yamlFirstLine) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let yaml):
            let reader = MappingReader(document: yaml, node: yaml.root, subject: subject, keys: Key.self)
            return DocumentHeader(document: document, reader: reader)
        }
    }

    /// `slug:` when given and valid, else the file name's.
    package mutating func slug(_ key: some FieldKey, fallback: String? = nil) -> String {
        let derived = fallback ?? Slug.fromFileName(document.contentPath)
        guard let written = reader.string(key) else { return derived }
        guard Slug.isValid(written.value) else {
            let suggestion = Slug.make(written.value)
            reader.error(key, "invalid slug '\(written.value)': use lower-case letters, digits and dashes"
                + (suggestion.isEmpty ? "" : "; did you mean '\(suggestion)'?"))
            return derived
        }
        return written.value
    }

    /// `lang:` checked against the site's languages, else the site's language.
    package mutating func language(_ key: some FieldKey, site: SiteConfig) -> String {
        guard let lang = reader.string(key) else { return site.language }
        let code = lang.value.lowercased()
        let known = site.languages.isEmpty ? [site.language] : site.languages
        guard known.contains(code) else {
            reader.error(key, "unknown language '\(lang.value)'; site.yml lists \(known.joined(separator: ", "))"
                + Suggestion.hint(for: code, among: known))
            return site.language
        }
        return code
    }

    /// Everything reported about this file so far.
    package var diagnostics: [Diagnostic] { reader.diagnostics }
}
