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

    private struct Entry: Sendable {
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
    /// Items' entries are made on every core and the checks and groups made side by side: one
    /// after the other, at 100,000 items, this was 0.7 s of a check on one core.
    /// `checks`: false when the caller knows the checks find nothing (`PublishedSite`).
    package init(site: Site, selection: Selection, languages: Languages, checks: Bool = true) {
        self.languages = languages
        let configLanguages = site.config.languages
        @Sendable func entry(kind: Kind, document: SourceDocument, language: String, route: String?, group: String? = nil) -> Entry {
            // Only the checks read whether the key was written (working it out is most of an entry's making).
            let explicit = checks && document.translationKey != TranslationName(contentPath: document.contentPath,
                                                                                 languages: configLanguages).derivedKey
                ? document.translationKey : nil
            let group = group ?? kind.rawValue + ":" + document.translationKey
            return Entry(group: group, member: Member(language: language, route: route.map { languages.route($0, in: language) }),
                         kind: kind, explicitKey: explicit, location: document.fileLocation, contentPath: document.contentPath)
        }
        func items(_ items: [ContentItem], paged: Bool) -> [(String, Entry)] {
            ConcurrentMap.map(items.indices, slicesOf: 1_024) { slice in
                items[slice].map { item in
                    (MarkdownPass.DocumentKey.item(item),
                     entry(kind: .item, document: item.document, language: item.lang, route: paged ? Route.item(item.slug) : nil))
                }
            }
        }
        var made = items(selection.pagedItems, paged: true) + items(selection.upcoming, paged: false)
        for guideline in site.guidelines {
            made.append((MarkdownPass.DocumentKey.guideline(guideline),
                         entry(kind: .guideline, document: guideline.document, language: guideline.lang, route: Route.guideline(guideline.slug))))
        }
        for module in site.training {
            let moduleGroup = Kind.module.rawValue + ":" + module.document.translationKey
            made.append((MarkdownPass.DocumentKey.module(module),
                         entry(kind: .module, document: module.document, language: module.lang, route: Route.module(module.slug))))
            for lesson in module.lessons {
                // A lesson's translation is in the module's translation: the same file name
                // (`01-photo.en.md`), the same `translation_key:` or the same section number.
                let own = lesson.document.translationKey
                let name = own.split(separator: "/").last.map(String.init) ?? own
                made.append((MarkdownPass.DocumentKey.lesson(module, lesson),
                             entry(kind: .lesson, document: lesson.document, language: module.lang,
                                   route: Route.lesson(module.slug, lesson.slug), group: moduleGroup + "/" + name)))
            }
        }
        for page in site.pages {
            made.append((MarkdownPass.DocumentKey.page(page),
                         entry(kind: .page, document: page.document, language: page.lang, route: Route.page(page.slug))))
        }
        entries = Dictionary(made) { _, later in later }
        let all = Array(entries.values)
        let (found, grouped) = ConcurrentMap.both({ checks ? Self.check(all) : [] }, { Self.groups(all, languages: languages) })
        diagnostics = found
        (groups, groupOfContentFile) = grouped
    }

    /// Each group's members, in site.yml's order of languages, and each content file's group.
    private static func groups(_ all: [Entry], languages: Languages) -> ([String: [Member]], [String: String]) {
        var groups: [String: [Member]] = [:]
        var groupOfContentFile: [String: String] = [:]
        for index in all.indices.sorted(by: { all[$0].contentPath < all[$1].contentPath }) {
            let entry = all[index]
            groups[entry.group, default: []].append(entry.member)
            if entry.kind != .lesson || groupOfContentFile[entry.contentPath] == nil {
                groupOfContentFile[entry.contentPath] = entry.group
            }
        }
        for group in groups.keys { groups[group]!.sort { languages.rank($0.language) < languages.rank($1.language) } }
        return (groups, groupOfContentFile)
    }

    /// Two files in one language for one group, or one `translation_key:` for two kinds.
    private static func check(_ all: [Entry]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Entry] = [:]
        var kindOfKey: [String: Entry] = [:]
        let order = all.indices.sorted { left, right in
            let leftPath = all[left].location.path, rightPath = all[right].location.path
            return leftPath != rightPath ? leftPath < rightPath : all[left].group < all[right].group
        }
        for entry in order.lazy.map({ all[$0] }) {
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
        return diagnostics
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
