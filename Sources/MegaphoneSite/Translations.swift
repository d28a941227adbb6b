import MegaphoneModel
import MegaphoneParse
import MegaphoneSupport

/// Which documents are translations of which: files of one kind with the same translation key
/// (`NAME.md` and `NAME.en.md`, or the same `translation_key:`). Pages use it for their
/// `hreflang` alternates and language switcher, Markdown links to lead to the translation in the
/// linking file's language, and each language's tree to list what exists only in another one.
package struct Translations: Sendable {
    package enum Kind: String, Sendable {
        case item, guideline, module, lesson, page

        var noun: String {
            switch self {
            case .item: "a content item"
            case .guideline: "a guideline"
            case .module: "a training module"
            case .lesson: "a lesson"
            case .page: "a page"
            }
        }
    }

    /// A published document of a group.
    package struct Member: Sendable {
        package var language: String
        /// Its page, as a full site path (`en/items/atlas/`); nil for a scheduled item.
        package var route: String?
    }

    private struct Entry {
        var group: String
        var member: Member
        var kind: Kind
        var explicitKey: String?
        var location: SourceLocation
        var contentPath: String
    }

    private var entries: [String: Entry] = [:]
    private var groups: [String: [Member]] = [:]
    private var groupOfContentFile: [String: String] = [:]
    private let languages: Languages
    package private(set) var diagnostics: [Diagnostic] = []

    /// Items are those the clock lets in (with a page or scheduled); every other document is published.
    package init(site: Site, selection: Selection, languages: Languages) {
        self.languages = languages
        let derived = { (document: SourceDocument) in
            TranslationName(contentPath: document.contentPath, languages: site.config.languages).derivedKey
        }
        func add(_ key: String, kind: Kind, document: SourceDocument, language: String, route: String?, group: String? = nil) {
            let explicit = document.translationKey == derived(document) ? nil : document.translationKey
            let group = group ?? kind.rawValue + ":" + document.translationKey
            entries[key] = Entry(group: group, member: Member(language: language, route: route.map { languages.route($0, in: language) }),
                                 kind: kind, explicitKey: explicit, location: document.fileLocation, contentPath: document.contentPath)
        }
        for item in selection.pagedItems {
            add(MarkdownPass.DocumentKey.item(item), kind: .item, document: item.document, language: item.lang, route: Route.item(item.slug))
        }
        for item in selection.upcoming {
            add(MarkdownPass.DocumentKey.item(item), kind: .item, document: item.document, language: item.lang, route: nil)
        }
        for guideline in site.guidelines {
            add(MarkdownPass.DocumentKey.guideline(guideline), kind: .guideline, document: guideline.document,
                language: guideline.lang, route: Route.guideline(guideline.slug))
        }
        for module in site.training {
            let moduleGroup = Kind.module.rawValue + ":" + module.document.translationKey
            add(MarkdownPass.DocumentKey.module(module), kind: .module, document: module.document, language: module.lang,
                route: Route.module(module.slug))
            for lesson in module.lessons {
                // A lesson's translation is in the module's translation: the same file name
                // (`01-photo.en.md`), the same `translation_key:` or the same section number.
                let own = lesson.document.translationKey
                let name = own.split(separator: "/").last.map(String.init) ?? own
                add(MarkdownPass.DocumentKey.lesson(module, lesson), kind: .lesson, document: lesson.document,
                    language: module.lang, route: Route.lesson(module.slug, lesson.slug), group: moduleGroup + "/" + name)
            }
        }
        for page in site.pages {
            add(MarkdownPass.DocumentKey.page(page), kind: .page, document: page.document, language: page.lang, route: Route.page(page.slug))
        }
        check()
        for (_, entry) in entries.sorted(by: { $0.value.contentPath < $1.value.contentPath }) {
            groups[entry.group, default: []].append(entry.member)
            if entry.kind != .lesson || groupOfContentFile[entry.contentPath] == nil {
                groupOfContentFile[entry.contentPath] = entry.group
            }
        }
        for group in groups.keys { groups[group]!.sort { languages.rank($0.language) < languages.rank($1.language) } }
    }

    /// Two files in one language for one group, or one `translation_key:` for two kinds.
    private mutating func check() {
        var seen: [String: Entry] = [:]
        var kindOfKey: [String: Entry] = [:]
        for entry in entries.values.sorted(by: { ($0.location.path, $0.group) < ($1.location.path, $1.group) }) {
            let slot = entry.group + "\u{0}" + entry.member.language
            // Section lessons share their module's file: the module reports it once.
            if let first = seen[slot], first.contentPath != entry.contentPath {
                diagnostics.append(.error(at: entry.location,
                    "this file and \(first.location.path) are both the '\(entry.member.language)' version of \(entry.kind.noun) (translation key '\(entry.group.drop { $0 != ":" }.dropFirst())'); give one of them another 'translation_key:' or language"))
            } else if seen[slot] == nil {
                seen[slot] = entry
            }
            guard let key = entry.explicitKey, entry.kind != .lesson else { continue }
            if let other = kindOfKey[key], other.kind != entry.kind {
                diagnostics.append(.error(at: entry.location,
                    "translation_key '\(key)' is also used by \(other.location.path), which is \(other.kind.noun); translations must be of the same kind, so choose another key"))
            } else if kindOfKey[key] == nil {
                kindOfKey[key] = entry
            }
        }
    }

    /// The pages of a document in every language it has one in, when it has more than its own.
    package func alternates(of documentKey: String) -> [Member] {
        guard let entry = entries[documentKey], let members = groups[entry.group] else { return [] }
        let paged = members.filter { $0.route != nil }
        return paged.count > 1 ? paged : []
    }

    /// The route of the translation in `language` of a content file, if it has one with a page.
    package func route(ofContentFile contentPath: String, in language: String) -> String? {
        groupOfContentFile[contentPath].flatMap { groups[$0] }?.first { $0.language == language && $0.route != nil }?.route
    }

    /// Whether a language's tree shows a document: its own language's do, and so does one that
    /// has no version there (the first in site.yml's order of its versions), marked with its language.
    package func isShown(_ documentKey: String, in language: String) -> Bool {
        guard let entry = entries[documentKey] else { return true }
        if entry.member.language == language { return true }
        // A scheduled version does not hide a published one, nor the reverse.
        let peers = (groups[entry.group] ?? []).filter { ($0.route == nil) == (entry.member.route == nil) }
        if peers.contains(where: { $0.language == language }) { return false }
        return peers.first?.language == entry.member.language
    }
}
