import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// An unnamed file in `folder`, or nil when none can be made there.
    package init?(folder: String) {
        var template = Array((folder + "/.megaphone-spill-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

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
        let done = pending.withUnsafeBytes { writeAll($0, at: written) }
        guard done else {
            failed = true
            return false
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
        return true
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
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
            readFromFile(buffer.baseAddress!, count: count, at: offset)
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
                readFromFile(buffer.baseAddress!, count: count, at: offset)
                body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            }
            offset += count
        }
        pending.withUnsafeBytes { body($0) }
    }

    /// Fills `buffer` with the `count` bytes written at `offset`.
    private func readFromFile(_ buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) {
        var done = 0
        while done < count {
            let read = pread(descriptor, buffer + done, count - done, off_t(offset + done))
            if read < 0, errno == EINTR { continue }
            guard read > 0 else {
                let reason = read < 0 ? String(cString: strerror(errno)) : "the file is shorter than written"
                FileHandle.standardError.write(Data("megaphone: cannot read back what this build set aside on disk: \(reason)\n".utf8))
                exit(74)  // EX_IOERR
            }
            done += read
        }
    }
}
