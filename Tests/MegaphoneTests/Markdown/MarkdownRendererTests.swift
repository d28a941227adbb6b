import Testing
import CCmark
import Foundation
@testable import MegaphoneMarkdown
@testable import MegaphoneSupport

@Suite struct MarkdownRendererTests {
    func render(_ markdown: String, unsafe: Bool = false) -> RenderedMarkdown {
        MarkdownRenderer.render(markdown, unsafeHTML: unsafe) { _ in .keep }
    }

    @Test func safeModeDropsRawHTMLAndScriptLinks() {
        let output = render("""
            Texte <img src=x onerror=alert(1)> fin.

            <iframe src="https://evil.example"></iframe>

            [clic](javascript:alert(1)) et [autre](JAVASCRIPT:alert(2)) et ![i](vbscript:msgbox)
            """)
        #expect(!output.html.contains("<img src=x"))
        #expect(!output.html.contains("onerror"))
        #expect(!output.html.contains("<iframe"))
        #expect(!output.html.lowercased().contains("javascript:"))
        #expect(!output.html.lowercased().contains("vbscript:"))
        #expect(output.problems.filter { $0.severity == .error }.count == 3)
    }

    @Test func unsafeModeKeepsRawHTMLButNeverScripts() {
        let output = render("<div class=\"note\">Bloc</div>\n\n<script>alert(1)</script>\n", unsafe: true)
        #expect(output.html.contains("<div class=\"note\">Bloc</div>"))
        #expect(output.problems.map(\.message) == ["script in raw HTML is not allowed; describe the content in Markdown instead"])
    }

    @Test func headingsGetUniqueIDs() {
        let output = render("# Équipe été\n\n## Règles\n\n## Règles\n\ntexte")
        #expect(output.html.contains("<h1 id=\"equipe-ete\">Équipe été</h1>"))
        #expect(output.html.contains("<h2 id=\"regles\">Règles</h2>"))
        #expect(output.html.contains("<h2 id=\"regles-2\">Règles</h2>"))
        #expect(output.headings.map(\.id) == ["equipe-ete", "regles", "regles-2"])
    }

    @Test func smartPunctuationAndFirstParagraph() {
        let output = render("# Titre\n\n\"Bonjour\" -- dit-elle...\nsuite\n\nSecond.")
        #expect(output.html.contains("“Bonjour” – dit-elle…"))
        #expect(output.firstParagraph == "“Bonjour” – dit-elle… suite")
    }

    @Test func linksAreRewrittenAndBrokenOnesReportedAtTheirLine() {
        let output = MarkdownRenderer.render("Un [lien](a.md) ici.\n\nEt [un autre](b.md).", unsafeHTML: false) { url in
            url == "a.md" ? .replace("/base/a/") : .broken("missing \(url)")
        }
        #expect(output.html.contains("<a href=\"/base/a/\">lien</a>"))
        #expect(output.problems == [MarkdownProblem(severity: .error, line: 3, column: 4, message: "missing b.md")])
    }

    @Test func sectionsCutAtTopLevelHeadings() {
        let sections = MarkdownRenderer.sections(of: "Intro\n\n## Un\n\ntexte\n\n```\n## pas un titre\n```\n\n## Deux\n", level: 2)
        #expect(sections == [MarkdownSection(title: "Un", headingLine: 3), MarkdownSection(title: "Deux", headingLine: 11)])
    }
}

/// `dangerousScheme` folds ASCII on bytes; it finds what folding Characters finds.
@Suite struct DangerousSchemeTests {
    static func reference(_ text: String, anywhere: Bool) -> String? {
        let compact = text.lowercased().filter { !$0.isWhitespace && $0 != "\u{0}" }
        return ["javascript:", "vbscript:"].first { anywhere ? compact.contains($0) : compact.hasPrefix($0) }
    }

    @Test func bytesAgreeWithCharacters() {
        let pieces = ["java", "JaVa", "script", "SCRIPT", ":", "vb", "VB", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0}", "\u{A0}",
                      "\u{2028}", "é", "x", "http", "&#58;", "<a href=\"", "\""]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for anywhere in [false, true] {
                #expect(MarkdownRenderer.dangerousScheme(text, anywhere: anywhere) == Self.reference(text, anywhere: anywhere),
                        Comment(rawValue: text.debugDescription))
            }
        }
    }
}

/// cmark allocates in an arena of the thread (`CMarkdownArena`): documents larger than its blocks,
/// documents rendered while another is (a link rewriter that renders), and many threads at once
/// render as cmark does with its own allocator.
@Suite struct MarkdownArenaTests {
    /// A document with no heading and no link is what cmark's own function makes of it.
    func reference(_ markdown: String) -> String {
        let html = cmark_markdown_to_html(markdown, markdown.utf8.count, CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8)!
        defer { free(html) }
        return String(cString: html)
    }

    func render(_ markdown: String, rewrite: (String) -> LinkRewrite = { _ in .keep }) -> String {
        MarkdownRenderer.render(markdown, unsafeHTML: false, rewriteLink: rewrite).html
    }

    @Test func documentsLargerThanABlockRenderAsCmarkDoes() {
        // 40,000 paragraphs, lists and emphasis: megabytes of nodes and one growing output buffer.
        let large = (0..<10_000).map { "Paragraphe \($0), *important* et « cité ».\n\n- un\n- deux \($0)\n" }.joined(separator: "\n")
        #expect(large.utf8.count > 512 * 1024)
        #expect(render(large) == reference(large))
        #expect(render("court") == reference("court"))
    }

    @Test func aDocumentRenderedInsideAnotherLeavesItIntact() {
        let outer = (0..<2_000).map { "Texte \($0) [lien](inner-\($0)) suite.\n" }.joined(separator: "\n")
        let html = render(outer) { url in
            // Each rewrite renders a document of its own on the same thread, within the outer one.
            .replace(render("# \(url)\n\n*\(url)*").contains("<em>\(url)</em>") ? "/\(url)/" : "wrong")
        }
        #expect(html == reference(outer.replacingOccurrences(of: "](inner-", with: "](/inner-").replacingOccurrences(of: ") suite", with: "/) suite")))
    }

    @Test func threadsRenderTheirOwnDocuments() {
        let documents = (0..<64).map { index in (0..<(index * 40)).map { "Ligne \($0) du document \(index), **gras**.\n" }.joined(separator: "\n") }
        let expected = documents.map(reference)
        let rendered = ConcurrentMap.map(documents) { MarkdownRenderer.render($0, unsafeHTML: false) { _ in .keep }.html }
        #expect(rendered == expected)
    }
}
