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

/// `megaphone init DIR`: a new portal that builds at once, with the default theme copied in (so
/// the site's repository pins the theme it was made with, and may change it) and one example of
/// each kind of content to copy from.
public enum NewSite {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Creates the site in `folder` (which must not exist, or be empty) from the theme folder
    /// `themes` (holding `default/`). Returns the files created, relative to `folder`.
    public static func create(in folder: URL, themes: URL, now: Date) throws(Failure) -> [String] {
        let fileManager = FileManager.default
        let defaultTheme = themes.appendingPathComponent("default")
        guard fileManager.fileExists(atPath: defaultTheme.appendingPathComponent("layouts").path) else {
            throw Failure(description: "no default theme at \(defaultTheme.path); pass --themes with the folder that holds it")
        }
        if let existing = try? fileManager.contentsOfDirectory(atPath: folder.path), !existing.filter({ !$0.hasPrefix(".") }).isEmpty {
            throw Failure(description: "\(folder.path) is not empty; choose a new folder")
        }
        let files = starterFiles(now: now) + EditorFiles.starterFiles()
        do {
            for (path, text) in files {
                let url = folder.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            try fileManager.createDirectory(at: folder.appendingPathComponent("themes"), withIntermediateDirectories: true)
            try fileManager.copyItem(at: defaultTheme, to: folder.appendingPathComponent("themes/default"))
        } catch {
            throw Failure(description: "cannot create the site in \(folder.path): \(error.localizedDescription)")
        }
        return files.map(\.path).sorted() + ["themes/default/"]
    }

    /// The theme folder that comes with `executable` and holds `default/`: `share/megaphone/themes`
    /// beside an installed `bin/`, else `themes/` of the source checkout that built it
    /// (`Installation` gives the order).
    public static func installedThemes(executable: URL) -> URL? {
        Installation.themeFolders(executable: executable).first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("default/layouts").path)
        }
    }

    package static func starterFiles(now: Date) -> [(path: String, text: String)] {
        let zone = TimeZone(identifier: "Europe/Paris")!
        let today = DayFormat.string(now, in: zone)
        return [
            ("site.yml", """
                title: Our ambassadors
                base_url: https://intranet.example.com/advocacy/   # where the site is served; a sub-path works
                description: Company news and posts to share, the rules of the program and short trainings.
                language: en
                languages: [en, fr]
                timezone: Europe/Paris
                theme: default
                networks: [linkedin, x, bluesky, mastodon, email]
                utm:
                  source: "{network}"
                  medium: social
                  campaign: "{campaign}"
                  content: "{slug}"
                  personal: utm_term
                disclosure: "#OurAmbassadors"   # ends every suggested message, as the disclosure rule asks
                company: Example Corp

                """),
            (".gitignore", "/public/\n/.public.megaphone-*\n"),
            ("content/items/\(today)-welcome.md", """
                ---
                title: "Our employee advocacy portal is open"
                date: \(RFC3339.format(now, in: zone))
                url: https://www.example.com/news/advocacy-portal
                summary: Everything you may share about the company, with a suggested message for each network.
                campaign: launch
                tags: [program]
                audiences: [all]
                priority: high
                why: The more of us share our news in our own words, the further it goes.
                contacts: ["Communication team (communication@example.com)"]
                share:
                  linkedin: |
                    Our company now has a portal of news we are proud to share.

                    Have a look, and share what speaks to you, in your own words.
                  x: Our news, ready to share, in one place.
                ---
                Each item of this portal is a piece of news you may share. Pick a network below:
                the message is a suggestion, rewrite it as you like. Read [the rules](../guidelines/disclosure.md)
                first.

                """),
            ("content/guidelines/disclosure.md", """
                ---
                title: Say that you work here
                order: 1
                summary: When you share company news, say that you are an employee.
                do:
                  - Keep the program's hashtag in your post.
                  - Write in your own words.
                dont:
                  - Pretend to be a customer or a neutral observer.
                  - Share figures that are not published yet.
                updated: \(today)
                ---
                Your network trusts you because you are honest about where you stand.

                """),
            ("content/training/social-media-101.md", """
                ---
                title: Social media 101
                order: 1
                level: beginner
                duration: 10
                objectives:
                  - Share a post of the portal on LinkedIn.
                quiz:
                  - question: Where does the link you share lead?
                    choices: [To the portal, To the article, with our tracking code]
                    answer: 1
                    explanation: The link carries a code that tells which network the visit came from; nothing about you.
                ---
                Each second-level heading is a lesson.

                ## Choose what to share

                Share what you find interesting, not everything.

                ## Write in your own words

                The suggested message is a start: your own words reach further.

                """),
            ("content/pages/about.md", """
                ---
                title: About the program
                menu: true
                ---
                This portal gathers the news the company is glad to see shared, with the rules
                and the trainings of the program. Questions: communication@example.com.

                """),
        ]
    }
}
