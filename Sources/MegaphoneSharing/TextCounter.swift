import Foundation
import MegaphoneModel
import MegaphoneSupport

/// Post lengths as each network counts them. `themes/default/assets/js/site.js` implements the
/// same rules for the live counter; `TextCounterTests` pins both to the same cases.
public enum TextCounter {
    /// Where each http(s) link is, as networks that shorten links detect them: what the regular
    /// expression `https?://[^\s]+` matches (ICU's `\s`: Unicode's White_Space). Scanned by hand:
    /// `NSRegularExpression` over NSString was 5% of a `check` (every message, nine networks).
    package static func linkRanges(in text: String) -> [Range<String.Index>] {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return [] }
        let scalars = text.unicodeScalars
        var ranges: [Range<String.Index>] = []
        var index = scalars.startIndex
        while index != scalars.endIndex {
            if scalars[index] == "h", let end = linkEnd(scalars, from: index) {
                ranges.append(index..<end)
                index = end
            } else {
                index = scalars.index(after: index)
            }
        }
        return ranges
    }

    private static func linkEnd(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index? {
        var index = start
        func take(_ expected: Unicode.Scalar) -> Bool {
            guard index != scalars.endIndex, scalars[index] == expected else { return false }
            index = scalars.index(after: index)
            return true
        }
        guard take("h"), take("t"), take("t"), take("p") else { return nil }
        _ = take("s")
        guard take(":"), take("/"), take("/") else { return nil }
        let rest = index
        while index != scalars.endIndex, !isSeparator(scalars[index]) { index = scalars.index(after: index) }
        return index == rest ? nil : index
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
    }

    public static func count(_ text: String, as rule: Network.Counting) -> Int {
        switch rule {
        case .characters: return text.unicodeScalars.count
        case .graphemes:
            // Plain text but for a joiner or "\r\n" is one grapheme per scalar.
            let oneScalarEach = text.unicodeScalars.allSatisfy { isPlain($0) && $0 != "\r" && $0 != "\u{200C}" && $0 != "\u{200D}" }
            return oneScalarEach ? text.unicodeScalars.count : text.count
        case .linksAs23:
            let (rest, links) = removingLinks(text)
            return rest.unicodeScalars.count + 23 * links
        case .xWeighted where isPlain(text):
            // No emoji and nothing to compose: a character weighs what its scalars weigh.
            let (rest, links) = removingLinks(text)
            return rest.unicodeScalars.reduce(0) { $0 + xWeight(of: $1) } + 23 * links
        case .xWeighted: return xWeightByCharacters(text)
        }
    }

    /// X's weight, by Characters of the composed text: right for any text.
    package static func xWeightByCharacters(_ text: String) -> Int {
        let (rest, links) = removingLinks(text.precomposedStringWithCanonicalMapping)
        return rest.reduce(0) { $0 + xWeight(of: $1) } + 23 * links
    }

    /// X (twitter-text v3): code points in the ranges below weigh 1, others 2; an emoji, even a
    /// sequence of several code points, weighs 2; a link weighs 23.
    package static func xWeight(of character: Character) -> Int {
        if isEmoji(character) { return 2 }
        return character.unicodeScalars.reduce(0) { $0 + xWeight(of: $1) }
    }

    private static func xWeight(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        let light = value <= 4351 || (8192...8205).contains(value) || (8208...8223).contains(value) || (8242...8247).contains(value)
        return light ? 1 : 2
    }

    /// Text of scalars below U+0300 (Latin, IPA, modifier letters) or of general punctuation from
    /// U+2002 (’ « — …), as nearly all messages are: no scalar there composes with another nor is
    /// an emoji (`TextCounterTests` checks each). Counting such text by Characters, after Foundation
    /// composed it, was 4% of a `check` (every message, nine networks).
    package static func isPlain(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(isPlain) }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x300 || (0x2002...0x206F).contains(scalar.value) }

    package static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.contains { $0.properties.isEmojiPresentation }
            || (scalars.contains { $0.value == 0xFE0F } && scalars.contains { $0.properties.isEmoji })
    }

    private static func removingLinks(_ text: String) -> (String, Int) {
        let links = linkRanges(in: text)
        guard !links.isEmpty else { return (text, 0) }
        var rest = ""
        var start = text.startIndex
        for link in links {
            rest += text[start..<link.lowerBound]
            start = link.upperBound
        }
        return (rest + text[start...], links.count)
    }
}
