import Foundation

/// JSON Schema (draft 2020-12) of a `SchemaDocument`, made from its field descriptions: the
/// schema accepts what the parser accepts, except that text must be written as text (an editor
/// nudges `title: 2026` towards quotes, which the parser would also take).
package enum JSONSchemaWriter {
    package static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The schema as JSON text, keys sorted so that the files are stable in git.
    package static func schema(of document: SchemaDocument) -> String {
        var root: [(String, JSON)] = [
            ("$schema", .string(dialect)),
            ("title", .string(document.title)),
            ("description", .string(document.summary)),
        ]
        root += object(document.fields)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain values only: encoding cannot fail.
        return String(decoding: try! encoder.encode(JSON.object(root)), as: UTF8.self) + "\n"
    }

    private static func object(_ fields: [Field]) -> [(String, JSON)] {
        var members: [(String, JSON)] = [
            ("type", .string("object")),
            ("properties", .object(fields.map { field in
                (field.name, .object([("description", .string(field.help))] + shape(field.shape)))
            })),
        ]
        let required = fields.filter(\.isRequired).map { JSON.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    /// Regular expressions of the forms `DateParser` reads.
    static let datePattern = "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)? *([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?\\s*$"
    static let slugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"

    private static func shape(_ shape: ValueShape) -> [(String, JSON)] {
        switch shape {
        case .text:
            return [("type", .string("string")), ("pattern", .string("\\S"))]
        case .slug:
            return [("type", .string("string")), ("pattern", .string(slugPattern))]
        case .date:
            return [("type", .string("string")), ("pattern", .string(datePattern)), ("examples", .array([.string("2026-11-20"), .string("2026-11-20T09:00:00+01:00")]))]
        case .day:
            return [("type", .string("string")), ("format", .string("date")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
        case .url:
            return [("type", .string("string")), ("format", .string("uri")), ("pattern", .string("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s\"<>]+$"))]
        case .integer(let range):
            return [("type", .string("integer")), ("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .choice(let choices):
            return [("type", .string("string")), ("enum", .array(choices.map(JSON.string)))]
        case .pattern(let pattern, let example):
            return [("type", .string("string")), ("pattern", .string(pattern)), ("examples", .array([.string(example)]))]
        case .list(let element):
            // The parser takes a single value as a list of one.
            let item = JSON.object(self.shape(element))
            return [("anyOf", .array([.object([("type", .string("array")), ("items", item)]), item]))]
        case .records(let fields):
            return [("type", .string("array")), ("items", .object(object(fields)))]
        case .record(let fields):
            return object(fields)
        case .map(let keys, let values):
            let value = JSON.object(self.shape(values))
            guard let keys else { return [("type", .string("object")), ("additionalProperties", value)] }
            return [
                ("type", .string("object")),
                ("properties", .object(keys.map { ($0, value) })),
                ("additionalProperties", .bool(false)),
            ]
        }
    }
}

/// A JSON value built in code, encoded by `JSONEncoder` (keys sorted, so the files are stable).
private indirect enum JSON: Encodable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSON])
    case object([(String, JSON)])

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .int(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (name, value) in members { try container.encode(value, forKey: Key(stringValue: name)) }
        }
    }
}
