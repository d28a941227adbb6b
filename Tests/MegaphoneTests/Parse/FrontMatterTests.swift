import Testing
@testable import MegaphoneLoad

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyWithLineNumbers() throws {
        let split = try FrontMatter.split("---\ntitle: A\ndate: 2026-11-20\n---\nBody\nmore")
        #expect(split.yaml == "title: A\ndate: 2026-11-20")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "Body\nmore")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func acceptsByteOrderMarkAndWindowsLineEnds() throws {
        let split = try FrontMatter.split("\u{FEFF}---\r\ntitle: A\r\n---\r\nBody\r\n")
        #expect(split.yaml == "title: A")
        #expect(split.body == "Body\n")
    }

    /// Found by fuzzing: YAML and cmark count a lone CR as a line end, so the splitter must too,
    /// or an error's line is not the line the editor shows.
    @Test func aLoneCarriageReturnEndsALine() throws {
        let split = try FrontMatter.split("---\rtitle: A\r\rdate: 2026-11-20\r---\rBody\rmore\n")
        #expect(split.yaml == "title: A\n\ndate: 2026-11-20")
        #expect(split.body == "Body\nmore\n")
        #expect(split.bodyFirstLine == 6)
    }

    @Test func reportsMissingAndUnclosedFrontMatter() {
        #expect(throws: FrontMatter.SplitError.missing) { try FrontMatter.split("title: A\n") }
        #expect(throws: FrontMatter.SplitError.unclosed) { try FrontMatter.split("---\ntitle: A\nBody\n") }
    }
}
