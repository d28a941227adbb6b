import MegaphoneSupport

/// A `{{> partial}}` or `{{< parent}}` tag in a template's text, with its place, so that a name
/// the theme lacks is reported where it is written.
struct PartialReference: Equatable {
    var name: String
    var line: Int
    var column: Int

    /// The references in `text` with the default `{{ }}` delimiters (the theme's templates use no
    /// other).
    static func all(in text: String) -> [PartialReference] {
        var references: [PartialReference] = []
        var line = 1
        var column = 1
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            for character in rest[..<open.lowerBound] {
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            let tag = rest[open.upperBound...]
            if let sigil = tag.first, sigil == ">" || sigil == "<", let close = tag.range(of: "}}") {
                let name = String(tag[tag.index(after: tag.startIndex)..<close.lowerBound]).trimmingWhitespace()
                if !name.isEmpty { references.append(PartialReference(name: name, line: line, column: column)) }
            }
            column += 2
            rest = tag
        }
        return references
    }
}
