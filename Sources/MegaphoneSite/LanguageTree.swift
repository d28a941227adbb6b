import MegaphoneModel

/// What one language's tree of pages shows: the documents written in its language, and those
/// that exist only in other languages (listed, marked with their language, linking to their own
/// tree's page), with its own taxonomies. A site with one language has one tree: the whole site.
package struct LanguageTree: Sendable {
    package var language: String
    /// `""` for the root language, `en/` for the others.
    package var prefix: String
    /// The site as this tree lists it.
    package var site: Site
    package var selection: Selection
    package var terms: Terms
    /// `base_url` of this tree's pages (`…/advocacy/en/`); files and assets stay at the site's.
    package var base: BaseURL

    /// A tree reads the site, its selection, translations and languages, not its Markdown: it is
    /// made beside the Markdown pass (`PublishedSite`).
    package init(language: String, site published: Site, selection publishedSelection: Selection, translations: Translations,
                 languages: Languages) {
        self.language = language
        prefix = languages.prefix(language)
        var base = published.config.baseURL
        base.path += prefix
        self.base = base
        guard languages.isMultilingual else {
            site = published
            selection = publishedSelection
            terms = Terms(items: selection.current, base: base)
            return
        }
        // Asked once per item: the selection's lists hold the same items again. Most trees hide
        // none (the root language's, and any whose site has few translations): their lists are
        // then the site's, not copies made item by item.
        let hidden = Set(published.items.lazy.filter { !translations.isShown(MarkdownPass.DocumentKey.item($0), in: language) }
            .map(\.document.contentPath))
        func shown(_ item: ContentItem) -> Bool { hidden.isEmpty || !hidden.contains(item.document.contentPath) }
        var site = published
        if let texts = site.config.localized[language] {
            site.config.title = texts.title ?? site.config.title
            site.config.description = texts.description ?? site.config.description
        }
        if !hidden.isEmpty { site.items = site.items.filter(shown) }
        site.guidelines = site.guidelines.filter { translations.isShown(MarkdownPass.DocumentKey.guideline($0), in: language) }
        site.training = site.training.filter { translations.isShown(MarkdownPass.DocumentKey.module($0), in: language) }
        site.pages = site.pages.filter { translations.isShown(MarkdownPass.DocumentKey.page($0), in: language) }
        self.site = site
        var selection = publishedSelection
        if !hidden.isEmpty {
            selection.current = selection.current.filter(shown)
            selection.expired = selection.expired.filter(shown)
            selection.upcoming = selection.upcoming.filter(shown)
        }
        self.selection = selection
        terms = Terms(items: selection.current, base: base)
    }

    /// Whether a document in `language` has its page in this tree (else it links to its own).
    package func owns(_ documentLanguage: String) -> Bool { documentLanguage == language }

    /// The documents written in this tree's language only: what its feeds and catalogs hold.
    package var own: (site: Site, selection: Selection) {
        var site = site, selection = selection
        site.items.removeAll { !owns($0.lang) }
        site.guidelines.removeAll { !owns($0.lang) }
        site.training.removeAll { !owns($0.lang) }
        site.pages.removeAll { !owns($0.lang) }
        selection.current.removeAll { !owns($0.lang) }
        selection.expired.removeAll { !owns($0.lang) }
        selection.upcoming.removeAll { !owns($0.lang) }
        return (site, selection)
    }
}
