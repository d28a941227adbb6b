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
