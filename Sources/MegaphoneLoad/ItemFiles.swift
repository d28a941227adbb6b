import Foundation
import MegaphoneModel
import MegaphoneSupport

/// What the previous build read from each item file, saved beside the output: the file's stamp
/// (inode, size, modification time) and the keys the parser gave its text (`ContentItem.sourceKey`,
/// `headerKey`). A file whose stamp is the same, and older than that build's start (git's racy
/// rule), holds the same text: its item is taken from the derived cache under its source key
/// without reading it. Reading, validating and hashing 10,000 files whose text nothing would use
/// (the Markdown pass carried over, the pages kept) was a sixth of a rebuild after one edit.
package struct ItemFiles: Sendable, Equatable {
    package struct Entry: Sendable, Equatable {
        package var inode: UInt64
        package var size: Int64
        package var modified: Int64
        package var source: DerivedCache.Key
        package var header: DerivedCache.Key

        package init(status: POSIXFile.Status, source: DerivedCache.Key, header: DerivedCache.Key) {
            inode = status.inode
            size = status.size
            modified = status.modified
            self.source = source
            self.header = header
        }

        init(inode: UInt64, size: Int64, modified: Int64, source: DerivedCache.Key, header: DerivedCache.Key) {
            (self.inode, self.size, self.modified, self.source, self.header) = (inode, size, modified, source, header)
        }

        func describes(_ status: POSIXFile.Status) -> Bool {
            status.inode == inode && status.size == size && status.modified == modified
        }
    }

    package static let fileName = "item-files.bin"
    private static let magic = "megaphone item files 1"

    /// The binary that wrote the table, and what its keys were made under (site.yml, the options
    /// that reach the parser): keys made otherwise would not be this build's.
    package var identity: String
    package var context: DerivedCache.Key
    /// When the build that read the files began (ns since 1970).
    package var started: Int64
    /// By path relative to the source folder (`content/items/…`).
    package var entries: [String: Entry]

    package init(identity: String, context: DerivedCache.Key, started: Int64, entries: [String: Entry]) {
        self.identity = identity
        self.context = context
        self.started = started
        self.entries = entries
    }

    /// What `site`'s items were read from: each item with both keys, under the stamp its file
    /// had when the build began (`stamps`, by path relative to the source folder). Nil when the
    /// parser gave no context.
    package init?(_ site: Site, stamps: [String: POSIXFile.Status], started: Int64, identity: String) {
        guard let context = site.itemsContext else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(site.items.count)
        for item in site.items {
            let path = "content/" + item.document.contentPath
            guard let source = item.sourceKey, let header = item.headerKey, let status = stamps[path] else { continue }
            entries[path] = Entry(status: status, source: source, header: header)
        }
        self.init(identity: identity, context: context, started: started, entries: entries)
    }

    /// The table the last build into an output saved in its cache `folder`, if this binary wrote it.
    package static func read(in folder: String, identity: String) -> ItemFiles? {
        guard let bytes = POSIXFile.read(folder + "/" + fileName), let table = ItemFiles(data: Data(bytes)),
              table.identity == identity else { return nil }
        return table
    }

    /// The entries a build with these stamps may trust: same stamp, written before the recorded
    /// build began by more than the racy margin.
    package func unchanged(_ stamps: [String: POSIXFile.Status], racyMargin: Int64) -> [String: Entry] {
        var unchanged: [String: Entry] = [:]
        for (path, status) in stamps {
            if let entry = entries[path], entry.describes(status), status.modified < started - racyMargin {
                unchanged[path] = entry
            }
        }
        return unchanged
    }

    /// The table in bytes, a hash of them at the end.
    package func data() -> Data {
        var writer = ByteWriter()
        writer.text(Self.magic)
        writer.text(identity)
        func key(_ key: DerivedCache.Key) {
            writer.wide(key.high)
            writer.wide(key.low)
        }
        key(context)
        writer.wide(UInt64(bitPattern: started))
        writer.number(entries.count)
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            writer.text(path)
            writer.wide(entry.inode)
            writer.wide(UInt64(bitPattern: entry.size))
            writer.wide(UInt64(bitPattern: entry.modified))
            key(entry.source)
            key(entry.header)
        }
        var hasher = StableHasher()
        writer.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        writer.wide(hasher.value)
        return Data(writer.bytes)
    }

    /// Nil when the file is missing, cut short, damaged or not this format.
    package init?(data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 8 else { return nil }
        var hasher = StableHasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0.dropLast(8))) }
        var reader = ByteReader(bytes: bytes[...])
        guard reader.text() == Self.magic, let identity = reader.text() else { return nil }
        func key() -> DerivedCache.Key? {
            guard let high = reader.wide(), let low = reader.wide() else { return nil }
            return DerivedCache.Key(high: high, low: low)
        }
        guard let context = key(), let started = reader.wide(), let count = reader.number(), count <= bytes.count / 40 else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let path = reader.text(), let inode = reader.wide(), let size = reader.wide(), let modified = reader.wide(),
                  let source = key(), let header = key() else { return nil }
            entries[path] = Entry(inode: inode, size: Int64(bitPattern: size), modified: Int64(bitPattern: modified),
                                  source: source, header: header)
        }
        guard reader.wide() == hasher.value, reader.isAtEnd else { return nil }
        self.init(identity: identity, context: context, started: Int64(bitPattern: started), entries: entries)
    }
}
