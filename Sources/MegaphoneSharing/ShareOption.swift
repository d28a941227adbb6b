import MegaphoneSupport
import MegaphoneModel

/// Everything an employee needs to share one item on one network, computed at build time.
public struct ShareOption: Sendable {
    public var network: Network
    /// The suggested message with the disclosure, without the link: what the employee may edit.
    public var message: String
    /// Where the item's `share.NETWORK` is written; nil for the default message built from the title.
    public var messageLocation: SourceLocation?
    /// The UTM-tagged link; nil for a text-only item.
    public var link: String?
    /// The post as it will appear (message and link, as the network joins them), also what the
    /// copy button copies.
    public var post: String
    /// The ready-made share-intent URL; nil where the network needs a link and the item has none.
    public var shareURL: String?
    /// `post` as the network counts it.
    public var length: Int
    public var limit: Int?

    public var isOverLimit: Bool { limit.map { length > $0 } ?? false }
}
