import Foundation
import MegaphoneModel
import MegaphoneSupport

/// What the previous build rendered: for each page, the fingerprint of everything its template
/// read (the context, the template set) and the identity of the file written (inode, size,
/// modification time, and a hash of its bytes). A page whose fingerprint is unchanged and whose
/// file is untouched (the same stamp, or failing that the same bytes) is linked, not rendered again. It lives beside the output, in the build cache
/// (`.NAME.megaphone-cache/pages.bin`), not in the served site; it is written after the new site
/// is swapped in, and an entry whose file is not the one it names (another inode, size or time)
/// is ignored, so a manifest that outlived its site only costs renders. It is ignored entirely
/// when another `megaphone` binary wrote it (a new version may render differently).
package struct RenderManifest: Sendable {
    package static let fileName = "pages.bin"

    package struct Entry: Sendable, Equatable {
        package var fingerprint: UInt64
        package var stamp: FileStamp
        /// A hash of the file's bytes: when the file is not the one written (a CI job restored the
        /// output from an archive: new inodes), the same bytes still vouch for it.
        package var content: UInt64

        package static func contentHash(_ data: Data) -> UInt64 {
            var hasher = StableHasher()
            data.withUnsafeBytes { hasher.combine(bytes: $0) }
            return hasher.value
        }
    }

    package var megaphone: String
    package var pages: [String: Entry]

    /// A hash of the running binary's bytes: the same build of Megaphone, even restored from a CI
    /// cache or copied elsewhere, reuses the pages it rendered; any other build renders them again.
    /// Hashing an installed, statically linked binary (90 MB) takes 0.2 s, most of a build with
    /// nothing to do: the hash is remembered in the user's cache folder under the binary's path
    /// and stamp (inode, size, modification time), which any reinstall changes.
    package static let binaryIdentity: String = {
        guard let path = Bundle.main.executablePath else { return "unknown" }
        return identity(ofBinary: path, rememberedIn: identityFolder)
    }()

    /// The hash of the file at `path`, remembered in `folder` under its path and stamp.
    static func identity(ofBinary path: String, rememberedIn folder: String) -> String {
        let remembered = FileStamp.of(path).map { stamp -> String in
            var hasher = StableHasher()
            hasher.combine(path)
            for number in [stamp.inode, UInt64(bitPattern: stamp.size), UInt64(bitPattern: stamp.modified)] { hasher.combine(number) }
            return folder + "/" + fingerprintText(hasher.value)
        }
        if let remembered, let bytes = POSIXFile.read(remembered), let text = String(validating: bytes, as: UTF8.self),
           (1...16).contains(text.count), text.allSatisfy(\.isHexDigit) {
            return text
        }
        guard let bytes = POSIXFile.read(path) else { return "unknown" }
        var hasher = StableHasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        let identity = fingerprintText(hasher.value)
        if let remembered, (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil {
            _ = POSIXFile.replace(remembered, with: Data(identity.utf8))
        }
        return identity
    }

    /// `$XDG_CACHE_HOME/megaphone/binaries`, else `~/.cache/megaphone/binaries`.
    static var identityFolder: String {
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return cache + "/megaphone/binaries"
    }

    package static func fingerprintText(_ value: UInt64) -> String { String(value, radix: 16) }

    /// The manifest in the build cache `folder`, when this binary wrote it.
    package static func read(in folder: String) -> RenderManifest? {
        guard let bytes = POSIXFile.read(folder + "/" + fileName), let manifest = decode(bytes[...]),
              manifest.megaphone == binaryIdentity, binaryIdentity != "unknown" else { return nil }
        return manifest
    }

    /// Bytes (`ByteWriter`), not JSON: at 16,889 pages JSONEncoder and JSONDecoder took 90 ms each,
    /// a sixth of a rebuild's write stage. Entries in path order, so the same site gives the same bytes.
    private static let magic = Array("megaphone-pages-4\n".utf8)

    package func data() -> Data {
        var writer = ByteWriter()
        writer.bytes += Self.magic
        writer.text(megaphone)
        writer.number(pages.count)
        for path in pages.keys.sorted() {
            let entry = pages[path]!
            writer.text(path)
            for number in [entry.fingerprint, entry.stamp.inode, UInt64(bitPattern: entry.stamp.size),
                           UInt64(bitPattern: entry.stamp.modified), entry.content] {
                writer.wide(number)
            }
        }
        return Data(writer.bytes)
    }

    /// Nil for anything `data()` did not write (another format, a truncated file).
    static func decode(_ bytes: ArraySlice<UInt8>) -> RenderManifest? {
        guard bytes.starts(with: magic) else { return nil }
        var reader = ByteReader(bytes: bytes.dropFirst(magic.count))
        guard let megaphone = reader.text(), let count = reader.number() else { return nil }
        var pages: [String: Entry] = [:]
        pages.reserveCapacity(min(count, bytes.count / 16))
        for _ in 0..<count {
            guard let path = reader.text(), let fingerprint = reader.wide(), let inode = reader.wide(), let size = reader.wide(),
                  let modified = reader.wide(), let content = reader.wide() else { return nil }
            pages[path] = Entry(fingerprint: fingerprint, stamp: FileStamp(inode: inode, size: Int64(bitPattern: size),
                                                                           modified: Int64(bitPattern: modified)), content: content)
        }
        guard reader.isAtEnd else { return nil }
        return RenderManifest(megaphone: megaphone, pages: pages)
    }
}

/// Enough of a file's status to tell that nobody changed it since it was written.
package struct FileStamp: Codable, Sendable, Equatable {
    package var inode: UInt64
    package var size: Int64
    /// Nanoseconds since 1970.
    package var modified: Int64

    package static func of(_ path: String) -> FileStamp? {
        guard let status = POSIXFile.status(path), status.kind == .file else { return nil }
        return FileStamp(inode: status.inode, size: status.size, modified: status.modified)
    }
}
