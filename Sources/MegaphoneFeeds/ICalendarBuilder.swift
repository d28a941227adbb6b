import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate

/// `calendar.ics`: one event per item on its publish date (RFC 5545), for employees' calendar apps.
/// Times are written in UTC, which every client converts to the reader's zone; UIDs are stable
/// across builds so a subscribed calendar updates events instead of duplicating them.
package enum ICalendarBuilder {
    package static let path = Route.iCalendar

    /// Subscribed calendars download the whole file again and again: it stays under this size.
    package static let byteBudget = 1_000_000

    /// `scheduled` (soonest first) and `published` (newest first) are taken in turn, one of each,
    /// while the file stays under `byteBudget`: a portal with years of items, or thousands scheduled,
    /// keeps the weeks around today on both sides. Taking them in turn, rather than by distance to
    /// the clock, keeps the file the same until an item is published or expires (the build record's
    /// clock window).
    package static func calendar(_ sources: FeedSources, scheduled: [ContentItem], published: [ContentItem]) -> Data {
        let host = URLComponents(string: sources.base.origin)?.host ?? "megaphone"
        let header = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Megaphone//Employee advocacy calendar//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(sources.config.title), "X-WR-TIMEZONE:" + sources.config.timeZone.identifier,
        ].map(fold).joined(separator: "\r\n") + "\r\n"
        let footer = "END:VCALENDAR\r\n"
        var size = header.utf8.count + footer.utf8.count
        var coming: [String] = [], past: [String] = []
        var next = (scheduled: 0, published: 0)
        while next.scheduled < scheduled.count || next.published < published.count {
            let takesScheduled = next.published == published.count
                || (next.scheduled < scheduled.count && next.scheduled <= next.published)
            let item = takesScheduled ? scheduled[next.scheduled] : published[next.published]
            let text = keptEvent(sources, item, host: host)
            size += text.utf8.count
            if size > byteBudget { break }
            if takesScheduled {
                coming.append(text)
                next.scheduled += 1
            } else {
                past.append(text)
                next.published += 1
            }
        }
        return Data((header + coming.joined() + past.joined() + footer).utf8)
    }

    /// An event is made of the item (its `sourceKey` covers its file and `site.yml`), its Markdown
    /// (the first paragraph may be its summary), its page's URL and the calendar's host: under a
    /// key of those, a rebuild reuses it (making every event was 3% of a rebuild after one edit).
    static func keptEvent(_ sources: FeedSources, _ item: ContentItem, host: String) -> String {
        guard let sourceKey = item.sourceKey else { return event(sources, item, host: host) }
        var key = DerivedCache.KeyMaker("ics-event")
        key.combine(sourceKey.high)
        key.combine(sourceKey.low)
        sources.markdown.fingerprint(MarkdownPass.DocumentKey.item(item), into: &key)
        key.combine(sources.base.absolute(Route.item(item.slug)))
        key.combine(host)
        key.combine(sources.languages.prefix(item.lang))
        return sources.derived.text(key.key) { event(sources, item, host: host) } ?? event(sources, item, host: host)
    }

    /// One VEVENT, folded, each line ending in CRLF.
    static func event(_ sources: FeedSources, _ item: ContentItem, host: String) -> String {
        let page = sources.base.absolute(Route.item(item.slug))
        var description = sources.summary(of: item) ?? ""
        if let why = item.why { description += "\n\n" + why }
        description += "\n\n" + page
        var lines = [
            "BEGIN:VEVENT",
            // Translations share a slug: each language's event is its own (someone may subscribe
            // to both calendars); the root language keeps the UIDs a one-language site has.
            "UID:" + escape("item-\(item.slug)\(sources.languages.prefix(item.lang).isEmpty ? "" : "-" + item.lang)@\(host)"),
            // The item's own date, not the build's clock: a rebuild gives the same file.
            "DTSTAMP:" + utc(item.date.value),
            "DTSTART:" + utc(item.date.value),
            "DURATION:PT30M",
            "SUMMARY:" + escape(item.title),
            "DESCRIPTION:" + escape(description.trimmingWhitespace()),
            "URL:" + page,
        ]
        if let campaign = item.campaign { lines.append("CATEGORIES:" + escape(campaign)) }
        if item.priority == .high { lines.append("PRIORITY:1") }
        lines.append("END:VEVENT")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    package static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`.
    package static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.replacingEvery("\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a
    /// UTF-8 sequence (RFC 5545 §3.1).
    package static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var folded = ""
        var octets = 0
        for character in line {
            let size = character.utf8.count
            if octets + size > 75 {
                folded += "\r\n "
                octets = 1
            }
            folded.append(character)
            octets += size
        }
        return folded
    }
}
