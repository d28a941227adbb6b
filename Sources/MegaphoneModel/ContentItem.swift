import Foundation
import MegaphoneSupport

/// A pre-approved post that employees can share.
@Memberwise
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

    public var document: SourceDocument
    public var slug: String
    public var title: String
    public var date: Located<Date>
    public var expires: Located<Date>?
    public var url: Located<String>?
    public var summary: String?
    public var image: Image?
    public var campaign: String?
    public var tags: [String]
    public var audiences: [String]
    public var lang: String
    public var priority: Priority
    public var draft: Bool
    public var source: Source?
    public var why: String?
    public var contacts: [String]
    /// Suggested messages by network key, in the order written.
    public var share: [(network: Located<String>, message: Located<String>)]
    /// A key of everything the item was parsed from (`site.yml`, the file's path and text): two
    /// items with the same key are the same item. What is derived from the item alone can be
    /// kept under it from one build to the next; nil when the parser did not say.
    public var sourceKey: DerivedCache.Key? = nil

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
