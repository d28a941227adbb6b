import Foundation
@testable import Megaphone
@testable import MegaphoneSupport
@testable import MegaphoneModel

/// A little site written into a temporary folder from inline files, with the repository's
/// default theme, so a test states its input and asserts on the build's output.
struct TestSite {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let defaultConfig = """
        title: Test portal
        base_url: https://intranet.example.com/advocacy/
        language: fr
        languages: [fr, en]
        timezone: Europe/Paris

        """

    /// A valid item whose front matter has one line per key, for tests that break one of them.
    static func item(_ extra: String = "", title: String = "Atlas est lancé", date: String = "2026-11-20") -> String {
        """
        ---
        title: \(title)
        date: \(date)
        \(extra)---
        Le premier paragraphe.

        """
    }

    let root: URL

    /// `files` maps paths relative to the site (`content/items/a.md`) to their text;
    /// `site.yml` defaults to `defaultConfig`.
    init(_ files: [String: String], config: String? = defaultConfig) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("megaphone-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if let config { try write("site.yml", config) }
        for (path, text) in files { try write(path, text) }
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("themes"),
            withDestinationURL: Self.repositoryRoot.appendingPathComponent("themes"))
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    var output: URL { root.appendingPathComponent("public") }

    func options(now: String = "2026-11-25T12:00:00+01:00") -> BuildOptions {
        var options = BuildOptions(source: root.path, output: output.path)
        options.sourceDisplay = ""  // paths in messages relative to the site, as when run inside it
        options.now = now
        return options
    }

    func check(now: String = "2026-11-25T12:00:00+01:00") -> BuildReport { Builder.check(options(now: now)) }

    func build(_ configure: (inout BuildOptions) -> Void = { _ in }) -> BuildReport {
        var options = options()
        configure(&options)
        return Builder.build(options)
    }

    func errors(now: String = "2026-11-25T12:00:00+01:00") -> [String] {
        check(now: now).diagnostics.errors.map(\.description)
    }

    func read(_ outputPath: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(outputPath), encoding: .utf8)
    }

    func exists(_ outputPath: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(outputPath).path)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
