import Foundation

/// The site being replaced. A new file with the same bytes as the previous build's file at the
/// same path is hard-linked to it instead of written: the file keeps its inode and modification
/// time, so web servers' ETags and caches, and rsync, see it as unchanged; a rebuild after a small
/// edit writes little; and the previous site stays intact, since neither build ever modifies a
/// file once written (the staging folder only gets new names).
///
/// A page is not even rendered when the previous build's manifest says it was made from the same
/// fingerprint and its file is untouched since.
struct PreviousSite: Sendable {
    let root: String
    let manifest: RenderManifest?

    /// Nil when there is no previous site (first build) or it is not a folder.
    init?(_ output: URL) {
        var status = stat()
        guard lstat(output.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
        root = output.path
        manifest = RenderManifest.read(in: root)
    }

    /// Links `target` to the previous page at `path` when it was rendered from `fingerprint` and
    /// its file has not changed since; returns its manifest entry.
    func reuse(_ path: String, fingerprint: String, at target: String) -> RenderManifest.Entry? {
        guard let entry = manifest?.pages[path], entry.fingerprint == fingerprint else { return nil }
        let previous = root + "/" + path
        guard FileStamp.of(previous) == entry.stamp, link(previous, target) == 0 else { return nil }
        return entry
    }

    /// Links `target` to the previous site's file at `path` when that is a regular file holding
    /// exactly `data`. False when it differs, is missing, or cannot be linked (the caller writes).
    func reuse(_ path: String, ifSameAs data: Data, at target: String) -> Bool {
        let previous = root + "/" + path
        guard POSIXFile.holds(data, at: previous) else { return false }
        return link(previous, target) == 0
    }
}
