import Foundation
import MegaphoneSupport

/// A training module: one file whose H2 sections are its lessons, or a folder with one file per lesson.
@Memberwise
public struct TrainingModule: Sendable {
    public enum Level: String, Sendable, CaseIterable {
        case beginner
        case intermediate
        case advanced
    }

    @Memberwise

    public struct QuizQuestion: Sendable {
        public var question: String
        public var choices: [String]
        public var answer: Int
        public var explanation: String?
    }

    public var document: SourceDocument
    public var slug: String
    public var title: String
    public var order: Int
    public var level: Level?
    /// Minutes.
    public var duration: Int?
    public var network: String?
    public var objectives: [String]
    public var prerequisites: [Located<String>]
    public var quiz: [QuizQuestion]
    public var lang: String
    public var lessons: [Lesson]
}

/// One lesson of a module, in the module's order.
@Memberwise
public struct Lesson: Sendable {
    public var document: SourceDocument
    public var slug: String
    public var title: String
    public var order: Int
    /// Minutes.
    public var duration: Int?
}
