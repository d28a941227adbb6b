import MegaphoneSupport

/// A free page (about, FAQ, contacts).
@Memberwise
public struct Page: Sendable {
    public var document: SourceDocument
    public var slug: String
    public var title: String
    public var order: Int
    public var menu: Bool
    public var lang: String
}
