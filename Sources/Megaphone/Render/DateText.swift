import Foundation

/// Dates as readers of each language expect them, in the site's time zone.
struct DateText: Sendable {
    var timeZone: TimeZone

    func long(_ date: Date, lang: String) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: lang), timeZone: timeZone))
    }

    /// For `<time datetime>`: RFC 3339 with the site's offset.
    func machine(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: timeZone))
    }
}
