import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport
import Yams

/// Front matter of training modules and lessons → `TrainingModule`, `Lesson`.
/// A single-file module's lessons are cut from its H2 sections later, by the Markdown stage.
package enum TrainingParser {
    /// `folderSlug` is given for `NAME/index.md`, whose slug is the folder's.
    package static func parseModule(_ file: TextFile, folder: String?, site: SiteConfig, diagnostics: inout [Diagnostic]) -> TrainingModule? {
        guard var header = DocumentHeader.open(file, subject: "a training module", keys: ModuleKey.self, languages: site.languages, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        header.translationKey(ModuleKey.translationKey)
        let slug = header.slug(ModuleKey.slug, fallback: folder.map(Slug.make))
        let lang = header.language(ModuleKey.lang, site: site)
        guard let title = header.reader.string(ModuleKey.title) else { return nil }
        if let network = header.reader.string(ModuleKey.network), Network.named(network.value.lowercased()) == nil {
            header.reader.error(ModuleKey.network, "unknown network '\(network.value)'" + Suggestion.hint(for: network.value, among: Network.ids))
        }
        return TrainingModule(
            document: header.document, slug: slug, title: title.value,
            order: header.reader.int(ModuleKey.order) ?? 0,
            level: header.reader.choice(ModuleKey.level, as: TrainingModule.Level.self),
            duration: header.reader.int(ModuleKey.duration),
            network: header.reader.string(ModuleKey.network)?.value.lowercased(),
            objectives: header.reader.stringList(ModuleKey.objectives).map(\.value),
            prerequisites: header.reader.stringList(ModuleKey.prerequisites),
            quiz: quiz(&header.reader), lang: lang, lessons: [])
    }

    package static func parseLesson(_ file: TextFile, site: SiteConfig, diagnostics: inout [Diagnostic]) -> Lesson? {
        guard var header = DocumentHeader.open(file, subject: "a lesson", keys: LessonKey.self, languages: site.languages, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        header.translationKey(LessonKey.translationKey)
        let slug = header.slug(LessonKey.slug)
        guard let title = header.reader.string(LessonKey.title) else { return nil }
        return Lesson(document: header.document, slug: slug, title: title.value,
                      order: header.reader.int(LessonKey.order) ?? 0,
                      duration: header.reader.int(LessonKey.duration))
    }

    private static func quiz(_ reader: inout MappingReader) -> [TrainingModule.QuizQuestion] {
        reader.records(ModuleKey.quiz, subject: "a quiz question", keys: QuizKey.self).compactMap { _, entry in
            var entry = entry
            defer { reader.absorb(entry) }
            let question = entry.string(QuizKey.question)
            let choices = entry.stringList(QuizKey.choices)
            if entry.has(QuizKey.choices), choices.count < 2 { entry.error(QuizKey.choices, "a quiz question needs at least two 'choices'") }
            else if !entry.has(QuizKey.choices) { _ = entry.requireKey(QuizKey.choices) }
            guard let answer = entry.int(QuizKey.answer, in: 0...max(0, choices.count - 1)) else { return nil }
            guard let question, choices.count >= 2 else { return nil }
            return .init(question: question.value, choices: choices.map(\.value), answer: answer,
                         explanation: entry.string(QuizKey.explanation)?.value)
        }
    }
}
