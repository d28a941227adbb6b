import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file operations a build runs thousands of times, as plain system calls (Foundation's
/// `Data.write` and `contents(atPath:)` each cost a round trip through its file handling), and the
/// only place that calls the system directly: what differs between Linux and macOS is here.
package enum POSIXFile {
    /// Creates (or truncates) `path` with `data`. Nothing is synced: the staging folder only
    /// becomes the site through the final rename. Returns the error, if any.
    package static func write(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { write(all: $0, to: descriptor) }
    }

    /// Creates `path`, which must not exist, with `data`, and says what `fstat` then says of it:
    /// where nothing can be in the way (a folder this build made), no file is written beside and
    /// renamed, nor the path looked up again for its stamp.
    package static func create(_ path: String, with data: Data) -> Result<Status, CreateFailure> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(CreateFailure(message: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        if let problem = data.withUnsafeBytes({ write(all: $0, to: descriptor) }) {
            unlink(path)
            return .failure(CreateFailure(message: problem))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(CreateFailure(message: String(cString: strerror(errno)))) }
        return .success(Status(status))
    }

    package struct CreateFailure: Error {
        package var message: String
    }

    /// Writes all of `buffer` to the open file `descriptor`: at `offset` when given (`pwrite`, so
    /// that reads at other offsets on other threads are not disturbed), else where the file stands.
    /// Returns the error, if any.
    package static func write(all buffer: UnsafeRawBufferPointer, to descriptor: Int32, at offset: Int? = nil) -> String? {
        var done = 0
        while done < buffer.count {
            let rest = buffer.count - done
            let written = offset.map { pwrite(descriptor, buffer.baseAddress! + done, rest, off_t($0 + done)) }
                ?? systemWrite(descriptor, buffer.baseAddress! + done, rest)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            done += written
        }
        return nil
    }

    /// Fills `buffer` with the bytes of the open file `descriptor` at `offset` (`pread`). Returns
    /// the error, if any; a file that ends before `buffer` is full is one.
    package static func read(into buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, at offset: Int) -> String? {
        var done = 0
        while done < buffer.count {
            let read = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if read < 0, errno == EINTR { continue }
            if read < 0 { return String(cString: strerror(errno)) }
            if read == 0 { return "the file ends before the bytes asked for" }
            done += read
        }
        return nil
    }

    /// A new file in `folder` without a name (removed as soon as it is opened, so nothing is left
    /// behind however the process ends), open for reading and writing; nil when none can be made.
    package static func unnamedFile(in folder: String) -> Int32? {
        var template = Array((folder + "/.megaphone-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }

    /// The file at `path` open for reading, and its size; nil when it cannot be opened.
    package static func openForReading(_ path: String) -> (descriptor: Int32, size: Int)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            return nil
        }
        return (descriptor, Int(status.st_size))
    }

    /// The first `size` bytes of an open file mapped read-only into memory (nil when they cannot
    /// be): its pages are read as they are touched instead of copied whole up front.
    package static func map(_ descriptor: Int32, size: Int) -> UnsafeRawBufferPointer? {
        guard size > 0, let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        return UnsafeRawBufferPointer(start: address, count: size)
    }

    package static func unmap(_ bytes: UnsafeRawBufferPointer) {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }

    /// Closes a descriptor this type opened for its caller (`unnamedFile(in:)`).
    package static func release(_ descriptor: Int32) { close(descriptor) }

    /// Writes `data` beside `path`, then renames it over `path`: a reader sees the old file or the
    /// new one, never half of it. Returns the error, if any.
    package static func replace(_ path: String, with data: Data) -> String? {
        replacing(path) { descriptor in data.withUnsafeBytes { write(all: $0, to: descriptor) } }
    }

    /// `replace(_:with:)` for a file made in pieces: `produce` hands each piece to the writer it
    /// is given, and they are written a megabyte at a time, so a file of a gigabyte is never
    /// whole in memory. Returns the error, if any.
    package static func replace(_ path: String, producing produce: ((UnsafeRawBufferPointer) -> Void) -> Void) -> String? {
        replacing(path) { descriptor in
            var problem: String?
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 20)
            func flush() {
                if problem == nil { problem = buffer.withUnsafeBytes { write(all: $0, to: descriptor) } }
                buffer.removeAll(keepingCapacity: true)
            }
            produce { piece in
                buffer.append(contentsOf: piece)
                if buffer.count >= 1 << 20 { flush() }
            }
            flush()
            return problem
        }
    }

    /// Appends to the file at `path` in place of its last `replacing` bytes, if it still has
    /// `size` bytes: pieces as `replace(_:producing:)` writes them. Not atomic: the caller's format
    /// must refuse a file cut short (the derived cache's ends with a hash of all before it).
    /// Returns the error, if any; nothing is written when the file is not as expected.
    package static func append(_ path: String, expectingSize size: Int, replacingLast replacing: Int,
                               producing produce: ((UnsafeRawBufferPointer) -> Void) -> Void) -> String? {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == size, size >= replacing else { return "changed since read" }
        guard ftruncate(descriptor, off_t(size - replacing)) == 0, lseek(descriptor, 0, SEEK_END) >= 0 else {
            return String(cString: strerror(errno))
        }
        var problem: String?
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        func flush() {
            if problem == nil { problem = buffer.withUnsafeBytes { write(all: $0, to: descriptor) } }
            buffer.removeAll(keepingCapacity: true)
        }
        produce { piece in
            buffer.append(contentsOf: piece)
            if buffer.count >= 1 << 20 { flush() }
        }
        flush()
        return problem
    }

    /// A new file beside `path`, filled by `fill`, then renamed over `path`; removed if anything failed.
    private static func replacing(_ path: String, fill: (Int32) -> String?) -> String? {
        let temporary = path + ".megaphone-new"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var problem = fill(descriptor)
        close(descriptor)
        if problem == nil { problem = rename(temporary, over: path) }
        if problem != nil { remove(temporary) }
        return problem
    }

    /// The bytes of the file at `path`, or nil when it cannot be read.
    package static func read(_ path: String) -> [UInt8]? {
        try? read(path, atMost: .max).get()
    }

    package enum ReadFailure: Error, Equatable {
        case unreadable
        /// The file's size, over the limit: nothing of it was read.
        case tooLarge(Int64)
    }

    /// The bytes of the file at `path`, unless it holds more than `limit` bytes: the size comes
    /// from the `fstat` the read needs anyway, so a size rule costs no extra call.
    package static func read(_ path: String, atMost limit: Int64) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        guard Int64(status.st_size) <= limit else { return .failure(.tooLarge(Int64(status.st_size))) }
        // Read to the size `fstat` gave, then check for the end with a small buffer: growing the
        // array by its own size to find the end doubled and copied every file (the derived cache,
        // 133 MB at 10,000 items, cost 266 MB of fresh pages and a copy of it on each rebuild).
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(status.st_size), 0)) { buffer, count in
            count = 0
            while count < buffer.count {
                let read = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0, errno == EINTR { continue }
                if read < 0 { failed = true }
                if read <= 0 { break }
                count += read
            }
        }
        guard !failed else { return .failure(.unreadable) }
        var tail = [UInt8](repeating: 0, count: 4096)
        while true {  // a file that grew since fstat (or whose size the system does not report)
            let count = tail.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failure(.unreadable) }
            if count == 0 { break }
            bytes += tail[..<count]
        }
        return .success(bytes)
    }

    /// Whether `path` is a regular file (not a link) whose bytes are exactly `data`.
    package static func holds(_ data: Data, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == data.count else {
            return false
        }
        return data.withUnsafeBytes { (expected: UnsafeRawBufferPointer) -> Bool in
            var buffer = [UInt8](repeating: 0, count: min(max(data.count, 1), 1 << 16))
            var offset = 0
            while offset < data.count {
                let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, min($0.count, data.count - offset)) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                let same = buffer.withUnsafeBytes { memcmp($0.baseAddress!, expected.baseAddress! + offset, count) == 0 }
                guard same else { return false }
                offset += count
            }
            return true
        }
    }

    /// Creates `path` and any missing parent, like `mkdir -p`; safe when several threads create
    /// the same folders. Returns the error, if any.
    package static func makeFolder(_ path: String) -> String? {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else {
            return String(cString: strerror(errno))
        }
        if let problem = makeFolder(String(path[..<slash])) { return problem }
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
        return String(cString: strerror(errno))
    }

    /// Deletes a folder and everything in it (without following links), the folders just below
    /// its own subfolders in parallel: a built site is thousands of small page folders.
    package static func removeTree(_ path: String) {
        let children = entries(of: path).filter { $0.kind == .folder }.flatMap { folder in
            entries(of: path + "/" + folder.name).filter { $0.kind == .folder }.map { path + "/" + folder.name + "/" + $0.name }
        }
        _ = ConcurrentMap.map(children) { removeSerially($0) }
        removeSerially(path)
    }

    private static func removeSerially(_ path: String) {
        for entry in entries(of: path) {
            let child = path + "/" + entry.name
            if entry.kind == .folder { removeSerially(child) } else { unlink(child) }
        }
        rmdir(path)
    }

    /// `link` only when links are not followed.
    package enum EntryKind { case file, folder, link, other }

    /// The names in a folder (without `.` and `..`) and what they are; links are `.other`, unless
    /// `followingLinks`, when they are what they point to.
    /// A folder's entries. A name that is not valid UTF-8 comes with `validName` false and its
    /// bad bytes as U+FFFD: it cannot be opened by that name, only reported.
    package static func entries(of path: String, followingLinks: Bool = false) -> [(name: String, kind: EntryKind, validName: Bool)] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var result: [(name: String, kind: EntryKind, validName: Bool)] = []
        while let entry = readdir(directory) {
            let (name, validName) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                return String(validating: bytes, as: UTF8.self).map { ($0, true) } ?? (String(decoding: bytes, as: UTF8.self), false)
            }
            if name == "." || name == ".." { continue }
            var type = UInt32(entry.pointee.d_type)
            if validName, type == UInt32(DT_UNKNOWN) || (followingLinks && type == UInt32(DT_LNK)) {
                var status = stat()
                guard (followingLinks ? stat(path + "/" + name, &status) : lstat(path + "/" + name, &status)) == 0 else { continue }
                let format = status.st_mode & S_IFMT
                type = format == S_IFDIR ? UInt32(DT_DIR) : format == S_IFREG ? UInt32(DT_REG) : format == S_IFLNK ? UInt32(DT_LNK) : 0
            }
            let kind: EntryKind = switch type {
            case UInt32(DT_DIR): .folder
            case UInt32(DT_REG): .file
            case UInt32(DT_LNK): .link
            default: .other
            }
            result.append((name, kind, validName))
        }
        return result
    }

    /// What `lstat` (or `stat`, following links) says of a path: nil when there is nothing there.
    package struct Status: Equatable, Sendable {
        package var kind: EntryKind
        package var inode: UInt64
        package var size: Int64
        /// Nanoseconds since 1970.
        package var modified: Int64

        init(_ status: stat) {
            let format = status.st_mode & S_IFMT
            #if canImport(Darwin)
            let modified = status.st_mtimespec
            #else
            let modified = status.st_mtim
            #endif
            self.kind = format == S_IFDIR ? .folder : format == S_IFREG ? .file : .other
            self.inode = UInt64(status.st_ino)
            self.size = Int64(status.st_size)
            self.modified = Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec)
        }
    }

    package static func status(_ path: String, followingLinks: Bool = false) -> Status? {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        return Status(status)
    }

    /// Removes a file or link (not a folder).
    package static func remove(_ path: String) { unlink(path) }

    /// Renames `source` over `target` (atomically, on one file system); returns the error, if any.
    package static func rename(_ source: String, over target: String) -> String? {
        systemRename(source, target) == 0 ? nil : String(cString: strerror(errno))
    }

    /// A second name for the file at `existing`.
    package static func hardLink(_ existing: String, as new: String) -> Bool { link(existing, new) == 0 }

    /// Holds an exclusive lock on `folder` until `body` returns: two builds into one output wait
    /// for each other, and no lock file is left behind.
    package static func whileLocking<Result, Failure: Error>(_ folder: String, _ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 { flock(descriptor, LOCK_EX) }
        defer { if descriptor >= 0 { close(descriptor) } }
        return try body()
    }

    // `read`, `write` and `rename` are also the names of this type's own functions: the system's
    // are named through their module.
    #if canImport(Glibc)
    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { Glibc.write(descriptor, buffer, count) }
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Glibc.read(descriptor, buffer, count) }
    private static func systemRename(_ source: String, _ target: String) -> Int32 { Glibc.rename(source, target) }
    #elseif canImport(Darwin)
    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { Darwin.write(descriptor, buffer, count) }
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Darwin.read(descriptor, buffer, count) }
    private static func systemRename(_ source: String, _ target: String) -> Int32 { Darwin.rename(source, target) }
    #endif
}
