import Foundation

/// The URLs raw HTML would load by itself (`src`, `srcset`, `poster`, `data`), so that
/// `unsafe_html: true` cannot bring in what a Markdown image may not. A scan, not a parser: it
/// reads quoted and unquoted attribute values, which is all an author's `<img>` or `<video>` has.
enum RawHTMLSources {
    static let attributes: Set<String> = ["src", "srcset", "poster", "data"]

    static func urls(in html: String) -> [String] {
        var urls: [String] = []
        let characters = Array(html.unicodeScalars)
        var index = 0
        while index < characters.count {
            // An attribute name: letters after whitespace, then `=`.
            guard characters[index].properties.isWhitespace else { index += 1; continue }
            var nameEnd = index + 1
            while nameEnd < characters.count, characters[nameEnd].properties.isAlphabetic { nameEnd += 1 }
            let name = String(String.UnicodeScalarView(characters[(index + 1)..<nameEnd])).lowercased()
            var cursor = nameEnd
            while cursor < characters.count, characters[cursor].properties.isWhitespace { cursor += 1 }
            guard attributes.contains(name), cursor < characters.count, characters[cursor] == "=" else {
                index = max(nameEnd, index + 1)
                continue
            }
            cursor += 1
            while cursor < characters.count, characters[cursor].properties.isWhitespace { cursor += 1 }
            let quote = cursor < characters.count && (characters[cursor] == "\"" || characters[cursor] == "'") ? characters[cursor] : nil
            if quote != nil { cursor += 1 }
            var valueEnd = cursor
            while valueEnd < characters.count,
                  quote.map({ characters[valueEnd] != $0 }) ?? !(characters[valueEnd].properties.isWhitespace || characters[valueEnd] == ">") {
                valueEnd += 1
            }
            let value = String(String.UnicodeScalarView(characters[cursor..<valueEnd]))
            // srcset: "a.png 1x, https://cdn/b.png 2x"
            urls += name == "srcset"
                ? value.split(separator: ",").compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) }
                : [value.trimmingCharacters(in: .whitespaces)]
            index = valueEnd
        }
        return urls
    }
}
