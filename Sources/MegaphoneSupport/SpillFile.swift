import Foundation

/// Bytes set aside on disk and read back by offset: what a build derives, must keep for the
/// derived cache's file, and rarely reads again (at 100,000 items, most of a gigabyte a first
/// build held in memory to its end). The file has no name (removed as soon as it is opened), so
/// nothing is left behind however the process ends. Appends are gathered a megabyte at a time;
/// what is not written yet is read from memory.
package final class SpillFile: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    /// Guarded by `lock`: bytes appended after the first `written`, not yet in the file.
    private var pending: [UInt8] = []
    private var written = 0
    /// Set when a write failed: nothing more is appended (the caller keeps values in memory).
    private var failed = false
    private static let flushSize = 1 << 20

    /// Where the file is, for the message if it cannot be read back.
    private let folder: String

    /// An unnamed file in `folder`, or nil when none can be made there.
    package init?(folder: String) {
        guard let descriptor = POSIXFile.unnamedFile(in: folder) else { return nil }
        self.descriptor = descriptor
        self.folder = folder
    }

    deinit { POSIXFile.release(descriptor) }

    /// A number the caller gave with each append, in the order of the appends (what a record adds
    /// to its file's hash, for the derived cache).
    package var notes: [UInt64] {
        lock.lock()
        defer { lock.unlock() }
        return appendedNotes
    }
    private var appendedNotes: [UInt64] = []

    /// Appends the pieces one after the other; returns the offset of the first, or nil when the
    /// file can no longer be written (disk full).
    package func append(_ pieces: [UnsafeRawBufferPointer], note: UInt64) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !failed else { return nil }
        let offset = written + pending.count
        for piece in pieces { pending.append(contentsOf: piece) }
        appendedNotes.append(note)
        if pending.count >= Self.flushSize, !flush() { return nil }
        return offset
    }

    /// Writes what is pending. Under `lock`.
    private func flush() -> Bool {
        guard pending.withUnsafeBytes({ POSIXFile.write(all: $0, to: descriptor, at: written) }) == nil else {
            failed = true
            return false
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
        return true
    }

    /// The `count` bytes at `offset`, as appended. A read of a file this process wrote fails only
    /// on an I/O error; the build cannot go on without what it set aside, so it stops there
    /// (before the new site is swapped in) with the reason.
    package func read(at offset: Int, count: Int) -> [UInt8] {
        lock.lock()
        if offset >= written {
            let start = offset - written
            let bytes = Array(pending[start..<start + count])
            lock.unlock()
            return bytes
        }
        lock.unlock()
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            readFromFile(UnsafeMutableRawBufferPointer(buffer), at: offset)
            initialized = count
        }
    }

    /// Every byte appended, in order, a megabyte at a time.
    package func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        var offset = 0
        var chunk = [UInt8](repeating: 0, count: Self.flushSize)
        while offset < written {
            let count = min(chunk.count, written - offset)
            chunk.withUnsafeMutableBytes { buffer in
                let piece = UnsafeMutableRawBufferPointer(rebasing: buffer[..<count])
                readFromFile(piece, at: offset)
                body(UnsafeRawBufferPointer(piece))
            }
            offset += count
        }
        pending.withUnsafeBytes { body($0) }
    }

    /// Fills `buffer` with the bytes written at `offset`. The build cannot go on without what it
    /// set aside, so a failure ends it with the reason, before anything more is written.
    private func readFromFile(_ buffer: UnsafeMutableRawBufferPointer, at offset: Int) {
        guard let problem = POSIXFile.read(into: buffer, from: descriptor, at: offset) else { return }
        FileHandle.standardError.write(Data("""
            error: cannot read back what this build set aside in \(folder): \(problem). The disk \
            holding the output may be failing or full; build again once it is fixed.

            """.utf8))
        exit(74)  // EX_IOERR
    }
}
