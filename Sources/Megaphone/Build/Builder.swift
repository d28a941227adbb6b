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

/// The pipeline in order: load → parse → validate → render → write. No logic of its own: each
/// step is a stage's entry point, and the build stops before writing if any step found an error.
public enum Builder {
    public static func build(_ options: BuildOptions) -> BuildReport {
        run(options, write: true)
    }

    /// Everything a build does except writing.
    public static func check(_ options: BuildOptions) -> BuildReport {
        run(options, write: false)
    }

    private static func run(_ options: BuildOptions, write: Bool) -> BuildReport {
        let started = Date()
        var report = BuildReport(diagnostics: [])
        defer { report.duration = Date().timeIntervalSince(started) }
        func finish() -> BuildReport {
            report.diagnostics.sort()
            report.duration = Date().timeIntervalSince(started)
            return report
        }
        var stageStarted = started
        func finishStage(_ stage: String) {
            let now = Date()
            report.stages.append(StageTiming(stage: stage, duration: now.timeIntervalSince(stageStarted)))
            stageStarted = now
        }
        func display(_ relative: String) -> String {
            options.sourceDisplay.isEmpty ? relative : options.sourceDisplay + "/" + relative
        }

        if let problem = OutputGuard.problem(output: options.output, source: options.source) {
            report.diagnostics.append(.error(at: SourceLocation(path: "--output"), problem))
            return finish()
        }

        if write { OutputWriter.prepare() }
        // Nothing changed since the last build (inputs, clock window, options, binary, output):
        // there is nothing to do. The stamps are taken before anything is read, so a file saved
        // during this build is seen by the next one.
        let startedNanoseconds = Int64(started.timeIntervalSince1970 * 1e9)
        var itemStamps: [String: POSIXFile.Status] = [:]
        let inputs = write ? InputStamps.of(options.source, themeFolders: options.themeFolders,
                                            bodyScoped: { SchemaDocument(sitePath: String($0)) == .item },
                                            scoped: { itemStamps[String($0)] = $1 }) : nil
        let previousRecord = inputs == nil ? nil : BuildRecord.read(for: options.output)
        if let inputs, let record = previousRecord, record.stillDescribes(options, inputs: inputs) {
            report.pagesWritten = record.pages
            report.pagesReused = record.pages
            report.filesWritten = record.files
            report.upToDate = true
            finishStage("check")
            return finish()
        }
        // What the write will read of the previous site and of the tree it writes into, read meanwhile.
        let writePreparation = write ? OutputWriter.prepare(output: options.output) : nil
        // What the previous build into this output derived (rendered Markdown,
        // listing cards, the search index's folded words, share rules' verdicts), under keys of
        // every input: reused where the inputs are the same, never stale.
        let derivedPath = OutputWriter.cacheFolder(of: options.output).appendingPathComponent(DerivedCache.fileName).path
        // Read (83 MB at 10,000 items) while the sources are loaded.
        let reading = Eventually { DerivedCache(path: derivedPath, identity: RenderManifest.binaryIdentity, saves: write) }
        // Item files the previous build read as they are need not be read again (`ItemFiles`).
        let cacheFolder = OutputWriter.cacheFolder(of: options.output).path
        let itemFiles = inputs == nil ? nil : ItemFiles.read(in: cacheFolder, identity: RenderManifest.binaryIdentity)
        let diagnosticsBefore = report.diagnostics
        // Load, then parse. The files' text is not needed once parsed: the tree is the parser's,
        // where a local of this function kept it to the end of the build (58 MB at 10,000 items).
        func loadAndParse(leavingUnread unchanged: [String: ItemFiles.Entry]) -> Site? {
            report.diagnostics = diagnosticsBefore
            let tree = SourceTree.read(root: options.source, displayPrefix: options.sourceDisplay, unchanged: unchanged,
                                       context: itemFiles?.context)
            finishStage("load")
            let (site, parseDiagnostics) = SiteParser.parse(consume tree, baseURLOverride: options.baseURL,
                                                            configDisplayPath: display("site.yml"), derived: reading.value)
            report.diagnostics += parseDiagnostics
            finishStage("parse")
            return site
        }
        let unchanged = itemFiles?.unchanged(itemStamps, racyMargin: BuildRecord.racyMargin) ?? [:]
        guard var site = loadAndParse(leavingUnread: unchanged) else { return finish() }

        var now = Date()
        if let written = options.now {
            switch DateParser.parse(written, defaultTimeZone: site.config.timeZone) {
            case .success(let date): now = date
            case .failure(let problem):
                report.diagnostics.append(.error(at: SourceLocation(path: "--now"), "invalid --now '\(written)': \(problem.message)"))
                return finish()
            }
        }

        // What every link answers (nil for `check`, which keeps no record): the Markdown pass is
        // carried over from the previous build when it is the same.
        let derived = reading.value
        func carry(_ site: Site) -> (DerivedCache.Key?, MarkdownCarry?) {
            guard let inputs, let links = RebuildScope.links(site, inputs: inputs, options: options) else { return (nil, nil) }
            return (links, RebuildScope.markdownCarry(links: links, after: previousRecord, inputs: inputs, options: options,
                                                      now: now, derived: derived))
        }
        var (links, markdownCarry) = carry(site)
        // Unread files' items have no body: the build needs the previous Markdown pass for every
        // one of them, else it reads them all (a front matter edited, an item taken from nowhere).
        if !unchanged.isEmpty, site.unreadItems.count != unchanged.count || markdownCarry?.covers(site) != true {
            guard let reread = loadAndParse(leavingUnread: [:]) else { return finish() }
            site = reread
            (links, markdownCarry) = carry(site)
        }
        report.itemsUnread = site.unreadItems.count

        // The theme (its templates parsed) is read on another core meanwhile: it needs only site.yml.
        let config = site.config
        let themeLoading = Eventually {
            Theme.load(root: options.source, name: config.theme, displayPrefix: options.sourceDisplay,
                       fallbacks: options.themeFolders, accentColor: config.accentColor)
        }

        // Validate: share options are planned once, for the rules, the pages and the feeds.
        let shares = ShareTable(site: site, keepsLengths: write)
        let siteRules = RebuildScope.siteRules(site, shares: shares, derived: derived, links: links, carry: markdownCarry)
        report.diagnostics += siteRules.diagnostics
        report.siteRulesCarried = siteRules.carried
        let published = PublishedSite(site, shares: shares, options: .init(now: now, includeFuture: options.includeFuture,
                                                                           includeDrafts: options.includeDrafts),
                                      derived: derived, markdownCarry: markdownCarry)
        report.markdownCarried = published.markdown.carried
        report.diagnostics += published.diagnostics
        // The published site's items no longer hold their Markdown bodies: neither does this copy now.
        site = published.site
        finishStage("validate")

        // Render: the theme is loaded even after an error, so that its own problems are listed too.
        let (loadedTheme, themeDiagnostics) = themeLoading.value
        report.diagnostics += themeDiagnostics
        // What was reused so far (a check, or a build stopped by an error, ends here or soon).
        (report.derivedReused, report.derivedMade) = derived.counts
        guard var theme = loadedTheme, !report.diagnostics.hasErrors else { return finish() }
        if options.rendersWithSwiftMustache { theme.renderer = nil }
        guard write else {
            // `check` finds what a build would fail on without rendering (see `SiteRenderer.problems`).
            report.diagnostics += SiteRenderer.problems(published, theme: theme, derived: derived, extra: [FeedFiles.documentation])
            (report.derivedReused, report.derivedMade) = derived.counts
            if options.exitsAfter { Abandoned.keep(published, site, shares, derived, theme) }
            finishStage("render")
            return finish()
        }
        let clock = ClockWindow(published)
        let rebuildScope = links.flatMap { RebuildScope(published, links: $0) }
        // Pages whose inputs cannot have changed are kept without being made (`RebuildScope`).
        let pageScope = inputs.flatMap {
            rebuildScope?.pageScope(after: previousRecord, inputs: $0, options: options, clock: clock, output: options.output)
        }
        // The pages listed and the feeds gathered side by side when pages are kept (neither reads
        // the other, and each is then mostly one core's work); else the cards prepared for the
        // listings fill every core on their own.
        let finalTheme = theme
        let (listed, feeds) = ConcurrentMap.both(
            { () -> Result<(files: [OutputFile], kept: Int), Diagnostic> in
                Result { () throws(Diagnostic) in
                    try SiteRenderer.pages(published, theme: finalTheme, derived: derived, extra: [FeedFiles.documentation], scope: pageScope)
                }
            },
            { FeedFiles.all(published, derived: derived) }, concurrently: pageScope != nil)
        let pages: [OutputFile]
        switch listed {
        case .success(let made): (pages, report.pagesKept) = made
        case .failure(let error):
            report.diagnostics.append(error)
            return finish()
        }
        let files = feeds + pages + SiteFiles.copied(site, theme: theme)
        // Write: pages and feeds are made in batches and each batch is placed as soon as it is made;
        // the time of each is measured apart, so the render and write stages say what they took.
        let prepared = Date().timeIntervalSince(stageStarted)
        do throws(OutputWriter.Failure) {
            var recording: (@Sendable (String) -> Data?)?
            if let inputs {
                let record = BuildRecord(megaphone: RenderManifest.binaryIdentity, options: BuildRecord.optionsKey(options),
                                         inputs: inputs, started: startedNanoseconds, fixedNow: options.now,
                                         clock: clock, pages: pages.count, files: files.count,
                                         scope: rebuildScope)
                recording = { @Sendable outputs in
                    var record = record
                    record.outputs = outputs
                    return record.encoded()
                }
            }
            let markdown = published.markdown
            let written = try OutputWriter.write(files, to: options.output, record: recording, prepared: writePreparation,
                                                 lateProblems: { markdown.lateDiagnostics })
            report.filesWritten = written.files
            report.pagesReused = written.pagesReused
            report.pagesWritten = pages.count
            report.wroteOutput = true
            let render = prepared + written.renderSeconds
            report.stages.append(StageTiming(stage: "render", duration: render))
            report.stages.append(StageTiming(stage: "write", duration: Date().timeIntervalSince(stageStarted) - render))
            stageStarted = Date()
            // Saved once the site is in place: a failed build keeps the previous cache.
            _ = POSIXFile.makeFolder(OutputWriter.cacheFolder(of: options.output).path)
            // Kept pages did not ask for what they were made from (their listing cards), nor the
            // carried Markdown pass for its records: it stays. Beside it, what was read of each
            // item file, for the next build to leave unread.
            let keepingAll = pageScope != nil || published.markdown.carried > 0
            let table = ItemFiles(published.site, stamps: itemStamps, started: startedNanoseconds, identity: RenderManifest.binaryIdentity)
            _ = ConcurrentMap.both({ derived.save(to: derivedPath, keepingAll: keepingAll) },
                                   { table.map { POSIXFile.replace(cacheFolder + "/" + ItemFiles.fileName, with: $0.data()) } })
            finishStage("cache")
            if options.exitsAfter { Abandoned.keep(files, published, site, shares, theme, derived) }
            report.derivedReused = derived.counts.hits
            report.derivedMade = derived.counts.misses
        } catch {
            report.diagnostics += error.diagnostics
            if error.diagnostics.isEmpty {
                report.diagnostics.append(.error(at: SourceLocation(path: options.output.path), error.description))
            }
            finishStage("render")
        }
        return finish()
    }
}
