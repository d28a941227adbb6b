import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneSupport
@testable import MegaphoneLoad
@testable import MegaphoneWrite

@Suite struct NewSiteTests {
    static let themes = TestSite.repositoryRoot.appendingPathComponent("themes")

    @Test func aNewSiteBuildsWithoutAnyWarningAndHasEveryKindOfContent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try NewSite.create(in: folder, themes: Self.themes, now: Date(timeIntervalSince1970: 1_795_600_000))
        #expect(created.contains("site.yml") && created.contains("themes/default/"))

        var options = BuildOptions(source: folder.path)
        options.now = "2026-12-01T12:00:00+01:00"
        let report = Builder.build(options)
        #expect(report.diagnostics.map(\.description) == [])
        for page in ["index.html", "items/welcome/index.html", "guidelines/disclosure/index.html",
                     "training/social-media-101/index.html", "pages/about/index.html", "feed.json"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/" + page).path), "\(page)")
        }
        // The theme is a copy, not a link: the site's repository keeps it.
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("themes/default").path)
        #expect(attributes[.type] as? FileAttributeType == .typeDirectory)
    }

    /// The editor settings `init` writes point at schema files it wrote, for site.yml and for the
    /// front matter of every kind of content file.
    @Test func aNewSiteMapsEditorsToItsSchemas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try NewSite.create(in: folder, themes: Self.themes, now: Date())
        func json(_ path: String) throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(path))) as? [String: Any])
        }
        let yamlSchemas = try #require(try json(".vscode/settings.json")["yaml.schemas"] as? [String: [String]])
        #expect(yamlSchemas == ["./.megaphone/schemas/site.schema.json": ["site.yml"]])
        let plugins = try #require(try json(".remarkrc.json")["plugins"] as? [Any])
        let rule = try #require(plugins.last as? [Any])
        #expect(rule.first as? String == "remark-lint-frontmatter-schema")
        let mapped = try #require((rule.last as? [String: Any])?["schemas"] as? [String: [String]])
        #expect(mapped.count == 5)
        for (schema, globs) in mapped.merging(yamlSchemas, uniquingKeysWith: { a, _ in a }) {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(schema).path), "\(schema)")
            #expect(!globs.isEmpty)
        }
        #expect(mapped["./.megaphone/schemas/item.schema.json"] == ["./content/items/**/*.md"])
    }

    @Test func refusesAFolderThatHoldsFilesOrAMissingTheme() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(throws: NewSite.Failure.self) { try NewSite.create(in: folder, themes: Self.themes, now: Date()) }
        #expect(throws: NewSite.Failure.self) {
            try NewSite.create(in: folder.appendingPathComponent("new"), themes: folder, now: Date())
        }
    }

    @Test func findsTheThemesOfTheCheckoutThatBuiltTheBinary() {
        let binary = TestSite.repositoryRoot.appendingPathComponent(".build/release/megaphone")
        #expect(NewSite.installedThemes(executable: binary)?.standardizedFileURL == Self.themes.standardizedFileURL)
    }
}
