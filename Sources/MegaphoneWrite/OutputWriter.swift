import CAtomicSwap
import Foundation
import MegaphoneModel
import MegaphoneSupport

/// Writes the new site into a folder beside the output, then swaps the two with one atomic
/// rename, so a failed or interrupted build leaves the previous site exactly as it was and a web
/// server never serves a half-written site.
///
/// The folder written into is the site the previous build replaced (`.NAME.megaphone-retired`):
/// it already has the folders and most of the files, so a rebuild updates what changed instead of
/// creating thousands of folders and deleting as many (which file systems make slow, ext4 more so
/// as deleted inodes pile up). Files there are never modified in place, only replaced by rename,
/// because an unchanged file is one file (a hard link) in both sites.
public enum OutputWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        /// Files whose content could not be made (a template, a feed), each at what to fix.
        public var diagnostics: [Diagnostic] = []
    }

    /// What a write did: files in the new site, and pages linked from the previous build
    /// without rendering them.
    public struct Summary: Sendable {
        public var files: Int
        public var pagesReused: Int
        /// Time spent making files (templates, feeds) and placing them, measured apart.
        public var renderSeconds: Double
        public var writeSeconds: Double
    }

    /// Starts, on another core, what the write will need and can know early (the binary's hash
    /// for the render manifest), so it is ready when the pages are.
    public static func prepare() {
        DispatchQueue.global(qos: .userInitiated).async { _ = RenderManifest.binaryIdentity }
    }

    /// Starts, on another core, reading what the write into `output` can know before it takes
    /// the lock (`WritePreparation`): once the build knows it has something to write.
    package static func prepare(output: URL) -> Eventually<WritePreparation> {
        let output = output.standardizedFileURL
        return Eventually { WritePreparation.read(output: output) }
    }

    /// The sibling folders of `output` (`.NAME.megaphone-KIND`): same file system, so the final
    /// rename is atomic, and never served with the site.
    private static func sibling(of output: URL, _ kind: String) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).megaphone-\(kind)")
    }

    /// The site the last build replaced, where the next one is written.
    package static func retiredFolder(of output: URL) -> URL { sibling(of: output, "retired") }

    /// What the builds into `output` remember (render manifest, build record).
    public static func cacheFolder(of output: URL) -> URL { sibling(of: output, "cache") }

    /// The build record's file in the cache.
    public static let recordName = "build.json"

    /// `record`, when given, makes the build record from the fingerprint of the new site's files;
    /// it is written once the site is in place, inside the lock.
    @discardableResult
    /// `prepared`: what `prepare(output:)` read early, taken where it still holds.
    /// `lateProblems`: what went wrong while the files were made without failing one (a file
    /// that changed during the build), asked once all are made: any stops the swap.
    package static func write(_ files: [OutputFile], to output: URL,
                             record: (@Sendable (_ outputs: String) -> Data?)? = nil,
                             prepared: Eventually<WritePreparation>? = nil,
                             lateProblems: (@Sendable () -> [Diagnostic])? = nil) throws(Failure) -> Summary {
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(parent.path): \(error.localizedDescription)")
        }
        // Two builds into the same output at once would write into the same folder: one waits
        // (the lock is on the parent folder, so no lock file is left behind).
        return try POSIXFile.whileLocking(parent.path) { () throws(Failure) -> Summary in
            try writeLocked(files, to: output, record: record, prepared: prepared?.value, lateProblems: lateProblems)
        }
    }

    private static func writeLocked(_ files: [OutputFile], to output: URL,
                                    record: (@Sendable (String) -> Data?)?, prepared: WritePreparation?,
                                    lateProblems: (@Sendable () -> [Diagnostic])?) throws(Failure) -> Summary {
        let staging = retiredFolder(of: output)
        let cache = cacheFolder(of: output).path
        if let problem = POSIXFile.makeFolder(staging.path) {
            throw Failure(description: "cannot prepare \(staging.path): \(problem)")
        }
        // What the retired site's tree held, claimed (removed) before anything changes it.
        let recordPath = cache + "/" + TreeRecord.retiredName
        let previous = prepared?.previousSite(manifestAt: cache + "/" + RenderManifest.fileName) ?? PreviousSite(output)
        let tree: StagingTree
        if let (treeRecord, trusted) = prepared?.claimRecord(at: recordPath) {
            tree = StagingTree(root: staging.path, previous: previous, record: treeRecord, trusted: trusted)
        } else {
            tree = StagingTree(root: staging.path, previous: previous, record: TreeRecord.claim(recordPath))
        }
        var outcome = try tree.write(files)
        if let problems = lateProblems?(), !problems.isEmpty { throw Failure(description: "", diagnostics: problems) }
        let swapStarted = DispatchTime.now().uptimeNanoseconds
        // The record describes the site being replaced: gone before the swap, so that no later
        // build trusts it for the new site.
        POSIXFile.remove(cache + "/" + recordName)
        _ = POSIXFile.makeFolder(cache)
        // Each file with its inode; one whose stamp is not known (0) is asked for by the build that trusts the record.
        var inodes = Dictionary(outcome.stamps.lazy.map { ($0.path, $0.stamp.inode) }) { first, _ in first }
        if inodes.count < files.count { for file in files where inodes[file.path] == nil { inodes[file.path] = 0 } }
        let written = TreeRecord.take(root: staging.path, files: inodes, folders: outcome.folders, clockFolder: cache,
                                     read: tree.record, trusted: tree.trusted, touched: outcome.touched)
        try swapIn(staging, at: output)
        // The live site's tree is now the retired one, written into by the next build.
        if POSIXFile.rename(cache + "/" + TreeRecord.liveName, over: cache + "/" + TreeRecord.retiredName) != nil {
            POSIXFile.remove(cache + "/" + TreeRecord.retiredName)
        }
        // What the next builds read of this one, made on every core (each is a pass over every
        // file, one after the other the last tenth of a rebuild after one edit at 10,000 items).
        // The manifest is written after the swap: one that outlives its site only costs renders.
        let pages = outcome.pages, stamps = outcome.stamps, folders = outcome.folders
        let remembered: [@Sendable () -> (name: String, data: Data)?] = [
            { written?.data().map { (TreeRecord.liveName, $0) } },
            { (RenderManifest.fileName, RenderManifest(megaphone: RenderManifest.binaryIdentity, pages: pages).data()) },
            { record?(OutputStamps.fingerprint(files: stamps, folders: folders)).map { (recordName, $0) } },
        ]
        _ = ConcurrentMap.map(remembered) { remember in
            if let (name, data) = remember() { _ = StagingTree.replace(cache + "/" + name, with: data) }
        }
        outcome.writeSeconds += StagingTree.seconds(since: swapStarted)
        return Summary(files: files.count, pagesReused: outcome.reused, renderSeconds: outcome.renderSeconds,
                       writeSeconds: outcome.writeSeconds)
    }

    private static func swapIn(_ staging: URL, at output: URL) throws(Failure) {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            do { try fileManager.moveItem(at: staging, to: output) } catch {
                throw Failure(description: "cannot move the new site to \(output.path): \(error.localizedDescription)")
            }
            return
        }
        // The previous site now sits where the new one was written: the next build starts from it.
        if megaphone_exchange_paths(staging.path, output.path) == 0 { return }
        // No atomic exchange on this file system: two renames, with the old site kept until the end.
        let previous = staging.deletingLastPathComponent()
            .appendingPathComponent(staging.lastPathComponent.replacingOccurrences(of: "retired", with: "previous"))
        do {
            try? fileManager.removeItem(at: previous)
            try fileManager.moveItem(at: output, to: previous)
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.moveItem(at: previous, to: staging)
        } catch {
            if !fileManager.fileExists(atPath: output.path) { try? fileManager.moveItem(at: previous, to: output) }
            throw Failure(description: "cannot replace \(output.path): \(error.localizedDescription)")
        }
    }
}
