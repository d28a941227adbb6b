import Foundation
import MegaphoneSupport

/// One file of the built site.
public struct OutputFile: Sendable {
    /// Relative to the output folder.
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case data(Data)
        /// A file copied as it is (content files, theme assets).
        case copy(from: URL)
        /// A feed or index made when it is written, in the writer's parallel loop, so that it
        /// overlaps the pages and the disk.
        case rendered(@Sendable () throws -> Data)
        /// A page, also made in the writer's loop (no page waits in memory for the others): its
        /// context is built and fingerprinted first, and the template runs only when the previous
        /// build did not already render the same.
        case page(@Sendable () -> PageRendering)
        /// A feed or index file keyed like a page: its key (`PageRendering.fingerprint`, of
        /// everything its bytes are made from) costs less than the file, which is not made again
        /// when the previous build made it under the same key (a search shard after an edit that
        /// did not touch its words).
        case keyed(@Sendable () -> PageRendering)

        /// What makes the file when its key is known first.
        package var keyedRendering: (@Sendable () -> PageRendering)? {
            switch self {
            case .page(let prepare), .keyed(let prepare): prepare
            default: nil
            }
        }
    }

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}

extension OutputFile {
    /// Runs what makes this file: a `Diagnostic` it throws says what to fix; any other error is
    /// said as one at the file.
    public func making<Made>(_ body: () throws -> Made) throws(Diagnostic) -> Made {
        do {
            return try body()
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw .error(at: SourceLocation(path: path), "cannot make \(path): \(error)")
        }
    }
}

/// A page made from Markdown the build is given rather than a content file (the feeds'
/// documentation).
@Memberwise
public struct MarkdownPage: Sendable {
    public var route: String
    public var title: String
    public var markdown: String
    public var lang: String
}

/// A page ready to render: the fingerprint of all its template reads, and the rendering itself.
@Memberwise
public struct PageRendering: Sendable {
    public var fingerprint: UInt64
    /// Throws a `Diagnostic` (at the template or file to fix) when the page cannot be made.
    public var render: @Sendable () throws -> Data
}
