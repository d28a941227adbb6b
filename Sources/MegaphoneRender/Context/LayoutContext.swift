import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import Mustache

/// What every template receives: the site, the page's own metadata, the navigation, the UI
/// strings of the page's language, and the page's content.
@TemplateData
struct PageContext<Content> {
    var site: SiteContext
    var page: PageMeta
    var nav: [LinkContext]
    var menu: [LinkContext]
    /// The language switcher: every language, with this page's version in it or its home;
    /// empty on a site with one language.
    var languages: [LanguageLinkContext]
    /// UI strings: `{{t.read_more}}`.
    var t: UIStrings
    var assets: AssetContext
    var content: Content
}

@TemplateData
struct SiteContext {
    var title: String
    var description: String?
    var company: String?
    var logo: String?
    var accentColor: String?
    /// The `Content-Security-Policy` meta tag's content: base.mustache must carry it.
    var contentSecurityPolicy: String
    var home: String
    var items: String
    var archive: String
    var calendar: String
    var search: String
    /// The "Suggest content" page, nil when site.yml has no `suggestions:`.
    var suggest: String?
    var guidelinesSummary: String
    var feedJSON: String
    var feedAtom: String
    var calendarICS: String
    var language: String
}

@TemplateData
struct PageMeta {
    var title: String
    var description: String?
    /// Root-relative URL of the page.
    var url: String
    /// Absolute URL.
    var canonical: String
    var lang: String
    /// `item`, `items`, `guideline`...: a hook for styles.
    var kind: String
    /// This page in every language it exists in (itself included), for `hreflang`; empty
    /// when it exists in one language only.
    var alternates: [AlternateLinkContext]
    /// The version for readers of none of those languages (`x-default`): the root language's.
    var defaultAlternate: String?
    var breadcrumbs: [LinkContext]
}

@TemplateData
struct AlternateLinkContext {
    var lang: String
    /// Absolute URL.
    var url: String
}

@TemplateData
struct LanguageLinkContext {
    var lang: String
    /// The language's name in itself (Français, English).
    var label: String
    var url: String
    var current: Bool
}

@TemplateData
struct AssetContext {
    var css: String
    var printCSS: String?
    /// `accent_color` as a stylesheet (no inline style under the policy).
    var brandCSS: String?
    /// The language switcher's styles: on a site with several languages only.
    var languagesCSS: String?
    var js: String?
    /// The search, loaded by the search page only.
    var searchJS: String?
    /// What turns the suggestion form into a Markdown file, loaded by that page only.
    var suggestJS: String?
    var logo: String?
}

@TemplateData
struct LinkContext {
    var label: String
    var url: String
    var current: Bool = false
    /// Set when the link leads to a document in another language than the page's.
    var lang: String? = nil
    /// That language's name in itself, shown beside the link.
    var langName: String? = nil
}

/// A tag, campaign or audience with the page that lists it.
@TemplateData
struct TermContext {
    var name: String
    var url: String?
    var count: Int
    /// The value the in-page filter matches (`data-tags`, `data-networks`...).
    var slug: String = ""
}
