import Foundation
import MegaphoneSupport

/// Everything read from a site's sources, before the clock decides what is published.
public struct Site: Sendable {
    public var config: SiteConfig
    public var items: [ContentItem]
    public var guidelines: [Guideline]
    public var training: [TrainingModule]
    public var pages: [Page]
    /// Files under `content/` that are not Markdown, copied as they are (content-relative paths).
    public var staticFiles: [String]
    /// Every Markdown file under `content/` (content-relative), parsed or not: a link to a file that
    /// failed to parse is not reported again, its own errors say what to fix.
    public var markdownFiles: Set<String> = []
    /// The analytics exports of `data/analytics/` that could be read, in file order.
    public var analytics: [AnalyticsExport] = []
    /// The `content/` folder, where static files are copied from.
    public var contentRoot: URL
    /// Items taken from the derived cache without reading their files, the previous build having
    /// read them as they are (content-relative paths): their bodies are empty, their Markdown
    /// is carried over from that build.
    public var unreadItems: Set<String> = []
    /// What items' source keys were made under (site.yml, the base URL option, where messages
    /// point): the context an item file's recorded keys are valid in.
    public var itemsContext: DerivedCache.Key?

    public init(config: SiteConfig, contentRoot: URL, items: [ContentItem] = [], guidelines: [Guideline] = [],
                training: [TrainingModule] = [], pages: [Page] = [], staticFiles: [String] = []) {
        self.contentRoot = contentRoot
        self.config = config
        self.items = items
        self.guidelines = guidelines
        self.training = training
        self.pages = pages
        self.staticFiles = staticFiles
    }
}
