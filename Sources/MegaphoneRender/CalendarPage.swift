import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate

/// Groups items by month and day in the site's time zone, for the calendar page.
struct CalendarPage {
    var factory: ContextFactory
    var lang: String

    func months(_ items: [ContentItem], linked: Bool, newestFirst: Bool) -> [CalendarMonthContext] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = factory.site.config.timeZone
        let locale = Locale(identifier: lang)
        let sorted = items.sorted { newestFirst ? $0.date.value > $1.date.value : $0.date.value < $1.date.value }
        var months: [CalendarMonthContext] = []
        var lastMonth: DateComponents?
        var lastDay: DateComponents?
        for item in sorted {
            let day = calendar.dateComponents([.year, .month, .day], from: item.date.value)
            let month = DateComponents(year: day.year, month: day.month)
            if month != lastMonth {
                let label = item.date.value.formatted(Date.FormatStyle(locale: locale, timeZone: calendar.timeZone).month(.wide).year())
                months.append(CalendarMonthContext(label: label, days: []))
                lastMonth = month
                lastDay = nil
            }
            if day != lastDay {
                let label = item.date.value.formatted(Date.FormatStyle(locale: locale, timeZone: calendar.timeZone).weekday(.wide).day().month(.wide))
                let start = calendar.startOfDay(for: item.date.value)
                months[months.count - 1].days.append(CalendarDayContext(label: label, datetime: String(RFC3339.format(start, in: calendar.timeZone).prefix(10)), items: []))
                lastDay = day
            }
            let entry = CalendarEntryContext(title: item.title, url: linked ? factory.url(Route.item(item.slug)) : nil,
                                             pinned: item.priority == .high, campaign: item.campaign)
            let lastIndex = months[months.count - 1].days.count - 1
            months[months.count - 1].days[lastIndex].items.append(entry)
        }
        return months
    }
}
