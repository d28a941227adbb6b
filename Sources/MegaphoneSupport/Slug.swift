import Foundation

/// Slugs: `[a-z0-9-]`, derived from file names (`2026-11-20-Équipe été.md` → `equipe-ete`).
public enum Slug {
    /// One pass over the canonically decomposed text: accents (combining marks) dropped,
    /// ligatures spelt out, anything else but `a-z0-9` a dash. Hot: called for every term of every card.
    public static func make(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func append(_ byte: UInt8) {
            if pendingDash, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
            pendingDash = false
            slug.append(byte)
        }
        func add(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: append(UInt8(scalar.value))
            case 0x41...0x5A: append(UInt8(scalar.value + 32))
            case 0x300...0x36F: break  // combining accents: é = e + ◌́
            default:
                if let spelt = ligatures[scalar] { spelt.utf8.forEach(append) } else { pendingDash = true }
            }
        }
        // Each scalar is decomposed on its own (`ScalarDecomposition`): ASCII, most of any slug, as it is.
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 { add(scalar) } else { ScalarDecomposition.of(scalar).forEach(add) }
        }
        return String(decoding: slug, as: UTF8.self)
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
