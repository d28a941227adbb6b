import CCmark
import CMarkdownArena
import Foundation
import MegaphoneModel
import MegaphoneSupport

/// CommonMark → HTML through cmark. Safe by default: raw HTML is dropped and `javascript:` links
/// are emptied by cmark itself; Megaphone also reports them, so the author knows.
public enum MarkdownRenderer {
    /// `images` says which remote images are allowed (`allowed_hosts`); any other is an error.
    public static func render(_ markdown: String, unsafeHTML: Bool, images: ImageSources = ImageSources(),
                              rewriteLink: (String) -> LinkRewrite) -> RenderedMarkdown {
        megaphone_arena_begin()
        defer { megaphone_arena_end() }
        let document = parse(markdown)

        var problems: [MarkdownProblem] = []
        var headings: [(node: OpaquePointer, heading: Heading)] = []
        var usedIDs: [String: Int] = [:]
        var firstParagraph: String?

        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            func report(_ severity: Diagnostic.Severity, _ message: String, atLine: Int? = nil) {
                problems.append(MarkdownProblem(severity: severity, line: atLine ?? line, column: max(column, 1), message: message))
            }

            if event == CMARK_EVENT_ENTER, type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let what = type == CMARK_NODE_IMAGE ? "image" : "link"
                let position = lineOf(node)
                if let scheme = dangerousScheme(url) {
                    report(.error, "\(scheme) \(what)s are not allowed: they can run code in the reader's browser", atLine: position)
                    continue
                }
                if type == CMARK_NODE_IMAGE, let problem = images.problem(with: url) {
                    report(.error, problem, atLine: position)
                    continue
                }
                switch rewriteLink(url) {
                case .keep: break
                case .replace(let newURL): cmark_node_set_url(node, newURL)
                case .broken(let message): report(.error, message, atLine: position)
                }
            } else if event == CMARK_EVENT_ENTER, type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                let html = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                let position = lineOf(node)
                if html.range(of: "<script", options: .caseInsensitive) != nil || dangerousScheme(html, anywhere: true) != nil {
                    report(.error, "script in raw HTML is not allowed; describe the content in Markdown instead", atLine: position)
                } else if unsafeHTML, let problem = RawHTMLSources.urls(in: html).lazy.compactMap(images.problem(with:)).first {
                    report(.error, problem, atLine: position)
                } else if !unsafeHTML, !html.hasPrefix("<!--") {
                    report(.warning, "raw HTML is left out of the page; write it in Markdown, or set 'unsafe_html: true' in site.yml",
                           atLine: position)
                }
            } else if event == CMARK_EVENT_EXIT, type == CMARK_NODE_HEADING {
                let text = plainText(of: node)
                var id = Slug.make(text)
                if id.isEmpty { id = "section" }
                if let count = usedIDs[id] {
                    usedIDs[id] = count + 1
                    id += "-\(count + 1)"
                } else {
                    usedIDs[id] = 1
                }
                headings.append((node, Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: id)))
            } else if event == CMARK_EVENT_EXIT, type == CMARK_NODE_PARAGRAPH, firstParagraph == nil,
                      cmark_node_parent(node) == document {
                let text = plainText(of: node)
                if !text.isEmpty { firstParagraph = text }
            }
        }

        let renderOptions = CMARK_OPT_DEFAULT | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        // Headings get ids through custom blocks, which cmark writes as they are even in safe mode.
        for (node, heading) in headings { replaceWithIdentifiedHeading(node, heading: heading, options: renderOptions) }

        guard let rendered = cmark_render_html(document, renderOptions) else {
            return RenderedMarkdown(html: "", firstParagraph: firstParagraph, headings: headings.map(\.heading), problems: problems)
        }
        return RenderedMarkdown(html: String(cString: rendered), firstParagraph: firstParagraph,
                                headings: headings.map(\.heading), problems: problems)
    }

    /// Top-level headings of `level`, with their lines, to cut a document into sections.
    public static func sections(of markdown: String, level: Int) -> [MarkdownSection] {
        megaphone_arena_begin()
        defer { megaphone_arena_end() }
        let document = parse(markdown)
        var sections: [MarkdownSection] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_HEADING, Int(cmark_node_get_heading_level(node)) == level {
                sections.append(MarkdownSection(title: plainText(of: node), headingLine: Int(cmark_node_get_start_line(node))))
            }
            child = cmark_node_next(node)
        }
        return sections
    }

    /// cmark's allocator for everything of a document: the calling thread's arena, released by
    /// the `megaphone_arena_end` of each entry point, so nothing of cmark's is freed one by one.
    private static var arena: UnsafeMutablePointer<cmark_mem> { megaphone_arena_mem().assumingMemoryBound(to: cmark_mem.self) }

    /// Parses inside an arena scope (`megaphone_arena_begin`): the document lives until its end.
    private static func parse(_ markdown: String) -> OpaquePointer {
        let parser = cmark_parser_new_with_mem(CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8, arena)
        markdown.withCString { pointer in cmark_parser_feed(parser, pointer, strlen(pointer)) }
        return cmark_parser_finish(parser)
    }

    /// Inline nodes carry a line in cmark 0.30; when they do not, use their block's.
    private static func lineOf(_ node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return line }
            current = cmark_node_parent(candidate)
        }
        return 1
    }

    package static func dangerousScheme(_ text: String, anywhere: Bool = false) -> String? {
        // Both schemes end with a colon; and ASCII text is folded on bytes. Lower-casing and
        // filtering Characters for every link and raw HTML block was 3% of a `check`.
        guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let compact = text.utf8.compactMap { byte -> UInt8? in
                byte == 0 || byte == 0x20 || (0x09...0x0D).contains(byte) ? nil : (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            }
            for scheme in ["javascript:", "vbscript:"] {
                let found = anywhere ? compact.firstRange(of: Array(scheme.utf8)) != nil : compact.starts(with: scheme.utf8)
                if found { return scheme }
            }
            return nil
        }
        let compact = text.lowercased().filter { !$0.isWhitespace && $0 != "\u{0}" }
        for scheme in ["javascript:", "vbscript:"] {
            if anywhere ? compact.contains(scheme) : compact.hasPrefix(scheme) { return scheme }
        }
        return nil
    }

    /// Text of a node's descendants, soft and hard breaks as spaces.
    package static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                   let literal = cmark_node_get_literal(current) {
                    text += String(cString: literal)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        return text.trimmingWhitespace()
    }

    /// The heading is rendered on its own (with the same safety options), its opening tag given the
    /// id, and the result put in its place as a custom block.
    private static func replaceWithIdentifiedHeading(_ heading: OpaquePointer, heading info: Heading, options: Int32) {
        guard let rendered = cmark_render_html(heading, options) else { return }
        let html = String(cString: rendered)
        let openingTag = "<h\(info.level)>"
        guard html.hasPrefix(openingTag), let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, arena) else { return }
        cmark_node_set_on_enter(block, "<h\(info.level) id=\"\(info.id)\">" + String(html.dropFirst(openingTag.count)).trimmingNewlines())
        cmark_node_insert_before(heading, block)
        cmark_node_unlink(heading)
    }
}
