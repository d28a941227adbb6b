/// The YAML documents a site is made of, each with the keys its parser reads and the files it
/// covers: what `megaphone schema` writes and what editors map. The globs follow `ContentKind`.
package enum SchemaDocument: String, CaseIterable, Sendable {
    case site
    case item
    case guideline
    case trainingModule = "training-module"
    case lesson
    case page

    package var fileName: String { rawValue + ".schema.json" }

    package var title: String {
        switch self {
        case .site: "Megaphone site.yml"
        case .item: "Megaphone content item (front matter)"
        case .guideline: "Megaphone guideline (front matter)"
        case .trainingModule: "Megaphone training module (front matter)"
        case .lesson: "Megaphone lesson (front matter)"
        case .page: "Megaphone page (front matter)"
        }
    }

    package var summary: String {
        switch self {
        case .site: "Configuration of an employee advocacy portal built by Megaphone."
        case .item: "A post employees can share: content/items/*.md."
        case .guideline: "A rule of the program: content/guidelines/*.md."
        case .trainingModule: "A training module: content/training/NAME.md or content/training/NAME/index.md."
        case .lesson: "A lesson of a training module: content/training/NAME/LESSON.md."
        case .page: "A free page (about, FAQ, contacts): content/pages/*.md."
        }
    }

    package var fields: [Field] {
        switch self {
        case .site: SiteKey.fields
        case .item: ItemKey.fields
        case .guideline: GuidelineKey.fields
        case .trainingModule: ModuleKey.fields
        case .lesson: LessonKey.fields
        case .page: PageKey.fields
        }
    }

    /// Paths relative to the site's folder, as editors match them.
    package var globs: [String] {
        switch self {
        case .site: ["site.yml"]
        case .item: ["content/items/**/*.md"]
        case .guideline: ["content/guidelines/*.md"]
        case .trainingModule: ["content/training/*.md", "content/training/*/index.md"]
        case .lesson: ["content/training/*/!(index).md"]
        case .page: ["content/pages/*.md"]
        }
    }

    /// The document a file follows, by the same rule the parser uses to choose its parser.
    package init?(sitePath: String) {
        if sitePath == "site.yml" { self = .site; return }
        guard sitePath.hasPrefix("content/"), sitePath.lowercased().hasSuffix(".md"),
              let kind = ContentKind(contentPath: String(sitePath.dropFirst("content/".count)))
        else { return nil }
        switch kind {
        case .item: self = .item
        case .guideline: self = .guideline
        case .trainingModuleFile, .trainingModuleIndex: self = .trainingModule
        case .lesson: self = .lesson
        case .page: self = .page
        }
    }
}
