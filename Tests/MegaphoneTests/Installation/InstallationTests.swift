import Foundation
import Testing
@testable import Megaphone

/// Where an installed megaphone finds its themes: `Installation`'s order, on trees of empty files.
@Suite struct InstallationTests {
    /// A temporary folder holding `paths` (a path ending in `/` is a folder, any other an empty file).
    static func tree(_ paths: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-installation-\(UUID().uuidString)")
        for path in paths {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: path.hasSuffix("/") ? url : url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            if !path.hasSuffix("/") { try Data().write(to: url) }
        }
        return root.resolvingSymlinksInPath()
    }

    static func folders(_ root: URL, binary: String) -> [String] {
        Installation.themeFolders(executable: root.appendingPathComponent(binary)).map {
            String($0.resolvingSymlinksInPath().path.dropFirst(root.path.count + 1))
        }
    }

    @Test func anInstallationsThemesComeBeforeTheCheckoutsAndOnlyFoldersThatExistCount() throws {
        let root = try Self.tree(["checkout/Package.swift", "checkout/themes/default/",
                                  "checkout/.build/install/x86_64-unknown-linux-gnu/release/megaphone",
                                  "checkout/prefix/bin/megaphone", "checkout/prefix/share/megaphone/themes/default/",
                                  "elsewhere/bin/megaphone", "elsewhere/themes/default/"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.folders(root, binary: "checkout/prefix/bin/megaphone") == ["checkout/prefix/share/megaphone/themes", "checkout/themes"])
        #expect(Self.folders(root, binary: "checkout/.build/install/x86_64-unknown-linux-gnu/release/megaphone") == ["checkout/themes"])
        // Neither an installation nor a checkout (no Package.swift): a themes/ above is not taken.
        #expect(Self.folders(root, binary: "elsewhere/bin/megaphone") == [])
        // A link to the binary (/usr/bin/megaphone → /opt/megaphone/bin/megaphone) finds the themes of its target.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("links"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("links/megaphone"),
                                                   withDestinationURL: root.appendingPathComponent("checkout/prefix/bin/megaphone"))
        #expect(Self.folders(root, binary: "links/megaphone") == ["checkout/prefix/share/megaphone/themes", "checkout/themes"])
    }

    /// A site without themes/ takes the theme from the first folder that has it; the build record
    /// stamps that folder, so editing the installed theme is a change like any other.
    @Test func aSiteWithoutThemesUsesTheInstalledThemeAndSeesItChange() throws {
        let site = try TestSite(["content/pages/faq.md": "---\ntitle: FAQ\n---\nRéponses.\n"])
        let installed = try Self.tree(["without/", "share/"])
        defer { site.remove(); try? FileManager.default.removeItem(at: installed) }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("themes"))
        let share = installed.appendingPathComponent("share/themes")
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("themes"), to: share)
        let folders = [installed.appendingPathComponent("without"), share]

        let first = site.build { $0.themeFolders = folders }
        #expect(first.diagnostics.map(\.description) == [] && first.wroteOutput)
        Thread.sleep(forTimeInterval: Double(BuildRecord.racyMargin) / 1e9 + 0.02)
        #expect(site.build { $0.themeFolders = folders }.succeeded)
        #expect(site.build { $0.themeFolders = folders }.upToDate)

        let home = share.appendingPathComponent("default/layouts/home.mustache")
        let text = try String(contentsOf: home, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "{{$main}}", with: "{{$main}}<!-- edited in the installation -->").utf8).write(to: home)
        let edited = site.build { $0.themeFolders = folders }
        #expect(!edited.upToDate && edited.succeeded)
        #expect(site.read("index.html")?.contains("<!-- edited in the installation -->") == true)
    }

    @Test func aThemeFoundNowhereNamesEveryPlaceLookedIn() throws {
        let site = try TestSite(["content/pages/faq.md": "---\ntitle: FAQ\n---\nRéponses.\n"])
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("themes"))
        var options = site.options()
        options.themeFolders = [site.root.appendingPathComponent("content")]
        #expect(Builder.check(options).diagnostics.errors.map(\.description) == [
            "site.yml:1:1: error: theme 'default' not found: expected a folder themes/default/ (nor in \(site.root.path)/content)",
        ])
    }
}

/// `megaphone --version`, asked of the binary built beside these tests (`swift build
/// --build-tests`, as scripts/test runs it, builds both): ArgumentParser prints the configured
/// version and exits 0, or the flag is an unknown option of the default subcommand.
@Suite struct VersionTests {
    static var builtBinary: URL? {
        var folder = Installation.executable?.deletingLastPathComponent()
        for _ in 0..<4 {
            guard let current = folder else { return nil }
            let binary = current.appendingPathComponent("megaphone")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
            folder = current.deletingLastPathComponent()
        }
        return nil
    }

    @Test func theBinaryNamesItsVersionNumberAndTheCommitItWasBuiltFrom() throws {
        let binary = try #require(Self.builtBinary, "no megaphone beside the test runner: swift build --build-tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let match = try #require(output.wholeMatch(of: /megaphone (\d+\.\d+\.\d+) \(commit ([0-9a-f]{12}(?:-modified)?|unknown)(?:, \d{4}-\d{2}-\d{2})?\)\n/),
                                 "\(output)")
        #expect(match.1 == MegaphoneVersion.number)
        #expect(match.2 == MegaphoneVersion.commit)
    }
}
