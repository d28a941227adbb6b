import Foundation

/// What a build or check did: its diagnostics (errors and warnings) and its figures.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pagesWritten = 0
    public var filesWritten = 0
    public var duration: TimeInterval = 0
    /// False when nothing was written (errors, or `check`).
    public var wroteOutput = false

    public var succeeded: Bool { !diagnostics.hasErrors }
}
