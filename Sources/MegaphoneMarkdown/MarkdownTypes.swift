import MegaphoneSupport
import MegaphoneModel

/// What the Markdown stage tells the link rewriter to do with one link or image.
public enum LinkRewrite: Sendable, Equatable {
    case keep
    case replace(String)
    /// The target does not exist; the message says what to fix.
    case broken(String)
}

/// A problem inside a Markdown body, at a line of the body (1-based).
public struct MarkdownProblem: Sendable, Equatable {
    public var severity: Diagnostic.Severity
    public var line: Int
    public var column: Int
    public var message: String
}

public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String
}

public struct RenderedMarkdown: Sendable {
    public var html: String
    /// The first paragraph as plain text: the default summary.
    public var firstParagraph: String?
    public var headings: [Heading]
    public var problems: [MarkdownProblem]
}

/// A top-level section of a document, cut at its headings (a single-file module's lessons).
public struct MarkdownSection: Sendable, Equatable {
    public var title: String
    /// Body lines (1-based, inclusive) of the heading line.
    public var headingLine: Int
}
