import Testing
@testable import MegaphoneParse

/// What a file under `content/` is, by where it sits: items are told apart on a shorter path
/// than the other kinds, and must be the same ones.
@Suite struct ContentKindTests {
    @Test(arguments: [
        ("items/2026-11-20-atlas.md", ContentKind.item), ("items/2026/atlas.en.md", .item),
        ("guidelines/transparence.md", .guideline), ("pages/faq.md", .page),
        ("training/photo.md", .trainingModuleFile), ("training/photo/index.en.md", .trainingModuleIndex(module: "photo")),
        ("training/photo/01-cadrer.md", .lesson(module: "photo")),
    ])
    func aFileIsTheKindItsFolderSays(path: String, kind: ContentKind) {
        #expect(ContentKind(contentPath: path) == kind)
    }

    @Test(arguments: ["items/", "items//", "items", "atlas.md", "other/atlas.md", "training/a/b/c.md"])
    func aPathOutsideTheKindsFoldersIsNone(path: String) {
        #expect(ContentKind(contentPath: path) == nil)
    }
}
