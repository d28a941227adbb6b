import MegaphoneModel
import Mustache
import MegaphoneSupport

/// Where a page of a listing stands among its pages, for the page navigation (plain links: it
/// works without JavaScript).
@TemplateData
struct PaginationContext {
    var current: Int
    var total: Int
    var previous: String?
    var next: String?
    /// First, last and the pages around the current one; a gap where pages are left out.
    var pages: [PageLinkContext]
    /// "Page 2 of 7", in the page's language.
    var label: String
}

@TemplateData
struct PageLinkContext {
    var number: Int
    var url: String
    var current: Bool
    /// An ellipsis stands before this page: pages were left out.
    var gap: Bool
}

/// Splits a listing into pages of `size` and says where each one is.
struct Paginator {
    var size: Int
    /// How many pages are linked on each side of the current one.
    var window = 2

    /// The items of each page; one empty page for an empty listing, so the listing still exists.
    func pages<Items: RandomAccessCollection>(_ items: Items) -> [Items.SubSequence] where Items.Index == Int {
        guard !items.isEmpty else { return [items[...]] }
        return stride(from: items.startIndex, to: items.endIndex, by: size).map { items[$0..<min($0 + size, items.endIndex)] }
    }

    /// Nil for a listing of one page: nothing to navigate.
    func context(page number: Int, of total: Int, listing: String, url: (String) -> String,
                 label: String) -> PaginationContext? {
        guard total > 1 else { return nil }
        func link(_ page: Int) -> String { url(Route.listingPage(page, of: listing)) }
        let shown = (1...total).filter { $0 == 1 || $0 == total || abs($0 - number) <= window }
        var links: [PageLinkContext] = []
        for page in shown {
            links.append(PageLinkContext(number: page, url: link(page), current: page == number,
                                         gap: (links.last?.number).map { page - $0 > 1 } ?? false))
        }
        return PaginationContext(current: number, total: total,
                                 previous: number > 1 ? link(number - 1) : nil, next: number < total ? link(number + 1) : nil,
                                 pages: links,
                                 label: label.replacingEvery("{n}", with: "\(number)")
                                     .replacingEvery("{total}", with: "\(total)"))
    }
}
