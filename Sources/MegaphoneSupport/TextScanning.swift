/// String operations the build runs on every document, done on UTF-8 bytes or Unicode scalars
/// instead of through Foundation's NSString bridge, which was a tenth of a build's time.
extension String {
    /// Every occurrence of `target` replaced, scanning left to right without overlap.
    package func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var text = self
        var pattern = target
        return text.withUTF8 { bytes in
            pattern.withUTF8 { needle -> String in
                guard let first = Self.firstMatch(of: needle, in: bytes, from: 0) else { return String(decoding: bytes, as: UTF8.self) }
                var result: [UInt8] = []
                result.reserveCapacity(bytes.count + 64)
                var start = 0
                var match: Int? = first
                while let found = match {
                    result.append(contentsOf: bytes[start..<found])
                    result.append(contentsOf: replacement.utf8)
                    start = found + needle.count
                    match = Self.firstMatch(of: needle, in: bytes, from: start)
                }
                result.append(contentsOf: bytes[start...])
                return String(decoding: result, as: UTF8.self)
            }
        }
    }

    /// Where `needle` next occurs in `bytes` from `start`, comparing bytes after `folding` them.
    private static func firstMatch(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                   folding fold: (UInt8) -> UInt8 = { $0 }) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            var offset = 0
            while offset < needle.count, fold(bytes[index + offset]) == needle[offset] { offset += 1 }
            if offset == needle.count { return index }
            index += 1
        }
        return nil
    }

    /// Whether `other` occurs in the text, ignoring case. ASCII text (a hashtag) is compared byte
    /// by byte; anything else, lower-cased first.
    package func containsIgnoringCase(_ other: String) -> Bool {
        guard !other.isEmpty else { return true }
        var needle = other.lowercased()
        guard other.utf8.allSatisfy({ $0 < 0x80 }) else {
            var text = lowercased()
            return text.withUTF8 { bytes in needle.withUTF8 { Self.firstMatch(of: $0, in: bytes, from: 0) != nil } }
        }
        var text = self
        return text.withUTF8 { bytes in
            needle.withUTF8 { Self.firstMatch(of: $0, in: bytes, from: 0) { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 } != nil }
        }
    }

    /// White space and line breaks (Unicode's White_Space, as Foundation's
    /// `.whitespacesAndNewlines`) removed at both ends.
    package func trimmingWhitespace() -> String {
        trimmingScalars { $0.properties.isWhitespace }
    }

    /// Line breaks (as Foundation's `.newlines`) removed at both ends.
    package func trimmingNewlines() -> String {
        trimmingScalars { (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }
    }

    private func trimmingScalars(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        // Most texts (front matter values, every field of an analytics export) start and end with
        // a visible ASCII character: nothing to trim, said by two bytes without decoding scalars.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

extension Character {
    package var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// Lower-cased; the string itself when it has no capital to change (most analytics values),
    /// without the Unicode case mapping `lowercased()` runs on every call.
    package var lowercasedQuickly: String {
        var plain = true
        for byte in utf8 where byte >= 0x80 || (0x41...0x5A).contains(byte) {
            plain = false
            break
        }
        return plain ? self : lowercased()
    }
}

extension String {
    /// Whether the text holds this ASCII character. `contains("x")` on a String goes through
    /// Foundation's `range(of:)` (NSString, Unicode folding): 5% of a `check` at 100,000 items
    /// from two such calls in share planning. Scanned on the contiguous UTF-8 bytes.
    package func contains(ascii character: Unicode.Scalar) -> Bool { self[...].contains(ascii: character) }
}

extension Substring {
    package func contains(ascii character: Unicode.Scalar) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(UInt8(ascii: character)) }
    }
}
