import Foundation

/// The canonical decomposition (NFD) of one scalar, for text folded scalar by scalar (slugs,
/// search words): decomposing whole texts with Foundation was 2% of a `check`. Folding a text's
/// scalars one by one differs from folding its decomposition only in the order of combining marks,
/// which both folds drop or turn into separators.
package enum ScalarDecomposition {
    package static func of(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.value < 0x80 { return [scalar] }
        if scalar.value < 0x80 + UInt32(latin.count) { return latin[Int(scalar.value) - 0x80] }
        return Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
    }

    /// U+0080 to U+024F (Latin-1 Supplement, Latin Extended-A and -B), made once.
    private static let latin: [[Unicode.Scalar]] = (0x80..<0x250).map { value in
        Unicode.Scalar(UInt32(value)).map { Array(String($0).decomposedStringWithCanonicalMapping.unicodeScalars) } ?? []
    }
}
