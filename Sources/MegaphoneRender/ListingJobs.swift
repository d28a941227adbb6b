import Foundation
import MegaphoneModel
import MegaphoneSite
import MegaphoneSupport

/// Listings of items (all current items, the archive, one per tag, campaign, audience and network),
/// each split into pages of `paginate` items: `items/`, `items/page/2/`…
extension PageJobs {
    private var paginator: Paginator { Paginator(size: factory.site.config.paginate) }

    /// The pages of one listing. `content` makes a page's context from its cards and navigation.
    func listing<Items: RandomAccessCollection & Sendable>(_ items: Items, at route: String, template: String, kind: PageKind, title: String,
                 breadcrumbs: [LinkContext] = [],
                 content: @escaping @Sendable ([ListedCard], PaginationContext?) -> ItemListContext) -> [SiteRenderer.Job]
    where Items.Element == ContentItem, Items.Index == Int, Items.SubSequence: Sendable {
        let pages = paginator.pages(items)
        let label = t("page_of")
        return pages.enumerated().map { offset, slice in
            let number = offset + 1
            let path = Route.listingPage(number, of: route)
            // The page's items as a slice of the listing's: a copy per page was 7% of the heap.
            return lazyJob(path, template: template) { [self] in
                let pagination = paginator.context(page: number, of: pages.count, listing: route, url: { [self] in factory.url($0) }, label: label)
                let pageTitle = pagination.map { "\(title) (\($0.label))" } ?? title
                // The first page of a listing every tree has is in every language; the others may not be.
                return factory.page(content(cards(slice), pagination), title: pageTitle, route: path, kind: kind,
                                    breadcrumbs: breadcrumbs, alternates: number == 1 && kind != .term ? .everyTree : .none)
            }
        }
    }

    func itemLists() -> [SiteRenderer.Job] {
        let terms = factory.terms
        let heading = t("items_heading"), intro = t("items_intro")
        let tags = terms.tags.map { terms.tag($0.name) }, campaigns = terms.campaigns.map { terms.campaign($0.name) }
        let audiences = terms.audiences.map { terms.audience($0.name) }, networks = terms.networks.map { terms.network($0) }
        return listing(selection.current, at: Route.items, template: "items", kind: .items, title: heading) { cards, pagination in
            ItemListContext(heading: heading, intro: intro, items: cards, tags: tags, campaigns: campaigns,
                            audiences: audiences, networks: networks, pagination: pagination)
        }
    }

    func archive() -> [SiteRenderer.Job] {
        let heading = t("archive_heading"), intro = t("archive_intro")
        return listing(selection.expired, at: Route.archive, template: "archive", kind: .archive, title: heading,
                       breadcrumbs: [LinkContext(label: t("nav_items"), url: factory.url(Route.items))]) { cards, pagination in
            ItemListContext(heading: heading, intro: intro, items: cards, pagination: pagination)
        }
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
        let breadcrumbs = [LinkContext(label: t(heading), url: factory.url(index))]
        for term in terms {
            let title = t(termHeading).replacingEvery("{name}", with: term.name)
            jobs += listing(term.items, at: route(term), template: "term", kind: .term, title: title,
                            breadcrumbs: breadcrumbs) { cards, pagination in
                // The figures are the campaign's: on its first page only.
                let firstPage = (pagination?.current ?? 1) == 1
                return ItemListContext(heading: title, intro: nil, items: cards,
                                       results: firstPage ? results?(term) : nil, pagination: pagination)
            }
        }
        return jobs
    }
}
