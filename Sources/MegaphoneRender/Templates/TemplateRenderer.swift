import Mustache

/// Renders compiled templates the way swift-mustache's `MustacheTemplate.render` does (its
/// Template+Render.swift, token by token: the same stack walk, sections, inverted sections,
/// partials with indentation, inherited blocks, transforms and escaping), on `TemplateValue`s
/// instead of `Any`, into one byte buffer instead of a string per token. Hand-written because the
/// library's renderer was the bottleneck: 59% of a first build at 10,000 items, a quarter of it in
/// runtime casts (benchmarks/README.md). Lambdas and custom renderables are not template values
/// here: Megaphone's contexts have none.
package struct TemplateRenderer: Sendable {
    let templates: [String: CompiledTemplate]

    /// What a token renders in, as swift-mustache's `MustacheContext` minus the stack (kept apart
    /// and pushed and popped in place, not copied at each section).
    private struct Scope {
        var indentation: String?
        var inherited: [String: CompiledTemplate]?
        var escaping: CompiledTemplate.Escaping = .html
        var position: SequencePosition?

        func withObject() -> Scope { Scope(indentation: indentation, inherited: inherited, escaping: escaping) }

        func withPartial(indented: String?, inheriting: [String: CompiledTemplate]?) -> Scope {
            var inherits = inherited
            if let inheriting {
                // An override of the outer template wins over the partial's own.
                inherits = inherited.map { $0.merging(inheriting) { outer, _ in outer } } ?? inheriting
            }
            return Scope(indentation: indented.map { (indentation ?? "") + $0 } ?? indentation, inherited: inherits)
        }

        func withBlockExpansion(indented: String?) -> Scope {
            Scope(indentation: indented.map { (indentation ?? "") + $0 } ?? indentation, inherited: inherited, escaping: escaping)
        }
    }

    /// Renders `value` with the template `name`; nil if there is no such template.
    func render(_ value: any TemplateValue, template name: String) -> String? {
        renderBytes(value, template: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The rendering's UTF-8: template text and values are valid UTF-8, so their concatenation is.
    func renderBytes(_ value: any TemplateValue, template name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        var stack: [any TemplateValue] = [value]
        render(template, stack: &stack, scope: Scope(), into: &output)
        return output
    }

    private func render(_ template: CompiledTemplate, stack: inout [any TemplateValue], scope: Scope, into output: inout [UInt8]) {
        var scope = scope
        let start = output.count
        guard let indentation = scope.indentation, !indentation.isEmpty else {
            for step in template.steps { render(step, of: template, stack: &stack, scope: &scope, into: &output) }
            return
        }
        // As swift-mustache: a token that renders something after a line break this template
        // rendered is indented.
        for step in template.steps {
            let before = output.count
            render(step, of: template, stack: &stack, scope: &scope, into: &output)
            if output.count > before, before > start, output[before - 1] == UInt8(ascii: "\n"),
               before - 1 == start || output[before - 2] != UInt8(ascii: "\r") {
                output.insert(contentsOf: indentation.utf8, at: before)
            }
        }
    }

    private func render(_ step: CompiledTemplate.Step, of template: CompiledTemplate, stack: inout [any TemplateValue],
                        scope: inout Scope, into output: inout [UInt8]) {
        switch step {
        case .text(let range):
            template.text.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
        case .variable(let tag, let escaped):
            guard let value = lookup(template.tags[tag], stack: stack, scope: scope) else { return }
            let text: String
            switch value.templateForm {
            case .text(let string): text = string
            case .integer(let number): text = String(number)
            case .flag(let flag): text = flag ? "true" : "false"
            case .list, .object: text = String(describing: value)
            }
            guard escaped else { output.append(contentsOf: text.utf8); return }
            switch scope.escaping {
            case .html: HTMLEscaping.append(text, to: &output)
            case .other(let contentType): output.append(contentsOf: contentType.escapeText(text).utf8)
            }
        case .section(let tag, let body, let inverted):
            let value = lookup(template.tags[tag], stack: stack, scope: scope)
            if inverted {
                renderInverted(value, template.templates[body], stack: &stack, scope: scope, into: &output)
            } else {
                renderSection(value, template.templates[body], stack: &stack, scope: scope, into: &output)
            }
        case .blockExpansion(let name, let body, let indentation):
            render(scope.inherited?[template.strings[name]] ?? template.templates[body], stack: &stack,
                   scope: scope.withBlockExpansion(indented: indentation.map { template.strings[$0] }), into: &output)
        case .partial(let name, let indentation, let inherits):
            guard let partial = templates[template.strings[name]] else { return }
            render(partial, stack: &stack, scope: scope.withPartial(indented: indentation.map { template.strings[$0] },
                                                                   inheriting: inherits.map { template.inheritances[$0] }), into: &output)
        case .dynamicPartial(let tag, let indentation, let inherits):
            guard case .text(let partialName)? = lookup(template.tags[tag], stack: stack, scope: scope)?.templateForm,
                  let partial = templates[partialName] else { return }
            render(partial, stack: &stack, scope: scope.withPartial(indented: indentation.map { template.strings[$0] },
                                                                   inheriting: inherits.map { template.inheritances[$0] }), into: &output)
        case .escaping(let index):
            scope.escaping = template.escapings[index]
        }
    }

    private func renderSection(_ value: (any TemplateValue)?, _ body: CompiledTemplate, stack: inout [any TemplateValue],
                               scope: Scope, into output: inout [UInt8]) {
        guard let value else { return }
        switch value.templateForm {
        case .list:
            let count = value.templateCount
            var inner = scope.withObject()
            for index in 0..<count {
                inner.position = SequencePosition(first: index == 0, last: index == count - 1, index: index)
                stack.append(value.templateElement(at: index))
                render(body, stack: &stack, scope: inner, into: &output)
                stack.removeLast()
            }
        case .flag(let flag):
            if flag { render(body, stack: &stack, scope: scope, into: &output) }
        case .text, .integer, .object:
            stack.append(value)
            render(body, stack: &stack, scope: scope.withObject(), into: &output)
            stack.removeLast()
        }
    }

    private func renderInverted(_ value: (any TemplateValue)?, _ body: CompiledTemplate, stack: inout [any TemplateValue],
                                scope: Scope, into output: inout [UInt8]) {
        guard let value else { return render(body, stack: &stack, scope: scope, into: &output) }
        switch value.templateForm {
        case .list:
            guard value.templateCount == 0 else { return }
            stack.append(value)
            render(body, stack: &stack, scope: scope.withObject(), into: &output)
            stack.removeLast()
        case .flag(let flag):
            if !flag { render(body, stack: &stack, scope: scope, into: &output) }
        case .text, .integer, .object:
            return
        }
    }

    /// swift-mustache's `getChild`: the first name is looked for from the top of the stack down;
    /// the rest are read from the value that has it, and the transforms applied innermost first.
    private func lookup(_ name: CompiledTemplate.TagName, stack: [any TemplateValue], scope: Scope) -> (any TemplateValue)? {
        var value: (any TemplateValue)?
        switch name.scope {
        case .current:
            value = stack.last
        case .position:
            value = scope.position
        case .currentOnly:
            value = resolve(name.names[...], in: stack.last!)
        case .stack:
            guard let first = name.names.first else { return stack.last }
            let rest = name.names.dropFirst()
            for object in stack.reversed() {
                if case .found(let found) = object.templateLookup(first, then: rest) {
                    value = found
                    break
                }
            }
        }
        for transform in name.transforms {
            guard let current = value else { return nil }
            value = current.templateTransform(transform)
        }
        return value
    }

    private func resolve(_ names: ArraySlice<String>, in object: any TemplateValue) -> (any TemplateValue)? {
        guard let first = names.first else { return object }
        guard case .found(let found) = object.templateLookup(first, then: names.dropFirst()) else { return nil }
        return found
    }
}
