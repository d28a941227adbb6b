import Foundation

/// WCAG 2.1 contrast ratio between two sRGB colours written in hex (`0a5cad` or `fff`).
package enum Contrast {
    package static func ratio(hex first: String, against second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    package static func luminance(_ hex: String) -> Double {
        let digits = hex.count == 3 ? hex.map { "\($0)\($0)" }.joined() : hex
        let value = Int(digits, radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
