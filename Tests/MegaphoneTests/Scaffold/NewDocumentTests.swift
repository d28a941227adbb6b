import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneSupport
@testable import MegaphoneRender
@testable import MegaphoneWrite

@Suite struct NewDocumentTests {
    /// 2026-11-25T23:30Z is already the 26th in Paris: the file name follows the site's time zone.
    static let lateEvening = Date(timeIntervalSince1970: 1_795_649_400)

    @Test(arguments: [
        (NewDocument.Kind.item, "Acme ouvre « Lyon 2 » : l'équipe s'agrandit", "content/items/2026-11-26-acme-ouvre-lyon-2-l-equipe-s-agrandit.md"),
        (.guideline, "Pas de chiffres avant publication", "content/guidelines/pas-de-chiffres-avant-publication.md"),
        (.training, "Bluesky en 10 minutes", "content/training/bluesky-en-10-minutes.md"),
        (.page, "Contacts", "content/pages/contacts.md"),
    ])
    func createsAFileThatBuildsWithoutError(kind: NewDocument.Kind, title: String, expectedPath: String) throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let path = try NewDocument.create(kind, title: title, in: site.root, now: Self.lateEvening)
        #expect(path == expectedPath)
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("title: \"\(title)\""))

        let report = site.build { $0.includeDrafts = true; $0.now = "2026-11-27T12:00:00+01:00" }
        #expect(report.diagnostics.map(\.description) == [])
        let page = switch kind {
        case .item: "items/acme-ouvre-lyon-2-l-equipe-s-agrandit/index.html"
        case .guideline: "guidelines/pas-de-chiffres-avant-publication/index.html"
        case .training: "training/bluesky-en-10-minutes/index.html"
        case .page: "pages/contacts/index.html"
        }
        #expect(site.read(page)?.contains("<h1>\(HTMLEscaping.escape(title))</h1>") == true)
    }

    @Test func newItemsAreDraftsUntilTheEditorPublishesThem() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        _ = try NewDocument.create(.item, title: "Atlas", in: site.root, now: Self.lateEvening)
        #expect(site.build { $0.now = "2026-11-27T12:00:00+01:00" }.succeeded)
        #expect(!site.exists("items/atlas/index.html"))
    }

    @Test func refusesToOverwriteAnExistingFileOrAnEmptyTitle() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        _ = try NewDocument.create(.page, title: "FAQ", in: site.root, now: Self.lateEvening)
        #expect(throws: NewDocument.Failure.self) { try NewDocument.create(.page, title: "faq", in: site.root, now: Self.lateEvening) }
        #expect(throws: NewDocument.Failure.self) { try NewDocument.create(.page, title: "  ", in: site.root, now: Self.lateEvening) }
    }

    @Test func saysWhenItIsNotRunInASite() throws {
        let site = try TestSite([:], config: nil)
        defer { site.remove() }
        #expect(throws: NewDocument.Failure.self) { try NewDocument.create(.item, title: "Atlas", in: site.root, now: Self.lateEvening) }
    }
}
