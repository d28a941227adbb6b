import MegaphoneSupport
import MegaphoneModel
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneSharing
import MegaphoneParse
import MegaphoneValidate
import MegaphoneSite

/// Folds text as the search box folds queries: decomposed (NFD), accents dropped, lower-case.
/// ASCII, most of any text, is folded inline; every other scalar is decomposed once per index
/// and remembered, instead of decomposing each whole text with Foundation.
package struct WordFolder {
    private enum Step {
        case letters(String)
        case separator
    }

    private var cache: [Unicode.Scalar: [Step]] = [:]

    /// The distinct words of a body, from the first `bodyCharacters` of its text; at least three
    /// letters (shorter body words are mostly articles and prepositions).
    package mutating func words(html: String) -> [String] {
        words(plain: FeedSources.plainText(ofHTML: html, characterLimit: SearchIndexBuilder.bodyCharacters), minimumLength: 3)
    }

    /// The distinct folded words of `text`, in order of first appearance. Each word is gathered
    /// as UTF-8 bytes: appending scalars to a `String` was most of the folding's time.
    package mutating func words(plain text: String, minimumLength: Int) -> [String] {
        var seen: Set<String> = []
        var words: [String] = []
        var word: [UInt8] = []
        var scalars = 0
        func flush() {
            if scalars >= minimumLength {
                let folded = String(decoding: word, as: UTF8.self)
                if seen.insert(folded).inserted { words.append(folded) }
            }
            word.removeAll(keepingCapacity: true)
            scalars = 0
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: word.append(UInt8(value + 0x20)); scalars += 1
                case 0x61...0x7A, 0x30...0x39: word.append(UInt8(value)); scalars += 1
                default: flush()
                }
                continue
            }
            for step in steps(for: scalar) {
                switch step {
                case .letters(let letters):
                    word.append(contentsOf: letters.utf8)
                    scalars += letters.unicodeScalars.count
                case .separator: flush()
                }
            }
        }
        flush()
        return words
    }

    private mutating func steps(for scalar: Unicode.Scalar) -> [Step] {
        if let known = cache[scalar] { return known }
        var steps: [Step] = []
        for part in ScalarDecomposition.of(scalar) {
            if (0x300...0x36F).contains(part.value) { continue }  // combining accents
            if part.properties.isAlphabetic || part.properties.numericType != nil {
                steps.append(.letters(part.properties.lowercaseMapping))
            } else {
                steps.append(.separator)
            }
        }
        cache[scalar] = steps
        return steps
    }
}
