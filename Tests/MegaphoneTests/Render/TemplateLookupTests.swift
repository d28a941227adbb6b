import Foundation
import Mustache
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneSharing
@testable import MegaphoneRender

/// A context declared in the ways a hand-kept or regex-generated list missed: a `let`, a public
/// struct, a nested type, with computed and static properties that are not data.
@TemplateData
public struct FixtureContext {
    let title: String
    public var added: String
    var nested: Nested
    var shouted: String { title.uppercased() }
    static let notData = "static"

    @TemplateData
    public struct Nested {
        var note: String?
    }
}

/// The same context before `added` was added to it.
@TemplateData
struct FixtureContextBefore {
    let title: String
    var nested: FixtureContext.Nested
}

/// `@TemplateData` derives, from the declaration alone, what templates can read and what the page
/// fingerprint covers: a field added to a context is rendered and changes the fingerprint with
/// nothing else to touch.
@Suite struct TemplateLookupTests {
    private func fingerprint(_ value: some Fingerprinted) -> UInt64 {
        var hasher = StableHasher()
        value.fingerprint(into: &hasher)
        return hasher.value
    }

    private func render(_ template: String, _ context: Any) throws -> String {
        try MustacheTemplate(string: template).render(context)
    }

    @Test func anAddedFieldIsRenderedAndFingerprinted() throws {
        let context = FixtureContext(title: "Atlas", added: "nouveau", nested: .init(note: "note"))
        #expect(try render("{{title}}|{{added}}|{{#nested}}{{note}}{{/nested}}", context) == "Atlas|nouveau|note")
        #expect(try render("{{title}}|{{added}}", FixtureContextBefore(title: "Atlas", nested: .init(note: nil))) == "Atlas|",
                "the context without the field renders it empty")

        let base = fingerprint(context)
        var changed = context
        changed.added = "modifié"
        #expect(fingerprint(changed) != base, "a change of the added field must change the page's fingerprint")
        changed = context
        changed.nested.note = nil
        #expect(fingerprint(changed) != base, "a nested context's fields are fingerprinted")
        #expect(fingerprint(FixtureContext(title: "Atlas 2", added: "nouveau", nested: .init(note: "note"))) != base,
                "a `let` field is fingerprinted")
        #expect(fingerprint(FixtureContext(title: "Atlas", added: "nouveau", nested: .init(note: "note"))) == base)
    }

    @Test func onlyStoredPropertiesAreData() {
        let context = FixtureContext(title: "Atlas", added: "", nested: .init(note: nil))
        #expect(context.child(named: "shouted") == nil, "a computed property is not template data")
        #expect(context.child(named: "notData") == nil)
        #expect((context.child(named: "nested") as? FixtureContext.Nested)?.note == nil)
    }

    @Test func lookupAnswersFieldsAndFallsThroughOnUnknownNames() {
        let link = LinkContext(label: "Accueil", url: "/advocacy/", current: true)
        #expect(link.child(named: "label") as? String == "Accueil")
        #expect(link.child(named: "current") as? Bool == true)
        #expect(link.child(named: "name") == nil)
        let term = TermContext(name: "rh", url: nil, count: 0)
        #expect(term.child(named: "url") == nil, "a nil optional must read as missing, so sections skip it")
        #expect(term.child(named: "name") as? String == "rh")
    }
}
