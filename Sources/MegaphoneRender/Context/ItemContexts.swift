import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import Mustache

/// An item as a listing shows it.
@TemplateData
struct ItemCardContext {
    var title: String
    var url: String
    var date: String
    var datetime: String
    var summary: String?
    var pinned: Bool
    var expired: Bool
    var campaign: TermContext?
    var tags: [TermContext]
    var audiences: [TermContext]
    var image: ImageContext?
    var lang: String
    /// Set when the item's language differs from the page's, for `lang` on the card.
    var otherLang: String?
    /// That language's name in itself, shown on the card ("English").
    var otherLangName: String?
    var source: SourceContext?
    /// Space-separated slugs, for the in-page filter: `data-tags="atlas ia"`.
    var filterTags: String
    var filterAudiences: String
    var filterNetworks: String
    var filterCampaign: String
    /// The card rendered once by the theme's `item-card` partial; listings embed it with `{{{html}}}`.
    var html: String = ""
}

/// A card in a listing or on the home page. Its fingerprint is the key of everything it was
/// rendered from (the card's context, the UI strings, the templates), not its fields and HTML
/// again: fingerprinting every card of ten thousand listing pages field by field was a twentieth
/// of a rebuild. Templates read the card's fields as they would the card's.
///
/// A class: a card is in about ten listings per tree, and a list hands each element to the
/// templates as an existential; a struct of some twenty fields was copied, retaining each, every time.
final class ListedCard: MustacheParent, TemplateValue, Fingerprinted, @unchecked Sendable {
    let card: ItemCardContext
    let digest: DerivedCache.Key

    init(card: ItemCardContext, digest: DerivedCache.Key) {
        self.card = card
        self.digest = digest
    }

    func child(named name: String) -> Any? { card.child(named: name) }

    func templateLookup(_ first: String, then rest: ArraySlice<String>) -> TemplateLookup {
        card.templateLookup(first, then: rest)
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.combine(digest.high)
        hasher.combine(digest.low)
    }
}

/// What the `item-card` partial is rendered with: the card and the UI strings.
@TemplateData
struct CardRenderContext {
    var t: UIStrings
    var card: ItemCardContext
}

@TemplateData
struct ImageContext {
    var url: String
    var alt: String
}

@TemplateData
struct SourceContext {
    var name: String
    var url: String
}

/// An item's own page.
@TemplateData
struct ItemPageContext {
    var card: ItemCardContext
    var html: String
    var why: String?
    var contacts: [String]
    var externalURL: String?
    var expires: String?
    var expiresDatetime: String?
    var shares: [ShareCardContext]
    /// Query parameter that carries the employee's personal code (`utm.personal`).
    var personalParameter: String
    var mastodonInstance: String
    /// What sharing this item brought, when analytics data names it.
    var results: SectionResultsContext? = nil
}

/// One network's card on an item page. The `data-*` values let the script rebuild the share URL
/// exactly as the build did when the employee edits the message or sets a personal code.
@TemplateData
struct ShareCardContext {
    var network: String
    var label: String
    var message: String
    var post: String
    var link: String?
    var shareURL: String?
    var length: Int
    var limit: Int?
    var overLimit: Bool
    /// LinkedIn, Facebook, XING: the network ignores text, the employee pastes it.
    var copyOnly: Bool
    var isMastodon: Bool
    var template: String
    var takesText: Bool
    var takesLink: Bool
    var counting: String
    var crlf: Bool
    var title: String
    var t: UIStrings
}

/// A scheduled item: only its date and title are shown before it is published.
@TemplateData
struct UpcomingContext {
    var title: String
    var date: String
    var datetime: String
}

@TemplateData
struct HomeContext {
    var pinned: [ListedCard]
    var latest: [ListedCard]
    var upcoming: [UpcomingContext]
    var guidelines: [LinkContext]
    var training: [LinkContext]
    var campaigns: [TermContext]
}

@TemplateData
struct ItemListContext {
    var heading: String
    var intro: String?
    var items: [ListedCard]
    var tags: [TermContext] = []
    var campaigns: [TermContext] = []
    var audiences: [TermContext] = []
    var networks: [TermContext] = []
    /// A campaign's figures, on its page, when analytics data names it.
    var results: SectionResultsContext? = nil
    /// Nil when the listing fits on one page.
    var pagination: PaginationContext? = nil
}

@TemplateData
struct TermListContext {
    var heading: String
    var terms: [TermContext]
}

/// The social media calendar: months of days of items.
@TemplateData
struct CalendarContext {
    var upcoming: [CalendarMonthContext]
    var recent: [CalendarMonthContext]
    var showUpcoming: Bool
    /// Every month that has a page, newest first.
    var months: [LinkContext]
    /// A month's page: its heading and its neighbours; nil on `calendar/`.
    var heading: String? = nil
    var previous: LinkContext? = nil
    var next: LinkContext? = nil
    /// Whether there is a previous or a next month to link to.
    var neighbours = false
    /// A month of more items than a page holds: where this page stands among its pages.
    var pagination: PaginationContext? = nil
}

@TemplateData
struct CalendarMonthContext {
    var label: String
    var days: [CalendarDayContext]
}

@TemplateData
struct CalendarDayContext {
    var label: String
    var datetime: String
    var items: [CalendarEntryContext]
}

@TemplateData
struct CalendarEntryContext {
    var title: String
    /// Nil for a scheduled item: its page does not exist yet.
    var url: String?
    var pinned: Bool
    var campaign: String?
}
