/// One key of a YAML mapping (front matter, site.yml and their nested maps), described once: the
/// parser reads it through this description, so the allowed keys, their ranges and choices are
/// the ones `megaphone schema` writes for editors. Each kind's keys are an enum whose exhaustive
/// `shape` and `help` make the compiler refuse a key without a type or a description.
package protocol FieldKey: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// What the value must be.
    var shape: ValueShape { get }
    /// One sentence for people: shown by editors on hover and in completion lists.
    var help: String { get }
    /// Whether the mapping must carry this key.
    var isRequired: Bool { get }
}

extension FieldKey {
    package var isRequired: Bool { false }
    package var name: String { rawValue }
    package static var names: [String] { allCases.map(\.rawValue) }
    package static var fields: [Field] {
        allCases.map { Field(name: $0.rawValue, shape: $0.shape, help: $0.help, isRequired: $0.isRequired) }
    }
}

/// A key's description as a value, for nested records and for the schema writer.
package struct Field: Sendable {
    package let name: String
    package let shape: ValueShape
    package let help: String
    package let isRequired: Bool
}

/// The values the reader accepts. Text is trimmed and must not be empty.
package indirect enum ValueShape: Sendable {
    case text
    /// Lower-case letters, digits and dashes: used in URLs and analytics.
    case slug
    /// ISO 8601: `2026-11-20`, `2026-11-20 09:00`, `2026-11-20T09:00:00+01:00`.
    case date
    /// A calendar day, `YYYY-MM-DD`.
    case day
    /// An absolute http(s) URL.
    case url
    case integer(ClosedRange<Int>)
    case boolean
    case choice([String])
    /// Text matching a regular expression, with an example for the message.
    case pattern(String, example: String)
    /// A list; a single value is taken as a list of one.
    case list(ValueShape)
    /// A list of maps, each with its own keys (quiz questions, goals).
    case records([Field])
    /// A map with fixed keys.
    case record([Field])
    /// A map whose keys are free (`keys` nil) or taken from a table (networks), with one shape of value.
    case map(keys: [String]?, values: ValueShape)

    package static func choice<Choice: RawRepresentable & CaseIterable>(of type: Choice.Type) -> ValueShape
    where Choice.RawValue == String {
        .choice(type.allCases.map(\.rawValue))
    }

    package var integerRange: ClosedRange<Int>? {
        if case .integer(let range) = self { range } else { nil }
    }

    /// A language code (`fr`, `en`, `pt-BR`): `lang:` and site.yml's `language` and `languages`.
    package static let languageCode = ValueShape.pattern("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", example: "fr")

    /// Whether `text` matches this `.pattern` shape: the regular expression the schema carries, so
    /// that the parser and editors accept the same values. Other shapes have their own readers.
    package func accepts(_ text: String) -> Bool {
        guard case .pattern(let pattern, _) = self else { return true }
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}
