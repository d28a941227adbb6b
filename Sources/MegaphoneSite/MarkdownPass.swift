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
    /// Key: `DocumentKey`.
    package var rendered: [String: RenderedMarkdown] = [:]
    package var diagnostics: [Diagnostic] = []

    package enum DocumentKey {
        package static func item(_ item: ContentItem) -> String { "item:" + item.document.contentPath }
        // By file, not slug: translations share their slug.
        package static func guideline(_ guideline: Guideline) -> String { "guideline:" + guideline.document.contentPath }
        package static func module(_ module: TrainingModule) -> String { "module:" + module.document.contentPath }
        package static func lesson(_ module: TrainingModule, _ lesson: Lesson) -> String { "lesson:\(module.document.contentPath)/\(lesson.slug)" }
        package static func page(_ page: Page) -> String { "page:" + page.document.contentPath }
    }

    package init(site: Site, resolver: LinkResolver) {
        // Each document's links lead to the translations in its own language.
        var jobs: [(key: String, document: SourceDocument, language: String)] = []
        jobs += site.items.map { (DocumentKey.item($0), $0.document, $0.lang) }
        jobs += site.guidelines.map { (DocumentKey.guideline($0), $0.document, $0.lang) }
        for module in site.training {
            jobs.append((DocumentKey.module(module), module.document, module.lang))
            jobs += module.lessons.map { (DocumentKey.lesson(module, $0), $0.document, module.lang) }
        }
        jobs += site.pages.map { (DocumentKey.page($0), $0.document, $0.lang) }

        let unsafeHTML = site.config.unsafeHTML, images = site.config.imageSources
        let results = ConcurrentMap.map(jobs) { job in
            let directory = job.document.contentDirectory
            let output = MarkdownRenderer.render(job.document.body, unsafeHTML: unsafeHTML, images: images) {
                resolver.rewrite($0, from: directory, language: job.language)
            }
            let diagnostics = output.problems.map { problem in
                Diagnostic(problem.severity, at: SourceLocation(path: job.document.displayPath,
                                                                 line: job.document.bodyFirstLine + problem.line - 1,
                                                                 column: problem.column), problem.message)
            }
            return (job.key, output, diagnostics)
        }
        for (key, output, diagnostics) in results {
            rendered[key] = output
            self.diagnostics += diagnostics
        }
    }

    package func html(_ key: String) -> String { rendered[key]?.html ?? "" }
}
