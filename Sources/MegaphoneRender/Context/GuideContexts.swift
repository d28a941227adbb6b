import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import Mustache

@TemplateData
struct GuidelineContext {
    var title: String
    var url: String
    /// Set when it is in another language than the page's (a tree lists what has no translation).
    var otherLang: String? = nil
    var otherLangName: String? = nil
    var summary: String?
    var dos: [String]
    var donts: [String]
    var updated: String?
    var updatedDatetime: String?
    var html: String
}

@TemplateData
struct GuidelineListContext {
    var guidelines: [GuidelineContext]
}

@TemplateData
struct ModuleContext {
    var title: String
    var url: String
    /// Set when it is in another language than the page's (a tree lists what has no translation).
    var otherLang: String? = nil
    var otherLangName: String? = nil
    var level: String?
    var duration: String?
    var network: String?
    var objectives: [String]
    var prerequisites: [LinkContext]
    var lessons: [LessonLinkContext]
    var lessonCount: Int
    var html: String
    var quiz: [QuizQuestionContext]
    var firstLesson: String?
}

@TemplateData
struct TrainingListContext {
    var modules: [ModuleContext]
}

@TemplateData
struct LessonLinkContext {
    var number: Int
    var title: String
    var url: String
    var duration: String?
    var current: Bool
}

@TemplateData
struct LessonPageContext {
    var module: ModuleContext
    var number: Int
    var title: String
    var url: String
    var duration: String?
    var html: String
    var previous: LinkContext?
    var next: LinkContext?
}

@TemplateData
struct QuizQuestionContext {
    var number: Int
    var name: String
    var question: String
    var choices: [QuizChoiceContext]
    var answer: String
    var answerIndex: Int
    var explanation: String?
}

@TemplateData
struct QuizChoiceContext {
    var index: Int
    var text: String
    var correct: Bool
    var id: String
}

@TemplateData
struct PageContentContext {
    var title: String
    var html: String
}
