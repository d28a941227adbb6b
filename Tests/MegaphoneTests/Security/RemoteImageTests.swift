import Foundation
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneModel
@testable import MegaphoneRender

/// Remote images are errors at their line, with the fix; a host listed in `allowed_hosts` is
/// accepted and named in every page's Content-Security-Policy.
@Suite struct RemoteImageTests {
    static let fix = "outside the portal: every reader's browser would call that server, and the pages' security policy blocks it; "
        + "save the picture as a file beside the document and write its name, or, if cdn.example.com is a company server, "
        + "add it to 'allowed_hosts' in site.yml"

    @Test func aFrontMatterImageFromAnotherHostIsAnErrorAtItsLine() throws {
        let site = try TestSite([itemPath: TestSite.item("image: https://cdn.example.com/pic.png\nimage_alt: Le salon\n")])
        defer { site.remove() }
        #expect(site.errors() == [
            "content/items/2026-11-20-atlas.md:4:8: error: the image 'https://cdn.example.com/pic.png' would be loaded from cdn.example.com, " + Self.fix,
        ])
    }

    @Test func markdownImagesFromAnotherHostAreErrorsAtTheirLines() throws {
        let body = "Un graphique :\n\n![Ventes](https://cdn.example.com/c.png)\n\nEt ![logo](//cdn.example.com/l.svg \"Logo\").\n"
        let site = try TestSite([itemPath: TestSite.item() + body])
        defer { site.remove() }
        #expect(site.errors() == [
            "content/items/2026-11-20-atlas.md:8:1: error: the image 'https://cdn.example.com/c.png' would be loaded from cdn.example.com, " + Self.fix,
            "content/items/2026-11-20-atlas.md:10:4: error: the image '//cdn.example.com/l.svg' would be loaded from cdn.example.com, " + Self.fix,
        ])
    }

    @Test func aLinkToAnotherHostIsNotAnImageAndStaysAllowed() throws {
        let site = try TestSite([itemPath: TestSite.item() + "Voir [le communiqué](https://cdn.example.com/c.pdf).\n"])
        defer { site.remove() }
        #expect(site.errors() == [])
    }

    @Test func rawHTMLCannotBringARemoteImageEvenWhenAllowed() throws {
        let body = "<p>Avant</p>\n<img alt=\"x\" srcset=\"pic.png 1x, https://cdn.example.com/pic@2x.png 2x\">\n"
        let site = try TestSite([itemPath: TestSite.item() + "\n" + body, "content/items/pic.png": "png"],
                                config: TestSite.defaultConfig + "unsafe_html: true\n")
        defer { site.remove() }
        #expect(site.errors() == [
            "content/items/2026-11-20-atlas.md:7:1: error: the image 'https://cdn.example.com/pic@2x.png' would be loaded from cdn.example.com, " + Self.fix,
        ])
    }

    @Test func aDataImageIsRefusedWithItsFix() throws {
        let site = try TestSite([itemPath: TestSite.item() + "![point](data:image/png;base64,iVBORw0KGgo=)\n"])
        defer { site.remove() }
        #expect(site.errors() == [
            "content/items/2026-11-20-atlas.md:6:1: error: the image 'data:image/png;base64,iVBORw0KGgo=' is a data: URL, which the portal "
                + "does not load; save the picture as a file beside the document and write its name instead",
        ])
    }

    @Test func aListedHostBuildsAndIsInThePolicyOfEveryPage() throws {
        let config = TestSite.defaultConfig + "allowed_hosts: [cdn.example.com, \"*.médias.example\"]\n"
        let body = "![Ventes](https://cdn.example.com/c.png)\n\n![Photo](https://photos.médias.example/p.jpg)\n"
        let site = try TestSite([itemPath: TestSite.item("image: https://cdn.example.com/pic.png\nimage_alt: Le salon\n") + body],
                                config: config)
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' cdn.example.com *.xn--mdias-bsa.example; "
            + "font-src 'self'; connect-src 'self'; media-src 'self'; frame-src 'none'; worker-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'"
        for page in ["index.html", "items/atlas/index.html", "404.html", "search/index.html"] {
            let html = try #require(site.read(page))
            #expect(html.contains("<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"), "\(page)")
        }
        #expect(site.read("items/atlas/index.html")?.contains("src=\"https://cdn.example.com/pic.png\"") == true)
    }

    @Test func anAllowedHostMustBeAHostName() throws {
        let site = try TestSite([:], config: TestSite.defaultConfig + "allowed_hosts:\n  - https://cdn.example.com/images\n")
        defer { site.remove() }
        #expect(site.errors() == [
            "site.yml:7:5: error: invalid host 'https://cdn.example.com/images' in allowed_hosts: write a host name alone, "
                + "such as cdn.acme.example (or *.acme.example for its subdomains), without https:// or a path",
        ])
    }

    @Test func theAccentColourIsAStylesheetNotAnInlineStyle() throws {
        let site = try TestSite([itemPath: TestSite.item()], config: TestSite.defaultConfig + "accent_color: \"#0a5cad\"\n")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let html = try #require(site.read("index.html"))
        #expect(!html.contains("<style") && !html.contains("style=\""))
        let href = try #require(html.firstMatch(of: /href="\/advocacy\/(assets\/css\/brand\.[0-9a-f]+\.css)"/)?.1)
        #expect(site.read(String(href)) == ":root { --brand: #0a5cad; }\n")
    }
}
