import Foundation
import Megaphone
import MegaphoneLoad
import MegaphoneModel
import MegaphoneRender

/// Diagnostics go to standard error, one per line, as compilers print them, so editors and CI
/// annotate the right line; the summary goes to standard output.
enum Console {
    /// The diagnostics in `format`: text on standard error, the machine formats on standard output.
    static func print(_ report: BuildReport, format: DiagnosticFormat = .text) {
        let rendered = Data(format.render(report.diagnostics).utf8)
        (format == .text ? FileHandle.standardError : FileHandle.standardOutput).write(rendered)
    }

    /// A summary line: on standard error when standard output holds a JSON report.
    static func say(_ line: String, format: DiagnosticFormat = .text) {
        (format.ownsStandardOutput ? FileHandle.standardError : FileHandle.standardOutput).write(Data((line + "\n").utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }

    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// One line per stage, to see where a slow build spends its time.
    static func printTimings(_ report: BuildReport) {
        for timing in report.stages {
            let time = milliseconds(timing.duration)
            say("  \(timing.stage.padding(toLength: 10, withPad: " ", startingAt: 0)) \(time.padding(toLength: 10, withPad: " ", startingAt: 0)) peak memory \(timing.peakMemory / 1_048_576) MB")
        }
        if report.derivedReused + report.derivedMade > 0 {
            say("  derived    \(report.derivedReused) reused, \(report.derivedMade) made (Markdown, listing cards, search words, share checks)")
        }
        if report.itemsUnread > 0 {
            say("  unread     \(report.itemsUnread) item files, as the previous build read them")
        }
        if report.markdownCarried > 0 {
            say("  carried    \(report.markdownCarried) documents' Markdown pass\(report.siteRulesCarried ? " and the site's rules" : "") over (no link can lead elsewhere)")
        }
        if report.pagesKept > 0 {
            say("  kept       \(report.pagesKept) pages without making them (only items' bodies changed)")
        }
    }

    static func milliseconds(_ interval: TimeInterval) -> String {
        "\(Int((interval * 1000).rounded())) ms"
    }
}
