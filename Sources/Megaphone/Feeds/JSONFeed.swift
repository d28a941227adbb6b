/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with Megaphone's `_advocacy` extension.
/// Encoded by `JSONEncoder` with sorted keys, so a build with `--now` gives byte-identical feeds.
struct JSONFeed: Encodable {
    var version = "https://jsonfeed.org/version/1.1"
    var title: String
    var homePageURL: String
    var feedURL: String
    var description: String?
    var language: String
    var items: [Item]
    var advocacy: FeedExtension

    enum CodingKeys: String, CodingKey {
        case version, title, description, language, items
        case homePageURL = "home_page_url"
        case feedURL = "feed_url"
        case advocacy = "_advocacy"
    }

    struct FeedExtension: Encodable {
        var about: String
        var version = 1
    }

    struct Item: Encodable, Sendable {
        var id: String
        var url: String
        var externalURL: String?
        var title: String
        var summary: String?
        var contentHTML: String
        var datePublished: String
        var tags: [String]?
        var image: String?
        var language: String
        var advocacy: ItemExtension

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, tags, image, language
            case externalURL = "external_url"
            case contentHTML = "content_html"
            case datePublished = "date_published"
            case advocacy = "_advocacy"
        }
    }

    struct ItemExtension: Encodable, Sendable {
        var about: String
        var campaign: String?
        var priority: String
        var pinned: Bool
        var audiences: [String]
        var expires: String?
        var why: String?
        var contacts: [String]
        var source: Source?
        var share: [String: Share]
        /// Networks in the site's order: `share` is a map, and maps have no order.
        var networks: [String]
    }

    struct Source: Encodable, Sendable {
        var name: String
        var url: String
    }

    struct Share: Encodable, Sendable {
        var text: String
        var link: String?
        var shareURL: String?
        var limit: Int?
        var length: Int

        enum CodingKeys: String, CodingKey {
            case text, link, limit, length
            case shareURL = "share_url"
        }
    }
}

/// `guidelines.json`: the rules, for bots and apps that show them.
struct GuidelinesDocument: Encodable {
    var title: String
    var homePageURL: String
    var guidelines: [Entry]

    enum CodingKeys: String, CodingKey {
        case title, guidelines
        case homePageURL = "home_page_url"
    }

    struct Entry: Encodable {
        var id: String
        var url: String
        var title: String
        var order: Int
        var summary: String?
        var `do`: [String]
        var dont: [String]
        var updated: String?
        var language: String
        var contentHTML: String

        enum CodingKeys: String, CodingKey {
            case id, url, title, order, summary, `do`, dont, updated, language
            case contentHTML = "content_html"
        }
    }
}

/// `training.json`: the modules and their lessons.
struct TrainingDocument: Encodable {
    var title: String
    var homePageURL: String
    var modules: [Module]

    enum CodingKeys: String, CodingKey {
        case title, modules
        case homePageURL = "home_page_url"
    }

    struct Module: Encodable {
        var id: String
        var url: String
        var title: String
        var order: Int
        var level: String?
        var duration: Int?
        var network: String?
        var objectives: [String]
        var prerequisites: [String]
        var language: String
        var lessons: [Lesson]
        var quiz: [Question]
    }

    struct Lesson: Encodable {
        var url: String
        var title: String
        var duration: Int?
    }

    struct Question: Encodable {
        var question: String
        var choices: [String]
        var answer: Int
        var explanation: String?
    }
}
