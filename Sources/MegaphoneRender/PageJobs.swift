import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import Mustache

/// The list of pages of the site, each as a job that renders its template.
///
/// A class: each lazy job's closure captures it, and captured as a struct the factory (its tree,
/// theme, translations …) was copied into every item page's closures, 30 MB at 10,000 items.
final class PageJobs: Sendable {
    let factory: ContextFactory
    let selection: Selection
    let now: Date

    init(factory: ContextFactory, selection: Selection, now: Date) {
        self.factory = factory
        self.selection = selection
        self.now = now
    }

    var site: Site { factory.site }
    var lang: String { factory.tree.language }
    var tree: LanguageTree { factory.tree }

    func all(extra: [MarkdownPage]) -> [SiteRenderer.Job] {
        var jobs = [home(), guidelineList(), trainingList(), notFound(), search()] + extra.map(extraPage) + calendar()
        // A tree lists documents of other languages, but their pages are in their own tree.
        jobs += selection.pagedItems.filter { tree.owns($0.lang) }.map(item)
        jobs += site.guidelines.filter { tree.owns($0.lang) }.map(guideline)
        for module in site.training where tree.owns(module.lang) {
            jobs.append(self.module(module))
            jobs += module.lessons.indices.map { lesson(module, $0) }
        }
        jobs += site.pages.filter { tree.owns($0.lang) }.map(page)
        jobs += itemLists() + archive()
        let terms = factory.terms
        jobs += termPages(terms.tags, index: Route.tags, route: Route.tag, heading: "tags", termHeading: "tag_heading")
        var campaignResults: (@Sendable (Terms.Term) -> SectionResultsContext?)?
        if let contexts = factory.resultsContexts(lang: lang) {
            campaignResults = { term in contexts.campaign(term.name, items: term.items) }
        }
        jobs += termPages(terms.campaigns, index: Route.campaigns, route: Route.campaign, heading: "campaigns", termHeading: "campaign_heading",
                          results: campaignResults)
        jobs += termPages(terms.audiences, index: Route.audiences, route: Route.audience, heading: "audiences", termHeading: "audience_heading")
        jobs += termPages(terms.networks, index: Route.networks, route: { slug in Route.network(Slug.make(slug)) },
                          heading: "networks", termHeading: "network_heading", slugNamed: true)
        jobs.append(guidelinesSummary())
        if let results = results() { jobs.append(results) }
        if let suggest = suggest() { jobs.append(suggest) }
        return jobs
    }

    func job<Content: Fingerprinted & TemplateValue>(_ route: String, template: String, _ context: PageContext<Content>) -> SiteRenderer.Job {
        // Contexts are plain values built on this thread; the template only reads them.
        let box = UncheckedBox(context)
        return lazyJob(route, template: template) { box.value }
    }

    /// A page whose context is built when the job runs: item pages and listings, the bulk of a
    /// site, are then prepared in parallel like they are rendered. The context is fingerprinted
    /// with the template set, so an unchanged page need not be rendered again.
    ///
    /// `deferred`, when given, completes the context only if the page is rendered: its part of the
    /// context is fingerprinted by `deferredKey`, a key of everything it is made from.
    func lazyJob<Content: Fingerprinted & TemplateValue>(_ route: String, template: String,
                                         deferredKey: (@Sendable () -> DerivedCache.Key)? = nil,
                                         deferred: (@Sendable (inout PageContext<Content>) -> Void)? = nil,
                                         _ context: @escaping @Sendable () -> PageContext<Content>) -> SiteRenderer.Job {
        return SiteRenderer.Job(path: tree.prefix + Route.file(for: route), template: template) { [self] in
            let built = UncheckedBox(context())
            var hasher = StableHasher()
            hasher.combine(factory.theme.templatesFingerprint)
            hasher.combine(template)
            built.value.fingerprint(into: &hasher)
            if let deferredKey = deferredKey?() {
                hasher.combine(deferredKey.high)
                hasher.combine(deferredKey.low)
            }
            return PageRendering(fingerprint: hasher.value) { [self] in
                try factory.cardTable.check()
                var complete = built.value
                deferred?(&complete)
                return try factory.theme.renderFile(complete, template: template)
            }
        }
    }

    func t(_ key: String, _ lang: String? = nil) -> String {
        factory.strings(lang ?? self.lang)[key] ?? key
    }

    /// Each item is read where it is, not copied: `map` copied every item of every listing page
    /// (retaining each of its fields), the most of a rebuild's listings after one edit.
    /// The prepared cards are looked up in a local copy of their table: reached through the
    /// factory at each lookup, the table's storage was retained and released each time, by both
    /// cores at once.
    func cards(_ items: some Collection<ContentItem>) -> [ListedCard] {
        let prepared = factory.cardTable.cards
        if let slice = items as? Slice<ItemSubset> {
            return slice.base.map(slice.startIndex..<slice.endIndex) { item in
                prepared[item.document.contentPath] ?? factory.listingCard(copy item, now: now)
            }
        }
        var cards: [ListedCard] = []
        cards.reserveCapacity(items.count)
        for index in items.indices {
            cards.append(prepared[items[index].document.contentPath] ?? factory.listingCard(items[index], now: now))
        }
        return cards
    }

    func home() -> SiteRenderer.Job {
        // Its context is made when the page is: it reads listing cards, which a rebuild keeping
        // its listings renders only if a page asks.
        lazyJob(Route.home, template: "home") { [self] in homePage() }
    }

    private func homePage() -> PageContext<HomeContext> {
        // Bounded (`home:`): a portal of years shows its newest pinned items, then the latest of
        // the rest; an expired item is not current, so it leaves the home page on its own.
        let config = site.config
        let pinned = Array(selection.current.lazy.filter { $0.priority == .high }.prefix(config.homePinned))
        let shown = Set(pinned.map(\.document.contentPath))
        let latest = selection.current.lazy.filter { !shown.contains($0.document.contentPath) }.prefix(config.homeLatest)
        let upcoming = site.config.showUpcoming ? selection.upcoming.prefix(8).map {
            UpcomingContext(title: $0.title, date: factory.dates.long($0.date.value, lang: lang), datetime: factory.dates.machine($0.date.value))
        } : []
        let content = HomeContext(
            pinned: cards(pinned), latest: cards(Array(latest)), upcoming: Array(upcoming),
            guidelines: site.guidelines.map { factory.link(to: Route.guideline($0.slug), label: $0.title, language: $0.lang) },
            training: site.training.map { factory.link(to: Route.module($0.slug), label: $0.title, language: $0.lang) },
            campaigns: factory.terms.campaigns.map { factory.terms.campaign($0.name) })
        return factory.page(content, title: site.config.title, route: Route.home, kind: .home)
    }

    func item(_ item: ContentItem) -> SiteRenderer.Job {
        let route = Route.item(item.slug)
        // The share cards are planned and the HTML decoded only if the page is rendered (most of
        // an item page's context): the fingerprint has the keys of their inputs instead.
        // Made when the page is prepared: a kept page (most of a rebuild's) never is.
        let document = MarkdownPass.DocumentKey.item(item)
        let deferredKey = { @Sendable [self] () -> DerivedCache.Key in
            let shares = factory.shares.inputsKey(for: item, kind: "share-cards")
            var key = DerivedCache.KeyMaker("item-page")
            key.combine(shares.high)
            key.combine(shares.low)
            factory.markdown.fingerprint(document, into: &key)
            return key.key
        }
        var job = lazyJob(route, template: "item", deferredKey: deferredKey, deferred: { [self] (page: inout PageContext<ItemPageContext>) in
            page.content.shares = factory.shareCards(of: item)
            factory.shares.forget(item)
            page.content.html = factory.markdown.html(document)
        }) { [self] in
            let context = factory.itemPage(item, now: now)
            return factory.page(context, title: item.title, route: route, kind: .item, lang: item.lang,
                                description: context.card.summary,
                                breadcrumbs: [LinkContext(label: t("nav_items", item.lang), url: factory.url(Route.items))],
                                alternates: .document(MarkdownPass.DocumentKey.item(item)))
        }
        job.item = item.sourceKey
        return job
    }

    func guidelineList() -> SiteRenderer.Job {
        let content = GuidelineListContext(guidelines: site.guidelines.map(factory.guideline))
        return job(Route.guidelines, template: "guidelines",
                   factory.page(content, title: t("guidelines_heading"), route: Route.guidelines, kind: .guidelines))
    }

    func guideline(_ guideline: Guideline) -> SiteRenderer.Job {
        let route = Route.guideline(guideline.slug)
        return job(route, template: "guideline", factory.page(factory.guideline(guideline), title: guideline.title, route: route,
                                                              kind: .guideline, lang: guideline.lang, description: guideline.summary,
                                                              breadcrumbs: [LinkContext(label: t("nav_guidelines", guideline.lang), url: factory.url(Route.guidelines))],
                                                              alternates: .document(MarkdownPass.DocumentKey.guideline(guideline))))
    }

    /// All the rules on one printable page.
    func guidelinesSummary() -> SiteRenderer.Job {
        let content = GuidelineListContext(guidelines: site.guidelines.map(factory.guideline))
        return job(Route.guidelinesSummary, template: "guidelines-summary",
                   factory.page(content, title: t("guidelines_summary_heading"), route: Route.guidelinesSummary, kind: .guidelinesSummary,
                                breadcrumbs: [LinkContext(label: t("nav_guidelines"), url: factory.url(Route.guidelines))]))
    }

    func trainingList() -> SiteRenderer.Job {
        let content = TrainingListContext(modules: site.training.map { factory.module($0) })
        return job(Route.training, template: "training",
                   factory.page(content, title: t("training_heading"), route: Route.training, kind: .training))
    }

    func module(_ module: TrainingModule) -> SiteRenderer.Job {
        let route = Route.module(module.slug)
        return job(route, template: "module", factory.page(factory.module(module), title: module.title, route: route, kind: .module,
                                                           lang: module.lang,
                                                           breadcrumbs: [LinkContext(label: t("nav_training", module.lang), url: factory.url(Route.training))],
                                                           alternates: .document(MarkdownPass.DocumentKey.module(module))))
    }

    func lesson(_ module: TrainingModule, _ index: Int) -> SiteRenderer.Job {
        let lesson = module.lessons[index]
        let route = Route.lesson(module.slug, lesson.slug)
        let moduleContext = factory.module(module, currentLesson: lesson.slug)
        let link = { [factory] (lesson: Lesson) in LinkContext(label: lesson.title, url: factory.url(Route.lesson(module.slug, lesson.slug))) }
        let content = LessonPageContext(
            module: moduleContext, number: index + 1, title: lesson.title, url: factory.url(route),
            duration: lesson.duration.map { factory.minutes($0, factory.strings(module.lang)) },
            html: factory.markdown.html(MarkdownPass.DocumentKey.lesson(module, lesson)),
            previous: index > 0 ? link(module.lessons[index - 1]) : nil,
            next: index + 1 < module.lessons.count ? link(module.lessons[index + 1]) : nil)
        return job(route, template: "lesson", factory.page(content, title: "\(lesson.title) – \(module.title)", route: route,
                                                           kind: .lesson, lang: module.lang,
                                                           breadcrumbs: [LinkContext(label: t("nav_training", module.lang), url: factory.url(Route.training)),
                                                                         LinkContext(label: module.title, url: factory.url(Route.module(module.slug)))],
                                                           alternates: .document(MarkdownPass.DocumentKey.lesson(module, lesson))))
    }

    func page(_ page: Page) -> SiteRenderer.Job {
        let route = Route.page(page.slug)
        let content = PageContentContext(title: page.title, html: factory.markdown.html(MarkdownPass.DocumentKey.page(page)))
        return job(route, template: "page", factory.page(content, title: page.title, route: route, kind: .page, lang: page.lang,
                                                         alternates: .document(MarkdownPass.DocumentKey.page(page))))
    }

    func search() -> SiteRenderer.Job {
        job(Route.search, template: "search", factory.page(PageContentContext(title: t("search_heading"), html: ""),
                                                          title: t("search_heading"), route: Route.search, kind: .search))
    }

    /// The "Suggest content" form: only when site.yml says where suggestions go.
    func suggest() -> SiteRenderer.Job? {
        guard let options = site.config.suggestions else { return nil }
        let content = SuggestContext(options: options, networks: site.config.networks, title: t("suggest_heading"),
                                     subject: t("suggest_subject"))
        return job(Route.suggest, template: "suggest", factory.page(content, title: t("suggest_heading"), route: Route.suggest, kind: .suggest))
    }

    /// A page made from Markdown the build gives (the feeds' documentation).
    func extraPage(_ extra: MarkdownPage) -> SiteRenderer.Job {
        let html = MarkdownRenderer.render(extra.markdown, unsafeHTML: false) { _ in .keep }.html
        return job(extra.route, template: "page", factory.page(PageContentContext(title: extra.title, html: html),
                                                               title: extra.title, route: extra.route, kind: .page, lang: extra.lang,
                                                               alternates: .none))
    }

    /// What sharing brought: only when `data/analytics/` has data.
    func results() -> SiteRenderer.Job? {
        guard let contexts = factory.resultsContexts(lang: lang) else { return nil }
        return lazyJob(Route.results, template: "results") { [self] in
            factory.page(contexts.page(), title: t("results_heading"), route: Route.results, kind: .results)
        }
    }

    func notFound() -> SiteRenderer.Job {
        job(Route.notFound, template: "404", factory.page(PageContentContext(title: t("not_found_heading"), html: ""),
                                                         title: t("not_found_heading"), route: Route.notFound, kind: .notFound))
    }
}

/// Template contexts are immutable values of Strings and arrays, built before the job runs and
/// only read during it; Swift cannot infer Sendable through the generic wrapper.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
