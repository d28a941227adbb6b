import Foundation
import MegaphoneFeeds
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneRender
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import MegaphoneWrite
import Yams

/// `megaphone new KIND "Title"`: a new content file with the front matter of its kind, the
/// required keys filled in and the optional ones present as comments, so an editor starts from
/// something that builds and sees what else can be said.
public enum NewDocument {
    public enum Kind: String, CaseIterable, Sendable {
        case item, guideline, training, page
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes the file under `root` and returns its path relative to `root`. Items are drafts
    /// dated `now` (in the site's time zone) until the editor publishes them.
    public static func create(_ kind: Kind, title: String, in root: URL, now: Date) throws(Failure) -> String {
        let trimmed = title.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw Failure(description: "give the new \(kind.rawValue) a title, e.g. megaphone new \(kind.rawValue) \"Atlas is launched\"") }
        let config = try siteConfig(in: root)
        let slug = Slug.make(trimmed)
        guard !slug.isEmpty else { throw Failure(description: "the title '\(trimmed)' gives an empty file name; use letters or digits") }
        let day = DayFormat.string(now, in: config.timeZone)
        let path: String
        switch kind {
        case .item: path = "content/items/\(day)-\(slug).md"
        case .guideline: path = "content/guidelines/\(slug).md"
        case .training: path = "content/training/\(slug).md"
        case .page: path = "content/pages/\(slug).md"
        }
        let url = root.appendingPathComponent(path)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw Failure(description: "\(path) already exists; choose another title or edit that file")
        }
        let text = Self.text(kind, title: trimmed, now: now, config: config)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        } catch {
            throw Failure(description: "cannot write \(path): \(error.localizedDescription)")
        }
        return path
    }

    /// The site's settings (time zone, networks, language); a broken `site.yml` is reported.
    package static func siteConfig(in root: URL) throws(Failure) -> SiteConfig {
        let (read, diagnostics) = SiteSettings.read(source: root)
        guard let config = read else {
            let problems = diagnostics.isEmpty ? "" : "\n" + diagnostics.map(\.description).joined(separator: "\n")
            throw Failure(description: "run this in a site's folder (one with a valid site.yml), or pass --source DIR\(problems)")
        }
        return config
    }

    package static func text(_ kind: Kind, title: String, now: Date, config: SiteConfig) -> String {
        let quotedTitle = YAMLText.quoted(title)
        switch kind {
        case .item:
            let networks = config.networks.map { "#   \($0): \"\"" }.joined(separator: "\n")
            return """
                ---
                title: \(quotedTitle)
                date: \(RFC3339.format(now, in: config.timeZone))
                draft: true                     # remove this line to publish
                # expires: 2027-01-31           # after this date the item moves to the archive
                # url: https://www.example.com/news   # the link employees share
                # summary: One or two sentences; by default, the first paragraph below.
                # campaign: my-campaign
                # tags: [tag, other-tag]
                # audiences: [sales, hr]
                # priority: high                # pinned on the home page
                # why: Why it matters, for employees.
                # contacts: ["Name, team (name@example.com)"]
                # share:                        # a suggested message per network; Megaphone adds the link
                \(networks)
                ---
                What employees should know about this, in Markdown.

                """
        case .guideline:
            return """
                ---
                title: \(quotedTitle)
                # order: 10                     # position in the list of guidelines
                # summary: The rule in one sentence.
                # updated: \(DayFormat.string(now, in: config.timeZone))
                do:
                  - What to do.
                dont:
                  - What not to do.
                ---
                Explain the rule and give an example.

                """
        case .training:
            return """
                ---
                title: \(quotedTitle)
                level: beginner                 # beginner, intermediate or advanced
                duration: 10                    # minutes
                # network: linkedin
                objectives:
                  - What the employee can do after this module.
                # prerequisites: [other-module-slug]
                # quiz:
                #   - question: A question?
                #     choices: [A wrong answer, The right answer]
                #     answer: 1                 # the right choice, counted from 0
                #     explanation: Why it is right.
                ---
                Each second-level heading below is a lesson.

                ## First lesson

                What to learn first.

                ## Second lesson

                What comes next.

                """
        case .page:
            return """
                ---
                title: \(quotedTitle)
                menu: false                     # true: shown in the navigation
                # order: 10
                ---
                The page, in Markdown.

                """
        }
    }
}

/// YAML double-quoted scalars for generated front matter, written by Yams.
package enum YAMLText {
    package static func quoted(_ text: String) -> String {
        let node = Node.scalar(.init(text, Tag(.str), .doubleQuoted))
        let written = (try? Yams.serialize(node: node, width: -1, allowUnicode: true)) ?? "\"\(text)\""
        // A document of one scalar: drop the line break, and the end marker some versions add.
        return written.trimmingWhitespace().replacingEvery("\n...", with: "")
    }
}

/// `YYYY-MM-DD` in a time zone: the date part of the RFC 3339 timestamp.
package enum DayFormat {
    package static func string(_ date: Date, in timeZone: TimeZone) -> String {
        String(RFC3339.format(date, in: timeZone).prefix(10))
    }
}
