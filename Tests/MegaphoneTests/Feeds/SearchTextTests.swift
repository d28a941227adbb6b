import Testing
@testable import MegaphoneFeeds

/// What the search index reads of a document: the plain text of its HTML and the folded words
/// of that text, as the search box folds a query.
@Suite struct SearchTextTests {
    @Test func plainTextDropsTagsDecodesCmarksEntitiesAndCollapsesSpace() {
        let html = "<h2 id=\"a\">Titre</h2>\n<p>Bonjour&nbsp;<em>le</em>\n   monde &amp; co &lt;3 &#39;x&#39; &quot;q&quot; &gt;</p>\n"
        #expect(FeedSources.plainText(ofHTML: html) == "Titre Bonjour&nbsp; le monde & co <3 'x' \"q\" >")
        #expect(FeedSources.plainText(ofHTML: "a\u{00A0}\u{2003}b &bogus; c") == "a b &bogus; c")
    }

    @Test func plainTextIsCutAtTheLimitInCharacters() {
        let ascii = String(repeating: "mot ", count: 1_000)
        #expect(FeedSources.plainText(ofHTML: ascii, characterLimit: 1_500) == String(ascii.prefix(1_500)))
        // Two scalars per character: more than the scalars first gathered, so the text is read again whole.
        let combining = String(repeating: "e\u{301}", count: 2_000)
        #expect(FeedSources.plainText(ofHTML: combining, characterLimit: 1_500) == String(repeating: "e\u{301}", count: 1_500))
        #expect(FeedSources.plainText(ofHTML: "<p>court</p>", characterLimit: 1_500) == "court")
    }

    @Test func wordsAreFoldedLikeQueries() {
        var folder = WordFolder()
        #expect(folder.words(plain: "Élan élan ÉLAN café-crème Straße 42 a Ça", minimumLength: 2)
                == ["elan", "cafe", "creme", "straße", "42", "ca"])
        #expect(folder.words(plain: "le la les sur", minimumLength: 3) == ["les", "sur"])
        #expect(folder.words(html: "<p>L&#39;équipe <strong>Atlas</strong></p>") == ["equipe", "atlas"])
    }

    /// Postings from stored words (`heading\nbody` per document, in id order), against the same
    /// lists made the plain way: a String per word, in a dictionary.
    @Test func postingsMatchTheListsMadeWordByWord() {
        let documents = ["atlas lancement\natlas usine energie", "usine\nlancement", "\natlas", "energie atlas\n"]
        var expected: [String: [Int32]] = [:]
        for (id, text) in documents.enumerated() {
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            for word in parts[0].split(separator: " ") { expected[String(word), default: []].append(Int32(id * 2 + 1)) }
            for word in parts[1].split(separator: " ") where expected[String(word)]?.last != Int32(id * 2 + 1) {
                expected[String(word), default: []].append(Int32(id * 2))
            }
        }
        let postings = SearchIndexBuilder.postings(documents.map { Array($0.utf8)[...] })
        #expect(postings == expected)
        #expect(postings["atlas"] == [1, 4, 7])
    }

    /// Two forms of one word (composed and decomposed) are one word, as for the search box: one
    /// list, a document's heading posting kept over its body one.
    @Test func postingsMergeFormsOfOneWord() {
        let postings = SearchIndexBuilder.postings(["caf\u{E9}\n", "\ncafe\u{301}", "\ncaf\u{E9}"].map { Array($0.utf8)[...] })
        #expect(postings.count == 1)
        #expect(postings["caf\u{E9}"] == [1, 2, 4])
        let sameDocument = SearchIndexBuilder.postings(["caf\u{E9}\ncafe\u{301}"].map { Array($0.utf8)[...] })
        #expect(sameDocument["caf\u{E9}"] == [1])
    }
}
