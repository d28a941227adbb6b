/// A file's bytes mapped into memory (`POSIXFile.map(_:)`), unmapped when let go.
///
/// Unchecked: the bytes are only ever read, from any thread. The files mapped (the derived cache)
/// are replaced by rename, or appended to in place of their last bytes (a hash read once, when
/// the file is opened), so what is read stays in the file however other builds save theirs.
package final class MappedFile: @unchecked Sendable {
    package let bytes: UnsafeRawBufferPointer

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    deinit { POSIXFile.unmap(bytes) }
}
