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
    /// The content path without a language suffix: the slug is taken from it.
    package var baseContentPath: String

    /// Nil when the file cannot be read at all; the reason is in `diagnostics`.
    /// `languages` (site.yml's) decide whether a name's `.LANG` suffix is read.
    package static func open<Key: FieldKey>(_ file: TextFile, subject: String, keys: Key.Type, languages: [String],
                                            diagnostics: inout [Diagnostic]) -> DocumentHeader? {
        let contentPath = String(file.relativePath.dropFirst("content/".count))
        let name = TranslationName(contentPath: contentPath, languages: languages)
        if let suffix = name.suffix, !languages.contains(suffix) {
            diagnostics.append(.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                "the file name ends in '.\(suffix).md', but '\(suffix)' is not one of site.yml's languages (\(languages.joined(separator: ", "))); "
                + "add it to 'languages' or rename the file" + Suggestion.hint(for: suffix, among: languages)))
        }
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
        var document = SourceDocument(contentPath: contentPath, displayPath: file.displayPath,
                                      body: frontMatter.body, bodyFirstLine: frontMatter.bodyFirstLine)
        document.translationKey = name.derivedKey
        document.languageSuffix = name.suffix.flatMap { languages.contains($0) ? $0 : nil }
        let baseContentPath = name.baseContentPath
        switch YAMLDocument.compose(frontMatter.yaml, displayPath: file.displayPath, firstLine: frontMatter.yamlFirstLine) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let yaml):
            let reader = MappingReader(document: yaml, node: yaml.root, subject: subject, keys: Key.self)
            return DocumentHeader(document: document, reader: reader, baseContentPath: baseContentPath)
        }
    }

    /// `slug:` when given and valid, else the file name's.
    package mutating func slug(_ key: some FieldKey, fallback: String? = nil) -> String {
        let derived = fallback ?? Slug.fromFileName(baseContentPath)
        guard let written = reader.string(key) else { return derived }
        guard Slug.isValid(written.value) else {
            let suggestion = Slug.make(written.value)
            reader.error(key, "invalid slug '\(written.value)': use lower-case letters, digits and dashes"
                + (suggestion.isEmpty ? "" : "; did you mean '\(suggestion)'?"))
            return derived
        }
        return written.value
    }

    /// `lang:` checked against the site's languages, else the file name's suffix, else the
    /// site's language.
    package mutating func language(_ key: some FieldKey, site: SiteConfig) -> String {
        let fromName = document.languageSuffix
        guard let lang = reader.string(key) else { return fromName ?? site.language }
        let code = lang.value.lowercased()
        let known = site.languages.isEmpty ? [site.language] : site.languages
        guard known.contains(code) else {
            reader.error(key, "unknown language '\(lang.value)'; site.yml lists \(known.joined(separator: ", "))"
                + Suggestion.hint(for: code, among: known))
            return fromName ?? site.language
        }
        if let fromName, fromName != code {
            reader.error(key, "'lang: \(lang.value)' contradicts the file name, which ends in '.\(fromName).md'; remove 'lang:' or rename the file")
            return fromName
        }
        return code
    }

    /// `translation_key:` when given, else the key the file name gives.
    package mutating func translationKey(_ key: some FieldKey) {
        guard let written = reader.string(key) else { return }
        let value = written.value.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else {
            reader.error(key, "'translation_key' is empty; give the same word to every translation of this file, or remove it")
            return
        }
        document.translationKey = value
    }

    /// Everything reported about this file so far.
    package var diagnostics: [Diagnostic] { reader.diagnostics }
}
