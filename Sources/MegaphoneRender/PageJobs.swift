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
struct PageJobs {
    var factory: ContextFactory
    var selection: Selection
    var now: Date

    private var site: Site { factory.site }
    private var lang: String { site.config.language }

    func all(extra: [MarkdownPage]) -> [SiteRenderer.Job] {
        var jobs = [home(), itemList(), archive(), guidelineList(), trainingList(), notFound(), calendar(), search()] + extra.map(extraPage)
        jobs += selection.pagedItems.map(item)
        jobs += site.guidelines.map(guideline)
        for module in site.training {
            jobs.append(self.module(module))
            jobs += module.lessons.indices.map { lesson(module, $0) }
        }
        jobs += site.pages.map(page)
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
        return jobs
    }

    private func job<Content: Fingerprinted>(_ route: String, template: String, _ context: PageContext<Content>) -> SiteRenderer.Job {
        // Contexts are plain values built on this thread; the template only reads them.
        let box = UncheckedBox(context)
        return lazyJob(route, template: template) { box.value }
    }

    /// A page whose context is built when the job runs: item pages and listings, the bulk of a
    /// site, are then prepared in parallel like they are rendered. The context is fingerprinted
    /// with the template set, so an unchanged page need not be rendered again.
    private func lazyJob<Content: Fingerprinted>(_ route: String, template: String,
                                                 _ context: @escaping @Sendable () -> PageContext<Content>) -> SiteRenderer.Job {
        let theme = factory.theme
        return SiteRenderer.Job(path: Route.file(for: route)) {
            let built = UncheckedBox(context())
            var hasher = StableHasher()
            hasher.combine(theme.templatesFingerprint)
            hasher.combine(template)
            built.value.fingerprint(into: &hasher)
            return PageRendering(fingerprint: hasher.value) {
                Data(try theme.render(built.value, template: template).utf8)
            }
        }
    }

    private func t(_ key: String, _ lang: String? = nil) -> String {
        factory.strings(lang ?? self.lang)[key] ?? key
    }

    private func cards(_ items: [ContentItem]) -> [ItemCardContext] {
        items.map { factory.listingCard($0, now: now) }
    }

    func home() -> SiteRenderer.Job {
        let pinned = selection.current.filter { $0.priority == .high }
        let latest = selection.current.filter { $0.priority != .high }.prefix(12)
        let upcoming = site.config.showUpcoming ? selection.upcoming.prefix(8).map {
            UpcomingContext(title: $0.title, date: factory.dates.long($0.date.value, lang: lang), datetime: factory.dates.machine($0.date.value))
        } : []
        let content = HomeContext(
            pinned: cards(pinned), latest: cards(Array(latest)), upcoming: Array(upcoming),
            guidelines: site.guidelines.map { LinkContext(label: $0.title, url: factory.url(Route.guideline($0.slug))) },
            training: site.training.map { LinkContext(label: $0.title, url: factory.url(Route.module($0.slug))) },
            campaigns: factory.terms.campaigns.map { factory.terms.campaign($0.name) })
        return job(Route.home, template: "home", factory.page(content, title: site.config.title, route: Route.home, kind: .home))
    }

    func itemList() -> SiteRenderer.Job {
        let terms = factory.terms
        let content = ItemListContext(
            heading: t("items_heading"), intro: t("items_intro"), items: cards(selection.current),
            tags: terms.tags.map { terms.tag($0.name) }, campaigns: terms.campaigns.map { terms.campaign($0.name) },
            audiences: terms.audiences.map { terms.audience($0.name) }, networks: terms.networks.map { terms.network($0) })
        return job(Route.items, template: "items", factory.page(content, title: t("items_heading"), route: Route.items, kind: .items))
    }

    func archive() -> SiteRenderer.Job {
        let content = ItemListContext(heading: t("archive_heading"), intro: t("archive_intro"), items: cards(selection.expired))
        return job(Route.archive, template: "archive", factory.page(content, title: t("archive_heading"), route: Route.archive, kind: .archive,
                                                                     breadcrumbs: [LinkContext(label: t("nav_items"), url: factory.url(Route.items))]))
    }

    func item(_ item: ContentItem) -> SiteRenderer.Job {
        let route = Route.item(item.slug)
        return lazyJob(route, template: "item") { [self] in
            let context = factory.itemPage(item, now: now)
            return factory.page(context, title: item.title, route: route, kind: .item, lang: item.lang,
                                description: context.card.summary,
                                breadcrumbs: [LinkContext(label: t("nav_items", item.lang), url: factory.url(Route.items))])
        }
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
                                                              breadcrumbs: [LinkContext(label: t("nav_guidelines", guideline.lang), url: factory.url(Route.guidelines))]))
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
                                                           breadcrumbs: [LinkContext(label: t("nav_training", module.lang), url: factory.url(Route.training))]))
    }

    func lesson(_ module: TrainingModule, _ index: Int) -> SiteRenderer.Job {
        let lesson = module.lessons[index]
        let route = Route.lesson(module.slug, lesson.slug)
        let moduleContext = factory.module(module, currentLesson: lesson.slug)
        let link = { (lesson: Lesson) in LinkContext(label: lesson.title, url: factory.url(Route.lesson(module.slug, lesson.slug))) }
        let content = LessonPageContext(
            module: moduleContext, number: index + 1, title: lesson.title, url: factory.url(route),
            duration: lesson.duration.map { factory.minutes($0, factory.strings(module.lang)) },
            html: factory.markdown.html(MarkdownPass.DocumentKey.lesson(module, lesson)),
            previous: index > 0 ? link(module.lessons[index - 1]) : nil,
            next: index + 1 < module.lessons.count ? link(module.lessons[index + 1]) : nil)
        return job(route, template: "lesson", factory.page(content, title: "\(lesson.title) – \(module.title)", route: route,
                                                           kind: .lesson, lang: module.lang,
                                                           breadcrumbs: [LinkContext(label: t("nav_training", module.lang), url: factory.url(Route.training)),
                                                                         LinkContext(label: module.title, url: factory.url(Route.module(module.slug)))]))
    }

    func page(_ page: Page) -> SiteRenderer.Job {
        let route = Route.page(page.slug)
        let content = PageContentContext(title: page.title, html: factory.markdown.html(MarkdownPass.DocumentKey.page(page)))
        return job(route, template: "page", factory.page(content, title: page.title, route: route, kind: .page, lang: page.lang))
    }

    func calendar() -> SiteRenderer.Job {
        let page = CalendarPage(factory: factory, lang: lang)
        let showUpcoming = site.config.showUpcoming
        let content = CalendarContext(upcoming: showUpcoming ? page.months(selection.upcoming, linked: false, newestFirst: false) : [],
                                      recent: page.months(selection.current, linked: true, newestFirst: true), showUpcoming: showUpcoming)
        return job(Route.calendar, template: "calendar", factory.page(content, title: t("calendar_heading"), route: Route.calendar, kind: .calendar))
    }

    func search() -> SiteRenderer.Job {
        job(Route.search, template: "search", factory.page(PageContentContext(title: t("search_heading"), html: ""),
                                                          title: t("search_heading"), route: Route.search, kind: .search))
    }

    /// A page made from Markdown the build gives (the feeds' documentation).
    func extraPage(_ extra: MarkdownPage) -> SiteRenderer.Job {
        let html = MarkdownRenderer.render(extra.markdown, unsafeHTML: false) { _ in .keep }.html
        return job(extra.route, template: "page", factory.page(PageContentContext(title: extra.title, html: html),
                                                               title: extra.title, route: extra.route, kind: .page, lang: extra.lang))
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

    /// The index of all terms of a kind, and one listing per term.
    /// `slugNamed`: the route is made from the term's slug, not its display name (networks).
    /// `results`: the figures a term's page shows (campaigns, when analytics data names them).
    func termPages(_ terms: [Terms.Term], index: String, route routeOf: (String) -> String, heading: String,
                   termHeading: String, slugNamed: Bool = false,
                   results: (@Sendable (Terms.Term) -> SectionResultsContext?)? = nil) -> [SiteRenderer.Job] {
        func route(_ term: Terms.Term) -> String { routeOf(slugNamed ? term.slug : term.name) }
        let contexts = terms.map { TermContext(name: $0.name, url: factory.url(route($0)), count: $0.items.count) }
        var jobs = [job(index, template: "terms", factory.page(TermListContext(heading: t(heading), terms: contexts),
                                                                title: t(heading), route: index, kind: .terms))]
        for term in terms {
            let title = t(termHeading).replacingOccurrences(of: "{name}", with: term.name)
            let path = route(term)
            let breadcrumbs = [LinkContext(label: t(heading), url: factory.url(index))]
            jobs.append(lazyJob(path, template: "term") { [self] in
                let content = ItemListContext(heading: title, intro: nil, items: cards(term.items), results: results?(term))
                return factory.page(content, title: title, route: path, kind: .term, breadcrumbs: breadcrumbs)
            })
        }
        return jobs
    }
}

/// Template contexts are immutable values of Strings and arrays, built before the job runs and
/// only read during it; Swift cannot infer Sendable through the generic wrapper.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
