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
}
