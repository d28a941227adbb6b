import Foundation
import MegaphoneAnalytics
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport

/// All sources → `Site`: every file is parsed (in parallel), and every problem of every file is kept.
public enum SiteParser {
    /// `derived`: items parsed by earlier builds (`ParsedItemRecord`), under a key of the file's
    /// path and text and of `site.yml`, taken instead of parsing the file again.
    ///
    /// Each file's text is let go once the file is parsed (the tree is the parser's): every text
    /// held until the last was parsed set the peak memory of a first build.
    public static func parse(_ tree: consuming SourceTree, baseURLOverride: String?, configDisplayPath: String,
                             derived: DerivedCache? = nil) -> (Site?, [Diagnostic]) {
        var diagnostics = tree.diagnostics
        guard let config = SiteConfigParser.parse(tree.config, displayPath: configDisplayPath,
                                                  baseURLOverride: baseURLOverride, diagnostics: &diagnostics)
        else {
            return (nil, diagnostics)
        }

        let configKey = {
            var key = DerivedCache.KeyMaker("parsed-item")
            key.combine(tree.config?.text ?? "")
            key.combine(baseURLOverride.map { "1" + $0 } ?? "0")
            return key
        }()
        let markdownFiles = Set((tree.markdown.map(\.relativePath) + tree.unread.keys).map { String($0.dropFirst("content/".count)) })
        let files = tree.markdown
        tree.markdown = []
        let itemsContext = Self.itemsContext(configKey, configDisplayPath: configDisplayPath)
        // Items whose files were not read: from the derived cache, under the keys their files had.
        // One missing there (or keys made under another site.yml) is left out of the site: the
        // build sees fewer items taken than files unread, and reads them all.
        let unread = tree.unreadContext == itemsContext ? Array(tree.unread.values) : []
        let taken = ConcurrentMap.map(unread) { entry -> ContentItem? in
            guard let bytes = derived?.derived(entry.source, make: { nil }),
                  var item = ParsedItemRecord.item(from: bytes, text: nil, sourceKey: entry.source) else { return nil }
            item.headerKey = entry.header
            return item
        }
        let parsed = ConcurrentMap.map(taking: files) { file -> (ParsedContent?, [Diagnostic]) in
            guard case .item? = ContentKind(contentPath: String(file.relativePath.dropFirst("content/".count))) else {
                return parseFile(file, config: config)
            }
            var maker = configKey
            maker.combine(file.relativePath)
            maker.combine(file.displayPath)
            maker.combine(file.text)
            let key = maker.key
            func keyed(_ result: (ParsedContent?, [Diagnostic])) -> (ParsedContent?, [Diagnostic]) {
                guard case .item(var item)? = result.0 else { return result }
                item.sourceKey = key
                item.headerKey = headerKey(of: item, text: file.text, base: configKey, file: file)
                return (.item(item), result.1)
            }
            guard let derived else { return keyed(parseFile(file, config: config)) }
            var fresh: (ParsedContent?, [Diagnostic])?
            let stored = derived.derived(key) {
                fresh = parseFile(file, config: config)
                guard derived.saves, let fresh, fresh.1.isEmpty, case .item(let item)? = fresh.0 else { return nil }
                return ParsedItemRecord.bytes(of: item, text: file.text)
            }
            if let fresh { return keyed(fresh) }
            return stored.flatMap { ParsedItemRecord.item(from: $0, text: file.text, sourceKey: key) }.map { keyed((.item($0), [])) }
                ?? keyed(parseFile(file, config: config))
        }
        var site = Site(config: config, contentRoot: tree.root.appendingPathComponent("content"), staticFiles: tree.staticFiles)
        site.markdownFiles = markdownFiles
        site.itemsContext = itemsContext
        for case let item? in taken {
            site.unreadItems.insert(item.document.contentPath)
            site.items.append(item)
        }
        // A module folder holds one module per language: `index.md` with the lessons named
        // without a suffix, `index.en.md` with those named `.en.md`.
        var moduleIndexes: [ModuleFolder: TrainingModule] = [:]
        var lessonsByFolder: [ModuleFolder: [Lesson]] = [:]
        var singleFileModules: [TrainingModule] = []
        for (content, fileDiagnostics) in parsed {
            diagnostics += fileDiagnostics
            switch content {
            case .item(let item): site.items.append(item)
            case .guideline(let guideline): site.guidelines.append(guideline)
            case .page(let page): site.pages.append(page)
            case .moduleFile(let module): singleFileModules.append(module)
            case .moduleIndex(let folder, let module):
                moduleIndexes[ModuleFolder(folder: folder, suffix: module.document.languageSuffix)] = module
            case .lesson(let folder, let lesson):
                lessonsByFolder[ModuleFolder(folder: folder, suffix: lesson.document.languageSuffix), default: []].append(lesson)
            case .none: break
            }
        }

        for module in singleFileModules { site.training.append(TrainingAssembler.splitSections(of: module)) }
        for (folder, module) in moduleIndexes {
            var module = module
            module.lessons = (lessonsByFolder.removeValue(forKey: folder) ?? []).sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
            site.training.append(module)
        }
        for (folder, lessons) in lessonsByFolder {
            let index = folder.suffix.map { "index.\($0).md" } ?? "index.md"
            for lesson in lessons {
                diagnostics.append(.error(at: lesson.document.fileLocation,
                    "this lesson has no module: add content/training/\(folder.folder)/\(index) with the module's title"))
            }
        }

        for (export, fileDiagnostics) in ConcurrentMap.map(tree.analytics, {
            AnalyticsReader.read(displayPath: $0.displayPath, fileName: $0.name, bytes: $0.bytes)
        }) {
            diagnostics += fileDiagnostics
            if let export { site.analytics.append(export) }
        }

        // Newest first, by keys read once: read from each item at each comparison, they were
        // most of this step's time after one edit at 10,000 items.
        let sortKeys = site.items.map { (date: $0.date.value, slug: $0.slug) }
        site.items = sortKeys.indices.sorted { (sortKeys[$0].date, sortKeys[$0].slug) > (sortKeys[$1].date, sortKeys[$1].slug) }
            .map { site.items[$0] }
        site.guidelines.sort { ($0.order, $0.title) < ($1.order, $1.title) }
        site.training.sort { ($0.order, $0.title) < ($1.order, $1.title) }
        site.pages.sort { ($0.order, $0.title) < ($1.order, $1.title) }
        return (site, diagnostics)
    }

    private struct ModuleFolder: Hashable {
        var folder: String
        var suffix: String?
    }

    package enum ParsedContent {
        case item(ContentItem)
        case guideline(Guideline)
        case page(Page)
        case moduleFile(TrainingModule)
        case moduleIndex(folder: String, TrainingModule)
        case lesson(folder: String, Lesson)
    }

    /// What every item's source key is made under, with where messages point.
    private static func itemsContext(_ configKey: DerivedCache.KeyMaker, configDisplayPath: String) -> DerivedCache.Key {
        var context = configKey
        context.combine("context")
        context.combine(configDisplayPath)
        return context.key
    }

    /// The key of an item's file without its body (see `ContentItem.headerKey`): nil when the
    /// body is not the text's plain suffix, so that any change to such a file counts as a change
    /// to what other pages show.
    private static func headerKey(of item: ContentItem, text: String, base: DerivedCache.KeyMaker, file: TextFile) -> DerivedCache.Key? {
        guard let offset = ParsedItemRecord.bodyOffset(of: item.document.body, in: text) else { return nil }
        var maker = base
        maker.combine("header")
        maker.combine(file.relativePath)
        maker.combine(file.displayPath)
        var text = text
        text.withUTF8 { maker.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[..<offset]))) }
        return maker.key
    }

    package static func parseFile(_ file: TextFile, config: SiteConfig) -> (ParsedContent?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let contentPath = String(file.relativePath.dropFirst("content/".count))
        guard let kind = ContentKind(contentPath: contentPath) else {
            diagnostics.append(.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                "Markdown file outside the known folders: put it in content/items, content/guidelines, content/training or content/pages"))
            return (nil, diagnostics)
        }
        let content: ParsedContent?
        switch kind {
        case .item: content = ItemParser.parse(file, site: config, diagnostics: &diagnostics).map(ParsedContent.item)
        case .guideline: content = GuidelineParser.parse(file, site: config, diagnostics: &diagnostics).map(ParsedContent.guideline)
        case .page: content = PageParser.parse(file, site: config, diagnostics: &diagnostics).map(ParsedContent.page)
        case .trainingModuleFile:
            content = TrainingParser.parseModule(file, folder: nil, site: config, diagnostics: &diagnostics).map(ParsedContent.moduleFile)
        case .trainingModuleIndex(let folder):
            content = TrainingParser.parseModule(file, folder: folder, site: config, diagnostics: &diagnostics)
                .map { ParsedContent.moduleIndex(folder: folder, $0) }
        case .lesson(let folder):
            content = TrainingParser.parseLesson(file, site: config, diagnostics: &diagnostics).map { ParsedContent.lesson(folder: folder, $0) }
        }
        return (content, diagnostics)
    }
}
