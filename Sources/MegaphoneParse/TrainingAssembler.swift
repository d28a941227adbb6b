import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing

/// A single-file module's lessons are its H2 sections: the text before the first H2 is the
/// module's introduction, each H2 starts a lesson.
package enum TrainingAssembler {
    package static func splitSections(of module: TrainingModule) -> TrainingModule {
        let sections = MarkdownRenderer.sections(of: module.document.body, level: 2)
        guard !sections.isEmpty else { return module }
        let lines = module.document.body.split(separator: "\n", omittingEmptySubsequences: false)
        var module = module
        var usedSlugs: Set<String> = []
        for (index, section) in sections.enumerated() {
            let start = section.headingLine  // the line after the heading, 0-based
            let end = index + 1 < sections.count ? sections[index + 1].headingLine - 1 : lines.count
            var slug = Slug.make(section.title)
            if slug.isEmpty { slug = "lesson-\(index + 1)" }
            while usedSlugs.contains(slug) { slug += "-\(index + 1)" }
            usedSlugs.insert(slug)
            let document = SourceDocument(
                contentPath: module.document.contentPath, displayPath: module.document.displayPath,
                body: lines[min(start, end)..<end].joined(separator: "\n"),
                bodyFirstLine: module.document.bodyFirstLine + start,
                // A section's translation is the section at the same place in the translated module.
                translationKey: "section-\(index + 1)", languageSuffix: module.document.languageSuffix)
            module.lessons.append(Lesson(document: document, slug: slug, title: section.title, order: index + 1, duration: nil))
        }
        module.document.body = lines[0..<(sections[0].headingLine - 1)].joined(separator: "\n")
        return module
    }
}
