import Foundation

/// Slugs: `[a-z0-9-]`, derived from file names (`2026-11-20-Équipe été.md` → `equipe-ete`).
public enum Slug {
    public static func make(_ text: String) -> String {
        let folded = text
            .replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "AE")
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "OE")
            .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "Ø", with: "O")
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
            .lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// The slug of a content file: its name without extension and without a `YYYY-MM-DD-` prefix.
    public static func fromFileName(_ path: String) -> String {
        var name = Substring(path.split(separator: "/").last ?? "")
        if let dot = name.lastIndex(of: ".") { name = name[..<dot] }
        if name.count > 11, name.prefix(11).enumerated().allSatisfy({ index, character in
            [4, 7, 10].contains(index) ? character == "-" : character.isASCIIDigit
        }) {
            name = name.dropFirst(11)
        }
        return make(String(name))
    }

    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && make(slug) == slug
    }
}
