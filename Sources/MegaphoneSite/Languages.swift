import MegaphoneModel

/// The languages of the site, each a tree of pages: the first at the root, each other one under
/// `/LANG/` (`en/items/atlas/`). A site without `languages:` has one tree, its language's.
package struct Languages: Sendable, Equatable {
    /// The root language first, then the others in site.yml's order.
    package var all: [String]

    package init(_ config: SiteConfig) {
        all = config.languages.isEmpty ? [config.language] : config.languages
    }

    package var root: String { all[0] }
    package var isMultilingual: Bool { all.count > 1 }

    /// Where a language's tree starts: `""` for the root language, `en/` for the others.
    package func prefix(_ language: String) -> String { language == root ? "" : language + "/" }

    /// A route of the tree of `language`.
    package func route(_ route: String, in language: String) -> String { prefix(language) + route }

    /// The language's place in site.yml's list: translations are listed in that order.
    package func rank(_ language: String) -> Int { all.firstIndex(of: language) ?? all.count }
}
