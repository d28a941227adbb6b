import Foundation

/// Slugs: `[a-z0-9-]`, derived from file names (`2026-11-20-Équipe été.md` → `equipe-ete`).
public enum Slug {
    /// One pass over the canonically decomposed text: accents (combining marks) dropped,
    /// ligatures spelt out, anything else but `a-z0-9` a dash. Hot: called for every term of every card.
    public static func make(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        var pendingDash = false
        func append(_ ascii: String) {
            if pendingDash, !slug.isEmpty { slug.append("-") }
            pendingDash = false
            slug.append(contentsOf: ascii.unicodeScalars)
        }
        // ASCII needs no decomposition, and most tags, campaigns and file names are ASCII.
        let scalars = text.utf8.allSatisfy { $0 < 0x80 } ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: append(String(scalar))
            case 0x41...0x5A: append(String(Unicode.Scalar(scalar.value + 32)!))
            case 0x300...0x36F: continue  // combining accents: é = e + ◌́
            default:
                if let spelt = ligatures[scalar] { append(spelt) } else { pendingDash = true }
            }
        }
        return String(slug)
    }

    private static let ligatures: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
        "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ı": "i",
    ]

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
