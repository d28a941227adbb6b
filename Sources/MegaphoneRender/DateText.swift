import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate

/// Dates as readers of each language expect them, in the site's time zone.
struct DateText: Sendable {
    var timeZone: TimeZone

    func long(_ date: Date, lang: String) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: lang), timeZone: timeZone))
    }

    /// A day of an analytics export, in full (`1 octobre 2026`).
    func long(_ day: CalendarDay, lang: String) -> String { long(date(day), lang: lang) }

    /// A day with its month only (`5 oct.`): the labels of a chart by week.
    func dayMonth(_ day: CalendarDay, lang: String) -> String {
        date(day).formatted(Date.FormatStyle(locale: Locale(identifier: lang), timeZone: timeZone).day().month(.abbreviated))
    }

    /// Noon of that day in the site's time zone, so formatting never shifts it to another day.
    private func date(_ day: CalendarDay) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let (year, month, dayOfMonth) = day.components
        return calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth, hour: 12)) ?? Date(timeIntervalSince1970: 0)
    }

    /// For `<time datetime>` and feeds: RFC 3339 with the site's offset (`2026-11-20T09:00:00+01:00`).
    func machine(_ date: Date) -> String {
        RFC3339.format(date, in: timeZone)
    }
}
