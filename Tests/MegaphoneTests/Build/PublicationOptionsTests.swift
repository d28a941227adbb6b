import Foundation
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneModel

@Suite struct PublicationOptionsTests {
    let files = [
        "content/items/2026-11-20-actuel.md": TestSite.item(title: "Actuel"),
        "content/items/2026-12-20-futur.md": TestSite.item(title: "Futur", date: "2026-12-20T09:00:00+01:00"),
        "content/items/2026-11-21-brouillon.md": TestSite.item("draft: true\n", title: "Brouillon"),
        "content/items/2026-10-01-fini.md": TestSite.item("expires: 2026-11-01\n", title: "Fini", date: "2026-10-01"),
    ]

    @Test func theClockDecidesWhatIsPublished() throws {
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(site.exists("items/actuel/index.html"))
        #expect(!site.exists("items/futur/index.html"))
        #expect(!site.exists("items/brouillon/index.html"))
        #expect(site.exists("items/fini/index.html"))
        #expect(site.read("items/archive/index.html")?.contains("Fini") == true)
        #expect(site.read("items/index.html")?.contains("Fini") == false)

        // A month later the scheduled item is out; a month earlier the expired one is current.
        #expect(site.build { $0.now = "2026-12-21" }.succeeded)
        #expect(site.exists("items/futur/index.html"))
        #expect(site.build { $0.now = "2026-10-15" }.succeeded)
        #expect(site.read("items/index.html")?.contains("Fini") == true)
    }

    @Test func futureAndDraftsFlagsIncludeThem() throws {
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build { $0.includeFuture = true; $0.includeDrafts = true }.succeeded)
        #expect(site.exists("items/futur/index.html"))
        #expect(site.exists("items/brouillon/index.html"))
    }

    @Test func baseURLOverrideMovesEveryLink() throws {
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build { $0.baseURL = "https://preview.example.com/pr-42" }.succeeded)
        let home = try #require(site.read("index.html"))
        #expect(home.contains("href=\"/pr-42/items/actuel/\""))
        #expect(!home.contains("/advocacy/"))
    }

    @Test func invalidNowIsAnError() throws {
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.errors(now: "hier") == ["--now:1:1: error: invalid --now 'hier': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional zone such as +01:00 or Z"])
    }

    @Test func linksBetweenContentAreRewrittenUnderTheBasePath() throws {
        let site = try TestSite([
            "content/items/2026-11-20-atlas.md": TestSite.item() + "\nVoir [la règle](../guidelines/01-ton.md#exemples), [l'image](atlas%20v2.png) et [la FAQ](/pages/faq.md).\n",
            "content/items/atlas v2.png": "png",
            "content/guidelines/01-ton.md": "---\ntitle: Ton\n---\n## Exemples\n",
            "content/pages/faq.md": "---\ntitle: FAQ\n---\n",
        ])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let page = try #require(site.read("items/atlas/index.html"))
        #expect(page.contains("<a href=\"/advocacy/guidelines/01-ton/#exemples\">la règle</a>"))
        #expect(page.contains("<a href=\"/advocacy/items/atlas%20v2.png\">l’image</a>"))
        #expect(page.contains("<a href=\"/advocacy/pages/faq/\">la FAQ</a>"))
        #expect(site.exists("items/atlas v2.png"))
    }

    @Test func singleFileModulesAreCutIntoLessons() throws {
        let site = try TestSite(["content/training/reseaux.md": "---\ntitle: Réseaux\n---\nIntro.\n\n## LinkedIn\n\nPro.\n\n## Bluesky\n\n[lien cassé](nulle-part.md)\n"])
        defer { site.remove() }
        // The broken link is reported at its line in the module's file.
        #expect(site.errors() == ["content/training/reseaux.md:12:1: error: the link 'nulle-part.md' points to content/training/nulle-part.md, which does not exist"])
        try site.write("content/training/reseaux.md", "---\ntitle: Réseaux\n---\nIntro.\n\n## LinkedIn\n\nPro.\n\n## Bluesky\n\nOuvert.\n")
        #expect(site.build().succeeded)
        #expect(site.read("training/reseaux/linkedin/index.html")?.contains("Pro.") == true)
        #expect(site.read("training/reseaux/bluesky/index.html")?.contains("rel=\"prev\" href=\"/advocacy/training/reseaux/linkedin/\"") == true)
        #expect(site.read("training/reseaux/index.html")?.contains("Intro.") == true)
    }
}

@Suite struct ThemeOverrideTests {
    @Test func aSiteLayoutOverridesTheThemeTemplateOfTheSameName() throws {
        let site = try TestSite([
            "content/pages/faq.md": "---\ntitle: FAQ\n---\nRéponses.\n",
            "layouts/page.mustache": "{{<base}}{{$main}}<h1 class=\"custom\">{{content.title}}</h1>{{{content.html}}}{{/main}}{{/base}}",
        ])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let page = try #require(site.read("pages/faq/index.html"))
        #expect(page.contains("<h1 class=\"custom\">FAQ</h1><p>Réponses.</p>"))
        #expect(page.contains("<header class=\"site-header\">"), "the theme's base layout still wraps it")
    }

    @Test func aTemplateSyntaxErrorPointsAtItsLine() throws {
        let site = try TestSite([
            "content/pages/faq.md": "---\ntitle: FAQ\n---\n",
            "layouts/page.mustache": "<h1>\n{{#content}}{{title}}\n{{/contnt}}\n",
        ])
        defer { site.remove() }
        let errors = site.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("layouts/page.mustache:3:") == true)
        #expect(errors.first?.hasSuffix("error: template error: this closing {{/…}} does not match the section opened before it") == true)
    }
}
