import MegaphoneModel
import MegaphoneSupport

/// A rendered document and the answer of every link rewrite it asked for, in bytes for the derived
/// cache: a rebuild reuses a document's HTML only after asking the same rewrites and getting the
/// same answers (`MarkdownPass`), so a page added, removed or renamed elsewhere is still seen.
public struct RecordedMarkdown: Sendable {
    public var rendered: RenderedMarkdown
    public var links: [(url: String, rewrite: LinkRewrite)]

    public init(rendered: RenderedMarkdown, links: [(url: String, rewrite: LinkRewrite)]) {
        self.rendered = rendered
        self.links = links
    }

    /// Length-prefixed fields in a fixed order; `init?(bytes:)` reads them back.
    public var bytes: [UInt8] {
        var writer = ByteWriter()
        writer.text(rendered.html)
        writer.optional(rendered.firstParagraph)
        writer.number(rendered.headings.count)
        for heading in rendered.headings {
            writer.number(heading.level)
            writer.text(heading.text)
            writer.text(heading.id)
        }
        writer.problems(rendered.problems)
        writer.number(links.count)
        for (url, rewrite) in links {
            writer.text(url)
            switch rewrite {
            case .keep: writer.number(0)
            case .replace(let target): writer.number(1); writer.text(target)
            case .broken(let message): writer.number(2); writer.text(message)
            }
        }
        return writer.bytes
    }

    /// The HTML alone, the record's first field: what pages and feeds read, without decoding the
    /// headings, problems and links after it.
    public static func html(inRecord bytes: ArraySlice<UInt8>) -> String? {
        var reader = ByteReader(bytes: bytes)
        return reader.text()
    }

    /// Nil when the bytes are not what `bytes` writes (then the document is rendered again).
    /// Without `decodingHTML`, the HTML is passed over and left empty: checking a cached record's
    /// links needs the rest only (decoding every document's HTML was 1.2% of a rebuild).
    public init?(bytes: ArraySlice<UInt8>, decodingHTML: Bool = true) {
        var reader = ByteReader(bytes: bytes)
        let html: String
        if decodingHTML {
            guard let text = reader.text() else { return nil }
            html = text
        } else {
            guard reader.skipText() else { return nil }
            html = ""
        }
        guard let firstParagraph = reader.optional(), let headingCount = reader.number() else { return nil }
        var headings: [Heading] = []
        for _ in 0..<headingCount {
            guard let level = reader.number(), let text = reader.text(), let id = reader.text() else { return nil }
            headings.append(Heading(level: level, text: text, id: id))
        }
        guard let problems = reader.problems() else { return nil }
        guard let linkCount = reader.number() else { return nil }
        var links: [(url: String, rewrite: LinkRewrite)] = []
        for _ in 0..<linkCount {
            guard let url = reader.text(), let kind = reader.number() else { return nil }
            switch kind {
            case 0: links.append((url, .keep))
            case 1: guard let target = reader.text() else { return nil }; links.append((url, .replace(target)))
            case 2: guard let message = reader.text() else { return nil }; links.append((url, .broken(message)))
            default: return nil
            }
        }
        guard reader.isAtEnd else { return nil }
        self.init(rendered: RenderedMarkdown(html: html, firstParagraph: firstParagraph, headings: headings, problems: problems),
                  links: links)
    }
}

extension ByteWriter {
    /// A document's Markdown problems, as a rendered record and the pass's summary both keep them.
    package mutating func problems(_ problems: [MarkdownProblem]) {
        number(problems.count)
        for problem in problems {
            text(problem.severity.rawValue)
            number(problem.line)
            number(problem.column)
            text(problem.message)
        }
    }
}

extension ByteReader {
    package mutating func problems() -> [MarkdownProblem]? {
        guard let count = number(), count <= bytes.count / 16 else { return nil }
        var problems: [MarkdownProblem] = []
        for _ in 0..<count {
            guard let severity = text().flatMap(Diagnostic.Severity.init(rawValue:)), let line = number(),
                  let column = number(), let message = text() else { return nil }
            problems.append(MarkdownProblem(severity: severity, line: line, column: column, message: message))
        }
        return problems
    }
}
