import Mustache

/// A template as swift-mustache parsed it, in a form `TemplateRenderer` renders without runtime
/// casts. swift-mustache stays the parser (its standalone-line rules, delimiters, inheritance and
/// error messages); its tokens are internal, so they are read by reflection once per template when
/// the theme loads. A token of a shape this code does not know makes `compile` return nil and the
/// theme renders with swift-mustache itself: a newer swift-mustache can be slower, never wrong
/// (TemplateEngineTests checks that the default theme compiles).
package final class CompiledTemplate: Sendable {
    /// The nodes as the renderer walks them: a kind and indexes into the tables below, so that
    /// reading one retains nothing. Walking `Node`s copied each one, retaining all it held: half
    /// the time of rendering templates, a tenth of a first build.
    let steps: [Step]
    let text: [UInt8]
    let tags: [TagName]
    let templates: [CompiledTemplate]
    let strings: [String]
    let inheritances: [[String: CompiledTemplate]]
    let escapings: [Escaping]

    enum Step: Sendable {
        case text(Range<Int>)
        case variable(tag: Int, escaped: Bool)
        case section(tag: Int, body: Int, inverted: Bool)
        case blockExpansion(name: Int, body: Int, indentation: Int?)
        case partial(name: Int, indentation: Int?, inherits: Int?)
        case dynamicPartial(tag: Int, indentation: Int?, inherits: Int?)
        case escaping(Int)
    }

    init(nodes: [Node]) {
        var steps: [Step] = [], text: [UInt8] = [], tags: [TagName] = [], templates: [CompiledTemplate] = []
        var strings: [String] = [], inheritances: [[String: CompiledTemplate]] = [], escapings: [Escaping] = []
        func add<T>(_ value: T, to table: inout [T]) -> Int {
            table.append(value)
            return table.count - 1
        }
        for node in nodes {
            switch node {
            case .text(let bytes):
                text += bytes
                steps.append(.text(text.count - bytes.count..<text.count))
            case .variable(let tag, let escaped):
                steps.append(.variable(tag: add(tag, to: &tags), escaped: escaped))
            case .section(let tag, let body, let inverted):
                steps.append(.section(tag: add(tag, to: &tags), body: add(body, to: &templates), inverted: inverted))
            case .blockExpansion(let name, let body, let indentation):
                steps.append(.blockExpansion(name: add(name, to: &strings), body: add(body, to: &templates),
                                             indentation: indentation.map { add($0, to: &strings) }))
            case .partial(let name, let indentation, let inherits):
                steps.append(.partial(name: add(name, to: &strings), indentation: indentation.map { add($0, to: &strings) },
                                      inherits: inherits.map { add($0, to: &inheritances) }))
            case .dynamicPartial(let tag, let indentation, let inherits):
                steps.append(.dynamicPartial(tag: add(tag, to: &tags), indentation: indentation.map { add($0, to: &strings) },
                                             inherits: inherits.map { add($0, to: &inheritances) }))
            case .escaping(let escaping):
                steps.append(.escaping(add(escaping, to: &escapings)))
            }
        }
        (self.steps, self.text, self.tags, self.templates) = (steps, text, tags, templates)
        (self.strings, self.inheritances, self.escapings) = (strings, inheritances, escapings)
    }

    enum Node: Sendable {
        case text([UInt8])
        case variable(TagName, escaped: Bool)
        case section(TagName, CompiledTemplate, inverted: Bool)
        case blockExpansion(String, defaultTemplate: CompiledTemplate, indentation: String?)
        case partial(String, indentation: String?, inherits: [String: CompiledTemplate]?)
        case dynamicPartial(TagName, indentation: String?, inherits: [String: CompiledTemplate]?)
        case escaping(Escaping)
    }

    /// How `{{value}}` is escaped: Megaphone's HTML escaping, or another content type a template
    /// selects with `{{% CONTENT_TYPE: … }}`.
    enum Escaping: Sendable {
        case html
        case other(any MustacheContentType)
    }

    /// A tag's name, split once: `.` (the current value), `index()` (the list position),
    /// `.name` (the current value's field only) or `a.b` (looked up the context stack).
    final class TagName: Sendable {
        enum Scope: Sendable { case current, position, currentOnly, stack }
        let scope: Scope
        let names: [String]
        /// Applied innermost first: `empty(first(x))` is `["first", "empty"]`.
        let transforms: [String]

        init(_ name: String, transforms: [String]) {
            self.names = name.split(separator: ".").map(String.init)
            self.transforms = transforms.reversed()
            if name == "." {
                scope = .current
            } else if name.isEmpty, !transforms.isEmpty {
                scope = .position
            } else if name.first == "." {
                scope = .currentOnly
            } else {
                scope = .stack
            }
        }
    }

    /// Every template of `templates` compiled, or nil if one cannot be.
    static func compile(_ templates: [String: MustacheTemplate]) -> [String: CompiledTemplate]? {
        var compiled: [String: CompiledTemplate] = [:]
        for (name, template) in templates {
            guard let one = compile(template) else { return nil }
            compiled[name] = one
        }
        return compiled
    }

    static func compile(_ template: MustacheTemplate) -> CompiledTemplate? {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") else { return nil }
        var nodes: [Node] = []
        for token in Mirror(reflecting: tokens).children {
            guard let node = node(token.value) else { return nil }
            nodes.append(node)
        }
        return CompiledTemplate(nodes: nodes)
    }

    private static func node(_ token: Any) -> Node? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let label = payload.label else { return nil }
        let fields = Mirror(reflecting: payload.value).children.map(\.value)
        func field<T>(_ index: Int, _ type: T.Type) -> T? { index < fields.count ? fields[index] as? T : nil }
        func template(_ index: Int) -> CompiledTemplate? { field(index, MustacheTemplate.self).flatMap(compile) }
        func inherits(_ index: Int) -> [String: CompiledTemplate]?? {
            guard let inherited = field(index, [String: MustacheTemplate]?.self) else { return nil }
            guard let inherited else { return .some(nil) }
            return compile(inherited).map { .some($0) }
        }
        switch label {
        case "text":
            guard let text = payload.value as? String else { return nil }
            return .text(Array(text.utf8))
        case "variable", "unescapedVariable":
            guard let name = field(0, String.self), let transforms = field(1, [String].self) else { return nil }
            return .variable(TagName(name, transforms: transforms), escaped: label == "variable")
        case "section", "invertedSection":
            guard let name = field(0, String.self), let transforms = field(1, [String].self), let body = template(2) else { return nil }
            return .section(TagName(name, transforms: transforms), body, inverted: label == "invertedSection")
        case "blockExpansion":
            guard let name = field(0, String.self), let body = template(1),
                  let indentation = field(2, String?.self) else { return nil }
            return .blockExpansion(name, defaultTemplate: body, indentation: indentation)
        case "partial", "dynamicNamePartial":
            guard let name = field(0, String.self), let indentation = field(1, String?.self),
                  let inherited = inherits(2) else { return nil }
            return label == "partial"
                ? .partial(name, indentation: indentation, inherits: inherited)
                : .dynamicPartial(TagName(name, transforms: []), indentation: indentation, inherits: inherited)
        case "contentType":
            guard let contentType = payload.value as? any MustacheContentType else { return nil }
            return .escaping(contentType is HTMLEscapingContentType ? .html : .other(contentType))
        default:
            // `blockDefinition` never reaches rendering (swift-mustache stops on it); anything
            // else is a token this code does not know.
            return nil
        }
    }
}
