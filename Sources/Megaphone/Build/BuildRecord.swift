import Foundation
import MegaphoneLoad
import MegaphoneSite
import MegaphoneWrite

/// What the last successful build into an output was made from, kept in the build cache beside
/// the output. When the same binary is asked for the same build again, no input file changed,
/// the clock is still inside the window where it decides nothing new and nobody touched the
/// output, the build has nothing to do: it says so and leaves the site as it is.
struct BuildRecord: Codable, Sendable {
    var format = 1
    var megaphone: String
    /// The options that change the output (source, base URL, drafts, future).
    var options: String
    var inputs: InputStamps
    /// When the build began (ns since 1970): inputs written after it are not trusted.
    var started: Int64
    /// `--now` as written, when the build was given one.
    var fixedNow: String?
    var clock: ClockWindow
    /// The fingerprint of the output's files once the site was in place.
    var outputs: String = ""
    var pages: Int
    var files: Int
    /// What the next build compares to keep pages without making them.
    var scope: RebuildScope?

    /// A file's modification time is only as fine as the kernel's clock tick: an input stamped
    /// within this much of the build's start may have been written after the build read it.
    static let racyMargin: Int64 = 50_000_000

    static func optionsKey(_ options: BuildOptions) -> String {
        [options.source.path, options.baseURL ?? "", options.includeDrafts ? "drafts" : "", options.includeFuture ? "future" : ""]
            .joined(separator: "\u{1F}")
    }

    static func read(for output: URL) -> BuildRecord? {
        let path = OutputWriter.cacheFolder(of: output).appendingPathComponent(OutputWriter.recordName)
        guard let data = try? Data(contentsOf: path) else { return nil }
        return try? JSONDecoder().decode(BuildRecord.self, from: data)
    }

    /// Whether a build with `options` would give exactly the site the recorded build left.
    func stillDescribes(_ options: BuildOptions, inputs current: InputStamps) -> Bool {
        guard format == 1, megaphone == RenderManifest.binaryIdentity, megaphone != "unknown",
              self.options == Self.optionsKey(options),
              current == inputs, inputs.newest < started - Self.racyMargin else { return false }
        if let written = options.now {
            guard written == fixedNow else { return false }
        } else {
            guard fixedNow == nil, clock.contains(Date()) else { return false }
        }
        return OutputStamps.fingerprint(of: options.output.path) == outputs
    }

    /// Whether what this record's build derived from the frame may be taken by a build with
    /// `options` and `inputs`: the same binary and options, and every input but the items'
    /// files older than its start (git's racy rule). The caller compares its own frame key and clock.
    func vouches(for options: BuildOptions, inputs: InputStamps) -> Bool {
        megaphone == RenderManifest.binaryIdentity && self.options == Self.optionsKey(options)
            && inputs.frameNewest < started - Self.racyMargin
    }

    func encoded() -> Data? { try? JSONEncoder().encode(self) }
}
