import Foundation
import Testing
@testable import Megaphone
@testable import MegaphoneModel
@testable import MegaphoneSupport
@testable import MegaphoneWrite

/// The derived cache gives back only what its own binary derived from the same inputs, and
/// refuses a file it cannot vouch for as a whole.
@Suite struct DerivedCacheTests {
    static func key(_ text: String) -> DerivedCache.Key {
        var maker = DerivedCache.KeyMaker("test")
        maker.combine(text)
        return maker.key
    }

    /// Asks `cache` for `name`, deriving "made NAME" when it is not there; says whether it derived.
    static func ask(_ cache: DerivedCache, _ name: String) -> (String, derived: Bool) {
        var derived = false
        let value = cache.text(key(name)) {
            derived = true
            return "made " + name
        }
        return (value ?? "", derived)
    }

    static func saved(_ names: [String], identity: String = "binary-1") -> [UInt8] {
        let cache = DerivedCache(identity: identity)
        for name in names { _ = ask(cache, name) }
        return Array(cache.encoded())
    }

    static func load(_ bytes: [UInt8], identity: String = "binary-1") throws -> DerivedCache {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("derived-\(UUID().uuidString).bin").path
        defer { POSIXFile.remove(path) }
        #expect(POSIXFile.write(Data(bytes), to: path) == nil)
        return DerivedCache(path: path, identity: identity)
    }

    @Test func aSavedValueIsFoundByTheNextBuildAndOnlyWhatItAskedForIsKept() throws {
        let next = try Self.load(Self.saved(["a", "b"]))
        #expect(Self.ask(next, "a") == ("made a", false))
        #expect(Self.ask(next, "c") == ("made c", true))
        #expect(next.counts == (hits: 1, misses: 1))
        // "b" was not asked for: the file the next build saves no longer holds it.
        let after = try Self.load(Array(next.encoded()))
        #expect(Self.ask(after, "b").derived)
        #expect(!Self.ask(after, "c").derived)
    }

    /// A rebuild that kept pages without making them did not ask for what they were made from:
    /// saved with `keepingAll`, the file still holds it for the next build that makes them.
    @Test(arguments: [false, true])
    func aBuildThatKeptPagesKeepsWhatItDidNotAskFor(keepingAll: Bool) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("derived-\(UUID().uuidString).bin").path
        defer { POSIXFile.remove(path) }
        let card = "card " + String(repeating: "x", count: 4_000)
        #expect(POSIXFile.write(Data(Self.saved(["page", card])), to: path) == nil)
        let next = DerivedCache(path: path, identity: "binary-1")
        #expect(!Self.ask(next, "page").derived)
        #expect(Self.ask(next, "edited page").derived)
        #expect(next.save(to: path, keepingAll: keepingAll) == nil)
        let after = DerivedCache(path: path, identity: "binary-1")
        #expect(Self.ask(after, card).derived == !keepingAll)
        #expect(!Self.ask(after, "page").derived && !Self.ask(after, "edited page").derived)
    }

    /// The build saves the file a megabyte at a time: the same bytes as `encoded()`, read back whole.
    @Test func savingInChunksWritesTheEncodedFile() throws {
        let cache = DerivedCache(identity: "binary-1")
        let names = (0..<3_000).map { "value \($0) " + String(repeating: "é", count: $0 % 700) }
        for name in names { _ = Self.ask(cache, name) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("derived-\(UUID().uuidString).bin").path
        defer { POSIXFile.remove(path) }
        #expect(cache.save(to: path) == nil)
        let written = try #require(POSIXFile.read(path))
        #expect(written.count > 2 << 20, "more than one chunk")
        #expect(written == Array(cache.encoded()))
        let next = DerivedCache(path: path, identity: "binary-1")
        #expect(names.allSatisfy { !Self.ask(next, $0).derived })
    }

    /// A rebuild that still asks for most of the file appends what it derived; once what is no
    /// longer asked for is over a quarter of the file, the file is written again with only the
    /// values asked for. Either way the next build finds exactly what this one asked for or made,
    /// and a replaced value is read as replaced.
    @Test func aSaveAppendsWhatWasDerivedUntilTheFileHoldsTooMuchThatIsNotAskedFor() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("derived-\(UUID().uuidString).bin").path
        defer { POSIXFile.remove(path) }
        let names = (0..<100).map { "value \($0)" }
        let first = DerivedCache(identity: "binary-1")
        for name in names { _ = Self.ask(first, name) }
        #expect(first.save(to: path) == nil)
        let firstFile = try #require(POSIXFile.read(path))
        let firstSize = firstFile.count

        // 99 of 100 asked for, one new value, one replaced: appended.
        let second = DerivedCache(path: path, identity: "binary-1")
        for name in names.dropFirst() { #expect(!Self.ask(second, name).derived) }
        #expect(Self.ask(second, "new").derived)
        second.replace(Self.key("value 1"), with: Array("replaced".utf8))
        #expect(second.save(to: path) == nil)
        let appended = try #require(POSIXFile.read(path))
        #expect(appended.count > firstSize, "appended, not written again")
        #expect(appended.prefix(firstSize - 8) == firstFile.prefix(firstSize - 8), "the first file's records kept as they were")

        let third = DerivedCache(path: path, identity: "binary-1")
        #expect(Self.ask(third, "new") == ("made new", false))
        #expect(Self.ask(third, "value 1") == ("replaced", false))
        #expect(Self.ask(third, "value 2") == ("made value 2", false))
        // Only a third of the values asked for: written again, smaller, with just those.
        for name in names.prefix(30) { _ = Self.ask(third, name) }
        #expect(third.save(to: path) == nil)
        let rewritten = try #require(POSIXFile.read(path))
        #expect(rewritten.count < firstSize / 2)
        let fourth = DerivedCache(path: path, identity: "binary-1")
        #expect(Self.ask(fourth, "value 1") == ("replaced", false))
        #expect(Self.ask(fourth, "value 50").derived)
        #expect(!Self.ask(fourth, "new").derived, "asked for by the third")
    }

    /// A cache that will be saved sets aside on disk what it makes (a first build's values, out
    /// of memory until the save): each is read back when asked for again, a replaced one as
    /// replaced, and the saved file holds them all.
    @Test func whatIsSetAsideIsReadBackAndSaved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("derived-\(UUID().uuidString)").path
        defer { POSIXFile.removeTree(folder) }
        let path = folder + "/derived.bin"
        let cache = DerivedCache(path: path, identity: "binary-1")
        // Over a megabyte in all, so that some values are in the file and some still pending.
        let names = (0..<3_000).map { "value \($0) " + String(repeating: "é", count: $0 % 700) }
        for name in names { #expect(Self.ask(cache, name).derived) }
        cache.replace(Self.key(names[7]), with: Array("replaced".utf8))
        #expect(names.indices.allSatisfy { index in
            Self.ask(cache, names[index]) == (index == 7 ? "replaced" : "made " + names[index], false)
        })
        #expect(cache.stored(Self.key(names[2_999])).map { Array($0) } == Array(("made " + names[2_999]).utf8))
        #expect(FileManager.default.fileExists(atPath: path) == false, "nothing saved yet")
        #expect((try FileManager.default.contentsOfDirectory(atPath: folder)).isEmpty, "the spill file has no name")
        #expect(cache.save(to: path) == nil)
        let written = try #require(POSIXFile.read(path))
        #expect(written == Array(cache.encoded()))
        let next = DerivedCache(path: path, identity: "binary-1")
        #expect(names.indices.allSatisfy { index in
            Self.ask(next, names[index]) == (index == 7 ? "replaced" : "made " + names[index], false)
        })
    }

    @Test func aSpillFileReadsBackWhatWasAppendedWrittenOrPending() throws {
        let spill = try #require(SpillFile(folder: FileManager.default.temporaryDirectory.path))
        var all: [UInt8] = []
        var offsets: [(Int, [UInt8])] = []
        for index in 0..<400 {
            let piece = [UInt8](repeating: UInt8(index % 251), count: 1 + (index * 7919) % 9_000)
            let offset = try #require(piece.withUnsafeBytes { spill.append([$0], note: UInt64(index)) })
            #expect(offset == all.count)
            offsets.append((offset, piece))
            all += piece
        }
        #expect(all.count > 1 << 20, "some of it written, the rest pending")
        #expect(offsets.allSatisfy { spill.read(at: $0.0, count: $0.1.count) == $0.1 })
        var copied: [UInt8] = []
        spill.forEachPiece { copied.append(contentsOf: $0) }
        #expect(copied == all)
        #expect(spill.notes == (0..<400).map(UInt64.init))
    }

    @Test(arguments: ["truncated", "a record's hash altered", "another binary", "empty"])
    func aFileItCannotVouchForIsIgnoredWhole(_ damage: String) throws {
        var bytes = Self.saved(["a", "b"])
        var identity = "binary-1"
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "a record's hash altered": bytes[bytes.count - 8 - "made b".utf8.count - 3] ^= 0x20
        case "another binary": identity = "binary-2"
        default: bytes = []
        }
        let cache = try Self.load(bytes, identity: identity)
        #expect(Self.ask(cache, "a").derived && Self.ask(cache, "b").derived)
    }

    /// Values are read when asked for (the file is mapped): one whose bytes changed since it was
    /// saved is refused then, and derived again; the others are still found.
    @Test func aValueWhoseBytesChangedIsDerivedAgain() throws {
        var bytes = Self.saved(["a", "b"])
        let value = try #require(bytes.indices.last { bytes[$0...].starts(with: Array("made ".utf8)) })
        let altered = String(decoding: bytes[(value + 5)...].prefix(1), as: UTF8.self)
        bytes[value + 5] ^= 0x20  // "made a" or "made b", whichever was saved last, is now another
        let cache = try Self.load(bytes)
        #expect(Self.ask(cache, altered).derived)
        #expect(!Self.ask(cache, altered == "a" ? "b" : "a").derived)
    }

    @Test func aFailedDerivationIsNotStored() {
        let cache = DerivedCache(identity: "binary-1")
        #expect(cache.text(Self.key("x")) { nil } == nil)
        #expect(Self.ask(cache, "x") == ("made x", true))
    }

    /// A build reuses the cards and search words of the previous one, and a change to any
    /// of their inputs (the card's template, an item) gives the output of a build from scratch.
    @Test func aBuildReusesWhatThePreviousDerivedAndRedoesWhatChanged() throws {
        let site = try TestSite(["content/items/a.md": TestSite.item(), "content/items/b.md": TestSite.item(title: "Deuxième")])
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded && first.derivedMade > 0)
        try site.write("layouts/item-card.mustache", "<article class=\"mine\"><a href=\"{{url}}\">{{title}}</a></article>")
        let second = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(site.read("items/index.html")?.contains("<article class=\"mine\">") == true)
        #expect(second.derivedReused > 0, "the search words did not change")
        try site.write("content/items/b.md", TestSite.item(title: "Deuxième, corrigé"))
        let third = IncrementalBuildTests.expectSameAsAFullBuild(site)
        #expect(third.derivedReused > 0 && third.derivedMade > 0)
    }
}

/// Rendered Markdown and share rules' verdicts are reused only when what they were made from
/// still holds, including what lies outside the document.
@Suite struct DerivedVerdictTests {
    /// An unchanged document whose link target is gone: its kept HTML asked where `b.md` leads,
    /// and the answer changed, so it is rendered again and the broken link reported.
    @Test func aKeptDocumentWhoseLinkNowLeadsNowhereIsRenderedAgain() throws {
        let site = try TestSite([
            "content/items/a.md": TestSite.item().replacingOccurrences(of: "Le premier paragraphe.", with: "Voir [b](b.md)."),
            "content/items/b.md": TestSite.item(title: "Deuxième"),
        ])
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded && site.read("items/a/index.html")?.contains("href=\"/advocacy/items/b/\"") == true)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/items/b.md"))
        let second = site.build()
        #expect(!second.succeeded)
        #expect(second.diagnostics.errors.map(\.description).contains { $0.hasPrefix("content/items/a.md:5:6:") && $0.contains("'b.md'") })
    }

    /// `check` reuses what the last build into the output derived (a check of an edited site costs
    /// what changed), finds what is now wrong all the same, and writes nothing there.
    @Test func aCheckReusesTheLastBuildsCacheAndStillFindsWhatIsNowWrong() throws {
        let site = try TestSite([
            "content/items/a.md": TestSite.item().replacingOccurrences(of: "Le premier paragraphe.", with: "Voir [b](b.md)."),
            "content/items/b.md": TestSite.item(title: "Deuxième"),
        ])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let cacheFile = OutputWriter.cacheFolder(of: site.output).appendingPathComponent(DerivedCache.fileName).path
        let saved = try #require(POSIXFile.read(cacheFile))
        let clean = site.check()
        #expect(clean.succeeded && clean.derivedReused > 0 && clean.derivedMade == 0)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/items/b.md"))
        let broken = site.check()
        #expect(broken.derivedReused > 0)
        #expect(broken.diagnostics.errors.map(\.description).contains { $0.hasPrefix("content/items/a.md:5:6:") && $0.contains("'b.md'") })
        #expect(POSIXFile.read(cacheFile) == saved, "a check leaves the cache as the build saved it")
    }

    /// The share rules' verdict on an unchanged item is keyed by site.yml's disclosure too: a
    /// longer disclosure that pushes its X message over the limit is an error at the next build.
    @Test func aKeptVerdictDoesNotOutliveTheSettingsItWasMadeUnder() throws {
        let message = String(repeating: "Atlas arrive. ", count: 18)  // 252 characters
        let site = try TestSite(["content/items/a.md": TestSite.item("share:\n  x: \"\(message)\"\n")])
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.write("site.yml", TestSite.defaultConfig + "disclosure: \"#AmbassadeursAcmeIndustrie2026\"\n")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.errors.map(\.description).contains { $0.contains("X message") && $0.contains("the limit is 280") })
    }
}

/// The binary's identity (what every cache is keyed by) is hashed once per installed binary.
@Suite struct BinaryIdentityTests {
    @Test func theHashIsRememberedUntilTheBinaryChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("identity-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("megaphone").path
        let memo = folder.appendingPathComponent("remembered").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(POSIXFile.write(Data("version one".utf8), to: binary) == nil)
        let first = RenderManifest.identity(ofBinary: binary, rememberedIn: memo)
        #expect(first != "unknown")
        // What is remembered is what is used: the binary is not read again while its stamp holds.
        let files = try FileManager.default.contentsOfDirectory(atPath: memo)
        #expect(files.count == 1)
        #expect(POSIXFile.write(Data("abc123".utf8), to: memo + "/" + files[0]) == nil)
        #expect(RenderManifest.identity(ofBinary: binary, rememberedIn: memo) == "abc123")
        // A new binary (another size and time) is hashed again.
        #expect(POSIXFile.write(Data("version two, longer".utf8), to: binary) == nil)
        let second = RenderManifest.identity(ofBinary: binary, rememberedIn: memo)
        #expect(second != "abc123" && second != first && second != "unknown")
    }
}
