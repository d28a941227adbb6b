import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport
import Yams

/// Reads typed values out of one YAML mapping, recording a located diagnostic for every problem
/// instead of stopping at the first, so that a build reports all its errors at once.
package struct MappingReader {
    package let document: YAMLDocument
    /// What the mapping describes, for messages ("content item", "site.yml", "source").
    package let subject: String
    private var pairs: [String: (key: Node, value: Node)] = [:]
    private let mappingLocation: SourceLocation
    /// Keys an unknown key's hint already names: not reported missing as well.
    private var suggestedKeys: Set<String> = []
    package var diagnostics: [Diagnostic] = []

    /// `node` nil means an empty document (every key absent). Keys not among `keys` are errors.
    package init<Key: FieldKey>(document: YAMLDocument, node: Node?, subject: String, keys: Key.Type) {
        self.init(document: document, node: node, subject: subject, allowedKeys: Key.names)
    }

    private init(document: YAMLDocument, node: Node?, subject: String, allowedKeys: [String]) {
        self.document = document
        self.subject = subject
        mappingLocation = node.map(document.location(of:))
            ?? SourceLocation(path: document.displayPath, line: max(1, document.firstLine - 1), column: 1)
        guard let node, !Self.isNull(node) else { return }
        guard let mapping = node.mapping else {
            diagnostics.append(.error(at: document.location(of: node), "\(subject) must be a list of 'key: value' lines"))
            return
        }
        for (key, value) in mapping {
            guard let name = key.string else {
                diagnostics.append(.error(at: document.location(of: key), "keys must be plain words"))
                continue
            }
            guard allowedKeys.contains(name) else {
                let suggestion = Suggestion.closest(to: name, among: allowedKeys)
                if let suggestion { suggestedKeys.insert(suggestion) }
                let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; allowed keys: \(allowedKeys.joined(separator: ", "))"
                diagnostics.append(.error(at: document.location(of: key), "unknown key '\(name)' in \(subject)\(hint)"))
                continue
            }
            pairs[name] = (key, value)
        }
    }

    package static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The value of `key`, nil when absent or null.
    private func node(_ key: String) -> Node? {
        guard let value = pairs[key]?.value, !Self.isNull(value) else { return nil }
        return value
    }

    package func has(_ key: some FieldKey) -> Bool { node(key.name) != nil }

    /// Where the value of `key` is written; the mapping's start when the key is absent.
    private func location(of key: String) -> SourceLocation {
        guard let pair = pairs[key] else { return mappingLocation }
        return Self.isNull(pair.value) ? document.location(of: pair.key) : document.location(of: pair.value)
    }

    private func keyLocation(of key: String) -> SourceLocation {
        pairs[key].map { document.location(of: $0.key) } ?? mappingLocation
    }

    package mutating func error(_ key: some FieldKey, _ message: String) {
        error(key.name, message)
    }

    private mutating func error(_ key: String, _ message: String) {
        diagnostics.append(.error(at: location(of: key), message))
    }

    package mutating func error(at node: Node, _ message: String) {
        diagnostics.append(.error(at: document.location(of: node), message))
    }

    package mutating func requireKey(_ key: some FieldKey) -> Bool { requireKey(key.name) }

    private mutating func requireKey(_ key: String) -> Bool {
        if node(key) != nil { return true }
        if pairs[key] != nil {
            diagnostics.append(.error(at: keyLocation(of: key), "'\(key)' is empty; \(subject) needs a value for it"))
        } else if !suggestedKeys.contains(key) {
            diagnostics.append(.error(at: mappingLocation, "missing required key '\(key)' in \(subject)"))
        }
        return false
    }

    // MARK: Scalars

    /// Text; a number or a date written bare is taken as its text. Required keys report their absence.
    package mutating func string(_ key: some FieldKey) -> Located<String>? {
        if key.isRequired, !requireKey(key.name) { return nil }
        guard let value = node(key.name) else { return nil }
        return text(value, key: key.name)
    }

    /// Text that must not be empty once trimmed.
    package mutating func text(_ value: Node, key: String) -> Located<String>? {
        guard let scalar = value.scalar else {
            error(at: value, "'\(key)' must be text, not a \(value.isMapping ? "map" : "list")")
            return nil
        }
        let trimmed = scalar.string.trimmingWhitespace()
        guard !trimmed.isEmpty else {
            error(at: value, "'\(key)' is empty")
            return nil
        }
        return Located(trimmed, at: document.location(of: value))
    }

    /// A whole number in the key's range, or in `range` when it depends on other keys.
    package mutating func int(_ key: some FieldKey, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let range = range ?? key.shape.integerRange else {
            preconditionFailure("'\(key.name)' is not declared as a number")
        }
        if key.isRequired, !requireKey(key.name) { return nil }
        guard let value = node(key.name) else { return nil }
        guard let number = value.scalar.flatMap({ Int($0.string.trimmingCharacters(in: .whitespaces)) }) else {
            error(at: value, "'\(key.name)' must be a whole number, not '\(value.scalar?.string ?? "a list")'")
            return nil
        }
        guard range.contains(number) else {
            error(at: value, "'\(key.name)' must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
            return nil
        }
        return number
    }

    package mutating func bool(_ key: some FieldKey) -> Bool? {
        guard let value = node(key.name) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(at: value, "'\(key.name)' must be true or false, not '\(value.scalar?.string ?? "a list")'")
            return nil
        }
    }

    package mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: some FieldKey, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(key) else { return nil }
        if let choice = Choice(rawValue: text.value.lowercased()) { return choice }
        let allowed = Choice.allCases.map(\.rawValue)
        error(key, "'\(key.name)' must be one of \(allowed.joined(separator: ", ")), not '\(text.value)'"
            + Suggestion.hint(for: text.value, among: allowed))
        return nil
    }

    package mutating func date(_ key: some FieldKey, timeZone: TimeZone) -> Located<Date>? {
        guard let text = string(key) else { return nil }
        switch DateParser.parse(text.value, defaultTimeZone: timeZone) {
        case .success(let date): return Located(date, at: text.location)
        case .failure(let problem):
            error(key, "invalid date '\(text.value)' for '\(key.name)': \(problem.message)")
            return nil
        }
    }

    /// An absolute http(s) URL.
    package mutating func url(_ key: some FieldKey) -> Located<String>? {
        guard let text = string(key) else { return nil }
        if let problem = URLCheck.problem(withAbsoluteHTTP: text.value) {
            error(key, "invalid URL '\(text.value)' for '\(key.name)': \(problem)")
            return nil
        }
        return text
    }

    // MARK: Collections

    /// A list of texts; a single text is taken as a list of one.
    package mutating func stringList(_ key: some FieldKey) -> [Located<String>] {
        guard let value = node(key.name) else { return [] }
        if value.scalar != nil { return text(value, key: key.name).map { [$0] } ?? [] }
        guard let sequence = value.sequence else {
            error(at: value, "'\(key.name)' must be a list (one '- entry' per line)")
            return []
        }
        return sequence.compactMap { element in
            if Self.isNull(element) {
                error(at: element, "empty entry in '\(key.name)'")
                return nil
            }
            return text(element, key: key.name)
        }
    }

    /// Readers of a list of maps (quiz questions, goals), each with the keys of `Entry`.
    package mutating func records<Entry: FieldKey>(_ key: some FieldKey, subject: String, keys: Entry.Type) -> [(node: Node, reader: MappingReader)] {
        guard let value = node(key.name) else { return [] }
        guard let sequence = value.sequence else {
            error(at: value, "'\(key.name)' must be a list (one '- entry' per line)")
            return []
        }
        return sequence.map { ($0, MappingReader(document: document, node: $0, subject: subject, keys: Entry.self)) }
    }

    /// A nested map read with its own keys; its diagnostics are merged with `absorb`.
    package mutating func nested<Nested: FieldKey>(_ key: some FieldKey, keys: Nested.Type) -> MappingReader? {
        guard let value = node(key.name) else { return nil }
        guard value.isMapping else {
            error(at: value, "'\(key.name)' must be a map of 'key: value' lines")
            return nil
        }
        return MappingReader(document: document, node: value, subject: key.name, keys: Nested.self)
    }

    /// A map whose keys are free (share messages by network), in the order written.
    package mutating func pairs(_ key: some FieldKey) -> [(key: Located<String>, value: Node)] {
        guard let value = node(key.name) else { return [] }
        guard let mapping = value.mapping else {
            error(at: value, "'\(key.name)' must be a map of 'name: value' lines")
            return []
        }
        return mapping.compactMap { pair in
            guard let name = pair.key.string else { return nil }
            return (Located(name, at: document.location(of: pair.key)), pair.value)
        }
    }

    package mutating func absorb(_ other: MappingReader) { diagnostics += other.diagnostics }
}

extension Node {
    package var isMapping: Bool { mapping != nil }
}
