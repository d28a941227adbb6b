/// The derived cache's values are bytes: these write and read them field by field, in a fixed
/// order. Numbers are 4 little-endian bytes, texts their length and UTF-8 bytes. A reader
/// returns nil as soon as the bytes are not what a writer wrote, and its user derives the value again.
package struct ByteWriter {
    package var bytes: [UInt8] = []

    package init() {}

    // The four bytes at once, and inlinable: records of every item are written and read at each
    // build, a byte at a time through calls across modules was most of their cost.
    @inlinable package mutating func number(_ value: Int) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    @inlinable package mutating func text(_ value: String) {
        number(value.utf8.count)
        bytes += value.utf8
    }

    @inlinable package mutating func optional(_ value: String?) {
        number(value == nil ? 0 : 1)
        if let value { text(value) }
    }

    /// 64 bits as two numbers, low half first.
    @inlinable package mutating func wide(_ value: UInt64) {
        number(Int(value & 0xFFFF_FFFF))
        number(Int(value >> 32))
    }

    @inlinable package mutating func texts(_ values: [String]) {
        number(values.count)
        for value in values { text(value) }
    }
}

package struct ByteReader {
    package var bytes: ArraySlice<UInt8>

    package init(bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    package var isAtEnd: Bool { bytes.isEmpty }

    @inlinable package mutating func number() -> Int? {
        guard bytes.count >= 4 else { return nil }
        let start = bytes.startIndex
        let value = UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2]) << 16 | UInt32(bytes[start + 3]) << 24
        bytes = bytes[(start + 4)...]
        return Int(value)
    }

    @inlinable package mutating func text() -> String? {
        guard let length = number(), length <= bytes.count else { return nil }
        defer { bytes = bytes.dropFirst(length) }
        return String(decoding: bytes.prefix(length), as: UTF8.self)
    }

    /// Passes over a text without decoding it; false when there is none.
    @inlinable package mutating func skipText() -> Bool {
        guard let length = number(), length <= bytes.count else { return false }
        bytes = bytes.dropFirst(length)
        return true
    }

    @inlinable package mutating func wide() -> UInt64? {
        guard let low = number(), let high = number() else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }

    @inlinable package mutating func texts() -> [String]? {
        guard let count = number(), count <= bytes.count / 4 else { return nil }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = text() else { return nil }
            values.append(value)
        }
        return values
    }

    @inlinable package mutating func optional() -> String?? {
        switch number() {
        case 0: return .some(nil)
        case 1: return text().map { .some($0) }
        default: return nil
        }
    }
}

extension ByteWriter {
    /// An unsigned number in as few bytes as it needs (7 bits each, the high bit set on all but
    /// the last): the gaps of a sorted list are mostly one byte.
    package mutating func compact(_ value: UInt32) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

extension ByteReader {
    package mutating func compact() -> UInt32? {
        var value: UInt32 = 0, shift: UInt32 = 0
        while let byte = bytes.first, shift < 35 {
            bytes = bytes.dropFirst()
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
