import Foundation
import Testing
@testable import Megaphone

/// Templates read contexts through the generated `TemplateLookup.swift`, and rebuilds compare
/// their generated fingerprints; a field added to a context but not to both would render as empty
/// or let a changed page be reused. Regenerate with scripts/generate-template-lookup.
@Suite struct TemplateLookupTests {
    @Test func everyContextFieldIsReachableFromTemplates() throws {
        let folder = TestSite.repositoryRoot.appendingPathComponent("Sources/Megaphone/Render/Context")
        let lookup = try String(contentsOf: folder.appendingPathComponent("TemplateLookup.swift"), encoding: .utf8)
        let fingerprint = try String(contentsOf: folder.appendingPathComponent("TemplateFingerprint.swift"), encoding: .utf8)
        var missing: [String] = []
        let generated = ["TemplateLookup.swift", "TemplateFingerprint.swift", "UIStrings.swift"]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !generated.contains(file) {
            var current: String?
            for line in try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n") {
                if line.hasPrefix("struct ") {
                    current = String(line.dropFirst(7).prefix { $0.isLetter || $0.isNumber })
                    #expect(lookup.contains("extension \(current!): MustacheParent"), "\(current!) has no lookup")
                    #expect(fingerprint.contains("extension \(current!): Fingerprinted"), "\(current!) has no fingerprint")
                } else if line.hasPrefix("}") {
                    current = nil
                } else if let current, line.hasPrefix("    var "), let name = line.dropFirst(8).split(separator: ":").first {
                    if !lookup.contains("case \"\(name)\": self.\(name)") { missing.append("\(current).\(name)") }
                    // A field left out of the fingerprint would let a changed page be reused unchanged.
                    if !fingerprint.contains("        \(name).fingerprint(into: &hasher)") { missing.append("\(current).\(name) (fingerprint)") }
                }
            }
        }
        #expect(missing == [], "run scripts/generate-template-lookup")
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
