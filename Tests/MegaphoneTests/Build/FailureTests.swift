import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneSupport
@testable import MegaphoneModel
@testable import MegaphoneRender
@testable import MegaphoneWrite


/// A failure to make a page or a feed is a diagnostic and a failed build, never an empty file
/// shipped with exit 0, and the previous site stays as it was.
@Suite struct FailureTests {
    @Test func aLayoutNamingAMissingPartialFailsAtItsLine() throws {
        let site = try TestSite([
            "content/pages/faq.md": "---\ntitle: FAQ\n---\nRéponses.\n",
            "layouts/page.mustache": "{{<base}}{{$main}}\n<h1>{{content.title}}</h1>\n  {{> item-crad}}{{/main}}{{/base}}",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(!report.succeeded && !report.wroteOutput)
        #expect(report.diagnostics.errors.map(\.description)
            == ["layouts/page.mustache:3:3: error: the template 'item-crad' does not exist in the theme or in layouts/"])
        #expect(!site.exists("pages/faq/index.html"))
    }

    /// A build cannot reach this (the theme's required templates are checked when it loads), but a
    /// page asking for a template the theme lacks must throw, never render as empty text.
    @Test func aTemplateTheThemeLacksIsAnErrorAtItsLayoutsFolder() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        var theme = try #require(Theme.load(root: site.root, name: "default", displayPrefix: "").0)
        #expect(try theme.render(PageContentContext(title: "x", html: ""), template: "page").contains("<html"))
        // Megaphone's renderer, then swift-mustache's (used when the templates cannot be compiled).
        theme.renderer = TemplateRenderer(templates: [:])
        for engine in ["Megaphone", "swift-mustache"] {
            #expect {
                try theme.render(PageContentContext(title: "x", html: ""), template: "page")
            } throws: { error in
                (error as? Diagnostic)?.description == "themes/default/layouts:1:1: error: the theme has no 'page.mustache' template"
            }
            if engine == "Megaphone" {
                theme.renderer = nil
                theme.library = .init()
            }
        }
    }

    @Test func everyFileThatCannotBeMadeIsReportedAndNothingIsSwappedIn() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-failure-\(UUID().uuidString)/site")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try OutputWriter.write([OutputFile(path: "index.html", contents: .data(Data("avant".utf8)))], to: output)
        struct Broken: Error {}
        let files = [
            OutputFile(path: "index.html", contents: .data(Data("après".utf8))),
            OutputFile(path: "feed.json", contents: .rendered { throw Broken() }),
            OutputFile(path: "items/a/index.html", contents: .page {
                PageRendering(fingerprint: 1) { throw Diagnostic.error(at: SourceLocation(path: "layouts/item.mustache"), "cannot render") }
            }),
        ]
        do {
            try OutputWriter.write(files, to: output)
            Issue.record("a write with files that cannot be made must fail")
        } catch {
            #expect(error.diagnostics.map(\.location.path).sorted() == ["feed.json", "layouts/item.mustache"])
        }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "avant")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("feed.json").path))
    }

    /// A page's template is only needed when the site has that page (`suggest` with
    /// `suggestions:`): a theme without it fails `check` and the build alike, before any page is
    /// rendered, and the build writes nothing.
    @Test func aPageTemplateTheThemeLacksFailsCheckAndBuildBeforeRendering() throws {
        let themes = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-themes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: themes) }
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        let lean = themes.appendingPathComponent("lean")
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("themes/default"), to: lean)
        try FileManager.default.removeItem(at: lean.appendingPathComponent("layouts/suggest.mustache"))
        let config = TestSite.defaultConfig + "theme: lean\nsuggestions:\n  email: comms@acme.example\n"
        let site = try TestSite(["content/items/atlas.md": TestSite.item()], config: config)
        defer { site.remove() }
        var options = site.options()
        options.themeFolders = [themes]
        let expected = ["\(lean.path)/layouts:1:1: error: the theme has no 'suggest.mustache' template"]
        #expect(Builder.check(options).diagnostics.errors.map(\.description) == expected)
        let report = Builder.build(options)
        #expect(report.diagnostics.errors.map(\.description) == expected)
        #expect(!report.wroteOutput && !site.exists("index.html"))
        // Without `suggestions:` the theme is complete for the site.
        try site.write("site.yml", TestSite.defaultConfig + "theme: lean\n")
        #expect(Builder.check(options).succeeded)
    }

    @Test func timingsNameEveryStageOnce() throws {
        let site = try TestSite(["content/pages/faq.md": "---\ntitle: FAQ\n---\nRéponses.\n"])
        defer { site.remove() }
        let report = site.build()
        #expect(report.stages.map(\.stage) == ["load", "parse", "validate", "render", "write", "cache"])
        #expect(report.stages.allSatisfy { $0.duration >= 0 })
        // Peak memory only grows, and a build holds at least its binary.
        #expect(report.stages.map(\.peakMemory) == report.stages.map(\.peakMemory).sorted())
        #expect(report.stages.allSatisfy { $0.peakMemory > 1_000_000 })
        #expect(site.check().stages.map(\.stage) == ["load", "parse", "validate", "render"])
    }
}

/// A checkout on a case-insensitive file system (macOS's default) merges paths that differ only by
/// case: the repository must have none.
@Suite struct PortabilityTests {
    @Test func noTwoTrackedPathsDifferOnlyByCase() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", TestSite.repositoryRoot.path, "ls-files"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let listing = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var paths = Set<String>()
        for file in listing.split(separator: "\n") {
            var prefix = ""
            for component in file.split(separator: "/") {
                prefix += (prefix.isEmpty ? "" : "/") + component
                paths.insert(prefix)
            }
        }
        #expect(paths.count > 100, "git ls-files listed the repository")
        let byFolded = Dictionary(grouping: paths) { $0.lowercased() }
        #expect(byFolded.values.filter { $0.count > 1 }.map { $0.sorted() } == [])
    }
}
