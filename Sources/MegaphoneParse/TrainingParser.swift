import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport
import Yams

/// Front matter of training modules and lessons → `TrainingModule`, `Lesson`.
/// A single-file module's lessons are cut from its H2 sections later, by the Markdown stage.
package enum TrainingParser {
    package static let moduleKeys = ["title", "order", "level", "duration", "network", "objectives", "prerequisites", "quiz", "lang"]
    package static let lessonKeys = ["title", "order", "duration"]
    package static let quizKeys = ["question", "choices", "answer", "explanation"]

    /// `folderSlug` is given for `NAME/index.md`, whose slug is the folder's.
    package static func parseModule(_ file: TextFile, folder: String?, site: SiteConfig, diagnostics: inout [Diagnostic]) -> TrainingModule? {
        guard var header = DocumentHeader.open(file, subject: "a training module", allowedKeys: moduleKeys, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        let slug = header.slug(fallback: folder.map(Slug.make))
        let lang = header.language(site: site)
        guard let title = header.reader.string("title", required: true) else { return nil }
        if let network = header.reader.string("network"), Network.named(network.value.lowercased()) == nil {
            header.reader.error("network", "unknown network '\(network.value)'" + Suggestion.hint(for: network.value, among: Network.ids))
        }
        return TrainingModule(
            document: header.document, slug: slug, title: title.value,
            order: header.reader.int("order", in: -9999...9999) ?? 0,
            level: header.reader.choice("level", as: TrainingModule.Level.self),
            duration: header.reader.int("duration", in: 1...10_000),
            network: header.reader.string("network")?.value.lowercased(),
            objectives: header.reader.stringList("objectives").map(\.value),
            prerequisites: header.reader.stringList("prerequisites"),
            quiz: quiz(&header.reader), lang: lang, lessons: [])
    }

    package static func parseLesson(_ file: TextFile, diagnostics: inout [Diagnostic]) -> Lesson? {
        guard var header = DocumentHeader.open(file, subject: "a lesson", allowedKeys: lessonKeys, diagnostics: &diagnostics) else {
            return nil
        }
        defer { diagnostics += header.diagnostics }
        let slug = header.slug()
        guard let title = header.reader.string("title", required: true) else { return nil }
        return Lesson(document: header.document, slug: slug, title: title.value,
                      order: header.reader.int("order", in: -9999...9999) ?? 0,
                      duration: header.reader.int("duration", in: 1...10_000))
    }

    private static func quiz(_ reader: inout MappingReader) -> [TrainingModule.QuizQuestion] {
        reader.sequence("quiz").compactMap { node in
            var entry = MappingReader(document: reader.document, node: node, subject: "a quiz question", allowedKeys: quizKeys)
            defer { reader.absorb(entry) }
            let question = entry.string("question", required: true)
            let choices = entry.stringList("choices")
            if entry.has("choices"), choices.count < 2 { entry.error("choices", "a quiz question needs at least two 'choices'") }
            else if !entry.has("choices") { _ = entry.requireKey("choices") }
            guard entry.requireKey("answer") else { return nil }
            guard let answer = entry.int("answer", in: 0...max(0, choices.count - 1)) else { return nil }
            guard let question, choices.count >= 2 else { return nil }
            return .init(question: question.value, choices: choices.map(\.value), answer: answer,
                         explanation: entry.string("explanation")?.value)
        }
    }
}
