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
    /// What the share URL is made from besides the message and link. The post and the URL are
    /// made when read, not kept: every item's options are kept for the build (see `ShareTable`),
    /// and the URL (the post percent-encoded) and the post were three quarters of their bytes,
    /// 14% of a first build's heap at 10,000 items.
    var title: String
    var mastodonInstance: String
    /// The post as the network counts it.
    public var length: Int
    public var limit: Int?

    public var isOverLimit: Bool { limit.map { length > $0 } ?? false }

    /// The post as it will appear (message and link, as the network joins them), also what the
    /// copy button copies.
    public var post: String {
        SharePlanner.compose(message: message, link: link, separator: network.takesText && network.takesLink ? " " : "\n\n")
    }

    /// The ready-made share-intent URL; nil where the network needs a link and the item has none.
    public var shareURL: String? {
        if link == nil, network.takesLink, !network.takesText { return nil }
        let text = network.takesLink ? message : post
        return SharePlanner.fill(network.template) { placeholder in
            switch placeholder {
            case "instance": mastodonInstance
            case "url": TrackedLink.encode(link ?? "")
            case "title": TrackedLink.encode(title)
            case "text": TrackedLink.encode(network.crlfLineBreaks ? SharePlanner.crlf(text) : text)
            default: nil
            }
        }
    }
}
