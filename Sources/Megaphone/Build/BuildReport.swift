import Foundation
import MegaphoneFeeds
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneRender
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import MegaphoneWrite

/// What a build or check did: its diagnostics (errors and warnings) and its figures.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pagesWritten = 0
    public var filesWritten = 0
    /// Pages whose inputs had not changed since the previous build: linked, not rendered.
    public var pagesReused = 0
    /// Of those, the pages kept without even making their context: only items' bodies changed
    /// (see `RebuildScope`).
    public var pagesKept = 0
    /// Documents whose Markdown pass was taken from the previous build's (`MarkdownCarry`).
    public var markdownCarried = 0
    /// The site's rules' findings were the previous build's (`RebuildScope.siteRules`).
    public var siteRulesCarried = false
    /// Items taken from the derived cache without reading their files (`ItemFiles`).
    public var itemsUnread = 0
    public var duration: TimeInterval = 0
    /// False when nothing was written (errors, `check`, or nothing to do).
    public var wroteOutput = false
    /// Nothing changed since the last build: the output was left as it was.
    public var upToDate = false
    /// How long each stage took, in pipeline order (`megaphone build --timings`).
    public var stages: [StageTiming] = []
    /// Values (listing cards, folded words) found in the derived cache, and made anew.
    public var derivedReused = 0
    public var derivedMade = 0

    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// The wall time of one stage of the pipeline, and the process's peak memory when it ended.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var duration: TimeInterval
    /// The most memory (resident bytes) the process had used by the end of the stage: which stage
    /// makes the peak of a build.
    public var peakMemory: Int

    public init(stage: String, duration: TimeInterval, peakMemory: Int = StageTiming.peakMemoryNow()) {
        self.stage = stage
        self.duration = duration
        self.peakMemory = peakMemory
    }

    /// The process's maximum resident set size so far.
    public static func peakMemoryNow() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)  // bytes on macOS
        #else
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #endif
    }
}
