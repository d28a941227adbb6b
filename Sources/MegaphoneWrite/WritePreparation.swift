import Foundation
import MegaphoneModel
import MegaphoneSupport

/// What a write into an output can learn before it takes the lock, on another core while the
/// site is parsed and checked: the retired tree's record and the folders of it that can be
/// trusted (a `stat` of each of 17,000 folders at 10,000 items), and the previous site's
/// manifest. Each is kept with the stamp of the file it was read from: the write takes it only if
/// that file is still the same once it holds the lock. Any build that writes into the retired
/// tree first removes its record, and any that swaps a site in writes a new manifest, so another
/// build in between is always seen.
package struct WritePreparation: Sendable {
    var record: TreeRecord?
    var recordStamp: FileStamp?
    var trusted: Set<String>
    var previous: PreviousSite?
    var manifestStamp: FileStamp?

    static func read(output: URL) -> WritePreparation {
        let cache = OutputWriter.cacheFolder(of: output).path
        let recordPath = cache + "/" + TreeRecord.retiredName, manifestPath = cache + "/" + RenderManifest.fileName
        // Stamped before reading: a file replaced while it is read gets another stamp.
        let recordStamp = FileStamp.of(recordPath), manifestStamp = FileStamp.of(manifestPath)
        let record = POSIXFile.read(recordPath).flatMap { TreeRecord(data: $0) }
        let root = OutputWriter.retiredFolder(of: output).path
        return WritePreparation(record: record, recordStamp: recordStamp, trusted: record?.trustedFolders(in: root) ?? [],
                                previous: PreviousSite(output), manifestStamp: manifestStamp)
    }

    /// The record read early, claimed now (removed, as `TreeRecord.claim` does), if its file is
    /// the one read; nil when there was none or it changed.
    func claimRecord(at path: String) -> (record: TreeRecord, trusted: Set<String>)? {
        guard let record, let recordStamp, FileStamp.of(path) == recordStamp else { return nil }
        POSIXFile.remove(path)
        return (record, trusted)
    }

    /// The previous site read early, if its manifest is still the one read.
    func previousSite(manifestAt path: String) -> PreviousSite?? {
        guard FileStamp.of(path) == manifestStamp else { return nil }
        return .some(previous)
    }
}
