import Foundation
import MegaphoneSupport

/// A pre-approved post that employees can share.
public struct ContentItem: Sendable {
    public enum Priority: String, Sendable, CaseIterable {
        case normal
        case high
    }

    @Memberwise

    public struct Source: Sendable, Equatable {
        public var name: String
        public var url: String
    }

    @Memberwise

    public struct Image: Sendable, Equatable {
        /// As written: a path relative to the item's file, or an absolute URL.
        public var reference: Located<String>
        public var alt: String
    }

    /// The fields, held once however many lists hold the item: a copy of the struct is one
    /// reference (an item is in the selection, its terms' lists, the listings and the feeds of each
    /// language's tree; copied inline, each copy retained some twenty strings and arrays, a tenth
    /// of a rebuild's time). A field set on a shared item copies the fields first.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        @usableFromInline var fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline
    struct Fields: Sendable {
        @usableFromInline var document: SourceDocument
        @usableFromInline var slug: String
        @usableFromInline var title: String
        @usableFromInline var date: Located<Date>
        @usableFromInline var expires: Located<Date>?
        @usableFromInline var url: Located<String>?
        @usableFromInline var summary: String?
        @usableFromInline var image: Image?
        @usableFromInline var campaign: String?
        @usableFromInline var tags: [String]
        @usableFromInline var audiences: [String]
        @usableFromInline var lang: String
        @usableFromInline var priority: Priority
        @usableFromInline var draft: Bool
        @usableFromInline var source: Source?
        @usableFromInline var why: String?
        @usableFromInline var contacts: [String]
        @usableFromInline var share: [(network: Located<String>, message: Located<String>)]
        @usableFromInline var sourceKey: DerivedCache.Key?
        @usableFromInline var headerKey: DerivedCache.Key? = nil
    }

    @usableFromInline var storage: Storage

    @inlinable mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    public init(document: SourceDocument,
                slug: String,
                title: String,
                date: Located<Date>,
                expires: Located<Date>?,
                url: Located<String>?,
                summary: String?,
                image: Image?,
                campaign: String?,
                tags: [String],
                audiences: [String],
                lang: String,
                priority: Priority,
                draft: Bool,
                source: Source?,
                why: String?,
                contacts: [String],
                share: [(network: Located<String>, message: Located<String>)],
                sourceKey: DerivedCache.Key? = nil) {
        storage = Storage(Fields(document: document, slug: slug, title: title, date: date, expires: expires, url: url,
                                 summary: summary, image: image, campaign: campaign, tags: tags, audiences: audiences,
                                 lang: lang, priority: priority, draft: draft, source: source, why: why, contacts: contacts,
                                 share: share, sourceKey: sourceKey))
    }

    @inlinable public var document: SourceDocument {
        get { storage.fields.document }
        _modify { makeUnique(); yield &storage.fields.document }
    }
    @inlinable public var slug: String {
        get { storage.fields.slug }
        _modify { makeUnique(); yield &storage.fields.slug }
    }
    @inlinable public var title: String {
        get { storage.fields.title }
        _modify { makeUnique(); yield &storage.fields.title }
    }
    @inlinable public var date: Located<Date> {
        get { storage.fields.date }
        _modify { makeUnique(); yield &storage.fields.date }
    }
    @inlinable public var expires: Located<Date>? {
        get { storage.fields.expires }
        _modify { makeUnique(); yield &storage.fields.expires }
    }
    @inlinable public var url: Located<String>? {
        get { storage.fields.url }
        _modify { makeUnique(); yield &storage.fields.url }
    }
    @inlinable public var summary: String? {
        get { storage.fields.summary }
        _modify { makeUnique(); yield &storage.fields.summary }
    }
    @inlinable public var image: Image? {
        get { storage.fields.image }
        _modify { makeUnique(); yield &storage.fields.image }
    }
    @inlinable public var campaign: String? {
        get { storage.fields.campaign }
        _modify { makeUnique(); yield &storage.fields.campaign }
    }
    @inlinable public var tags: [String] {
        get { storage.fields.tags }
        _modify { makeUnique(); yield &storage.fields.tags }
    }
    @inlinable public var audiences: [String] {
        get { storage.fields.audiences }
        _modify { makeUnique(); yield &storage.fields.audiences }
    }
    @inlinable public var lang: String {
        get { storage.fields.lang }
        _modify { makeUnique(); yield &storage.fields.lang }
    }
    @inlinable public var priority: Priority {
        get { storage.fields.priority }
        _modify { makeUnique(); yield &storage.fields.priority }
    }
    @inlinable public var draft: Bool {
        get { storage.fields.draft }
        _modify { makeUnique(); yield &storage.fields.draft }
    }
    @inlinable public var source: Source? {
        get { storage.fields.source }
        _modify { makeUnique(); yield &storage.fields.source }
    }
    @inlinable public var why: String? {
        get { storage.fields.why }
        _modify { makeUnique(); yield &storage.fields.why }
    }
    @inlinable public var contacts: [String] {
        get { storage.fields.contacts }
        _modify { makeUnique(); yield &storage.fields.contacts }
    }
    /// Suggested messages by network key, in the order written.
    @inlinable public var share: [(network: Located<String>, message: Located<String>)] {
        get { storage.fields.share }
        _modify { makeUnique(); yield &storage.fields.share }
    }
    /// A key of everything the item was parsed from (`site.yml`, the file's path and text): two
    /// items with the same key are the same item. What is derived from the item alone can be
    /// kept under it from one build to the next; nil when the parser did not say.
    @inlinable public var sourceKey: DerivedCache.Key? {
        get { storage.fields.sourceKey }
        _modify { makeUnique(); yield &storage.fields.sourceKey }
    }
    /// A key of what the item was parsed from except its body (`site.yml`, the file's path and
    /// front matter): what other pages may show of it, save its first paragraph. Nil when the
    /// body is not a plain suffix of the file's text, or the parser did not say.
    @inlinable public var headerKey: DerivedCache.Key? {
        get { storage.fields.headerKey }
        _modify { makeUnique(); yield &storage.fields.headerKey }
    }

    public func status(at now: Date) -> PublicationStatus {
        if draft { return .draft }
        if date.value > now { return .scheduled }
        if let expires, expires.value <= now { return .expired }
        return .current
    }
}

/// Where an item stands at build time (the build's clock, `--now`).
public enum PublicationStatus: String, Sendable {
    case current
    case scheduled
    case expired
    case draft
}
