import Foundation

/// Reads an ASCII URI back into the IRI a person wrote: percent-escapes decoded, punycode host
/// labels decoded by this file's own RFC 3492 decoder, so that the tests check Megaphone's
/// encoding (Foundation's IDNA) against an independent reading.
enum IRIDecoding {
    /// `https://xn--bcher-kva.example/caf%C3%A9?q=%C3%A9#x` → `https://bücher.example/café?q=é#x`.
    /// Escapes that do not decode to UTF-8 are left as they are.
    static func decode(_ uri: String) -> String {
        var rest = Substring(uri)
        var result = ""
        if let separator = rest.range(of: "://") {
            result += rest[..<separator.upperBound]
            rest = rest[separator.upperBound...]
            let end = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
            result += rest[..<end].split(separator: ".", omittingEmptySubsequences: false).map { label in
                label.lowercased().hasPrefix("xn--") ? (punycodeDecode(String(label.dropFirst(4))) ?? String(label)) : String(label)
            }.joined(separator: ".").lowercased()
            rest = rest[end...]
        }
        return result + (String(rest).removingPercentEncoding ?? String(rest))
    }

    /// RFC 3492, section 6.2.
    static func punycodeDecode(_ input: String) -> String? {
        let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
        func adapt(_ delta: Int, _ points: Int, _ first: Bool) -> Int {
            var delta = first ? delta / damp : delta / 2
            delta += delta / points
            var k = 0
            while delta > ((base - tMin) * tMax) / 2 {
                delta /= base - tMin
                k += base
            }
            return k + (base - tMin + 1) * delta / (delta + skew)
        }
        func digit(_ c: Character) -> Int? {
            guard let v = c.asciiValue else { return nil }
            switch v {
            case 0x61...0x7A: return Int(v - 0x61)
            case 0x41...0x5A: return Int(v - 0x41)
            case 0x30...0x39: return Int(v - 0x30) + 26
            default: return nil
            }
        }
        var output: [Unicode.Scalar] = []
        var encoded = Substring(input)
        if let dash = input.lastIndex(of: "-") {
            output = input[..<dash].unicodeScalars.map { $0 }
            encoded = input[input.index(after: dash)...]
        }
        var n = 128, i = 0, bias = 72
        var characters = encoded.makeIterator()
        var next = characters.next()
        while next != nil {
            let oldI = i
            var w = 1, k = base
            while true {
                guard let c = next, let d = digit(c) else { return nil }
                next = characters.next()
                i += d * w
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if d < t { break }
                w *= base - t
                k += base
            }
            bias = adapt(i - oldI, output.count + 1, oldI == 0)
            n += i / (output.count + 1)
            i %= output.count + 1
            guard let scalar = Unicode.Scalar(n) else { return nil }
            output.insert(scalar, at: i)
            i += 1
        }
        return String(String.UnicodeScalarView(output))
    }
}
