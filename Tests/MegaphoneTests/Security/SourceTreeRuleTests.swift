import Foundation
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneModel
@testable import MegaphoneLoad

/// The source folder's rules: links out of the site, oversized files and names that are not UTF-8
/// are errors at the file, and the build still lists every other problem.
@Suite struct SourceTreeRuleTests {
    static let outside = "this symbolic link leads to '%@', outside the site folder: a build publishes the site's own files only; "
        + "copy the file into the site instead"

    @Test func aLinkOutOfTheSiteIsAnErrorAndEveryOtherProblemIsStillListed() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-secret-\(UUID().uuidString).txt")
        try Data("mot de passe".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let site = try TestSite([itemPath: TestSite.item("prority: high\n")])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/items/notes.txt").path,
                                                   withDestinationPath: secret.path)
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.errors.map(\.description) == [
            "content/items/2026-11-20-atlas.md:4:1: error: unknown key 'prority' in a content item; did you mean 'priority'?",
            "content/items/notes.txt:1:1: error: " + Self.outside.replacingOccurrences(of: "%@", with: secret.path),
        ])
        #expect(!site.exists("items/notes.txt"))
    }

    @Test func aLinkInsideTheSiteIsFollowedAndPublished() throws {
        let site = try TestSite([itemPath: TestSite.item() + "![Logo](logo.svg)\n", "shared/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/items/logo.svg").path,
                                                   withDestinationPath: "../../shared/logo.svg")
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(site.read("items/logo.svg") == "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
    }

    @Test func aBrokenLinkAndALoopAreErrors() throws {
        let site = try TestSite([itemPath: TestSite.item()])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/items/old.png").path,
                                                   withDestinationPath: "gone.png")
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/items/again").path,
                                                   withDestinationPath: "..")
        #expect(site.build().diagnostics.errors.map(\.description) == [
            "content/items/again:1:1: error: this symbolic link leads back to a folder that contains it: remove it",
            "content/items/old.png:1:1: error: this symbolic link leads to 'gone.png', which does not exist: restore the file or remove the link",
        ])
    }

    @Test func filesOverTheirLimitAreErrorsWithTheirSize() throws {
        let site = try TestSite([itemPath: TestSite.item(), "content/items/2026-11-21-long.md": TestSite.item() + String(repeating: "x", count: 1_300_000)])
        defer { site.remove() }
        // Sparse: 60 MB on paper, nothing on disk.
        let video = site.root.appendingPathComponent("content/items/film.mp4")
        #expect(FileManager.default.createFile(atPath: video.path, contents: nil))
        let handle = try FileHandle(forWritingTo: video)
        try handle.truncate(atOffset: 60 * 1_048_576)
        try handle.close()
        #expect(site.errors() == [
            "content/items/2026-11-21-long.md:1:1: error: this file is 1.2 MB; a Markdown file may be at most 1 MB: "
                + "split it into several documents, or move its data to a file beside it",
            "content/items/film.mp4:1:1: error: this file is 60 MB; a file under content/ may be at most 50 MB: "
                + "compress it, or publish it on the company's document or video platform and link to it",
        ])
    }

    @Test func aNameThatIsNotUTF8IsAnError() throws {
        let site = try TestSite([itemPath: TestSite.item()])
        defer { site.remove() }
        // "été.md" in Latin-1, as an old archive tool writes it.
        let folder = site.root.appendingPathComponent("content/items").path
        let name: [UInt8] = Array(folder.utf8) + Array("/".utf8) + [0xE9, 0x74, 0xE9, 0x2E, 0x6D, 0x64, 0]
        let descriptor = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        #expect(site.errors() == [
            "content/items/\u{FFFD}t\u{FFFD}.md:1:1: error: this name is not valid UTF-8 (its bad bytes are shown as \u{FFFD}): "
                + "rename it, as the portal's URLs are made from file names",
        ])
    }
}
