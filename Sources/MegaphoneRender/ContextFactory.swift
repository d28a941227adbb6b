import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate

/// Turns models into template contexts. Holds what every page shares (site, navigation, strings).
struct ContextFactory: Sendable {
    /// The language's tree: the site as it lists it, and its taxonomies.
    var tree: LanguageTree
    var languages: Languages
    var translations: Translations
    var theme: Theme
    var markdown: MarkdownPass
    var dates: DateText
    /// Each item's share options, planned once for the validation, the pages and the feeds.
    var shares: ShareTable
    /// Figures read back from analytics; nil without `data/analytics/`.
    var results: Results?
    /// Listing cards of every item with a page, rendered once (in parallel) and reused by every
    /// listing.
    var cardTable = CardTable()
    /// The policy's meta content, the same on every page.
    var contentSecurityPolicy = ""
    /// UI strings by language, made once.
    var uiStrings: [String: UIStrings] = [:]
    /// The site's and the assets' part of every page's context, made once by `prepareLayout`.
    var layout: (site: SiteContext, assets: AssetContext)?
    /// What earlier builds rendered (listing cards), and this one adds to.
    var derived: DerivedCache

    /// Fills the cards of `items`.
    mutating func prepareCards(_ items: [ContentItem], now: Date) throws(Diagnostic) {
        cardTable = CardTable(prepared: try renderedCards(items, now: now))
    }

    /// The cards of `items`, rendered when a page first asks for them.
    mutating func deferCards(_ items: [ContentItem], now: Date) {
        let factory = self
        cardTable = CardTable { () throws(Diagnostic) in try factory.renderedCards(items, now: now) }
    }

    private func renderedCards(_ items: [ContentItem], now: Date) throws(Diagnostic) -> [String: ListedCard] {
        let keys = items.map(\.document.contentPath)
        let factory = self
        let t = strings(tree.language)
        // Each card is rendered once here, not once per listing it appears in (about ten each).
        // A card the previous build rendered from the same context, strings and templates is reused.
        let theme = theme
        let derived = derived
        let cardInputs = {
            var key = DerivedCache.KeyMaker("card")
            key.combine(theme.templatesFingerprint)
            key.combine(t)
            return key
        }()
        let rendered = ConcurrentMap.map(items) { item -> Result<ListedCard, Diagnostic> in
            var card = factory.card(item, now: now)
            var key = cardInputs
            key.combine(card)
            var failure: Diagnostic?
            let html = derived.text(key.key) {
                do throws(Diagnostic) {
                    return try theme.render(CardRenderContext(t: t, card: card), template: Theme.cardTemplate)
                } catch {
                    failure = error
                    return nil
                }
            }
            guard let html else { return .failure(failure!) }
            card.html = html
            return .success(ListedCard(card: card, digest: key.key))
        }
        return Dictionary(uniqueKeysWithValues: zip(keys, try rendered.map { result throws(Diagnostic) in try result.get() }))
    }

    /// The card as listings show it.
    func listingCard(_ item: ContentItem, now: Date) -> ListedCard {
        if let prepared = cardTable.rendered[item.document.contentPath] { return prepared }
        let card = card(item, now: now)
        var key = DerivedCache.KeyMaker("unprepared card")
        key.combine(card)
        return ListedCard(card: card, digest: key.key)
    }

    var site: Site { tree.site }
    var terms: Terms { tree.terms }

    /// The site's base: files, assets and every tree start from it.
    var base: BaseURL { site.config.baseURL }

    /// A page of this language's tree.
    func url(_ route: String) -> String { tree.base.relative(route) }

    /// A file of the site (an asset, an image), the same from every tree.
    func fileURL(_ path: String) -> String { base.relative(path) }

    /// The page of a document, in its own language's tree.
    func documentURL(_ route: String, language: String) -> String { base.relative(languages.route(route, in: language)) }

    /// A document's language when it is not this tree's: its links are marked with it.
    func otherLanguage(_ documentLanguage: String) -> String? { tree.owns(documentLanguage) ? nil : documentLanguage }

    /// That language's name, for the badge beside such a link.
    func otherLanguageName(_ documentLanguage: String) -> String? { otherLanguage(documentLanguage).map(LanguageName.native) }

    /// A link to a document, marked with its language when it is not the page's.
    func link(to route: String, label: String, language: String, current: Bool = false) -> LinkContext {
        LinkContext(label: label, url: documentURL(route, language: language), current: current,
                    lang: otherLanguage(language), langName: otherLanguageName(language))
    }

    func itemURL(_ item: ContentItem) -> String { documentURL(Route.item(item.slug), language: item.lang) }

    /// The item of a slug as this tree lists it (its own language's, else the one it shows).
    func itemURL(slug: String) -> String {
        let item = site.items.first { $0.slug == slug && $0.lang == tree.language } ?? site.items.first { $0.slug == slug }
        return item.map(itemURL) ?? url(Route.item(slug))
    }

    func strings(_ lang: String) -> UIStrings {
        uiStrings[lang] ?? UIStrings(theme.strings(for: lang, fallback: languages.root))
    }

    /// Makes the UI strings of every language the site may use, once.
    mutating func prepareStrings() {
        for lang in Set(languages.all + [site.config.language]) {
            uiStrings[lang] = UIStrings(theme.strings(for: lang, fallback: languages.root))
        }
    }

    /// Wraps `content` with what the layout needs.
    /// `alternates`: the page in the other languages, for `hreflang` and the language switcher.
    func page<Content>(_ content: Content, title: String, route: String, kind: PageKind, lang: String? = nil,
                       description: String? = nil, breadcrumbs: [LinkContext] = [],
                       alternates: PageAlternates = .everyTree) -> PageContext<Content> {
        let lang = lang ?? tree.language
        let t = strings(lang)
        let section = route.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        let nav = [(Route.home, t["nav_home"] ?? "Home"), (Route.items, t["nav_items"] ?? "Items"),
                   (Route.calendar, t["nav_calendar"] ?? "Calendar"),
                   (Route.guidelines, t["nav_guidelines"] ?? "Guidelines"), (Route.training, t["nav_training"] ?? "Training")]
            + (results == nil ? [] : [(Route.results, t["nav_results"] ?? "Results")])
        let links = nav.map { target, label in
                LinkContext(label: label, url: url(target),
                            current: target.isEmpty ? route.isEmpty : section + "/" == target)
            }
        let menu = site.pages.filter(\.menu).map {
            link(to: Route.page($0.slug), label: $0.title, language: $0.lang, current: route == Route.page($0.slug) && tree.owns($0.lang))
        }
        let versions = languageVersions(of: route, alternates)
        let config = site.config
        return PageContext(
            site: layout?.site ?? siteContext(),
            page: PageMeta(title: title, description: description ?? config.description, url: url(route),
                           canonical: tree.base.absolute(route), lang: lang, kind: kind.rawValue,
                           alternates: versions.alternates, defaultAlternate: versions.xDefault,
                           breadcrumbs: breadcrumbs.isEmpty ? [] : [LinkContext(label: t["nav_home"] ?? "Home", url: url(Route.home))] + breadcrumbs),
            nav: links, menu: menu, languages: versions.switcher, t: t,
            assets: layout?.assets ?? assetContext(),
            content: content)
    }

    /// What every page of the tree has alike, made once (`prepareLayout`) rather than per page.
    mutating func prepareLayout() {
        layout = (siteContext(), assetContext())
    }

    private func siteContext() -> SiteContext {
        let config = site.config
        return SiteContext(title: config.title, description: config.description, company: config.company,
                           logo: config.logo, accentColor: config.accentColor,
                           contentSecurityPolicy: contentSecurityPolicy, home: url(Route.home),
                           items: url(Route.items), archive: url(Route.archive), calendar: url(Route.calendar),
                           search: url(Route.search), suggest: config.suggestions.map { _ in url(Route.suggest) },
                           guidelinesSummary: url(Route.guidelinesSummary), feedJSON: url(Route.jsonFeed), feedAtom: url(Route.atomFeed),
                           calendarICS: url(Route.iCalendar), language: tree.language)
    }

    private func assetContext() -> AssetContext {
        AssetContext(css: assetURL("css/site.css") ?? "", printCSS: assetURL("css/print.css"),
                     brandCSS: assetURL(BrandStylesheet.logicalPath),
                     languagesCSS: languages.isMultilingual ? assetURL(Theme.languagesStylesheet) : nil,
                     js: assetURL("js/site.js"), searchJS: assetURL("js/search.js"),
                     suggestJS: assetURL("js/suggest.js"), logo: site.config.logo.map { fileURL($0) })
    }

    func assetURL(_ logicalPath: String) -> String? {
        theme.assets[logicalPath].map { fileURL($0.outputPath) }
    }

    // MARK: Items

    /// An item as this tree's pages show it: dates in the tree's language, marked when the item is in another.
    func card(_ item: ContentItem, now: Date) -> ItemCardContext {
        // The terms' links carry their slugs (`Slug.make` of the name): not slugged again per card.
        let tags = item.tags.map { terms.tag($0) }, audiences = item.audiences.map { terms.audience($0) }
        return ItemCardContext(
            title: item.title, url: itemURL(item), date: dates.long(item.date.value, lang: tree.language),
            datetime: dates.machine(item.date.value), summary: item.summary ?? markdown.firstParagraph(MarkdownPass.DocumentKey.item(item)),
            pinned: item.priority == .high, expired: item.status(at: now) == .expired,
            campaign: item.campaign.map { terms.campaign($0) }, tags: tags,
            audiences: audiences, image: image(of: item), lang: item.lang,
            otherLang: otherLanguage(item.lang), otherLangName: otherLanguageName(item.lang),
            source: item.source.map { SourceContext(name: $0.name, url: $0.url) },
            filterTags: tags.map(\.slug).joined(separator: " "),
            filterAudiences: audiences.map(\.slug).joined(separator: " "),
            filterNetworks: item.share.map(\.network.value).joined(separator: " "),
            filterCampaign: item.campaign ?? "")
    }

    func image(of item: ContentItem) -> ImageContext? {
        guard let image = item.image else { return nil }
        let reference = image.reference.value
        if reference.contains(ascii: ":") { return ImageContext(url: reference, alt: image.alt) }
        let path = ContentPath.resolve(reference, from: item.document.contentDirectory) ?? reference
        return ImageContext(url: fileURL(path), alt: image.alt)
    }

    /// The results contexts in a language; nil without analytics data.
    func resultsContexts(lang: String) -> ResultsContextFactory? {
        results.map { ResultsContextFactory(factory: self, results: $0, t: strings(lang), lang: lang) }
    }

    /// The item's page without its share cards (`shareCards(of:)`) and its HTML: they are added
    /// only when the page is rendered, and its fingerprint takes the keys of their inputs instead.
    /// Its card is the one prepared for the listings, when there is one (the same item, tree and clock).
    func itemPage(_ item: ContentItem, now: Date) -> ItemPageContext {
        var card = cardTable.rendered[item.document.contentPath]?.card ?? card(item, now: now)
        card.html = ""
        return ItemPageContext(
            card: card, html: "",
            why: item.why, contacts: item.contacts, externalURL: item.url?.value,
            expires: item.expires.map { dates.long($0.value, lang: item.lang) },
            expiresDatetime: item.expires.map { dates.machine($0.value) }, shares: [],
            personalParameter: site.config.utm.personal, mastodonInstance: site.config.mastodonInstance,
            results: resultsContexts(lang: item.lang)?.item(item))
    }

    /// The item page's share cards: what the share options planned, in the UI strings of the item's
    /// language (which the page's fingerprint has, as the page's `t`) and with its title.
    func shareCards(of item: ContentItem) -> [ShareCardContext] {
        let t = strings(item.lang)
        return self.shares.options(for: item).map { option in
            ShareCardContext(
                network: option.network.id, label: option.network.label, message: option.message, post: option.post,
                link: option.link, shareURL: option.shareURL, length: option.length, limit: option.network.limit,
                overLimit: option.isOverLimit, copyOnly: !option.network.takesText, isMastodon: option.network.id == "mastodon",
                template: option.network.template, takesText: option.network.takesText, takesLink: option.network.takesLink,
                counting: option.network.counting.rawValue, crlf: option.network.crlfLineBreaks, title: item.title, t: t)
        }
    }

    // MARK: Guidelines and training

    func guideline(_ guideline: Guideline) -> GuidelineContext {
        GuidelineContext(
            title: guideline.title, url: documentURL(Route.guideline(guideline.slug), language: guideline.lang),
            otherLang: otherLanguage(guideline.lang), otherLangName: otherLanguageName(guideline.lang),
            summary: guideline.summary,
            dos: guideline.dos, donts: guideline.donts,
            updated: guideline.updated.map { dates.long($0, lang: guideline.lang) },
            updatedDatetime: guideline.updated.map(dates.machine), html: markdown.html(MarkdownPass.DocumentKey.guideline(guideline)))
    }

    func module(_ module: TrainingModule, currentLesson: String? = nil) -> ModuleContext {
        let t = strings(module.lang)
        let lessons = module.lessons.enumerated().map { index, lesson in
            LessonLinkContext(number: index + 1, title: lesson.title, url: documentURL(Route.lesson(module.slug, lesson.slug), language: module.lang),
                              duration: lesson.duration.map { minutes($0, t) }, current: lesson.slug == currentLesson)
        }
        let prerequisites = module.prerequisites.compactMap { prerequisite in
            site.training.first { $0.slug == prerequisite.value }.map {
                LinkContext(label: $0.title, url: documentURL(Route.module($0.slug), language: $0.lang))
            }
        }
        let quiz = module.quiz.enumerated().map { number, question in
            QuizQuestionContext(
                number: number + 1, name: "\(module.slug)-q\(number + 1)", question: question.question,
                choices: question.choices.enumerated().map { index, choice in
                    QuizChoiceContext(index: index, text: choice, correct: index == question.answer,
                                      id: "\(module.slug)-q\(number + 1)-c\(index)")
                },
                answer: question.choices[question.answer], answerIndex: question.answer, explanation: question.explanation)
        }
        return ModuleContext(
            title: module.title, url: documentURL(Route.module(module.slug), language: module.lang),
            otherLang: otherLanguage(module.lang), otherLangName: otherLanguageName(module.lang),
            level: module.level.map { t["level_\($0.rawValue)"] ?? $0.rawValue },
            duration: module.duration.map { minutes($0, t) }, network: module.network.flatMap { Network.named($0)?.label },
            objectives: module.objectives, prerequisites: prerequisites, lessons: lessons, lessonCount: lessons.count,
            html: markdown.html(MarkdownPass.DocumentKey.module(module)), quiz: quiz, firstLesson: lessons.first?.url)
    }

    func minutes(_ value: Int, _ t: UIStrings) -> String {
        (t["minutes"] ?? "{n} min").replacingEvery("{n}", with: String(value))
    }
}
