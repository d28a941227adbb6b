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

    /// For `<time datetime>` and feeds: RFC 3339 with the site's offset (`2026-11-20T09:00:00+01:00`).
    func machine(_ date: Date) -> String {
        RFC3339.format(date, in: timeZone)
    }
}
