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

/// `site.yml` read alone, for the commands that need the settings but not the content
/// (`megaphone new` for the time zone, `megaphone serve` for the base path).
public enum SiteSettings {
    public static func read(source: URL) -> (SiteConfig?, [Diagnostic]) {
        let (file, problem) = SourceTree.readConfig(root: source, displayPath: "site.yml")
        var diagnostics = problem.map { [$0] } ?? []
        let config = SiteConfigParser.parse(file, displayPath: "site.yml", baseURLOverride: nil, diagnostics: &diagnostics)
        return (diagnostics.hasErrors ? nil : config, diagnostics)
    }
}
