import Foundation
import MegaphoneModel
import MegaphoneSupport

/// Post lengths as each network counts them. `themes/default/assets/js/site.js` implements the
/// same rules for the live counter; `TextCounterTests` pins both to the same cases.
public enum TextCounter {
    /// Every http(s) link, as networks that shorten links detect them.
    package static let linkPattern = try! NSRegularExpression(pattern: #"https?://[^\s]+"#)

    public static func count(_ text: String, as rule: Network.Counting) -> Int {
        switch rule {
        case .characters: return text.unicodeScalars.count
        case .graphemes: return text.count
        case .linksAs23:
            let (rest, links) = removingLinks(text)
            return rest.unicodeScalars.count + 23 * links
        case .xWeighted:
            let (rest, links) = removingLinks(text.precomposedStringWithCanonicalMapping)
            return rest.reduce(0) { $0 + xWeight(of: $1) } + 23 * links
        }
    }

    /// X (twitter-text v3): code points in the ranges below weigh 1, others 2; an emoji, even a
    /// sequence of several code points, weighs 2; a link weighs 23.
    package static func xWeight(of character: Character) -> Int {
        if isEmoji(character) { return 2 }
        return character.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let light = value <= 4351 || (8192...8205).contains(value) || (8208...8223).contains(value) || (8242...8247).contains(value)
            return total + (light ? 1 : 2)
        }
    }

    package static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.contains { $0.properties.isEmojiPresentation }
            || (scalars.contains { $0.value == 0xFE0F } && scalars.contains { $0.properties.isEmoji })
    }

    private static func removingLinks(_ text: String) -> (String, Int) {
        let range = NSRange(text.startIndex..., in: text)
        let matches = linkPattern.numberOfMatches(in: text, range: range)
        guard matches > 0 else { return (text, 0) }
        return (linkPattern.stringByReplacingMatches(in: text, range: range, withTemplate: ""), matches)
    }
}
