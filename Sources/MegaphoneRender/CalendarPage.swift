import Foundation
import MegaphoneModel
import MegaphoneSite
import MegaphoneSupport

/// Groups items by month and day in the site's time zone, for the calendar pages.
struct CalendarPage {
    var factory: ContextFactory
    var lang: String

    private var timeZone: TimeZone { factory.site.config.timeZone }

    /// Entries on one page of the calendar (a line each, about 120 bytes of HTML): a month with
    /// more items is split into `calendar/YYYY-MM/page/N/`, and `calendar/` shows the first this
    /// many of what is coming and of this month, so no page grows past about 100 KB.
    static let entriesPerPage = 500

    func months(_ items: [ContentItem], linked: Bool, newestFirst: Bool) -> [CalendarMonthContext] {
        let calendar = CalendarMonth.gregorian(timeZone)
        let locale = Locale(identifier: lang)
        let sorted = items.sorted { newestFirst ? $0.date.value > $1.date.value : $0.date.value < $1.date.value }
        var months: [CalendarMonthContext] = []
        var lastMonth: DateComponents?
        var lastDay: DateComponents?
        for item in sorted {
            let day = calendar.dateComponents([.year, .month, .day], from: item.date.value)
            let month = DateComponents(year: day.year, month: day.month)
            if month != lastMonth {
                months.append(CalendarMonthContext(label: label(of: item.date.value), days: []))
                lastMonth = month
                lastDay = nil
            }
            if day != lastDay {
                let label = item.date.value.formatted(Date.FormatStyle(locale: locale, timeZone: timeZone).weekday(.wide).day().month(.wide))
                let start = calendar.startOfDay(for: item.date.value)
                months[months.count - 1].days.append(CalendarDayContext(label: label, datetime: String(RFC3339.format(start, in: timeZone).prefix(10)), items: []))
                lastDay = day
            }
            let entry = CalendarEntryContext(title: item.title, url: linked ? factory.itemURL(item) : nil,
                                             pinned: item.priority == .high, campaign: item.campaign)
            let lastIndex = months[months.count - 1].days.count - 1
            months[months.count - 1].days[lastIndex].items.append(entry)
        }
        return months
    }

    /// "novembre 2026".
    func label(of date: Date) -> String {
        date.formatted(Date.FormatStyle(locale: Locale(identifier: lang), timeZone: timeZone).month(.wide).year())
    }

    func label(of month: CalendarMonth) -> String {
        // Mid-month: no time zone can move the 15th into another month.
        label(of: month.start(in: timeZone).addingTimeInterval(14 * 86_400))
    }
}

/// The calendar: `calendar/` shows this month and what is coming, `calendar/YYYY-MM/` each month
/// that has items, so no page grows with the years.
extension PageJobs {
    func calendar() -> [SiteRenderer.Job] {
        let page = CalendarPage(factory: factory, lang: lang)
        let config = site.config
        let thisMonth = CalendarMonth(now, in: config.timeZone)
        let calendar = CalendarMonth.gregorian(config.timeZone)
        let byMonth = Dictionary(grouping: selection.current) { CalendarMonth($0.date.value, calendar: calendar) }
        let monthList = byMonth.keys.sorted(by: >)
        let index = monthList.map { month in
            LinkContext(label: page.label(of: month) + " (\(byMonth[month]?.count ?? 0))", url: factory.url(Route.calendarMonth(month)))
        }
        @Sendable func monthIndex(current: CalendarMonth?) -> [LinkContext] {
            zip(monthList, index).map { month, link in
                var link = link
                link.current = month == current
                return link
            }
        }
        let showUpcoming = config.showUpcoming
        let bound = CalendarPage.entriesPerPage
        // The newest first; the rest of the month is on its own page, linked below.
        let recent = byMonth.filter { $0.key >= thisMonth }.values.flatMap { $0 }.sorted { $0.date.value > $1.date.value }.prefix(bound)
        let home = CalendarContext(upcoming: showUpcoming ? page.months(Array(selection.upcoming.prefix(bound)), linked: false, newestFirst: false) : [],
                                   recent: page.months(Array(recent), linked: true, newestFirst: true), showUpcoming: showUpcoming,
                                   months: monthIndex(current: nil))
        var jobs = [job(Route.calendar, template: "calendar",
                        factory.page(home, title: t("calendar_heading"), route: Route.calendar, kind: .calendar))]
        let breadcrumbs = [LinkContext(label: t("nav_calendar"), url: factory.url(Route.calendar))]
        let paginator = Paginator(size: bound)
        let pageLabel = t("page_of")
        for (position, month) in monthList.enumerated() {
            let route = Route.calendarMonth(month)
            let items = (byMonth[month] ?? []).sorted { $0.date.value < $1.date.value }
            let heading = t("calendar_month_heading").replacingEvery("{month}", with: page.label(of: month))
            // Newest months come first in `monthList`: the previous month is the next entry.
            let previous = position + 1 < monthList.count ? monthList[position + 1] : nil
            let next = position > 0 ? monthList[position - 1] : nil
            let slices = paginator.pages(items)
            for (offset, slice) in slices.enumerated() {
                let number = offset + 1
                let path = Route.listingPage(number, of: route)
                let entries = Array(slice)
                jobs.append(lazyJob(path, template: "calendar") { [self] in
                    let pagination = paginator.context(page: number, of: slices.count, listing: route, url: { [self] in factory.url($0) }, label: pageLabel)
                    let content = CalendarContext(
                        upcoming: [], recent: page.months(entries, linked: true, newestFirst: false), showUpcoming: false,
                        months: monthIndex(current: month), heading: heading,
                        previous: previous.map { LinkContext(label: page.label(of: $0), url: factory.url(Route.calendarMonth($0))) },
                        next: next.map { LinkContext(label: page.label(of: $0), url: factory.url(Route.calendarMonth($0))) },
                        neighbours: previous != nil || next != nil, pagination: pagination)
                    return factory.page(content, title: pagination.map { "\(heading) (\($0.label))" } ?? heading, route: path,
                                        kind: .calendar, breadcrumbs: breadcrumbs, alternates: .none)
                })
            }
        }
        return jobs
    }
}
