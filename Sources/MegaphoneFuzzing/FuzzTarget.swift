import Foundation
import MegaphoneAnalytics
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSupport

/// The code that reads what people write, each as a fuzz target: bytes in, and the properties it
/// must keep whatever the bytes. A broken property is a `preconditionFailure`, which libFuzzer
/// reports as a crash with its input. The same functions replay the seed corpus and every crash
/// ever found in `swift test` (`FuzzCorpusTests`), so a fixed crash stays fixed.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case frontMatter = "front-matter"
    case documentReader = "document-reader"
    case markdown
    case trackedLink = "tracked-link"
    case analytics

    /// Runs the target; a broken property stops the process, as libFuzzer expects.
    public func run(_ bytes: [UInt8]) {
        if let broken = brokenProperties(bytes).first { fatalError("fuzz property broken: " + broken) }
    }

    /// The properties `bytes` break, said in words: none when the reader behaves.
    public func brokenProperties(_ bytes: [UInt8]) -> [String] {
        let log = PropertyLog()
        switch self {
        case .frontMatter: Self.frontMatter(bytes, log)
        case .documentReader: Self.documentReader(bytes, log)
        case .markdown: Self.markdown(bytes, log)
        case .trackedLink: Self.trackedLink(bytes, log)
        case .analytics: Self.analytics(bytes, log)
        }
        return log.broken
    }

    static func text(_ bytes: some Collection<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Lines as an editor, YAML and CommonMark count them: "\r\n", "\r" and "\n" each end one.
    static func lineCount(_ text: String) -> Int {
        var count = 1
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r")) { count += 1 }
            previous = byte
        }
        return count
    }

    /// The YAML and the body come from the file in order, at the lines said.
    static func frontMatter(_ bytes: [UInt8], _ log: PropertyLog) {
        let text = text(bytes)
        guard let split = try? FrontMatter.split(text) else { return }
        // On bytes: Foundation's `contains` says no for "", and its replacing and `hasSuffix` compare
        // characters (a CR before a combining mark is not replaced), not the bytes cut: all found
        // by fuzzing the property itself.
        let raw = Array(text.utf8)
        var file: [UInt8] = []
        for (index, byte) in raw.enumerated() where byte != UInt8(ascii: "\r") || raw.dropFirst(index + 1).first != UInt8(ascii: "\n") {
            file.append(byte == UInt8(ascii: "\r") ? UInt8(ascii: "\n") : byte)
        }
        if file.starts(with: [0xEF, 0xBB, 0xBF]) { file.removeFirst(3) }
        let yaml = Array(split.yaml.utf8), body = Array(split.body.utf8)
        let yamlInFile = yaml.isEmpty || (0...max(0, file.count - yaml.count)).contains { file[$0...].starts(with: yaml) }
        log.check(yamlInFile && file.count >= body.count && file.suffix(body.count).elementsEqual(body),
                  "front matter and body are parts of the file")
        log.check(split.yamlFirstLine == 2 && split.bodyFirstLine >= 3, "lines start after the opening ---")
    }

    /// The first byte picks the kind of document (item, guideline, page, module, lesson, or
    /// site.yml); the rest is the file. Whatever it holds: no crash, a document or an error (a
    /// failure is never silent), and every diagnostic inside the file.
    static func documentReader(_ bytes: [UInt8], _ log: PropertyLog) {
        guard let selector = bytes.first else { return }
        let text = text(bytes.dropFirst())
        let lineCount = Self.lineCount(text)
        var diagnostics: [Diagnostic] = []
        let paths = Self.documentPaths
        let produced: Bool
        let choice = Int(selector) % (paths.count + 1)
        if choice == paths.count {
            let file = TextFile(relativePath: "site.yml", displayPath: "site.yml", text: text)
            produced = SiteConfigParser.parse(file, displayPath: "site.yml", baseURLOverride: nil, diagnostics: &diagnostics) != nil
        } else {
            let path = paths[choice]
            let config = SiteConfig(title: "Fuzz", baseURL: BaseURL("https://intranet.example/")!)
            let (content, found) = SiteParser.parseFile(TextFile(relativePath: path, displayPath: path, text: text), config: config)
            diagnostics = found
            produced = content != nil
        }
        log.check(produced || diagnostics.hasErrors, "nothing was read, and no error says why")
        for diagnostic in diagnostics {
            log.check(diagnostic.location.line <= lineCount + 1, "diagnostic below the end of the file: \(diagnostic)")
            log.check(!diagnostic.message.isEmpty, "a diagnostic without a message")
        }
    }

    /// The first byte says whether raw HTML is allowed. Problems lie inside the body; the HTML
    /// never holds a script or a `javascript:` link when raw HTML is off.
    static func markdown(_ bytes: [UInt8], _ log: PropertyLog) {
        guard let options = bytes.first else { return }
        let text = text(bytes.dropFirst())
        let unsafe = options & 1 == 1
        let lineCount = Self.lineCount(text)
        let output = MarkdownRenderer.render(text, unsafeHTML: unsafe, images: ImageSources(allowedHosts: ["cdn.example.com"])) { url in
            url.hasSuffix(".md") ? .replace("/advocacy/" + url.dropLast(3) + "/") : .keep
        }
        for problem in output.problems {
            log.check(problem.line >= 1 && problem.line <= lineCount + 1, "problem outside the body: \(problem)")
        }
        if !unsafe {
            let lowered = output.html.lowercased()
            log.check(!lowered.contains("<script") && !lowered.contains("href=\"javascript:"), "script in safe output")
        }
        log.check(output.headings.allSatisfy { !$0.id.isEmpty }, "a heading without an id")
    }

    /// Tagging any URL gives an ASCII URI with exactly our UTM parameters, and tagging it again
    /// changes nothing.
    static func trackedLink(_ bytes: [UInt8], _ log: PropertyLog) {
        let url = text(bytes)
        let parameters = [(name: "utm_source", value: "linkedin"), (name: "utm_medium", value: "social"),
                          (name: "utm_campaign", value: "lancement été")]
        let tagged = TrackedLink.tag(url, with: parameters)
        log.check(tagged.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }, "not an ASCII URI: \(tagged)")
        log.check(TrackedLink.tag(tagged, with: parameters) == tagged, "tagging twice changed the link: \(tagged)")
        log.check(ASCIIURI.encode(tagged) == tagged, "encoding an ASCII URI changed it")
        let query = tagged.prefix { $0 != "#" }
        log.check(query.hasSuffix("utm_campaign=lancement%20%C3%A9t%C3%A9"), "our parameters are not last: \(tagged)")
    }

    /// Any bytes as an export: rows or errors, each at a line of the file, never a crash.
    static func analytics(_ bytes: [UInt8], _ log: PropertyLog) {
        let (export, diagnostics) = AnalyticsReader.read(displayPath: "data/analytics/export.csv", fileName: "export.csv", bytes: bytes)
        // An export may end lines with CR alone, or mix them (found by fuzzing the property itself).
        let lineCount = Self.lineCount(text(bytes))
        log.check(export == nil || !diagnostics.hasErrors, "rows returned from a file with errors")
        for row in export?.rows ?? [] {
            log.check(row.line >= 1 && row.line <= lineCount + 1, "a row outside the file")
        }
        for diagnostic in diagnostics {
            log.check(diagnostic.location.line <= lineCount + 1, "diagnostic below the end of the file: \(diagnostic)")
        }
    }
}

/// The properties an input broke, collected so that a test can name them all.
final class PropertyLog {
    var broken: [String] = []

    func check(_ condition: Bool, _ property: @autoclosure () -> String) {
        if !condition { broken.append(property()) }
    }
}
