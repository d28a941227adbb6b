struct GuidelineContext {
    var title: String
    var url: String
    var summary: String?
    var dos: [String]
    var donts: [String]
    var updated: String?
    var updatedDatetime: String?
    var html: String
}

struct GuidelineListContext {
    var guidelines: [GuidelineContext]
}

struct ModuleContext {
    var title: String
    var url: String
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

struct TrainingListContext {
    var modules: [ModuleContext]
}

struct LessonLinkContext {
    var number: Int
    var title: String
    var url: String
    var duration: String?
    var current: Bool
}

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

struct QuizQuestionContext {
    var number: Int
    var name: String
    var question: String
    var choices: [QuizChoiceContext]
    var answer: String
    var answerIndex: Int
    var explanation: String?
}

struct QuizChoiceContext {
    var index: Int
    var text: String
    var correct: Bool
    var id: String
}

struct PageContentContext {
    var title: String
    var html: String
}
