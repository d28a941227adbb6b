import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate

/// `guidelines.json` and `training.json`, for tools that show the rules and the modules.
package enum CatalogBuilder {
    package static let guidelinesPath = Route.guidelinesCatalog
    package static let trainingPath = Route.trainingCatalog

    package static func guidelines(_ sources: FeedSources) throws -> Data {
        let document = GuidelinesDocument(
            title: sources.config.title, homePageURL: sources.base.absolute(Route.guidelines),
            guidelines: sources.site.guidelines.map { guideline in
                GuidelinesDocument.Entry(
                    id: sources.base.absolute(Route.guideline(guideline.slug)), url: sources.base.absolute(Route.guideline(guideline.slug)),
                    title: guideline.title, order: guideline.order, summary: guideline.summary, do: guideline.dos,
                    dont: guideline.donts, updated: guideline.updated.map(sources.date), language: guideline.lang,
                    contentHTML: sources.absoluteHTML(sources.markdown.html(MarkdownPass.DocumentKey.guideline(guideline))))
            })
        return try JSONFeedBuilder.encoder().encode(document)
    }

    package static func training(_ sources: FeedSources) throws -> Data {
        let document = TrainingDocument(
            title: sources.config.title, homePageURL: sources.base.absolute(Route.training),
            modules: sources.site.training.map { module in
                TrainingDocument.Module(
                    id: sources.base.absolute(Route.module(module.slug)), url: sources.base.absolute(Route.module(module.slug)),
                    title: module.title, order: module.order, level: module.level?.rawValue, duration: module.duration,
                    network: module.network, objectives: module.objectives, prerequisites: module.prerequisites.map(\.value),
                    language: module.lang,
                    lessons: module.lessons.map {
                        TrainingDocument.Lesson(url: sources.base.absolute(Route.lesson(module.slug, $0.slug)), title: $0.title, duration: $0.duration)
                    },
                    quiz: module.quiz.map {
                        TrainingDocument.Question(question: $0.question, choices: $0.choices, answer: $0.answer, explanation: $0.explanation)
                    })
            })
        return try JSONFeedBuilder.encoder().encode(document)
    }
}
