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
    /// Each day's text in each language, made once: thousands of items share a few hundred days,
    /// and Foundation's formatting was a fifth of making a listing card.
    private let days = DayTexts()

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    func long(_ date: Date, lang: String) -> String {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        let key = DayTexts.Key(day: Int((seconds / 86_400).rounded(.down)), lang: lang)
        if let text = days.text(key) { return text }
        let text = date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: lang), timeZone: timeZone))
        days.store(text, key)
        return text
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

/// The long text of each day (in the site's time zone) and language, shared by the threads that
/// make pages.
private final class DayTexts: @unchecked Sendable {
    struct Key: Hashable {
        var day: Int
        var lang: String
    }
    private var texts: [Key: String] = [:]
    private let lock = NSLock()

    func text(_ key: Key) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return texts[key]
    }

    func store(_ text: String, _ key: Key) {
        lock.lock()
        texts[key] = text
        lock.unlock()
    }
}
