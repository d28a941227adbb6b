import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneParse

/// The JSON Schemas editors use and the parser must agree: Python's jsonschema (an independent
/// validator) accepts every file of the example portal, and rejects the bad inputs of the
/// validation rules at the same key the parser names.
@Suite(.serialized) struct SchemaAgreementTests {
    struct Verdict: Decodable {
        struct Failure: Decodable { var keys: [String]; var message: String }
        var file: String
        var errors: [Failure]
    }

    @Test func theExamplePortalFollowsItsSchemas() throws {
        let root = TestSite.repositoryRoot
        let files = try exampleFiles(in: root)
        #expect(files.count > 20)
        let verdicts = try validate(files.map { (root.appendingPathComponent($0), $0) })
        #expect(verdicts.count == files.count)
        for verdict in verdicts {
            #expect(verdict.errors.isEmpty, "\(verdict.file): \(verdict.errors.map(\.message))")
        }
    }

    @Test(arguments: ruleCases.filter { $0.schemaKey != nil })
    func theSchemaRejectsWhatTheParserRejects(_ rule: RuleCase) throws {
        let site = try TestSite(rule.files, config: rule.config)
        defer { site.remove() }
        #expect(site.errors() == rule.expected)
        let paths = (rule.config == nil ? [] : ["site.yml"]) + rule.files.keys.filter { SchemaDocument(sitePath: $0) != nil }
        let verdicts = try validate(paths.map { (site.root.appendingPathComponent($0), $0) })
        let keys = verdicts.flatMap { $0.errors.flatMap(\.keys) }
        #expect(keys.contains(rule.schemaKey!), "jsonschema said: \(verdicts.flatMap { $0.errors.map(\.message) })")
    }

    @Test func everyKeyTheParserReadsIsInItsSchema() throws {
        let item = try schema(.item)
        let properties = try #require(item["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(ItemKey.names))
        #expect(item["required"] as? [String] == ["title", "date"])
        let share = try #require(properties["share"] as? [String: Any])
        #expect((share["properties"] as? [String: Any]).map { Set($0.keys) } == Set(["linkedin", "x", "facebook", "xing", "bluesky", "mastodon", "threads", "whatsapp", "email", "telegram", "reddit"]))
        let priority = try #require(properties["priority"] as? [String: Any])
        #expect(priority["enum"] as? [String] == ["normal", "high"])
        let site = try schema(.site)
        #expect(site["required"] as? [String] == ["title", "base_url"])
    }

    /// Where the parser checks text against a pattern, it uses the schema's own expression: values
    /// that a hand-written check let through (a doubled @, full-width digits) are refused by both.
    @Test func patternKeysAreCheckedWithTheSchemasExpression() {
        #expect(SuggestionsKey.email.shape.accepts("communication@acme.example"))
        #expect(!SuggestionsKey.email.shape.accepts("comms@@acme.example"))
        #expect(!SuggestionsKey.email.shape.accepts("comms at acme"))
        #expect(SiteKey.accentColor.shape.accepts("#0a5cad") && SiteKey.accentColor.shape.accepts("#fff"))
        #expect(!SiteKey.accentColor.shape.accepts("#\u{FF21}\u{FF21}\u{FF21}") && !SiteKey.accentColor.shape.accepts("0a5cad"))
    }

    // MARK: Helpers

    private func schema(_ document: SchemaDocument) throws -> [String: Any] {
        let data = Data(JSONSchemaWriter.schema(of: document).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// site.yml and every Markdown file of content/, relative to the site.
    private func exampleFiles(in root: URL) throws -> [String] {
        let content = root.appendingPathComponent("content")
        let enumerator = try #require(FileManager.default.enumerator(atPath: content.path))
        let markdown = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.map { "content/" + $0 }
        return ["site.yml"] + markdown.sorted()
    }

    /// Runs Tests/external/schema_validate.py (jsonschema, in the venv scripts/setup-browser makes)
    /// on `files`, each with the schema `megaphone schema` writes for its path.
    private func validate(_ files: [(url: URL, sitePath: String)]) throws -> [Verdict] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-schemas-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try EditorFiles.writeSchemas(to: folder)
        let requests = try files.map { file in
            let document = try #require(SchemaDocument(sitePath: file.sitePath), "no schema for \(file.sitePath)")
            return ["file": file.url.path, "schema": folder.appendingPathComponent(document.fileName).path]
        }
        let root = TestSite.repositoryRoot
        let python = root.appendingPathComponent(".build/browser-venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "run scripts/setup-browser: it installs jsonschema")
        let process = Process()
        process.executableURL = python
        process.arguments = [root.appendingPathComponent("Tests/external/schema_validate.py").path]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: requests))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "schema_validate.py failed: \(problems)")
        return try JSONDecoder().decode([Verdict].self, from: data)
    }
}
