/// Counts as exports write them: `1234`, `1,234` (English), `1 234` or `1 234` (French, with
/// a no-break space), `1.234` (German), `12.00`. A count has no fraction: `1,5` is not one.
enum ExportNumber {
    static func count(_ text: String) -> Int? {
        var digits: [UInt8] = []
        // Groups after the first separator must be exactly three digits; a last group of other
        // length after "." or "," is a fraction, which must be zeros.
        var groups: [[UInt8]] = [[]]
        var separators: [Character] = []
        for character in text {
            if let ascii = character.asciiValue, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii) {
                groups[groups.count - 1].append(ascii)
            } else if [",", ".", " ", "\u{00A0}", "\u{202F}", "'"].contains(character) {
                guard !groups[groups.count - 1].isEmpty else { return nil }
                separators.append(character)
                groups.append([])
            } else {
                return nil
            }
        }
        guard let last = groups.last, !last.isEmpty else { return nil }
        var wholeGroups = groups
        if let separator = separators.last, separator == "." || separator == ",",
           last.count != 3 || separators.filter({ $0 == separator }).count == 1 && separators.count > 1 {
            // The last group is a fraction: `12.00`, `1 234,0`.
            guard last.allSatisfy({ $0 == UInt8(ascii: "0") }) else { return nil }
            wholeGroups.removeLast()
        }
        guard wholeGroups.count == 1 || wholeGroups[0].count <= 3 && wholeGroups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        for group in wholeGroups { digits += group }
        guard digits.count <= 15 else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
