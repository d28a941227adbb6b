import Testing
@testable import MegaphoneSupport
@testable import MegaphoneModel
@testable import MegaphoneLoad
@testable import MegaphoneRender

/// One case per validation rule: the input files and the exact `path:line:column: error: message`
/// the comms person will read.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    var config: String? = TestSite.defaultConfig
    var expected: [String]
    /// The key the JSON Schema must reject as well, when a schema can say it (a rule across
    /// files, or about a date's calendar, cannot).
    var schemaKey: String? = nil
    var testDescription: String { name }
}

let itemPath = "content/items/2026-11-20-atlas.md"

let ruleCases: [RuleCase] = [
    RuleCase(name: "unknown key with a hint", files: [itemPath: TestSite.item("summry: Court\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:1: error: unknown key 'summry' in a content item; did you mean 'summary'?"], schemaKey: "summry"),
    RuleCase(name: "missing title", files: [itemPath: "---\ndate: 2026-11-20\n---\nTexte\n"],
             expected: ["content/items/2026-11-20-atlas.md:2:1: error: missing required key 'title' in a content item"], schemaKey: "title"),
    RuleCase(name: "empty title", files: [itemPath: "---\ntitle:\ndate: 2026-11-20\n---\nTexte\n"],
             expected: ["content/items/2026-11-20-atlas.md:2:1: error: 'title' is empty; a content item needs a value for it"], schemaKey: "title"),
    RuleCase(name: "missing date", files: [itemPath: "---\ntitle: Atlas\n---\nTexte\n"],
             expected: ["content/items/2026-11-20-atlas.md:2:1: error: missing required key 'date' in a content item"], schemaKey: "date"),
    RuleCase(name: "invalid date", files: [itemPath: TestSite.item(date: "2026-02-30")],
             expected: ["content/items/2026-11-20-atlas.md:3:7: error: invalid date '2026-02-30' for 'date': day 30 does not exist in month 2 of 2026"]),
    RuleCase(name: "expiry before publication", files: [itemPath: TestSite.item("expires: 2026-11-01\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:10: error: 'expires' must be after 'date' (the item would never be shown)"]),
    RuleCase(name: "URL without scheme", files: [itemPath: TestSite.item("url: www.acme.example/atlas\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:6: error: invalid URL 'www.acme.example/atlas' for 'url': it must start with https:// (or http://)"], schemaKey: "url"),
    RuleCase(name: "script injection in a URL", files: [itemPath: TestSite.item("url: \"javascript:alert(1)\"\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:6: error: invalid URL 'javascript:alert(1)' for 'url': javascript: links are not allowed; use an https:// address"], schemaKey: "url"),
    RuleCase(name: "URL with spaces", files: [itemPath: TestSite.item("url: https://acme.example/a b\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:6: error: invalid URL 'https://acme.example/a b' for 'url': it contains spaces, quotes or angle brackets; encode them (%20) or remove them"], schemaKey: "url"),
    RuleCase(name: "duplicate slugs", files: [
        itemPath: TestSite.item(),
        "content/items/2026-11-21-atlas.md": TestSite.item(),
    ], expected: ["content/items/2026-11-21-atlas.md:1:1: error: two pages would have the URL /items/atlas/: this file and content/items/2026-11-20-atlas.md; change the file name or set 'slug:' in one of them"]),
    RuleCase(name: "slug reserved by a listing", files: ["content/items/archive.md": TestSite.item()],
             expected: ["content/items/archive.md:1:1: error: the URL /items/archive/ is reserved for a page Megaphone makes; change the file name or set 'slug:'"]),
    RuleCase(name: "invalid written slug", files: [itemPath: TestSite.item("slug: Atlas Lancé\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:7: error: invalid slug 'Atlas Lancé': use lower-case letters, digits and dashes; did you mean 'atlas-lance'?"], schemaKey: "slug"),
    RuleCase(name: "duplicate key", files: [itemPath: TestSite.item("title: Encore\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:1: error: duplicate key 'title' (first set at line 2); keep only one"]),
    RuleCase(name: "broken YAML", files: [itemPath: TestSite.item("tags: [a, b\n")],
             expected: ["content/items/2026-11-20-atlas.md:5:1: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence; check the indentation of this line and the one before"]),
    RuleCase(name: "value with an unquoted colon", files: [itemPath: TestSite.item("why: Important: lisez\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:15: error: invalid YAML: mapping values are not allowed in this context; check quotes, colons and indentation (a value containing ': ' or starting with '#', '@', '`' or '*' needs quotes)"]),
    RuleCase(name: "missing front matter", files: [itemPath: "# Atlas\n"],
             expected: ["content/items/2026-11-20-atlas.md:1:1: error: missing front matter: the file must start with a '---' line, then 'title: ...', then '---'"]),
    RuleCase(name: "unclosed front matter", files: [itemPath: "---\ntitle: Atlas\ndate: 2026-11-20\nTexte\n"],
             expected: ["content/items/2026-11-20-atlas.md:1:1: error: the front matter opened by '---' on line 1 is never closed; add a '---' line after it"]),
    RuleCase(name: "wrong type", files: [itemPath: TestSite.item("tags:\n  name: a\n")],
             expected: ["content/items/2026-11-20-atlas.md:5:3: error: 'tags' must be a list (one '- entry' per line)"], schemaKey: "tags"),
    RuleCase(name: "invalid priority", files: [itemPath: TestSite.item("priority: hihg\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:11: error: 'priority' must be one of normal, high, not 'hihg'; did you mean 'high'?"], schemaKey: "priority"),
    RuleCase(name: "not a boolean", files: [itemPath: TestSite.item("draft: peut-être\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:8: error: 'draft' must be true or false, not 'peut-être'"], schemaKey: "draft"),
    RuleCase(name: "image without alternative text", files: [itemPath: TestSite.item("image: atlas.png\n"), "content/items/atlas.png": "png"],
             expected: ["content/items/2026-11-20-atlas.md:4:8: error: 'image' needs 'image_alt': a short description of the picture for people who cannot see it"]),
    RuleCase(name: "image file missing", files: [itemPath: TestSite.item("image: atlass.png\nimage_alt: Le logo\n"), "content/items/atlas.png": "png"],
             expected: ["content/items/2026-11-20-atlas.md:4:8: error: the image 'atlass.png' does not exist (looked for content/items/atlass.png); did you mean 'items/atlas.png'?"]),
    RuleCase(name: "campaign not usable in URLs", files: [itemPath: TestSite.item("campaign: Lancement Atlas\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:11: error: invalid campaign 'Lancement Atlas': campaigns are used in URLs and analytics, so use lower-case letters, digits and dashes; did you mean 'lancement-atlas'?"], schemaKey: "campaign"),
    RuleCase(name: "unknown network", files: [itemPath: TestSite.item("share:\n  linkdin: Bonjour\n")],
             expected: ["content/items/2026-11-20-atlas.md:5:3: error: unknown network 'linkdin' in 'share'; did you mean 'linkedin'?"], schemaKey: "share"),
    RuleCase(name: "unknown language", files: [itemPath: TestSite.item("lang: de\n")],
             expected: ["content/items/2026-11-20-atlas.md:4:7: error: unknown language 'de'; site.yml lists fr, en"]),
    RuleCase(name: "source without url", files: [itemPath: TestSite.item("source:\n  name: Les Echos\n")],
             expected: ["content/items/2026-11-20-atlas.md:5:3: error: missing required key 'url' in source"], schemaKey: "source"),
    RuleCase(name: "unknown prerequisite", files: [
        "content/training/profil.md": "---\ntitle: Profil\nprerequisites: [reseaux-sociaux-10]\n---\n",
        "content/training/reseaux-sociaux-101.md": "---\ntitle: 101\n---\n",
    ], expected: ["content/training/profil.md:3:17: error: unknown training module 'reseaux-sociaux-10' in 'prerequisites'; did you mean 'reseaux-sociaux-101'?"]),
    RuleCase(name: "quiz answer out of range", files: [
        "content/training/profil.md": "---\ntitle: Profil\nquiz:\n  - question: Taille ?\n    choices: [a, b]\n    answer: 2\n---\n",
    ], expected: ["content/training/profil.md:6:13: error: 'answer' must be between 0 and 1, not 2"]),
    RuleCase(name: "unknown level", files: ["content/training/profil.md": "---\ntitle: Profil\nlevel: expert\n---\n"],
             expected: ["content/training/profil.md:3:8: error: 'level' must be one of beginner, intermediate, advanced, not 'expert'"], schemaKey: "level"),
    RuleCase(name: "lesson without module", files: ["content/training/profil/01-photo.md": "---\ntitle: Photo\n---\n"],
             expected: ["content/training/profil/01-photo.md:1:1: error: this lesson has no module: add content/training/profil/index.md with the module's title"]),
    RuleCase(name: "Markdown outside the known folders", files: ["content/blog/a.md": "---\ntitle: A\n---\n"],
             expected: ["content/blog/a.md:1:1: error: Markdown file outside the known folders: put it in content/items, content/guidelines, content/training or content/pages"]),
    RuleCase(name: "broken relative link at its line", files: [itemPath: TestSite.item() + "\nVoir [les règles](../guidelines/regles.md).\n"],
             expected: ["content/items/2026-11-20-atlas.md:7:6: error: the link '../guidelines/regles.md' points to content/guidelines/regles.md, which does not exist"]),
    RuleCase(name: "javascript link in Markdown", files: [itemPath: TestSite.item() + "\n[clic](javascript:alert(1))\n"],
             expected: ["content/items/2026-11-20-atlas.md:7:1: error: javascript: links are not allowed: they can run code in the reader's browser"]),
    RuleCase(name: "script in Markdown", files: [itemPath: TestSite.item() + "\n<script>alert(1)</script>\n"],
             expected: ["content/items/2026-11-20-atlas.md:7:1: error: script in raw HTML is not allowed; describe the content in Markdown instead"]),
    RuleCase(name: "site.yml without base_url", files: [:], config: "title: Portail\n",
             expected: ["site.yml:1:1: error: missing required key 'base_url' in site.yml"], schemaKey: "base_url"),
    RuleCase(name: "site.yml unknown key", files: [:], config: TestSite.defaultConfig + "timezon: UTC\n",
             expected: ["site.yml:6:1: error: unknown key 'timezon' in site.yml; did you mean 'timezone'?"], schemaKey: "timezon"),
    RuleCase(name: "site.yml unknown network", files: [:], config: TestSite.defaultConfig + "networks: [linkedin, mastodn]\n",
             expected: ["site.yml:6:22: error: unknown network 'mastodn'; did you mean 'mastodon'?"], schemaKey: "networks"),
    RuleCase(name: "site.yml unknown time zone", files: [:], config: "title: P\nbase_url: https://a.example/\ntimezone: Europe/Pariss\n",
             expected: ["site.yml:3:11: error: unknown time zone 'Europe/Pariss'; use a name such as Europe/Paris or UTC"]),
    RuleCase(name: "site.yml missing", files: [:], config: nil,
             expected: ["site.yml:1:1: error: site.yml is missing; create it with at least 'title:' and 'base_url:'"]),
]

@Suite struct ValidationRuleTests {
    @Test(arguments: ruleCases)
    func reportsTheRuleAtItsLine(_ rule: RuleCase) throws {
        let site = try TestSite(rule.files, config: rule.config)
        defer { site.remove() }
        #expect(site.errors() == rule.expected)
    }

    @Test func reportsEveryBrokenFileInOneRun() throws {
        let site = try TestSite([
            "content/items/2026-11-20-a.md": TestSite.item("prority: high\n"),
            "content/items/2026-11-21-b.md": TestSite.item(date: "demain"),
            "content/guidelines/ton.md": "---\ntitle: Ton\norder: premier\n---\n",
            "content/pages/faq.md": "---\nmenu: true\n---\n",
        ])
        defer { site.remove() }
        let report = site.check()
        #expect(!report.succeeded)
        #expect(report.diagnostics.errors.map(\.description) == [
            "content/guidelines/ton.md:3:8: error: 'order' must be a whole number, not 'premier'",
            "content/items/2026-11-20-a.md:4:1: error: unknown key 'prority' in a content item; did you mean 'priority'?",
            "content/items/2026-11-21-b.md:3:7: error: invalid date 'demain' for 'date': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional zone such as +01:00 or Z",
            "content/pages/faq.md:2:1: error: missing required key 'title' in a page",
        ])
    }

    @Test func rawHTMLIsAWarningInSafeMode() throws {
        let site = try TestSite([itemPath: TestSite.item() + "\n<div class=\"x\">bloc</div>\n"])
        defer { site.remove() }
        let report = site.check()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description) == [
            "content/items/2026-11-20-atlas.md:7:1: warning: raw HTML is left out of the page; write it in Markdown, or set 'unsafe_html: true' in site.yml",
        ])
    }
}

@Suite struct SiteBrandingTests {
    @Test func aPaleAccentColourIsAWarningWithItsContrast() throws {
        let site = try TestSite([:], config: TestSite.defaultConfig + "accent_color: \"#ffcc00\"\n")
        defer { site.remove() }
        let report = site.check()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description) == [
            "site.yml:6:15: warning: accent_color #ffcc00 has a contrast of 1.5:1 on white; links and buttons need 4.5:1 (WCAG AA): choose a darker shade",
        ])
        #expect(Contrast.ratio(hex: "000", against: "fff") == 21)
    }

    @Test func aMissingLogoIsAnError() throws {
        let site = try TestSite([:], config: TestSite.defaultConfig + "logo: images/logo.svg\n")
        defer { site.remove() }
        #expect(site.errors() == ["site.yml:6:7: error: the logo 'images/logo.svg' does not exist: put the file under content/ and give its path from there (images/logo.svg)"])
    }
}

@Suite struct ErrorCascadeTests {
    /// One typo, one error: not a second "missing title", and not one "link to a file that does not
    /// exist" in every file that links to the broken one.
    @Test func aBrokenFileIsReportedOnceAndLinksToItAreNotBlamed() throws {
        let site = try TestSite([
            "content/items/2026-11-20-atlas.md": "---\ntitel: Atlas\ndate: 2026-11-20\n---\nTexte\n",
            "content/items/2026-11-21-suite.md": TestSite.item(title: "Suite") + "\nVoir [Atlas](2026-11-20-atlas.md).\n",
        ])
        defer { site.remove() }
        #expect(site.errors() == [
            "content/items/2026-11-20-atlas.md:2:1: error: unknown key 'titel' in a content item; did you mean 'title'?",
        ])
    }
}
