import Foundation
import MegaphoneModel
import MegaphoneSupport

/// The clock's part in a build: between two moments when an item is published or expires, a
/// month begins, or an item leaves `calendar.ics`'s months, every clock gives the same site. A
/// build that finds nothing else changed may then leave the output as it is.
public struct ClockWindow: Sendable, Equatable, Codable {
    /// Items keep their status for any clock in `from ..< until` (seconds since 1970).
    public var from: Double
    public var until: Double
    /// The month `calendar/` shows.
    public var month: String
    /// `calendar.ics` starts at a moment in `sinceAfter <.. sinceAtMost`: no item date in between.
    public var sinceAfter: Double
    public var sinceAtMost: Double
    /// site.yml's, kept so that the window can be checked before site.yml is read again.
    public var timeZone: String
    public var icsMonths: Int

    package init(_ published: PublishedSite) {
        let now = published.now.timeIntervalSince1970
        let config = published.site.config
        // An item is published from its date on and expired from its `expires` on.
        var from = -Double.greatestFiniteMagnitude, until = Double.greatestFiniteMagnitude
        var dates: [Double] = []
        for item in published.site.items {
            var moments = [item.date.value.timeIntervalSince1970]
            if let expires = item.expires { moments.append(expires.value.timeIntervalSince1970) }
            for moment in moments {
                if moment <= now { from = max(from, moment) } else { until = min(until, moment) }
            }
            dates.append(item.date.value.timeIntervalSince1970)
        }
        let month = CalendarMonth(published.now, in: config.timeZone)
        from = max(from, month.start(in: config.timeZone).timeIntervalSince1970)
        until = min(until, month.adding(months: 1).start(in: config.timeZone).timeIntervalSince1970)
        // Without a current item, the Atom feed's `updated` is the clock itself.
        if published.selection.current.isEmpty { until = from }
        self.from = from
        self.until = until
        self.month = month.text
        let since = config.calendarFeedStart(now: published.now).timeIntervalSince1970
        sinceAfter = dates.filter { $0 < since }.max() ?? -Double.greatestFiniteMagnitude
        sinceAtMost = dates.filter { $0 >= since }.min() ?? Double.greatestFiniteMagnitude
        timeZone = config.timeZone.identifier
        icsMonths = config.icsMonths
    }

    /// Whether a build at `now` would make the same site as the build this window describes.
    public func contains(_ now: Date) -> Bool {
        guard let timeZone = TimeZone(identifier: timeZone) else { return false }
        let seconds = now.timeIntervalSince1970
        guard from <= seconds, seconds < until, CalendarMonth(now, in: timeZone).text == month else { return false }
        let since = SiteConfig.calendarFeedStart(now: now, timeZone: timeZone, months: icsMonths).timeIntervalSince1970
        return sinceAfter < since && since <= sinceAtMost
    }
}
