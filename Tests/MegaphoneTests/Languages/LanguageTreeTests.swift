import Foundation
import Testing
@testable import Megaphone

/// A site in French and English: trees, translations, what each tree lists and each feed holds.
@Suite struct LanguageTreeTests {
    static let base = "https://intranet.example.com/advocacy/"

    static func bilingual() throws -> TestSite {
        try TestSite([
            "content/items/2026-11-20-atlas.md": TestSite.item("tags: [produit]\n", title: "Atlas est lancé"),
            "content/items/2026-11-20-atlas.en.md": TestSite.item("tags: [product]\n", title: "Atlas is out"),
            "content/items/2026-11-19-bureaux.md": TestSite.item(title: "Nos nouveaux bureaux", date: "2026-11-19"),
            "content/items/2026-11-18-hiring.md": TestSite.item("lang: en\n", title: "We are hiring", date: "2026-11-18"),
            "content/guidelines/ton.md": "---\ntitle: Le ton\n---\nSoyez courtois.\n",
            "content/guidelines/ton.en.md": "---\ntitle: Tone\n---\nBe kind. See [the launch](../items/2026-11-20-atlas.md), [the offices](../items/2026-11-19-bureaux.md) and [search](../search/).\n",
            "content/training/profil/index.md": "---\ntitle: Votre profil\n---\nIntro.\n",
            "content/training/profil/01-photo.md": "---\ntitle: La photo\norder: 1\n---\nCadrez bien.\n",
            "content/training/profil/index.en.md": "---\ntitle: Your profile\n---\nIntro.\n",
            "content/training/profil/01-photo.en.md": "---\ntitle: The photo\norder: 1\n---\nFrame it well.\n",
            "content/pages/faq.md": "---\ntitle: Questions\nmenu: true\n---\nRéponses, voir [le ton](../guidelines/ton.md).\n",
        ])
    }

    @Test func eachLanguageHasItsTreeAndEachDocumentItsPageInItsOwn() throws {
        let site = try Self.bilingual()
        defer { site.remove() }
        let report = site.build()
        #expect(report.diagnostics.errors.isEmpty, "\(report.diagnostics)")
        for path in ["items/atlas/index.html", "en/items/atlas/index.html", "items/bureaux/index.html", "en/items/hiring/index.html",
                     "en/index.html", "en/items/index.html", "en/feed.json", "en/feed.xml", "en/calendar.ics", "en/search-index.json",
                     "en/guidelines/ton/index.html", "en/training/profil/01-photo/index.html", "en/calendar/index.html"] {
            #expect(site.exists(path), "\(path) is missing")
        }
        // A document in one language only has no copy in the other tree.
        #expect(!site.exists("en/items/bureaux/index.html"))
        #expect(!site.exists("items/hiring/index.html"))
        #expect(!site.exists("en/pages/faq/index.html"))
        #expect(site.read("en/items/atlas/index.html")?.contains("<html lang=\"en\">") == true)
        #expect(site.read("items/atlas/index.html")?.contains("<html lang=\"fr\">") == true)
    }

    @Test func translationsCarryReciprocalAlternatesAndASwitcher() throws {
        let site = try Self.bilingual()
        defer { site.remove() }
        _ = site.build()
        let alternates = """
            <link rel="alternate" hreflang="fr" href="\(Self.base)items/atlas/">
            <link rel="alternate" hreflang="en" href="\(Self.base)en/items/atlas/">
            <link rel="alternate" hreflang="x-default" href="\(Self.base)items/atlas/">
            """
        #expect(site.read("items/atlas/index.html")?.contains(alternates) == true)
        #expect(site.read("en/items/atlas/index.html")?.contains(alternates) == true)
        // Lessons are translated with their module, by file name.
        #expect(site.read("training/profil/01-photo/index.html")?.contains("hreflang=\"en\" href=\"\(Self.base)en/training/profil/01-photo/\"") == true)
        // Without a translation: no alternates, and the switcher leads to the other language's home.
        let hiring = try #require(site.read("en/items/hiring/index.html"))
        #expect(!hiring.contains("hreflang=\"x-default\""))
        #expect(hiring.contains("<li><a href=\"/advocacy/\" hreflang=\"fr\" lang=\"fr\">Français</a></li>"))
        #expect(hiring.contains("<li><a href=\"/advocacy/en/items/hiring/\" hreflang=\"en\" lang=\"en\" aria-current=\"true\">English</a></li>"))
        // Pages every tree has are each other's alternates.
        #expect(site.read("en/items/index.html")?.contains("hreflang=\"fr\" href=\"\(Self.base)items/\"") == true)
    }

    @Test func aTreeListsWhatExistsOnlyInAnotherLanguageMarkedWithIt() throws {
        let site = try Self.bilingual()
        defer { site.remove() }
        _ = site.build()
        let english = try #require(site.read("en/items/index.html"))
        #expect(english.contains("<a href=\"/advocacy/items/bureaux/\" hreflang=\"fr\">Nos nouveaux bureaux</a>"))
        #expect(english.contains("<span class=\"badge badge-lang\" lang=\"fr\">Français</span>"))
        #expect(english.contains("Atlas is out") && !english.contains("Atlas est lancé"))
        let french = try #require(site.read("items/index.html"))
        #expect(french.contains("<a href=\"/advocacy/en/items/hiring/\" hreflang=\"en\">We are hiring</a>"))
        #expect(!french.contains("Atlas is out"))
        // The French-only page is in the English menu, marked; the guideline's translation is not doubled.
        #expect(site.read("en/index.html")?.contains("href=\"/advocacy/pages/faq/\" hreflang=\"fr\" lang=\"fr\">Questions</a>") == true)
        #expect(site.read("en/guidelines/index.html")?.contains("Le ton") == false)
        // Search in English finds the French-only item, marked with its language.
        let chunk = try #require(site.read("en/search/docs/0.json"))
        #expect(chunk.contains("\"lang\":\"fr\"") && chunk.contains("\"url\":\"/advocacy/items/bureaux/\""))
    }

    @Test func feedsHoldTheirLanguagesItems() throws {
        let site = try Self.bilingual()
        defer { site.remove() }
        _ = site.build()
        struct Feed: Decodable { var language: String; var items: [Item]; struct Item: Decodable { var url: String; var language: String } }
        let english = try JSONDecoder().decode(Feed.self, from: Data(try #require(site.read("en/feed.json")).utf8))
        #expect(english.language == "en")
        #expect(english.items.map(\.url) == ["\(Self.base)en/items/atlas/", "\(Self.base)en/items/hiring/"])
        let french = try JSONDecoder().decode(Feed.self, from: Data(try #require(site.read("feed.json")).utf8))
        #expect(french.items.map(\.url) == ["\(Self.base)items/atlas/", "\(Self.base)items/bureaux/"])
        #expect(french.items.allSatisfy { $0.language == "fr" })
        #expect(site.read("en/calendar.ics")?.contains("URL:\(Self.base)en/items/atlas/") == true)
        #expect(site.read("en/calendar.ics")?.contains("UID:item-atlas-en@intranet.example.com") == true)
        #expect(site.read("calendar.ics")?.contains("UID:item-atlas@intranet.example.com") == true)
        #expect(site.read("en/feed.xml")?.contains("xml:lang=\"en\"") == true)
    }

    @Test func linksLeadToTheTranslationInTheLinkingFilesLanguage() throws {
        let site = try Self.bilingual()
        defer { site.remove() }
        _ = site.build()
        let tone = try #require(site.read("en/guidelines/ton/index.html"))
        #expect(tone.contains("<a href=\"/advocacy/en/items/atlas/\">the launch</a>"))
        #expect(tone.contains("<a href=\"/advocacy/items/bureaux/\">the offices</a>"))
        #expect(tone.contains("<a href=\"/advocacy/en/search/\">search</a>"))
        #expect(site.read("pages/faq/index.html")?.contains("<a href=\"/advocacy/guidelines/ton/\">le ton</a>") == true)
    }

    @Test func translationKeyLinksFilesOfDifferentNamesAndLangPlacesAFile() throws {
        let site = try TestSite([
            "content/items/2026-11-20-lancement.md": TestSite.item("translation_key: atlas\n"),
            "content/items/2026-11-20-launch.md": TestSite.item("translation_key: atlas\nlang: en\n", title: "Launch"),
        ])
        defer { site.remove() }
        #expect(site.build().diagnostics.errors.isEmpty)
        #expect(site.read("items/lancement/index.html")?.contains("hreflang=\"en\" href=\"\(Self.base)en/items/launch/\"") == true)
        #expect(site.read("en/items/launch/index.html")?.contains("hreflang=\"fr\" href=\"\(Self.base)items/lancement/\"") == true)
    }

    @Test func translationMistakesAreErrorsAtTheirLines() throws {
        let site = try TestSite([
            "content/items/2026-11-20-atlas.de.md": TestSite.item(),
            "content/items/2026-11-20-atlas.en.md": TestSite.item("lang: fr\n"),
            "content/items/2026-11-20-a.md": TestSite.item("translation_key: same\n"),
            "content/items/2026-11-20-b.md": TestSite.item("translation_key: same\n"),
            "content/guidelines/ton.md": "---\ntitle: Le ton\ntranslation_key: same\n---\nSoyez courtois.\n",
            "content/pages/x.md": "---\ntitle: X\nlang: de\n---\nX.\n",
        ])
        defer { site.remove() }
        #expect(site.errors() == [
            "content/items/2026-11-20-a.md:1:1: error: translation_key 'same' is also used by content/guidelines/ton.md, which is a guideline; translations must be of the same kind, so choose another key",
            "content/items/2026-11-20-atlas.de.md:1:1: error: the file name ends in '.de.md', but 'de' is not one of site.yml's languages (fr, en); add it to 'languages' or rename the file",
            "content/items/2026-11-20-atlas.en.md:4:7: error: 'lang: fr' contradicts the file name, which ends in '.en.md'; remove 'lang:' or rename the file",
            "content/items/2026-11-20-b.md:1:1: error: this file and content/items/2026-11-20-a.md are both the 'fr' version of a content item (translation key 'same'); give one of them another 'translation_key:' or language",
            "content/items/2026-11-20-b.md:1:1: error: translation_key 'same' is also used by content/guidelines/ton.md, which is a guideline; translations must be of the same kind, so choose another key",
            "content/pages/x.md:3:7: error: unknown language 'de'; site.yml lists fr, en",
        ])
    }

    @Test func siteTextsAreLocalizedPerTree() throws {
        let site = try TestSite(["content/items/2026-11-20-a.md": TestSite.item()], config: TestSite.defaultConfig + """
            description: Le portail.
            localized:
              en: {title: Test portal (EN), description: The portal.}
              de: {title: Testportal}

            """)
        defer { site.remove() }
        #expect(site.errors() == [
            "site.yml:9:3: error: 'de' is not one of the languages after the first in 'languages' (en): the first language's texts are title and description themselves",
        ])
        try site.write("site.yml", TestSite.defaultConfig + "description: Le portail.\nlocalized:\n  en: {title: Test portal (EN), description: The portal.}\n")
        #expect(site.build().diagnostics.errors.isEmpty)
        #expect(site.read("en/index.html")?.contains("<title>Test portal (EN)</title>") == true)
        #expect(site.read("en/index.html")?.contains("The portal.") == true)
        #expect(site.read("en/feed.json")?.contains("\"title\":\"Test portal (EN)\"") == true)
        #expect(site.read("index.html")?.contains("Test portal (EN)") == false)
    }

    @Test func theRootLanguageComesFirst() throws {
        let site = try TestSite(["content/items/2026-11-20-a.md": TestSite.item()], config: """
            title: T
            base_url: https://intranet.example.com/
            language: fr
            languages: [en, fr]

            """)
        defer { site.remove() }
        #expect(site.errors() == [
            "site.yml:4:12: error: the first of 'languages' is the one at the root, so it must be the site's 'language' (fr); put fr first",
        ])
    }

    @Test func aSiteWithOneLanguageHasOneTreeAndKeepsItsFileNames() throws {
        let site = try TestSite([
            "content/items/2026-11-20-notes.en.md": TestSite.item(),
        ], config: "title: T\nbase_url: https://intranet.example.com/\nlanguage: fr\n")
        defer { site.remove() }
        #expect(site.build().diagnostics.errors.isEmpty)
        #expect(site.exists("items/notes-en/index.html"))
        #expect(!site.exists("en/index.html"))
        let page = try #require(site.read("items/notes-en/index.html"))
        #expect(!page.contains("language-switcher") && !page.contains("hreflang"))
        let css = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("assets/css").path)
        #expect(!css.contains { $0.hasPrefix("languages.") })
    }

    @Test func aTranslatedItemHasItsOwnMessagesAndLangInItsLinks() throws {
        let config = TestSite.defaultConfig + "networks: [linkedin]\nutm:\n  content: \"{slug}-{lang}\"\n"
        let site = try TestSite([
            "content/items/2026-11-20-atlas.md": TestSite.item("url: https://acme.example/atlas\nshare:\n  linkedin: Atlas est là\n"),
            "content/items/2026-11-20-atlas.en.md": TestSite.item("url: https://acme.example/atlas\nshare:\n  linkedin: Atlas is here\n"),
        ], config: config)
        defer { site.remove() }
        #expect(site.build().diagnostics.errors.isEmpty)
        let english = try #require(site.read("en/items/atlas/index.html"))
        #expect(english.contains("Atlas is here") && !english.contains("Atlas est là"))
        #expect(english.contains("utm_content=atlas-en"))
        #expect(site.read("items/atlas/index.html")?.contains("utm_content=atlas-fr") == true)
        // Both languages' visits count for the item, and every tree's results page shows them.
        try site.write("data/analytics/export.csv", """
            date,utm_source,utm_medium,utm_campaign,utm_content,utm_term,sessions
            2026-11-21,linkedin,social,atlas,atlas-fr,,30
            2026-11-21,linkedin,social,atlas,atlas-en,,12

            """)
        #expect(site.build().diagnostics.errors.isEmpty)
        for path in ["items/atlas/index.html", "en/items/atlas/index.html", "results/index.html", "en/results/index.html"] {
            #expect(site.read(path)?.contains("<dd>42</dd>") == true || site.read(path)?.contains(">42<") == true, "\(path)")
        }
    }
}
