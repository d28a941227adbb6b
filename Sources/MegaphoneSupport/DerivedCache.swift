import Foundation

/// What builds derived from their inputs (a document's folded words, an item's card, its share
/// options), kept beside the output from one build to the next. Each value is stored under a key
/// that hashes every input of its derivation, with the binary that derived it: a value is found
/// only when it would be made again byte for byte, so the cache can miss but never be stale, and a
/// build that finds no cache, a damaged one or another binary's only does the work again.
///
/// It is also shared within a build: each language's tree asks for the same documents' words.
/// Only the values asked for by a build are saved, so the file holds the current site, not its
/// history.
public final class DerivedCache: @unchecked Sendable {
    /// 128 bits: two independent 64-bit hashes of the same inputs.
    public struct Key: Hashable, Sendable, Codable {
        public var high: UInt64
        public var low: UInt64

        public init(high: UInt64, low: UInt64) {
            self.high = high
            self.low = low
        }
    }

    /// Hashes the inputs of one kind of derivation into a key.
    public struct KeyMaker: Sendable {
        private var high = StableHasher()
        private var low = StableHasher(seed: 0x9E37_79B9_7F4A_7C15)

        public init(_ kind: String) { combine(kind) }

        public mutating func combine(_ text: String) {
            high.combine(text)
            low.combine(text)
        }

        public mutating func combine(_ number: UInt64) {
            high.combine(number)
            low.combine(number)
        }

        public mutating func combine(bytes: UnsafeRawBufferPointer) {
            high.combine(bytes: bytes)
            low.combine(bytes: bytes)
        }

        public mutating func combine(_ value: some Fingerprinted) {
            value.fingerprint(into: &high)
            value.fingerprint(into: &low)
        }

        public var key: Key { Key(high: high.value, low: low.value) }
    }

    public static let fileName = "derived.bin"

    private let identity: String
    /// The previous build's file, kept open: each value's bytes are read (and checked against
    /// its record's hash) when asked for, not the whole file up front (133 MB at 10,000 items,
    /// read and hashed before the first file could be parsed: a third of a rebuild's load stage).
    private let file: ReadOnlyFile?
    /// Where each value of `file` is, and its record's hash. Never changed.
    private let previous: [Key: Record]

    struct Record {
        var offset: Int
        var count: Int
        var hash: UInt64
    }
    /// Asked for or made by this build: what the next file holds. Guarded by `lock`.
    private var current: [Key: Stored] = [:]

    /// A value as this build holds it: text asked for as text is kept as the `String` handed out
    /// (and written as its UTF-8), not as bytes beside a decoded copy (two copies of every listing
    /// card, 36 MB at the peak of a first build at 10,000 items).
    private enum Stored {
        case bytes(ArraySlice<UInt8>)
        case text(String)
        /// Made by this build and set aside in `spill`: the value's bytes at `offset`, after its
        /// record's header.
        case spilled(offset: Int, count: Int)

        func bytes(in spill: SpillFile?) -> ArraySlice<UInt8> {
            switch self {
            case .bytes(let bytes): bytes
            case .text(let text): Array(text.utf8)[...]
            case .spilled(let offset, let count): spill!.read(at: offset, count: count)[...]
            }
        }

        func withUnsafeBytes(_ body: (UnsafeRawBufferPointer) -> Void) {
            switch self {
            case .bytes(let bytes): bytes.withUnsafeBytes(body)
            case .text(var text): text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
            case .spilled: preconditionFailure("a spilled value is copied with the spill file")
            }
        }

        var isSpilled: Bool {
            if case .spilled = self { return true }
            return false
        }
    }
    /// Where a saving build sets aside what it makes (a first build at 100,000 items made most of a
    /// gigabyte, held to its end for the file); nil when nothing is saved or no file can be made.
    private let spill: SpillFile?
    private let lock = NSLock()
    private var hits = 0, misses = 0
    /// Derived (or replaced) by this build: what an appended save adds. Guarded by `lock`.
    private var made: Set<Key> = []
    /// The file read, when it was whole: where, its size and the hash that ends it.
    private let readFile: (path: String, size: Int, hash: UInt64)?

    /// Whether what this build makes will be saved for the next one. A value only worth making
    /// for the next build (an item's parsed record) is not made when it will not be (`check`).
    public let saves: Bool

    /// An empty cache for the binary `identity`.
    public init(identity: String, saves: Bool = true) {
        self.identity = identity
        self.saves = saves
        previous = [:]
        file = nil
        readFile = nil
        spill = nil
    }

    /// The cache saved at `path` by the same binary, or an empty one when the file is missing,
    /// truncated, damaged or another binary's.
    public init(path: String, identity: String, saves: Bool = true) {
        self.identity = identity
        self.saves = saves
        // Where the records are is found through a mapping of the file (its pages are walked, not
        // copied), let go at once: values are read when asked for.
        let file = ReadOnlyFile(path)
        if let file, let (records, hash) = file.withMapping({ bytes in
            Self.records(in: bytes, identity: identity).map { ($0, Self.number(in: bytes, at: bytes.count - 8, size: 8)) }
        }) {
            previous = records
            self.file = file
            readFile = (path, file.size, hash)
        } else {
            previous = [:]
            self.file = nil
            readFile = nil
        }
        // Beside the file it will be copied into (the cache folder, made if need be).
        let folder = (path as NSString).deletingLastPathComponent
        spill = saves && POSIXFile.makeFolder(folder) == nil ? SpillFile(folder: folder) : nil
    }

    /// The value stored under `key`, or the one `make` derives (then stored). `make` runs outside
    /// the lock, so two threads may derive the same value: they derive the same bytes.
    public func value(_ key: Key, make: () -> [UInt8]) -> ArraySlice<UInt8> {
        derived(key) { make() }!
    }

    /// `value(_:make:)` where the derivation can fail: nil is returned and nothing stored.
    public func derived(_ key: Key, make: () -> [UInt8]?) -> ArraySlice<UInt8>? {
        stored(key, reading: { [spill] in $0.bytes(in: spill) }, keeping: Stored.bytes) { make().map(Self.withoutSlack) }
    }

    /// The value this build asked for or made under `key`, if any (not counted as asked for).
    public func stored(_ key: Key) -> ArraySlice<UInt8>? {
        lock.lock()
        let known = current[key]
        lock.unlock()
        return known?.bytes(in: spill)
    }

    /// The value the previous build's file holds under `key`, if it reads and hashes as saved; not
    /// kept for the next file nor counted (its user stores what replaces it, with `replace`).
    public func previous(_ key: Key) -> ArraySlice<UInt8>? {
        previous[key].flatMap { checked(key, $0) }
    }

    /// `derived(_:make:)` for text.
    public func text(_ key: Key, make: () -> String?) -> String? {
        stored(key, reading: { stored in
            if case .text(let text) = stored { return text }
            return String(decoding: stored.bytes(in: spill), as: UTF8.self)
        }, keeping: Stored.text, make: make)
    }

    /// The value under `key` as `read` gives it, else the one `make` derives; either is kept for
    /// the next file as `keep` stores it.
    private func stored<Value>(_ key: Key, reading read: (Stored) -> Value, keeping keep: (Value) -> Stored,
                               make: () -> Value?) -> Value? {
        lock.lock()
        if let known = current[key], known.isSpilled {
            hits += 1
            lock.unlock()
            return read(known)  // from the spill file, outside the lock
        }
        if let known = current[key] {
            let value = read(known)
            current[key] = keep(value)
            hits += 1
            lock.unlock()
            return value
        }
        let record = previous[key]
        lock.unlock()
        // From the previous file, outside the lock; a record whose bytes no longer hash as they
        // did is not used (derived again).
        if let record, let bytes = checked(key, record) {
            let value = read(.bytes(bytes))
            lock.lock()
            if current[key] == nil { current[key] = keep(value) }
            hits += 1
            lock.unlock()
            return value
        }
        lock.lock()
        misses += 1
        lock.unlock()
        guard let made = make() else { return nil }
        let kept = setAside(key, keep(made))
        lock.lock()
        current[key] = kept
        self.made.insert(key)
        lock.unlock()
        return made
    }

    /// The bytes of `record` in the previous file, if they read and hash as when they were saved.
    private func checked(_ key: Key, _ record: Record) -> ArraySlice<UInt8>? {
        guard let bytes = file?.read(at: record.offset, count: record.count),
              bytes.withUnsafeBytes({ Self.recordHash(key, $0) }) == record.hash else { return nil }
        return bytes[...]
    }

    /// `value` as the cache keeps it: in the spill file when there is one (the caller has the
    /// value; the cache needs it only for the file, and in case it is asked for again).
    private func setAside(_ key: Key, _ value: Stored) -> Stored {
        guard let spill else { return value }
        var spilled: Stored?
        value.withUnsafeBytes { bytes in
            let hash = Self.recordHash(key, bytes)
            let header = Self.recordHeader(key, length: bytes.count, hash: hash)
            header.withUnsafeBytes { header in
                if bytes.count < Int(UInt32.max), let offset = spill.append([header, bytes], note: hash) {
                    spilled = .spilled(offset: offset + header.count, count: bytes.count)
                }
            }
        }
        return spilled ?? value
    }

    /// A value is held until the cache is saved: an array grown by appending (a rendered
    /// document's record) can have up to as much again in spare capacity, so it is copied to its size.
    private static func withoutSlack(_ value: [UInt8]) -> ArraySlice<UInt8> {
        guard value.capacity > value.count + value.count / 8 else { return value[...] }
        return [UInt8](unsafeUninitializedCapacity: value.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: value)
        }[...]
    }

    /// Stores `value` under `key` in place of what was found there (a value its user found out of
    /// date by a check of its own, as rendered Markdown whose links now lead elsewhere).
    /// Returns the value as stored.
    @discardableResult
    public func replace(_ key: Key, with value: [UInt8]) -> ArraySlice<UInt8> {
        let stored = Self.withoutSlack(value)
        let kept = setAside(key, .bytes(stored))
        lock.lock()
        current[key] = kept
        made.insert(key)
        lock.unlock()
        return stored
    }

    /// How many values were found and how many were derived: what `--timings` reports.
    public var counts: (hits: Int, misses: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (hits, misses)
    }

    /// The values this build asked for, in the file format `init(path:identity:)` reads: the magic
    /// line, the identity line, then per value its key (16 bytes), length (4), record hash (8) and
    /// bytes, and at the end a hash of the header and of each record's hash in turn, so a file cut
    /// short or with records moved is refused whole, and a value whose bytes changed is refused
    /// when asked for.
    public func encoded() -> Data {
        var data = Data()
        write(snapshot().0) { data.append(contentsOf: $0) }
        return data
    }

    /// Writes `encoded()` over `path` a piece at a time (`POSIXFile.replace(_:producing:)`): on
    /// 100,000 items the file is most of a gigabyte, and building it whole in memory, then
    /// copying it into `Data`, tripled it at the end of the build. Returns the error, if any.
    ///
    /// When this build read the file at `path` whole and most of it is still asked for, only what
    /// this build derived is appended (a rebuild after one edit derives a few values of a file of
    /// 133 MB at 10,000 items): what is no longer asked for stays until it is a quarter of the
    /// file, and a later value under a key replaces an earlier one when read.
    ///
    /// `keepingAll`: a build that did not ask for every value the site still has (a rebuild that
    /// kept pages without preparing them) counts every value of the file it read as asked for, so
    /// that it appends. When it cannot append, it writes what it asked for, as any build: reading
    /// every value of the file back to keep them was most of a gigabyte at 100,000 items.
    public func save(to path: String, keepingAll: Bool = false) -> String? {
        let (values, made) = snapshot()
        if let file = readFile, file.path == path {
            // What the file holds that is still asked for as it is; the rest (values not asked
            // for, or replaced, now or by earlier appends) is waste.
            var kept = 0
            for (key, record) in previous where (keepingAll || values[key] != nil) && !made.contains(key) {
                kept += Self.headerSize + record.count
            }
            if (file.size - kept) * 4 <= file.size {
                let added = made.compactMap { key in values[key].map { (key, $0) } }
                guard !added.isEmpty else { return nil }
                var hasher = StableHasher(seed: file.hash)
                let problem = POSIXFile.append(path, expectingSize: file.size, replacingLast: 8) { sink in
                    encode(records: added, hasher: &hasher, into: sink)
                    Self.littleEndian(hasher.value, size: 8).withUnsafeBytes { sink($0) }
                }
                if problem == nil { return nil }
            }
        }
        return POSIXFile.replace(path) { sink in write(values, into: sink) }
    }

    private func snapshot() -> ([Key: Stored], Set<Key>) {
        lock.lock()
        defer { lock.unlock() }
        return (current, made)
    }

    /// The file's bytes, in order, to `sink`.
    private func write(_ values: [Key: Stored], into sink: (UnsafeRawBufferPointer) -> Void) {
        var hasher = StableHasher()
        let header = Self.magic + Array((identity + "\n").utf8)
        header.withUnsafeBytes { hasher.combine(bytes: $0); sink($0) }
        encode(records: values.lazy.map { ($0.key, $0.value) }, hasher: &hasher, into: sink)
        Self.littleEndian(hasher.value, size: 8).withUnsafeBytes { sink($0) }
    }

    /// Each value's record (key, length, bytes), its hash combined in turn: the hash that ends a
    /// file is the hasher's state after its last record, so more records can be hashed from it.
    /// The values in memory come first, then, when any of `records` was set aside, the spill
    /// file as it is: every value this build made, in the order made (one replaced since is
    /// there twice, and read as the later).
    private func encode(records: some Sequence<(Key, Stored)>, hasher: inout StableHasher,
                        into sink: (UnsafeRawBufferPointer) -> Void) {
        var anySpilled = false
        for (key, value) in records {
            guard !value.isSpilled else {
                anySpilled = true
                continue
            }
            value.withUnsafeBytes { bytes in
                guard bytes.count < Int(UInt32.max) else { return }
                let hash = Self.recordHash(key, bytes)
                Self.recordHeader(key, length: bytes.count, hash: hash).withUnsafeBytes { sink($0) }
                sink(bytes)
                hasher.combine(hash)
            }
        }
        guard anySpilled, let spill else { return }
        spill.forEachPiece(sink)
        for hash in spill.notes { hasher.combine(hash) }
    }

    static func encode(_ values: [Key: ArraySlice<UInt8>], identity: String) -> Data {
        let cache = DerivedCache(identity: identity)
        for (key, value) in values { cache.current[key] = .bytes(value) }
        return cache.encoded()
    }
}
