import Foundation

/// The derived cache's file format: how values are written and found again.
extension DerivedCache {
    static let magic = Array("megaphone-derived-4\n".utf8)

    static let headerSize = 28

    static func recordHeader(_ key: Key, length: Int, hash: UInt64) -> [UInt8] {
        littleEndian(key.high, size: 8) + littleEndian(key.low, size: 8) + littleEndian(UInt64(length), size: 4)
            + littleEndian(hash, size: 8)
    }

    /// What a record adds to the file's hash: its key and bytes, hashed apart from the others, so
    /// that records set aside during the build are hashed as they are made.
    static func recordHash(_ key: Key, _ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(key.high)
        hasher.combine(key.low)
        hasher.combine(bytes: bytes)
        return hasher.value
    }

    static func littleEndian(_ number: UInt64, size: Int) -> [UInt8] {
        stride(from: 0, to: size * 8, by: 8).map { UInt8(truncatingIfNeeded: number >> UInt64($0)) }
    }

    /// Where each record of a file is, after checking the file's structure and the hash that
    /// ends it (the records' own bytes are checked when read); nil for a file that is not whole.
    static func records(in bytes: UnsafeRawBufferPointer, identity: String) -> [Key: Record]? {
        let header = magic + Array((identity + "\n").utf8)
        guard bytes.count >= header.count + 8, bytes.starts(with: header) else { return nil }
        func number(at offset: Int, size: Int) -> UInt64 { Self.number(in: bytes, at: offset, size: size) }
        let end = bytes.count - 8
        var hasher = StableHasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes[0..<header.count]))
        var records: [Key: Record] = [:]
        var offset = header.count
        while offset < end {
            guard offset + headerSize <= end else { return nil }
            let key = Key(high: number(at: offset, size: 8), low: number(at: offset + 8, size: 8))
            let length = Int(number(at: offset + 16, size: 4))
            let hash = number(at: offset + 20, size: 8)
            offset += headerSize
            guard length <= end - offset else { return nil }
            hasher.combine(hash)
            records[key] = Record(offset: offset, count: length, hash: hash)
            offset += length
        }
        guard offset == end, hasher.value == number(at: end, size: 8) else { return nil }
        return records
    }

    /// Every value of a file as bytes, each checked; nil if any is not whole.
    static func decode(_ bytes: [UInt8], identity: String) -> [Key: ArraySlice<UInt8>]? {
        bytes.withUnsafeBytes { all -> [Key: ArraySlice<UInt8>]? in
            guard let records = records(in: all, identity: identity) else { return nil }
            var values: [Key: ArraySlice<UInt8>] = [:]
            for (key, record) in records {
                let value = UnsafeRawBufferPointer(rebasing: all[record.offset..<record.offset + record.count])
                guard recordHash(key, value) == record.hash else { return nil }
                values[key] = bytes[record.offset..<record.offset + record.count]
            }
            return values
        }
    }

    static func number(in bytes: UnsafeRawBufferPointer, at offset: Int, size: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<size { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        return value
    }
}
