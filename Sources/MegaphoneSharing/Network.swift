import MegaphoneSupport
import MegaphoneModel

/// A social network (or channel) employees can share to. All that differs between networks is
/// data in this one table: adding a network is adding a row.
public struct Network: Sendable, Hashable {
    /// How a network measures the length of a post.
    public enum Counting: String, Sendable {
        /// Unicode characters (LinkedIn, Facebook, WhatsApp, email...).
        case characters
        /// X's weighted count: a link is 23, most CJK and emoji weigh 2.
        case xWeighted
        /// Characters, with every link counted as 23 (Mastodon).
        case linksAs23
        /// Grapheme clusters, links in full (Bluesky).
        case graphemes
    }

    /// Key in `site.yml` and in an item's `share:` map.
    public var id: String
    public var label: String
    /// Share-intent URL with `{url}`, `{text}` and `{title}` placeholders (percent-encoded when
    /// filled); `{instance}` is the employee's Mastodon server.
    public var template: String
    /// The network reads the suggested text from the share URL.
    public var takesText: Bool
    /// The network takes the link as its own parameter; otherwise the link is appended to the text.
    public var takesLink: Bool
    /// Longest post, as the network counts it; nil when there is no practical limit.
    public var limit: Int?
    public var counting: Counting
    /// `utm_medium` for this network when the site keeps the default.
    public var medium: String = "social"
    /// The text goes into the body of an email: line breaks must be CRLF.
    public var crlfLineBreaks: Bool = false
}

extension Network {
    /// Every network Megaphone knows, in the default order.
    public static let all: [Network] = [
        Network(id: "linkedin", label: "LinkedIn", template: "https://www.linkedin.com/sharing/share-offsite/?url={url}",
                takesText: false, takesLink: true, limit: 3000, counting: .characters),
        Network(id: "x", label: "X", template: "https://x.com/intent/tweet?text={text}&url={url}",
                takesText: true, takesLink: true, limit: 280, counting: .xWeighted),
        Network(id: "facebook", label: "Facebook", template: "https://www.facebook.com/sharer.php?u={url}",
                takesText: false, takesLink: true, limit: 63206, counting: .characters),
        Network(id: "xing", label: "XING", template: "https://www.xing.com/spi/shares/new?url={url}",
                takesText: false, takesLink: true, limit: 3000, counting: .characters),
        Network(id: "bluesky", label: "Bluesky", template: "https://bsky.app/intent/compose?text={text}",
                takesText: true, takesLink: false, limit: 300, counting: .graphemes),
        Network(id: "mastodon", label: "Mastodon", template: "{instance}/share?text={text}",
                takesText: true, takesLink: false, limit: 500, counting: .linksAs23),
        Network(id: "threads", label: "Threads", template: "https://www.threads.com/intent/post?text={text}&url={url}",
                takesText: true, takesLink: true, limit: 500, counting: .characters),
        Network(id: "whatsapp", label: "WhatsApp", template: "https://wa.me/?text={text}",
                takesText: true, takesLink: false, limit: 65536, counting: .characters),
        Network(id: "telegram", label: "Telegram", template: "https://t.me/share/url?url={url}&text={text}",
                takesText: true, takesLink: true, limit: 4096, counting: .characters),
        Network(id: "reddit", label: "Reddit", template: "https://www.reddit.com/submit?url={url}&title={title}",
                takesText: false, takesLink: true, limit: 300, counting: .characters),
        Network(id: "email", label: "E-mail", template: "mailto:?subject={title}&body={text}",
                takesText: true, takesLink: false, limit: nil, counting: .characters, medium: "email", crlfLineBreaks: true),
    ]

    public static let ids: [String] = all.map(\.id)

    public static func named(_ id: String) -> Network? { all.first { $0.id == id } }
}
