import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing
import MegaphoneParse

/// Rules that look across files, after each file has been read on its own.
public enum SiteValidator {
    /// `derived`: what earlier builds found, so unchanged items need not be checked again.
    public static func validate(_ site: Site, shares: ShareTable, derived: DerivedCache = DerivedCache(identity: "")) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += prerequisites(site)
        diagnostics += itemImages(site)
        diagnostics += ShareRules.validate(site, shares: shares, derived: derived)
        diagnostics += logo(site)
        diagnostics += goals(site)
        return diagnostics
    }

    /// Every prerequisite names an existing module, and not the module itself.
    package static func prerequisites(_ site: Site) -> [Diagnostic] {
        let slugs = site.training.map(\.slug)
        return site.training.flatMap { module in
            module.prerequisites.compactMap { prerequisite -> Diagnostic? in
                if prerequisite.value == module.slug {
                    return .error(at: prerequisite.location, "a module cannot be its own prerequisite")
                }
                guard !slugs.contains(prerequisite.value) else { return nil }
                return .error(at: prerequisite.location, "unknown training module '\(prerequisite.value)' in 'prerequisites'"
                    + (Suggestion.closest(to: prerequisite.value, among: slugs).map { "; did you mean '\($0)'?" }
                        ?? "; modules are: \(slugs.joined(separator: ", "))"))
            }
        }
    }

    /// `logo:` names a file under `content/`.
    package static func logo(_ site: Site) -> [Diagnostic] {
        guard let logo = site.config.logo, !site.staticFiles.contains(logo) else { return [] }
        return [.error(at: site.config.logoLocation ?? SourceLocation(path: "site.yml", line: 1, column: 1),
                       "the logo '\(logo)' does not exist: put the file under content/ and give its path from there (images/logo.svg)")]
    }

    /// An item's `image` that is a path must name a file beside the item.
    package static func itemImages(_ site: Site) -> [Diagnostic] {
        let files = Set(site.staticFiles)
        return site.items.compactMap { item in
            guard let image = item.image, !image.reference.value.contains(ascii: ":") else { return nil }
            guard let path = ContentPath.resolve(image.reference.value, from: item.document.contentDirectory) else {
                return .error(at: image.reference.location, "the image '\(image.reference.value)' is outside content/")
            }
            guard !files.contains(path) else { return nil }
            return .error(at: image.reference.location, "the image '\(image.reference.value)' does not exist (looked for content/\(path))"
                + Suggestion.hint(for: path, among: Array(files)))
        }
    }

    /// A goal's campaign must be one of the items' campaigns, else it would measure nothing.
    package static func goals(_ site: Site) -> [Diagnostic] {
        let campaigns = CampaignIndex(items: site.items)
        return site.config.goals.compactMap { goal in
            guard let campaign = goal.campaign, campaigns.name(for: campaign.value) == nil else { return nil }
            let hint = Suggestion.closest(to: campaign.value, among: campaigns.all).map { "; did you mean '\($0)'?" } ?? ""
            return .error(at: campaign.location, "goal '\(goal.name)' names campaign '\(campaign.value)', which no item has\(hint)")
        }
    }
}
