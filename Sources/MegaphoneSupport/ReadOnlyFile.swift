/// A file kept open for reading parts of it, from any thread, as they are needed (`pread`): the
/// derived cache reads each value when asked for, not the whole file up front.
///
/// Unchecked: the descriptor is only read at given offsets, which needs no lock. Files kept open
/// (the derived cache) are replaced by rename, or appended to in place of their last bytes (a
/// hash read once, when the file is opened), so what is read stays in the file however other
/// builds save theirs.
package final class ReadOnlyFile: @unchecked Sendable {
    private let descriptor: Int32
    package let size: Int

    package init?(_ path: String) {
        guard let (descriptor, size) = POSIXFile.openForReading(path) else { return nil }
        self.descriptor = descriptor
        self.size = size
    }

    deinit { POSIXFile.release(descriptor) }

    /// `body` with the whole file mapped into memory (unmapped after: touched, a mapping's pages
    /// count as the process's memory, a gigabyte at 100,000 items); nil when it cannot be mapped.
    package func withMapping<Result>(_ body: (UnsafeRawBufferPointer) -> Result?) -> Result? {
        guard let bytes = POSIXFile.map(descriptor, size: size) else { return nil }
        defer { POSIXFile.unmap(bytes) }
        return body(bytes)
    }

    /// `count` bytes at `offset`; nil when they cannot be read.
    package func read(at offset: Int, count: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            failed = POSIXFile.read(into: UnsafeMutableRawBufferPointer(buffer), from: descriptor, at: offset) != nil
            initialized = failed ? 0 : count
        }
        return failed ? nil : bytes
    }
}
