import Foundation
import MegaphoneModel
import MegaphoneSite

/// Where a page exists in the other languages.
enum PageAlternates: Sendable {
    /// At the same route in every tree: the home page, the listings, search, the calendar…
    case everyTree
    /// A document's translations (the key of `MarkdownPass.DocumentKey`).
    case document(String)
    /// Nowhere known (a term's page, page 2 of a listing): the switcher leads to each home page.
    case none
}

/// A page's `hreflang` alternates and its language switcher.
struct LanguageVersions {
    var alternates: [AlternateLinkContext] = []
    var xDefault: String?
    var switcher: [LanguageLinkContext] = []
}

extension ContextFactory {
    func languageVersions(of route: String, _ where: PageAlternates) -> LanguageVersions {
        guard languages.isMultilingual else { return LanguageVersions() }
        var routes: [String: String] = [:]
        switch `where` {
        case .everyTree:
            for language in languages.all { routes[language] = languages.route(route, in: language) }
        case .document(let key):
            for member in translations.alternates(of: key) { routes[member.language] = member.route }
        case .none:
            break
        }
        // The current language's entry is this very page.
        let own = languages.route(route, in: tree.language)
        let current = routes[tree.language] ?? own
        // Ordered as site.yml lists the languages: the root language's version is x-default.
        let alternates = routes.count > 1 ? languages.all.compactMap { language in
            routes[language].map { AlternateLinkContext(lang: language, url: base.absolute($0)) }
        } : []
        let switcher = languages.all.map { language in
            LanguageLinkContext(lang: language, label: LanguageName.native(language),
                                url: base.relative(language == tree.language ? current : routes[language] ?? languages.prefix(language)),
                                current: language == tree.language)
        }
        return LanguageVersions(alternates: alternates, xDefault: alternates.first?.url, switcher: switcher)
    }
}

/// A language's name as its speakers write it, from the system's locale data.
enum LanguageName {
    static func native(_ code: String) -> String {
        let locale = Locale(identifier: code)
        guard let name = locale.localizedString(forIdentifier: code), let first = name.first else { return code }
        return first.uppercased() + name.dropFirst()
    }
}
