import Foundation
import MegaphoneSupport

/// A rule of the program: what may and may not be posted.
@Memberwise
public struct Guideline: Sendable {
    public var document: SourceDocument
    public var slug: String
    public var title: String
    public var order: Int
    public var summary: String?
    public var dos: [String]
    public var donts: [String]
    public var updated: Date?
    public var lang: String
}
