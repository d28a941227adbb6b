import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import MegaphonePreview
@testable import MegaphoneSupport
@testable import MegaphoneSite

@Suite struct PreviewServerTests {
    /// Starts a preview of `site` on a free port and stops it after `body`.
    static func withPreview(_ site: TestSite, _ body: (_ base: String, _ server: PreviewServer) async throws -> Void) async throws {
        var options = PreviewServer.Options(source: site.root, port: 0)
        options.pollInterval = .milliseconds(50)
        let server = PreviewServer(options)
        let running = Task { try await server.run() }
        defer { running.cancel() }
        let port = try await server.port()
        try await body("http://127.0.0.1:\(port)", server)
        await server.stop()
    }

    static func get(_ url: String) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Waits until the server has finished a build after `build`, and returns its number.
    static func nextBuild(after build: Int, _ base: String) async throws -> Int {
        for _ in 0..<200 {
            let status = try await get(base + LiveReload.statusPath).body
            if let number = Int(status.split(separator: ",")[0].filter(\.isNumber)), number > build { return number }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("no rebuild within 10 s")
        return build
    }

    @Test func servesUnderTheBasePathRebuildsOnChangeAndShowsErrors() async throws {
        let site = try TestSite(["content/items/2026-11-20-atlas.md": TestSite.item()])
        defer { site.remove() }
        try await Self.withPreview(site) { base, _ in
            let first = try await Self.nextBuild(after: 0, base)

            // The root redirects to the base path; pages carry the live-reload script.
            let home = try await Self.get(base + "/")
            #expect(home.status == 200 && home.body.contains("Atlas est lancé"))
            let item = try await Self.get(base + "/advocacy/items/atlas/")
            #expect(item.status == 200 && item.body.contains("<h1>Atlas est lancé</h1>"))
            #expect(item.body.contains(LiveReload.tag(build: first)))
            // The script is a file of the portal's origin: the pages' policy allows no inline script.
            let script = try await Self.get(base + LiveReload.scriptPath)
            #expect(script.status == 200 && script.body.contains(LiveReload.statusPath))
            #expect(!item.body.contains("<script>"))
            // Links point at the preview, not the intranet.
            #expect(item.body.contains("href=\"/advocacy/items/\"") && !item.body.contains("intranet.example.com/advocacy/items"))
            #expect(try await Self.get(base + "/advocacy/items/nothing-here/").status == 404)

            // An edit is rebuilt without a restart.
            try site.write("content/items/2026-11-20-atlas.md", TestSite.item(title: "Atlas arrive en Allemagne"))
            let second = try await Self.nextBuild(after: first, base)
            #expect(try await Self.get(base + "/advocacy/items/atlas/").body.contains("<h1>Atlas arrive en Allemagne</h1>"))

            // A mistake shows in the browser, with file, line and message; fixing it brings the page back.
            try site.write("content/items/2026-11-20-atlas.md", TestSite.item("campain: lancement\n"))
            let third = try await Self.nextBuild(after: second, base)
            let broken = try await Self.get(base + "/advocacy/items/atlas/")
            #expect(broken.status == 500)
            #expect(broken.body.contains("content/items/2026-11-20-atlas.md:4:1: error: unknown key &#39;campain&#39;"))
            #expect(try await Self.get(base + LiveReload.statusPath).body.contains("\"ok\": false"))

            try site.write("content/items/2026-11-20-atlas.md", TestSite.item())
            _ = try await Self.nextBuild(after: third, base)
            #expect(try await Self.get(base + "/advocacy/items/atlas/").status == 200)
        }
    }

    @Test func aPortInUseIsSaidInWords() async throws {
        let site = try TestSite(["content/items/2026-11-20-atlas.md": TestSite.item()])
        defer { site.remove() }
        try await Self.withPreview(site) { _, first in
            let second = PreviewServer(PreviewServer.Options(source: site.root, port: try await first.port()))
            await #expect(throws: PreviewServer.PortInUse.self) { try await second.run() }
            second.removePreviewFiles()
        }
    }

    @Test func neverServesAFileOutsideTheSite() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-static-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("items/a"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("<p>a</p>".utf8).write(to: root.appendingPathComponent("items/a/index.html"))
        #expect(StaticFiles.resolve("items/a", in: root)?.lastPathComponent == "index.html")
        #expect(StaticFiles.resolve("items/../../etc/passwd", in: root) == nil)
        #expect(StaticFiles.resolve("../", in: root) == nil)
        #expect(StaticFiles.resolve("items/missing", in: root) == nil)
        #expect(StaticFiles.contentType(of: "feed.json") == "application/feed+json")
        #expect(StaticFiles.contentType(of: "assets/css/site.0123456789.css") == "text/css; charset=utf-8")
    }
}
