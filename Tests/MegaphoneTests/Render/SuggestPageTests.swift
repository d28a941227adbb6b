import Foundation
import Testing
@testable import Megaphone

/// `suggestions:` in site.yml makes the "Suggest content" page, links it from every page and lets
/// the pages' policy send a form to a mail address; without it there is none of the three.
@Suite struct SuggestPageTests {
    static let config = TestSite.defaultConfig + """
        networks: [x, linkedin]
        suggestions:
          email: comms@acme.example
          editor_url: "https://github.com/acme/portail/new/main/content/items?filename={filename}&value={content}"

        """

    @Test func thePageFormEmailsTheAddressAndIsLinkedFromEveryPage() throws {
        let site = try TestSite([itemPath: TestSite.item()], config: Self.config)
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let page = try #require(site.read("suggest/index.html"))
        #expect(page.contains(#"action="mailto:comms@acme.example?subject=Suggestion%20de%20contenu%20pour%20le%20portail" method="post" enctype="text/plain""#))
        #expect(page.contains(#"data-editor="https://github.com/acme/portail/new/main/content/items?filename={filename}&amp;value={content}""#))
        // The message asked for is the first network's, with its limit.
        #expect(page.contains(#"data-network="x""#) && page.contains(#"maxlength="280""#))
        #expect(try #require(site.read("index.html")).contains(#"<h2 id="suggest-heading">Proposer un contenu</h2>"#))
        for path in ["index.html", "suggest/index.html", "items/atlas/index.html"] {
            let html = try #require(site.read(path), "\(path)")
            #expect(html.contains(#"<a href="/advocacy/suggest/">Proposer un contenu</a>"#), "\(path)")
            #expect(html.contains("form-action 'self' mailto:"), "\(path)")
        }
    }

    /// A page may link to the form like to any page Megaphone makes; without `suggestions:` the
    /// same link is broken, at its line.
    @Test func markdownLinksToTheFormOnlyWhenThereIsOne() throws {
        let faq = "---\ntitle: FAQ\n---\nUne idée ? [Proposez-la](../suggest/).\n"
        let site = try TestSite(["content/pages/faq.md": faq], config: Self.config)
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(try #require(site.read("pages/faq/index.html")).contains(#"<a href="/advocacy/suggest/">Proposez-la</a>"#))
        let without = try TestSite(["content/pages/faq.md": faq])
        defer { without.remove() }
        #expect(without.errors() == ["content/pages/faq.md:4:13: error: the link '../suggest/' points to content/suggest, which does not exist"])
    }

    @Test func withoutSuggestionsThereIsNoPageNoLinkAndNoMailForm() throws {
        let site = try TestSite([itemPath: TestSite.item()])
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(!site.exists("suggest/index.html"))
        let home = try #require(site.read("index.html"))
        #expect(!home.contains("/suggest/"))
        #expect(!home.contains("suggest-heading"))
        #expect(home.contains("form-action 'self'\""))
    }

    @Test func badSettingsAreErrorsAtTheirLine() throws {
        let site = try TestSite([:], config: TestSite.defaultConfig + """
            suggestions:
              email: comms at acme
              editor_url: https://github.com/acme/portail/new/main

            """)
        defer { site.remove() }
        #expect(site.errors() == ["site.yml:7:10: error: invalid e-mail address 'comms at acme': write it as name@acme.example"])
        let noContent = try TestSite([:], config: TestSite.defaultConfig + """
            suggestions:
              email: comms@acme.example
              editor_url: https://github.com/acme/portail/new/main

            """)
        defer { noContent.remove() }
        #expect(noContent.errors() == ["site.yml:8:15: error: editor_url must contain {content}, where the new file's text goes "
            + "(and {filename} for its name), e.g. https://github.com/acme/portail/new/main/content/items?filename={filename}&value={content}"])
        let noAddress = try TestSite([:], config: TestSite.defaultConfig + "suggestions:\n  editor_url: https://a.example/{content}\n")
        defer { noAddress.remove() }
        #expect(noAddress.errors() == ["site.yml:7:3: error: missing required key 'email' in suggestions"])
    }
}
