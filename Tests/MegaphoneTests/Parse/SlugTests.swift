import Testing
@testable import MegaphoneSupport

@Suite struct SlugTests {
    @Test(arguments: [
        ("Équipe été.md", "equipe-ete"),
        ("2026-11-20-lancement-atlas.md", "lancement-atlas"),
        ("items/2026-11-20-Œuvre & Straße!.md", "oeuvre-strasse"),
        ("  --Déjà vu--  ", "deja-vu"),
        ("2026-11-20.md", "2026-11-20"),
    ])
    func derivesSlugsFromFileNames(name: String, slug: String) {
        #expect(Slug.fromFileName(name) == slug)
    }

    @Test func validatesWrittenSlugs() {
        #expect(Slug.isValid("lancement-atlas-2"))
        #expect(!Slug.isValid("Lancement Atlas"))
        #expect(!Slug.isValid("a--b"))
        #expect(!Slug.isValid(""))
    }
}

/// `Slug.make` decomposes scalar by scalar; decomposing the whole text first gives the same slug.
@Suite struct SlugDecompositionTests {
    /// The slug as it was made from the whole text's canonical decomposition.
    static func reference(_ text: String) -> String {
        let ligatures: [Unicode.Scalar: String] = ["ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
                                                   "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ı": "i"]
        var slug = ""
        var pendingDash = false
        func append(_ character: Character) {
            if pendingDash, !slug.isEmpty { slug.append("-") }
            pendingDash = false
            slug.append(character)
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: append(Character(scalar))
            case 0x41...0x5A: append(Character(Unicode.Scalar(scalar.value + 32)!))
            case 0x300...0x36F: continue
            default: if let spelt = ligatures[scalar] { spelt.forEach(append) } else { pendingDash = true }
            }
        }
        return slug
    }

    @Test func scalarByScalarEqualsTheWholeText() {
        let pieces = ["a", "Z", "7", " ", "-", "É", "é", "e\u{301}", "\u{301}", "\u{1DC4}", "\u{20D7}", "\u{315}\u{301}", "Œ", "ß", "ø",
                      "ǅ", "ǻ", "Ế", "ḱ", "Ά", "ΐ", "й", "한", "あ", "が", "中", "😀", "ﬁ", "Å", "Ω", "K", "İ", "ı", "\u{0}", "_"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Slug.make(text) == Self.reference(text), Comment(rawValue: text.debugDescription))
        }
        for value in 0x80..<0x250 {
            let text = "x" + String(Unicode.Scalar(UInt32(value))!) + "y"
            #expect(Slug.make(text) == Self.reference(text))
        }
    }
}
