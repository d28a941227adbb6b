import Foundation
import MegaphoneLoad
import MegaphoneModel
import MegaphoneSupport

/// A parsed content item in bytes, for the derived cache: a rebuild takes an unchanged file's item
/// from there instead of composing its YAML and reading every field again (parsing was a fifth of
/// a rebuild after one edit at 10,000 items). Only an item whose file parsed without any problem
/// is recorded, so nothing a build reports is skipped.
///
/// The body is not recorded: it is the end of the file's text, read again anyway, from the
/// recorded offset. Locations are recorded as lines and columns in the file itself.
package enum ParsedItemRecord {
    private static let version = 1

    /// Where `body` starts in `text` (UTF-8 bytes), when it is the text's plain suffix; nil when
    /// parsing changed it (line ends normalised, a byte-order mark removed).
    package static func bodyOffset(of body: String, in text: String) -> Int? {
        var text = text, body = body
        return text.withUTF8 { text in
            body.withUTF8 { body in
                guard body.count <= text.count else { return nil }
                let offset = text.count - body.count
                return body.isEmpty || memcmp(text.baseAddress! + offset, body.baseAddress!, body.count) == 0 ? offset : nil
            }
        }
    }

    /// Nil when the item cannot be recorded faithfully: a location in another file, or a text
    /// whose body is not a plain suffix of it (line ends normalised, a byte-order mark removed).
    package static func bytes(of item: ContentItem, text: String) -> [UInt8]? {
        let document = item.document
        guard !text.utf8.contains(UInt8(ascii: "\r")), text.unicodeScalars.first != "\u{FEFF}",
              let bodyStart = bodyOffset(of: document.body, in: text) else { return nil }
        var writer = ByteWriter()
        var faithful = true
        func location(_ location: SourceLocation) {
            if location.path != document.displayPath { faithful = false }
            writer.number(location.line)
            writer.number(location.column)
        }
        func located(_ value: Located<String>) {
            writer.text(value.value)
            location(value.location)
        }
        func date(_ value: Located<Date>) {
            writer.wide(value.value.timeIntervalSinceReferenceDate.bitPattern)
            location(value.location)
        }
        func flag(_ present: Bool) { writer.number(present ? 1 : 0) }

        writer.number(version)
        writer.text(document.contentPath)
        writer.text(document.displayPath)
        writer.number(bodyStart)
        writer.number(document.bodyFirstLine)
        writer.text(document.translationKey)
        writer.optional(document.languageSuffix)
        writer.text(item.slug)
        writer.text(item.title)
        date(item.date)
        flag(item.expires != nil)
        if let expires = item.expires { date(expires) }
        flag(item.url != nil)
        if let url = item.url { located(url) }
        writer.optional(item.summary)
        flag(item.image != nil)
        if let image = item.image {
            located(image.reference)
            writer.text(image.alt)
        }
        writer.optional(item.campaign)
        writer.texts(item.tags)
        writer.texts(item.audiences)
        writer.text(item.lang)
        writer.text(item.priority.rawValue)
        flag(item.draft)
        flag(item.source != nil)
        if let source = item.source {
            writer.text(source.name)
            writer.text(source.url)
        }
        writer.optional(item.why)
        writer.texts(item.contacts)
        writer.number(item.share.count)
        for (network, message) in item.share {
            located(network)
            located(message)
        }
        return faithful ? writer.bytes : nil
    }

    /// The item `bytes(of:text:)` recorded, with its body from `text` (the same file, as the
    /// cache's key `sourceKey` says); nil when the bytes are not such a record.
    /// `text`: the file's, whose end is the body; nil for a file not read (`ItemFiles`), whose
    /// item then has an empty body.
    package static func item(from bytes: ArraySlice<UInt8>, text: String?, sourceKey: DerivedCache.Key?) -> ContentItem? {
        var reader = ByteReader(bytes: bytes)
        guard reader.number() == version, let contentPath = reader.text(), let displayPath = reader.text(),
              let bodyOffset = reader.number(), bodyOffset <= text?.utf8.count ?? bodyOffset, let bodyFirstLine = reader.number(),
              let translationKey = reader.text(), let languageSuffix = reader.optional() else { return nil }
        func readLocation() -> SourceLocation? {
            guard let line = reader.number(), let column = reader.number() else { return nil }
            return SourceLocation(path: displayPath, line: line, column: column)
        }
        func readLocated() -> Located<String>? {
            guard let value = reader.text(), let location = readLocation() else { return nil }
            return Located(value, at: location)
        }
        func readDate() -> Located<Date>? {
            guard let bits = reader.wide(), let location = readLocation() else { return nil }
            return Located(Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits)), at: location)
        }
        /// nil: not a record; .some(nil): absent.
        func optional<Value>(_ read: () -> Value?) -> Value?? {
            switch reader.number() {
            case 0: return .some(nil)
            case 1: return read().map { .some($0) }
            default: return nil
            }
        }
        // A copy of the text's end, not decoded again: it is the file's own text, already valid
        // (decoding each body was a fifth of taking items from the cache).
        let body = text.map { String($0[$0.utf8.index($0.utf8.startIndex, offsetBy: bodyOffset)...]) } ?? ""
        var document = SourceDocument(contentPath: contentPath, displayPath: displayPath, body: body, bodyFirstLine: bodyFirstLine)
        document.translationKey = translationKey
        document.languageSuffix = languageSuffix
        guard let slug = reader.text(), let title = reader.text(), let date = readDate(),
              let expires = optional(readDate), let url = optional(readLocated), let summary = reader.optional(),
              let image = optional({ () -> ContentItem.Image? in
                  guard let reference = readLocated(), let alt = reader.text() else { return nil }
                  return ContentItem.Image(reference: reference, alt: alt)
              }),
              let campaign = reader.optional(), let tags = reader.texts(), let audiences = reader.texts(), let lang = reader.text(),
              let priority = reader.text().flatMap(ContentItem.Priority.init(rawValue:)), let draft = reader.number(), draft <= 1,
              let source = optional({ () -> ContentItem.Source? in
                  guard let name = reader.text(), let url = reader.text() else { return nil }
                  return ContentItem.Source(name: name, url: url)
              }),
              let why = reader.optional(), let contacts = reader.texts(), let shareCount = reader.number(), shareCount <= bytes.count
        else { return nil }
        var share: [(network: Located<String>, message: Located<String>)] = []
        for _ in 0..<shareCount {
            guard let network = readLocated(), let message = readLocated() else { return nil }
            share.append((network, message))
        }
        guard reader.isAtEnd else { return nil }
        return ContentItem(document: document, slug: slug, title: title, date: date, expires: expires, url: url, summary: summary,
                           image: image, campaign: campaign, tags: tags, audiences: audiences, lang: lang, priority: priority,
                           draft: draft == 1, source: source, why: why, contacts: contacts, share: share, sourceKey: sourceKey)
    }
}
