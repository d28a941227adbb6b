import Foundation
import MegaphoneModel
import MegaphoneSupport

/// The site being replaced (the live one). A new file with the same bytes as the live file at the
/// same path is hard-linked to it instead of written: the file keeps its inode and modification
/// time, so web servers' ETags and caches, and rsync, see it as unchanged; a rebuild after a small
/// edit writes little; and the live site stays intact, since no build modifies a file in place.
///
/// A page is not even rendered when the previous build's manifest says it was made from the same
/// fingerprint and its file is untouched since.
package struct PreviousSite: Sendable {
    package let root: String
    package let manifest: RenderManifest?

    /// Nil when there is no previous site (first build) or it is not a folder.
    package init?(_ output: URL) {
        guard POSIXFile.status(output.path)?.kind == .folder else { return nil }
        root = output.path
        manifest = RenderManifest.read(in: OutputWriter.cacheFolder(of: output).path)
    }

    /// The manifest entry of the page at `path` when it was rendered from `fingerprint` and its
    /// file has not changed since: the same stamp, or else (a file restored from an archive, with
    /// another inode) the same size and bytes; the entry then takes the file's new stamp.
    package func unchangedPage(_ path: String, fingerprint: UInt64) -> RenderManifest.Entry? {
        guard var entry = manifest?.pages[path], entry.fingerprint == fingerprint,
              let stamp = FileStamp.of(root + "/" + path) else { return nil }
        if stamp == entry.stamp { return entry }
        guard stamp.size == entry.stamp.size, let bytes = POSIXFile.read(root + "/" + path),
              RenderManifest.Entry.contentHash(Data(bytes)) == entry.content else { return nil }
        entry.stamp = stamp
        return entry
    }

    /// Whether the live file at `path` is a regular file holding exactly `data`.
    package func holds(_ path: String, _ data: Data) -> Bool {
        POSIXFile.holds(data, at: root + "/" + path)
    }

    /// Whether `other` is the very file (same inode) as the live one at `path`.
    package func isSameFile(_ path: String, as other: String) -> Bool {
        guard let live = FileStamp.of(root + "/" + path), let candidate = FileStamp.of(other) else { return false }
        return live.inode == candidate.inode
    }
}
