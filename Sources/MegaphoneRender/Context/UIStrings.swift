import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import Mustache

/// The theme's UI strings in one language (`{{t.read_more}}`), made once per build: every page
/// carries them, so their fingerprint is computed once, not for every page and share card.
struct UIStrings: MustacheParent, TemplateValue, Fingerprinted, Sendable {
    let strings: [String: String]
    private let digest: UInt64

    init(_ strings: [String: String]) {
        self.strings = strings
        var hasher = StableHasher()
        strings.fingerprint(into: &hasher)
        digest = hasher.value
    }

    subscript(key: String) -> String? { strings[key] }

    func child(named name: String) -> Any? { strings[name] }

    func templateLookup(_ first: String, then rest: ArraySlice<String>) -> TemplateLookup {
        templateField(strings[first], then: rest)
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.combine(digest) }
}
