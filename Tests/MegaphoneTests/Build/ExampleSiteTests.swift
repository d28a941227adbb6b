import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneSupport

/// Builds the repository's own example portal, under a sub-path, and looks at what a reader gets.
@Suite struct ExampleSiteTests {
    static let base = "https://intranet.example.org/deep/sub/path/"
    static let now = "2026-11-25T12:00:00+01:00"

    /// The example is built once for the suite (each test used to build it again); the tests only
    /// read it.
    static let built: (output: URL, report: BuildReport) = {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-example-\(UUID().uuidString)")
        var options = BuildOptions(source: TestSite.repositoryRoot.path, output: output.path)
        options.baseURL = base
        options.now = now
        return (output, Builder.build(options))
    }()

    var output: URL { Self.built.output }
    var report: BuildReport { Self.built.report }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path) }

    func read(_ path: String) -> String { (try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)) ?? "" }

    @Test func buildsWithoutErrorsOrWarnings() {
        #expect(report.diagnostics.filter { $0.severity != .note }.map(\.description) == [])
        // The exports hold rows of the company's other traffic, as real ones do: said once per file.
        #expect(report.diagnostics.map(\.message) == [
            "3 of 457 rows name no item (content) nor campaign of the portal: they are not counted",
            "1 of 705 rows name no item (content) nor campaign of the portal: they are not counted",
        ])
        #expect(report.succeeded)
        #expect(report.pagesWritten > 60)
    }

    @Test func writesEveryPageOfTheContract() {
        for path in ["index.html", "items/index.html", "items/archive/index.html", "guidelines/index.html",
                     "training/index.html", "tags/index.html", "campaigns/index.html", "audiences/index.html",
                     "404.html", "robots.txt",
                     "items/acquisition-novasense/index.html", "guidelines/01-transparence/index.html",
                     "training/profil-linkedin/index.html", "training/profil-linkedin/01-photo/index.html",
                     "training/reseaux-sociaux-101/index.html", "pages/a-propos/index.html", "pages/faq/index.html",
                     "campaigns/lancement-atlas/index.html", "audiences/sales/index.html", "items/atlas-launch.png"] {
            #expect(exists(path), "missing \(path)")
        }
        #expect(read("robots.txt").contains("Disallow: /"))
    }

    @Test func everyInternalLinkAndAssetResolvesUnderTheSubPath() throws {
        let crawler = LinkCrawler(output: output, base: try #require(URL(string: Self.base)))
        let result = crawler.crawl()
        #expect(result.broken == [])
        #expect(result.external == [])
        #expect(result.checked > 1000)
    }

    @Test func schedulingExpiryAndDraftsFollowTheClock() {
        #expect(!exists("items/salon-industrie-connectee-2027/index.html"), "scheduled item published early")
        #expect(!exists("items/portrait-equipe-support-lyon/index.html"), "draft published")
        #expect(exists("items/conference-cybersecurite-usines/index.html"), "expired items keep their page")
        #expect(read("items/archive/index.html").contains("items/conference-cybersecurite-usines/"))
        #expect(!read("items/index.html").contains("items/conference-cybersecurite-usines/"))
        #expect(read("items/conference-cybersecurite-usines/index.html").contains("notice-expired"))
        // Upcoming items show their date and title on the home page, without a link.
        let home = read("index.html")
        #expect(home.contains("<time datetime=\"2027-01-15T09:00:00+01:00\">15 janvier 2027</time> · Retrouvez Acme aux Rencontres"))
    }

    @Test func relativeMarkdownLinksAreRewrittenToPageURLs() {
        let pages = LinkCrawler(output: output, base: URL(string: Self.base)!).pages()
        for page in pages {
            #expect(!read(page).contains(".md\""), "\(page) links to a Markdown file")
        }
    }
}
