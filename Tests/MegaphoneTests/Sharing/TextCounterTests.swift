import Foundation
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneSharing
@testable import MegaphoneRender

/// Known cases of each network's counter. X's cases come from its published counting rules
/// (developer.x.com "Counting characters", twitter-text v3): Latin-1 and general punctuation weigh
/// 1, CJK and other scripts 2, any emoji 2 (also ZWJ sequences and skin tones), a URL 23.
@Suite struct TextCounterTests {
    @Test(arguments: [
        (String(repeating: "a", count: 280), 280),
        (String(repeating: "あ", count: 140), 280),         // Japanese: 2 each
        ("你好", 4),
        ("😀", 2),
        ("👨‍👩‍👧‍👦", 2),                                         // a ZWJ family is one emoji
        ("👍🏽", 2),                                           // with a skin tone
        ("❤️", 2),                                           // text-style heart with VS16
        ("e\u{301}", 1),                                     // NFC: é
        ("café — “bien”", 13),                               // Latin-1 and U+2010–U+201F punctuation weigh 1
        ("…", 2),                                            // U+2026 is outside the light ranges
        ("Voir https://www.acme.example/very/long/path?utm_source=x&utm_medium=social", 28),
        ("a http://a.example b https://b.example/c", 51),    // 2 + 23 + 3 + 23
        ("한국어", 6),
    ])
    func xWeighsLikeItsOwnCounter(text: String, expected: Int) {
        #expect(TextCounter.count(text, as: .xWeighted) == expected)
    }

    @Test func mastodonCountsEveryLinkAs23() {
        #expect(TextCounter.count("Lisez https://www.acme.example/" + String(repeating: "x", count: 200), as: .linksAs23) == 6 + 23)
        #expect(TextCounter.count("é😀", as: .linksAs23) == 2)
    }

    @Test func blueskyCountsGraphemesWithLinksInFull() {
        #expect(TextCounter.count("👨‍👩‍👧‍👦 e\u{301}", as: .graphemes) == 3)
        #expect(TextCounter.count("https://a.example/p", as: .graphemes) == 19)
    }

    @Test func othersCountCodePoints() {
        #expect(TextCounter.count("é😀a", as: .characters) == 3)
    }

    /// The hand-written link scanner finds what the regular expression it replaced finds, on random
    /// texts built from the pieces that matter (schemes cut short, separators of every kind).
    @Test func linkScannerAgreesWithTheRegularExpression() throws {
        let pattern = try NSRegularExpression(pattern: #"https?://[^\s]+"#)
        let pieces = ["http", "https", "://", ":/", "s", "h", "a.example", "/p?q=1", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}",
                      "\u{85}", "\u{A0}", "\u{2003}", "\u{2028}", "\u{3000}", "\u{1680}", "\u{200B}", "\u{FEFF}", "é", "😀", "e\u{301}", "HTTP://", "#tag"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
                .map { Range($0.range, in: text)! }
            #expect(TextCounter.linkRanges(in: text) == expected, Comment(rawValue: text.debugDescription))
        }
    }
}

/// The counters' shortcut for plain text (Latin and general punctuation, most messages) counts
/// what counting by Characters counts, on random texts mixing plain scalars with those that
/// compose, join or are emoji.
@Suite struct PlainTextCountTests {
    static let plain: [Unicode.Scalar] = (Array(0x20..<0x300) + Array(0x2002...0x206F)).compactMap(Unicode.Scalar.init)
    static let others: [String] = ["\r\n", "\r", "\u{301}", "e\u{301}", "\u{200D}", "\u{200C}", "😀", "👨‍👩‍👧‍👦", "❤️", "©\u{FE0F}",
                                   "\u{2000}", "\u{2001}", "한", "\u{1100}\u{1161}", "あ", "https://a.example/é", " http://b.example "]

    @Test func everyPlainScalarIsItsOwnCharacterAndComposesWithNothing() {
        for scalar in Self.plain {
            let text = "a\(scalar)a"
            #expect(TextCounter.isPlain(text))
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(String(scalar.value, radix: 16))")
            #expect(!scalar.properties.isEmojiPresentation)
            if scalar != "\u{200C}", scalar != "\u{200D}" { #expect(text.count == 3, "U+\(String(scalar.value, radix: 16))") }
        }
        #expect(!TextCounter.isPlain("e\u{301}") && !TextCounter.isPlain("😀") && !TextCounter.isPlain("\u{2000}"))
    }

    @Test func shortcutCountsAsCharactersDo() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<4_000 {
            let pieces = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                // Half the texts are plain throughout: the shortcut's own case.
                round.isMultiple(of: 2) || Int.random(in: 0..<5, using: &generator) > 0
                    ? String(Self.plain.randomElement(using: &generator)!) : Self.others.randomElement(using: &generator)!
            }
            let text = pieces.joined()
            #expect(TextCounter.count(text, as: .xWeighted) == TextCounter.xWeightByCharacters(text), Comment(rawValue: text.debugDescription))
            #expect(TextCounter.count(text, as: .graphemes) == text.count, Comment(rawValue: text.debugDescription))
        }
    }
}
