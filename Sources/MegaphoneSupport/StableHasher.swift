/// A 64-bit hash that is the same in every run and on every machine (Swift's `Hasher` is seeded
/// per process), for telling whether a page's inputs changed since the previous build. Eight
/// bytes at a time, FNV-style: each step is a bijection, so two inputs of the same length that
/// differ in one place never collide; lengths are mixed in, so no input is a prefix of another.
public struct StableHasher: Sendable {
    // Inlinable, with their state: every page's fingerprint is thousands of calls from other
    // modules, which would otherwise not be specialized or inlined.
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325
    public var value: UInt64 { state }

    public init() {}
    /// A hasher that starts elsewhere: with the default one, two independent hashes of the same input.
    public init(seed: UInt64) { state = seed }
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inlinable public mutating func combine(_ word: UInt64) {
        state = (state ^ word) &* Self.prime
        state ^= state >> 29
    }

    @inlinable public mutating func combine(bytes: UnsafeRawBufferPointer) {
        combine(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            combine(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
        combine(tail)
    }

    @inlinable public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A value that feeds everything a template could read of it into a `StableHasher`. Template
/// contexts conform through `@TemplateData`, which the compiler expands field by field.
public protocol Fingerprinted: SendableMetatype {
    func fingerprint(into hasher: inout StableHasher)
}

extension String: Fingerprinted {
    @inlinable public func fingerprint(into hasher: inout StableHasher) { hasher.combine(self) }
}

extension Int: Fingerprinted {
    @inlinable public func fingerprint(into hasher: inout StableHasher) { hasher.combine(UInt64(bitPattern: Int64(self))) }
}

extension Bool: Fingerprinted {
    @inlinable public func fingerprint(into hasher: inout StableHasher) { hasher.combine(self ? 1 : 2) }
}

extension Optional: Fingerprinted where Wrapped: Fingerprinted {
    @inlinable public func fingerprint(into hasher: inout StableHasher) {
        switch self {
        case .none: hasher.combine(0)
        case .some(let value): hasher.combine(3); value.fingerprint(into: &hasher)
        }
    }
}

extension Array: Fingerprinted where Element: Fingerprinted {
    @inlinable public func fingerprint(into hasher: inout StableHasher) {
        hasher.combine(UInt64(count))
        for element in self { element.fingerprint(into: &hasher) }
    }
}

extension Dictionary: Fingerprinted where Key == String, Value: Fingerprinted {
    @inlinable public func fingerprint(into hasher: inout StableHasher) {
        hasher.combine(UInt64(count))
        for key in keys.sorted() {
            hasher.combine(key)
            self[key]!.fingerprint(into: &hasher)
        }
    }
}
