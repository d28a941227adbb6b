import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing
import MegaphoneParse
import MegaphoneValidate
import MegaphoneSite

/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with Megaphone's `_advocacy` extension.
/// Encoded by `JSONEncoder` with sorted keys, so a build with `--now` gives byte-identical feeds.
package struct JSONFeed: Encodable {
    package var version = "https://jsonfeed.org/version/1.1"
    package var title: String
    package var homePageURL: String
    package var feedURL: String
    package var description: String?
    package var language: String
    package var items: [Item]
    package var advocacy: FeedExtension

    package enum CodingKeys: String, CodingKey {
        case version, title, description, language, items
        case homePageURL = "home_page_url"
        case feedURL = "feed_url"
        case advocacy = "_advocacy"
    }

    package struct FeedExtension: Encodable {
        package var about: String
        package var version = 1
    }

    package struct Item: Encodable, Sendable {
        package var id: String
        package var url: String
        package var externalURL: String?
        package var title: String
        package var summary: String?
        package var contentHTML: String
        package var datePublished: String
        package var tags: [String]?
        package var image: String?
        package var language: String
        package var advocacy: ItemExtension

        package enum CodingKeys: String, CodingKey {
            case id, url, title, summary, tags, image, language
            case externalURL = "external_url"
            case contentHTML = "content_html"
            case datePublished = "date_published"
            case advocacy = "_advocacy"
        }
    }

    package struct ItemExtension: Encodable, Sendable {
        package var about: String
        package var campaign: String?
        package var priority: String
        package var pinned: Bool
        package var audiences: [String]
        package var expires: String?
        package var why: String?
        package var contacts: [String]
        package var source: Source?
        package var share: [String: Share]
        /// Networks in the site's order: `share` is a map, and maps have no order.
        package var networks: [String]
    }

    package struct Source: Encodable, Sendable {
        package var name: String
        package var url: String
    }

    package struct Share: Encodable, Sendable {
        package var text: String
        package var link: String?
        package var shareURL: String?
        package var limit: Int?
        package var length: Int

        package enum CodingKeys: String, CodingKey {
            case text, link, limit, length
            case shareURL = "share_url"
        }
    }
}

/// `guidelines.json`: the rules, for bots and apps that show them.
package struct GuidelinesDocument: Encodable {
    package var title: String
    package var homePageURL: String
    package var guidelines: [Entry]

    package enum CodingKeys: String, CodingKey {
        case title, guidelines
        case homePageURL = "home_page_url"
    }

    package struct Entry: Encodable {
        package var id: String
        package var url: String
        package var title: String
        package var order: Int
        package var summary: String?
        package var `do`: [String]
        package var dont: [String]
        package var updated: String?
        package var language: String
        package var contentHTML: String

        package enum CodingKeys: String, CodingKey {
            case id, url, title, order, summary, `do`, dont, updated, language
            case contentHTML = "content_html"
        }
    }
}

/// `training.json`: the modules and their lessons.
package struct TrainingDocument: Encodable {
    package var title: String
    package var homePageURL: String
    package var modules: [Module]

    package enum CodingKeys: String, CodingKey {
        case title, modules
        case homePageURL = "home_page_url"
    }

    package struct Module: Encodable {
        package var id: String
        package var url: String
        package var title: String
        package var order: Int
        package var level: String?
        package var duration: Int?
        package var network: String?
        package var objectives: [String]
        package var prerequisites: [String]
        package var language: String
        package var lessons: [Lesson]
        package var quiz: [Question]
    }

    package struct Lesson: Encodable {
        package var url: String
        package var title: String
        package var duration: Int?
    }

    package struct Question: Encodable {
        package var question: String
        package var choices: [String]
        package var answer: Int
        package var explanation: String?
    }
}
