import MegaphoneModel
import MegaphoneSharing

// The front matter of each content kind. The parsers read these keys and nothing else; the order
// of the cases is the order editors list them in.

private let slugHelp = "Overrides the URL name taken from the file name (lower-case letters, digits and dashes)."
private let langHelp = "Language of this file, one of site.yml's languages; default: the file name's suffix (NAME.en.md), else the site's language."
private let translationKeyHelp = "Files of one kind with the same key are translations of each other; default: the file name without its language suffix."
private let orderHelp = "Position in its list: smaller first; equal orders are sorted by title."

package enum ItemKey: String, FieldKey {
    case title, date, expires, url, summary, image
    case imageAlt = "image_alt"
    case campaign, tags, audiences, lang, priority, draft, source, why, contacts, share, slug
    case translationKey = "translation_key"

    package var isRequired: Bool { self == .title || self == .date }

    package var shape: ValueShape {
        switch self {
        case .title, .summary, .image, .imageAlt, .why: .text
        case .date, .expires: .date
        case .url: .url
        case .campaign, .slug: .slug
        case .translationKey: .text
        case .tags, .audiences, .contacts: .list(.text)
        case .lang: .languageCode
        case .priority: .choice(of: ContentItem.Priority.self)
        case .draft: .boolean
        case .source: .record(SourceKey.fields)
        case .share: .map(keys: Network.ids, values: .text)
        }
    }

    package var help: String {
        switch self {
        case .title: "Headline of the item, on the portal and in the feeds."
        case .date: "Publication time (ISO 8601); an item in the future is scheduled and appears at that time."
        case .expires: "After this time the item leaves the share pages and feeds and is listed in the archive."
        case .url: "The link employees share (absolute http/https); without it the item is a text-only post."
        case .summary: "One or two sentences; default: the body's first paragraph."
        case .image: "Picture of the item: a file beside this one, or a URL on a host of site.yml's allowed_hosts."
        case .imageAlt: "Short description of the picture for people who cannot see it; required with image."
        case .campaign: "Campaign slug, used as utm_campaign and for the campaign's page and feed."
        case .tags: "Topics, each with its listing page."
        case .audiences: "Teams this item is for (sales, hr, marketing, recruiting…)."
        case .lang: langHelp
        case .priority: "high pins the item at the top of the home page."
        case .draft: "true leaves the item out unless the build runs with --drafts."
        case .source: "The third-party publication this item curates."
        case .why: "Why this matters, for employees: shown above the share buttons."
        case .contacts: "Who to ask internally: names, teams, addresses."
        case .share: "Suggested message per network (linkedin, x…); the tracked link is added by Megaphone."
        case .slug: slugHelp
        case .translationKey: translationKeyHelp
        }
    }
}

package enum SourceKey: String, FieldKey {
    case name, url

    package var isRequired: Bool { true }
    package var shape: ValueShape { self == .url ? .url : .text }
    package var help: String {
        self == .name ? "Name of the publication, e.g. Les Echos." : "Address of the original article."
    }
}

package enum GuidelineKey: String, FieldKey {
    case title, order, summary
    case dos = "do"
    case donts = "dont"
    case updated, lang, slug
    case translationKey = "translation_key"

    package var isRequired: Bool { self == .title }

    package var shape: ValueShape {
        switch self {
        case .title, .summary: .text
        case .order: .integer(-9999...9999)
        case .dos, .donts: .list(.text)
        case .updated: .date
        case .lang: .languageCode
        case .slug: .slug
        case .translationKey: .text
        }
    }

    package var help: String {
        switch self {
        case .title: "Title of the guideline."
        case .order: orderHelp
        case .summary: "One or two sentences shown in the list of guidelines."
        case .dos: "What to do, one entry per line."
        case .donts: "What not to do, one entry per line."
        case .updated: "When the rule last changed."
        case .lang: langHelp
        case .slug: slugHelp
        case .translationKey: translationKeyHelp
        }
    }
}

package enum PageKey: String, FieldKey {
    case title, order, menu, lang, slug
    case translationKey = "translation_key"

    package var isRequired: Bool { self == .title }

    package var shape: ValueShape {
        switch self {
        case .title: .text
        case .order: .integer(-9999...9999)
        case .menu: .boolean
        case .lang: .languageCode
        case .slug: .slug
        case .translationKey: .text
        }
    }

    package var help: String {
        switch self {
        case .title: "Title of the page."
        case .order: orderHelp
        case .menu: "true shows the page in the navigation."
        case .lang: langHelp
        case .slug: slugHelp
        case .translationKey: translationKeyHelp
        }
    }
}

package enum ModuleKey: String, FieldKey {
    case title, order, level, duration, network, objectives, prerequisites, quiz, lang, slug
    case translationKey = "translation_key"

    package var isRequired: Bool { self == .title }

    package var shape: ValueShape {
        switch self {
        case .title: .text
        case .order: .integer(-9999...9999)
        case .level: .choice(of: TrainingModule.Level.self)
        case .duration: .integer(1...10_000)
        case .network: .choice(Network.ids)
        case .objectives: .list(.text)
        case .prerequisites: .list(.slug)
        case .quiz: .records(QuizKey.fields)
        case .lang: .languageCode
        case .slug: .slug
        case .translationKey: .text
        }
    }

    package var help: String {
        switch self {
        case .title: "Title of the training module."
        case .order: orderHelp
        case .level: "How much the module assumes the reader knows."
        case .duration: "Minutes the module takes."
        case .network: "The network the module is about, if any."
        case .objectives: "What the employee can do after the module."
        case .prerequisites: "Slugs of the modules to take first."
        case .quiz: "Questions to check what was learnt."
        case .lang: langHelp
        case .slug: slugHelp
        case .translationKey: translationKeyHelp
        }
    }
}

package enum LessonKey: String, FieldKey {
    case title, order, duration, slug
    case translationKey = "translation_key"

    package var isRequired: Bool { self == .title }

    package var shape: ValueShape {
        switch self {
        case .title: .text
        case .order: .integer(-9999...9999)
        case .duration: .integer(1...10_000)
        case .slug: .slug
        case .translationKey: .text
        }
    }

    package var help: String {
        switch self {
        case .title: "Title of the lesson."
        case .order: orderHelp
        case .duration: "Minutes the lesson takes."
        case .slug: slugHelp
        case .translationKey: translationKeyHelp
        }
    }
}

package enum QuizKey: String, FieldKey {
    case question, choices, answer, explanation

    package var isRequired: Bool { self != .explanation }

    package var shape: ValueShape {
        switch self {
        case .question, .explanation: .text
        case .choices: .list(.text)
        // The upper bound is the number of choices, checked by the parser.
        case .answer: .integer(0...99)
        }
    }

    package var help: String {
        switch self {
        case .question: "The question."
        case .choices: "At least two possible answers."
        case .answer: "Index of the right choice, counting from 0."
        case .explanation: "Shown after answering: why this is the right choice."
        }
    }
}
