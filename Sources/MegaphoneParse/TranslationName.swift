/// `NAME.LANG.md`: a translation beside its original. Only a site with `languages:` reads
/// suffixes, so a one-language site keeps the slugs it always had (`notes.en.md` → `notes-en`).
package struct TranslationName: Equatable {
    /// The path without the suffix: `items/2026-11-20-atlas.md` for `items/2026-11-20-atlas.en.md`.
    package var baseContentPath: String
    /// The suffix, lower-cased; nil when the name has none.
    package var suffix: String?

    package init(contentPath: String, languages: [String]) {
        baseContentPath = contentPath
        suffix = nil
        guard !languages.isEmpty, contentPath.lowercased().hasSuffix(".md") else { return }
        let stem = contentPath.dropLast(3)
        guard let dot = stem.lastIndex(of: "."), !stem[dot...].contains(ascii: "/") else { return }
        let candidate = stem[stem.index(after: dot)...].lowercased()
        // A known language, or anything shaped like one (`de`, `pt-br`), which is then reported:
        // `v1.2.md` or `notes.api.md` keep their dots.
        guard languages.contains(candidate) || Self.looksLikeLanguage(candidate) else { return }
        suffix = candidate
        baseContentPath = String(stem[..<dot]) + ".md"
    }

    /// The translation key a file has without `translation_key:`: its base path without `.md`.
    package var derivedKey: String { String(baseContentPath.dropLast(3)) }

    private static func looksLikeLanguage(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 2, parts[0].allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.count == 1 || (parts.count == 2 && (2...8).contains(parts[1].count)
                                    && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }
}
