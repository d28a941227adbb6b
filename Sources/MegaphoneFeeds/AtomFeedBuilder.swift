import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate

/// `feed.xml`: Atom 1.0 (RFC 4287) of the same items as `feed.json`, for feed readers and mail clients.
package enum AtomFeedBuilder {
    package static let path = Route.atomFeed

    package static func feed(_ sources: FeedSources) -> Data {
        let items = sources.feedItems(sources.selection.current)
        let base = sources.base
        let updated = items.map(\.date.value).max() ?? sources.now
        var xml = XMLWriter()
        xml.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        xml.open("feed", ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": sources.language])
        xml.element("id", base.absolute(Route.home))
        xml.element("title", sources.config.title)
        if let description = sources.config.description { xml.element("subtitle", description) }
        xml.element("updated", sources.date(updated))
        xml.empty("link", ["rel": "self", "type": "application/atom+xml", "href": base.absolute(path)])
        xml.empty("link", ["rel": "alternate", "type": "text/html", "href": base.absolute(Route.home)])
        xml.open("author")
        xml.element("name", sources.config.company ?? sources.config.title)
        xml.close("author")
        xml.element("generator", "Megaphone")
        for item in items {
            let page = base.absolute(Route.item(item.slug))
            xml.open("entry", item.lang == sources.language ? [:] : ["xml:lang": item.lang])
            xml.element("id", page)
            xml.element("title", item.title)
            xml.empty("link", ["rel": "alternate", "type": "text/html", "href": page])
            if let url = item.url?.value { xml.empty("link", ["rel": "related", "href": url]) }
            xml.element("published", sources.date(item.date.value))
            xml.element("updated", sources.date(item.date.value))
            if let summary = sources.summary(of: item) { xml.element("summary", summary) }
            xml.element("content", sources.html(of: item), ["type": "html"])
            for tag in item.tags { xml.empty("category", ["term": tag]) }
            if let campaign = item.campaign {
                xml.empty("category", ["term": campaign, "scheme": base.absolute(Route.campaigns)])
            }
            xml.close("entry")
        }
        xml.close("feed")
        return Data(xml.text.utf8)
    }
}

/// Just enough of an XML writer for Atom: every text and attribute value is escaped here, once.
package struct XMLWriter {
    private(set) var text = ""
    private var depth = 0

    package static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\u{9}", "\u{A}", "\u{D}": escaped.unicodeScalars.append(scalar)
            // Characters XML 1.0 forbids (other controls) are dropped rather than producing an invalid feed.
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func attributes(_ attributes: [String: String]) -> String {
        attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }

    package mutating func line(_ raw: String) { text += String(repeating: "  ", count: depth) + raw + "\n" }

    package mutating func open(_ name: String, _ attributes: [String: String] = [:]) {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    package mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    package mutating func element(_ name: String, _ value: String, _ attributes: [String: String] = [:]) {
        line("<\(name)\(Self.attributes(attributes))>\(Self.escape(value))</\(name)>")
    }

    package mutating func empty(_ name: String, _ attributes: [String: String]) {
        line("<\(name)\(Self.attributes(attributes))/>")
    }
}
