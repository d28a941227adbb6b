import Foundation
import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing
import MegaphoneParse
import MegaphoneValidate

/// Renders the Markdown of every document once, in parallel, before any template runs; listings
/// then reuse the HTML and first paragraphs. Every document is rendered, published or not, so a
/// broken link in a scheduled item is caught now, not on the day it goes live.
package struct MarkdownPass: Sendable {
    /// Each document as the pass left it, by `DocumentKey`: where the derived cache holds its
    /// record (`RecordedMarkdown`), read again when a page or feed asks (the cache sets aside on
    /// disk what a build makes, and the records held here for the whole build were 60 MB at
    /// 10,000 items); its first paragraph, read by every listing card; a hash of its record, by
    /// which each language's search index keys its words. One table, not one per field: five
    /// tables of 10,000 keys filled one after the other were a fifth of the pass after one edit.
    private var documents: [String: Document] = [:]
    private let derived: DerivedCache
    package var diagnostics: [Diagnostic] = []
    /// How many documents were taken from the previous build's summary (`MarkdownCarry`).
    package private(set) var carried = 0
    /// The carried documents, kept to render one again should its record no longer read back
    /// (damaged since it was saved): the summary vouches for its key, not for its bytes.
    private var carriedJobs: [Job] = []

    private struct Document: Sendable {
        var entry: MarkdownCarry.Entry
        /// Its index in `carriedJobs`, when it was carried.
        var carriedJob: Int?
    }
    /// Nil when the document's file, not read by this build, can no longer be read.
    private let renderAgain: @Sendable (Job) -> [UInt8]?
    /// Files that could not be read again when a carried record had to be rendered from them
    /// (changed or removed during the build): said, so that the build stops before its site is
    /// swapped in, instead of a page shipped with an empty body.
    private let unreadable = Unreadable()

    private final class Unreadable: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [Diagnostic] = []

        func add(_ job: Job) {
            lock.lock()
            defer { lock.unlock() }
            found.append(.error(at: SourceLocation(path: job.document.displayPath),
                                "this file changed or went away while the site was being built: build again"))
        }

        var all: [Diagnostic] {
            lock.lock()
            defer { lock.unlock() }
            return found
        }
    }

    package enum DocumentKey {
        package static func item(_ item: ContentItem) -> String { "item:" + item.document.contentPath }
        // By file, not slug: translations share their slug.
        package static func guideline(_ guideline: Guideline) -> String { "guideline:" + guideline.document.contentPath }
        package static func module(_ module: TrainingModule) -> String { "module:" + module.document.contentPath }
        package static func lesson(_ module: TrainingModule, _ lesson: Lesson) -> String { "lesson:\(module.document.contentPath)/\(lesson.slug)" }
        package static func page(_ page: Page) -> String { "page:" + page.document.contentPath }
    }

    /// One document to render; it holds the document's body, which nothing else needs once rendered.
    package struct Job: Sendable {
        var key: String
        var document: SourceDocument
        var language: String
        /// An item's source key (`ContentItem.sourceKey`).
        var source: DerivedCache.Key?
        /// An item whose file was not read (its body is empty): where the file is, should its
        /// record have to be rendered again.
        var unreadFile: String?
    }

    /// A link rewrite asked of the resolver: its answer depends on nothing else.
    private struct RewriteQuestion: Hashable {
        var url: String
        var directory: String
        var language: String
    }

    /// Every document of the site, each with the language its links lead to translations in.
    package static func jobs(_ site: Site) -> [Job] {
        var jobs: [Job] = []
        let content = site.contentRoot.path + "/"
        jobs += site.items.map { item in
            Job(key: DocumentKey.item(item), document: item.document, language: item.lang, source: item.sourceKey,
                unreadFile: site.unreadItems.contains(item.document.contentPath) ? content + item.document.contentPath : nil)
        }
        jobs += site.guidelines.map { Job(key: DocumentKey.guideline($0), document: $0.document, language: $0.lang) }
        for module in site.training {
            jobs.append(Job(key: DocumentKey.module(module), document: module.document, language: module.lang))
            jobs += module.lessons.map { Job(key: DocumentKey.lesson(module, $0), document: $0.document, language: module.lang) }
        }
        jobs += site.pages.map { Job(key: DocumentKey.page($0), document: $0.document, language: $0.lang) }
        return jobs
    }

    /// `derived`: what earlier builds rendered. A document is rendered again unless the cache has
    /// its output under a key of its body, folder, language and the site's Markdown settings, and
    /// every link rewrite that output asked for gets the same answer now.
    ///
    /// `carry`: where the summary of this pass is saved for the next build, and whether the
    /// previous build's may be read (then a document under the same record key is taken from it).
    package init(jobs: [Job], config: SiteConfig, resolver: LinkResolver, derived: DerivedCache = DerivedCache(identity: ""),
                 carry: MarkdownCarry? = nil) {
        self.derived = derived
        let unsafeHTML = config.unsafeHTML, images = config.imageSources
        let settings = {
            var key = DerivedCache.KeyMaker("markdown")
            key.combine(unsafeHTML ? 1 : 0)
            for host in images.allowedHosts { key.combine(host) }
            key.combine(UInt64(images.allowedHosts.count))
            return key
        }()
        renderAgain = { job in
            guard let job = Self.withBody(job) else { return nil }
            return Self.render(job, unsafeHTML: unsafeHTML, images: images) {
                resolver.rewrite($0, from: job.document.contentDirectory, language: job.language)
            }.bytes
        }
        let previous = carry?.previous ?? [:]
        let unreadable = unreadable
        // In slices, each with the answers of the link rewrites it asked for: thousands of items
        // link to the same few guidelines and images, and each kept document's links are asked
        // again (a quarter of this pass, at 100,000 items, was resolving the same links).
        let results = ConcurrentMap.map(jobs.indices, slicesOf: 256) { slice in
            var answers: [RewriteQuestion: LinkRewrite] = [:]
            return jobs[slice].map { job -> (entry: MarkdownCarry.Entry, carried: Bool) in
                // An unread item's file is what the previous build read (the build checked that
                // the summary has it): its body, not here, is not hashed.
                if job.unreadFile != nil, let entry = previous[job.key], entry.source == job.source { return (entry, true) }
                // A file that no longer reads is said (the build stops); its document passes empty.
                let job = Self.withBody(job) ?? {
                    unreadable.add(job)
                    return job
                }()
                let directory = job.document.contentDirectory
                var key = settings
                key.combine(job.document.body)
                key.combine(directory)
                key.combine(job.language)
                if var entry = previous[job.key], entry.record == key.key {
                    entry.source = job.source
                    return (entry, true)
                }
                var entry = Self.pass(job, key: key.key, unsafeHTML: unsafeHTML, images: images, derived: derived) { url in
                    let question = RewriteQuestion(url: url, directory: directory, language: job.language)
                    if let known = answers[question] { return known }
                    let rewrite = resolver.rewrite(url, from: directory, language: job.language)
                    answers[question] = rewrite
                    return rewrite
                }
                entry.source = job.source
                return (entry, false)
            }
        }
        documents.reserveCapacity(results.count)
        for (job, (entry, carried)) in zip(jobs, results) {
            if !entry.problems.isEmpty {
                diagnostics += entry.problems.map { problem in
                    Diagnostic(problem.severity, at: SourceLocation(path: job.document.displayPath,
                                                                     line: job.document.bodyFirstLine + problem.line - 1,
                                                                     column: problem.column), problem.message)
                }
            }
            var document = Document(entry: entry)
            if carried {
                document.carriedJob = carriedJobs.count
                carriedJobs.append(job)
            }
            documents[job.key] = document
        }
        self.carried = carriedJobs.count
        diagnostics += unreadable.all
        if let carry, derived.saves {
            derived.replace(carry.key, with: MarkdownCarry.bytes(documents.lazy.map { ($0.key, $0.value.entry) }, count: documents.count))
        }
    }

    /// The job with its body: an unread item's read from its file now (a record to render
    /// again, or a summary that does not have it after all). Nil when the file cannot be read
    /// or split any more.
    private static func withBody(_ job: Job) -> Job? {
        guard let file = job.unreadFile else { return job }
        guard let body = POSIXFile.read(file).flatMap({ String(validating: $0, as: UTF8.self) })
            .flatMap({ try? FrontMatter.split($0).body }) else { return nil }
        var job = job
        job.document.body = body
        job.unreadFile = nil
        return job
    }

    /// What went wrong after the pass, while pages and feeds asked for records (`html`): the
    /// writer asks before it swaps the new site in.
    package var lateDiagnostics: [Diagnostic] { unreadable.all }

    private static func render(_ job: Job, unsafeHTML: Bool, images: ImageSources, answer: (String) -> LinkRewrite) -> RecordedMarkdown {
        var links: [(url: String, rewrite: LinkRewrite)] = []
        let output = MarkdownRenderer.render(job.document.body, unsafeHTML: unsafeHTML, images: images) { url in
            let rewrite = answer(url)
            links.append((url, rewrite))
            return rewrite
        }
        return RecordedMarkdown(rendered: output, links: links)
    }

    /// One document's record under `key` (found, checked, or rendered), with what the pass keeps
    /// of it; `answer` rewrites a link as the site now resolves it.
    private static func pass(_ job: Job, key: DerivedCache.Key, unsafeHTML: Bool, images: ImageSources,
                             derived: DerivedCache, answer: (String) -> LinkRewrite) -> MarkdownCarry.Entry {
        func render() -> RecordedMarkdown { Self.render(job, unsafeHTML: unsafeHTML, images: images, answer: answer) }
        var made: RecordedMarkdown?
        let stored = derived.value(key) {
            made = render()
            return made!.bytes
        }
        var output: RenderedMarkdown
        var record = stored
        if let made {
            output = made.rendered
        } else if let recorded = RecordedMarkdown(bytes: stored, decodingHTML: false),  // the record keeps the HTML
                  recorded.links.allSatisfy({ answer($0.url) == $0.rewrite }) {
            output = recorded.rendered
        } else {
            // A link now leads elsewhere (or nowhere): rendered again, and kept for the next build.
            let recorded = render()
            record = derived.replace(key, with: recorded.bytes)
            output = recorded.rendered
        }
        var recordHash = DerivedCache.KeyMaker("markdown-record")
        record.withUnsafeBytes { recordHash.combine(bytes: $0) }
        return MarkdownCarry.Entry(record: key, firstParagraph: output.firstParagraph, problems: output.problems, recordHash: recordHash.key)
    }

    /// Every record here was decoded or made by `init`, so its HTML field reads back. A carried document's record is read from the previous build's file, and rendered again
    /// (the same bytes, its links answering the same) if it no longer reads back.
    package func html(_ key: String) -> String {
        guard let document = documents[key] else { return "" }
        let record = document.entry.record
        if let stored = derived.stored(record) ?? derived.previous(record) {
            return RecordedMarkdown.html(inRecord: stored) ?? ""
        }
        guard let job = document.carriedJob.map({ carriedJobs[$0] }) else { return "" }
        guard let bytes = renderAgain(job) else {
            unreadable.add(job)
            return ""
        }
        return RecordedMarkdown.html(inRecord: derived.replace(record, with: bytes)) ?? ""
    }

    /// A hash of everything the document rendered to (its record), to key what is derived from
    /// its HTML without decoding it.
    package func fingerprint(_ key: String, into maker: inout DerivedCache.KeyMaker) {
        guard let hash = documents[key]?.entry.recordHash else { return maker.combine(UInt64(0)) }
        maker.combine(UInt64(1))
        maker.combine(hash.high)
        maker.combine(hash.low)
    }

    /// The first paragraph as plain text: the default summary.
    package func firstParagraph(_ key: String) -> String? { documents[key]?.entry.firstParagraph }
}
