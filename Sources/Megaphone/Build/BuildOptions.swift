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

/// What `megaphone build` and `megaphone check` are asked to do.
public struct BuildOptions: Sendable {
    /// The site's source folder (holds `site.yml`, `content/`, `themes/`).
    public var source: URL
    /// `source` as the user wrote it, to prefix paths in messages; empty for the current folder.
    public var sourceDisplay: String
    public var output: URL
    public var baseURL: String?
    public var includeDrafts = false
    public var includeFuture = false
    /// `--now` as written; parsed in the site's time zone.
    public var now: String?
    /// Where a theme the site's `themes/` lacks is looked for next, in order: the installation's
    /// and the checkout's (`Installation`).
    public var themeFolders = Installation.themeFolders
    /// Renders with swift-mustache instead of Megaphone's renderer of its parsed templates: the
    /// reference the tests compare that renderer's output with, file by file.
    package var rendersWithSwiftMustache = false
    /// The process exits once the build is done (`megaphone build`, `check`): the build's values
    /// are left to the exit instead of being freed one by one (`Abandoned`).
    public var exitsAfter = false

    public init(source: String = ".", output: String? = nil) {
        self.source = URL(fileURLWithPath: source).standardizedFileURL
        let trimmed = source.hasSuffix("/") && source.count > 1 ? String(source.dropLast()) : source
        sourceDisplay = trimmed == "." ? "" : trimmed
        self.output = output.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? self.source.appendingPathComponent("public")
    }
}
