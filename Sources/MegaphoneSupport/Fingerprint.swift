import Foundation

/// A short content hash for asset file names (`site.3f9a1c2e.css`): a changed file gets a new
/// name, so the intranet's caches may keep assets forever. Not for security.
package enum Fingerprint {
    package static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16).leftPadded(to: 16).prefix(10).description
    }

    /// `css/site.css` → `css/site.0123456789.css`
    package static func name(_ path: String, data: Data) -> String {
        let hash = of(data)
        guard let dot = path.lastIndex(of: "."), path[dot...].count > 1,
              !path[dot...].contains(ascii: "/") else { return path + "." + hash }
        return path[..<dot] + "." + hash + path[dot...]
    }
}

extension String {
    package func leftPadded(to length: Int, with character: Character = "0") -> String {
        count >= length ? self : String(repeating: character, count: length - count) + self
    }
}
