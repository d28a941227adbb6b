/// The tables of an export, each a header and its rows with the line each starts on. GA4 files
/// open with `#` lines (the report's name and dates) and its overview export holds several tables
/// separated by blank lines and `#` lines; other exports are a single table.
struct CSVTables {
    typealias Row = CSVRows.Row

    struct Table {
        var header: Row
        var rows: [Row]
    }

    /// The `#` lines before the first table, without their `#`.
    var preamble: [String] = []
    var tables: [Table] = []

    init(_ text: String) throws(CSVRows.Problem) {
        // The preamble is cut off by lines before the rows are split: its free text may hold a
        // lone quote that would swallow the table.
        var firstLine = 1
        var rest = Substring(text)
        while let lineEnd = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) ?? (rest.isEmpty ? nil : rest.endIndex) {
            let line = rest[..<lineEnd]
            guard line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) else { break }
            if line.hasPrefix("#") { preamble.append(String(line.dropFirst()).trimmingSpaces) }
            rest = lineEnd == rest.endIndex ? rest[lineEnd...] : rest[rest.index(after: lineEnd)...]
            firstLine += 1
        }

        let rows = try CSVRows.split(rest, firstLine: firstLine)
        var current: Table?
        for row in rows {
            let isSeparator = row.fields.allSatisfy(\.isBlank) || row.fields.first?.hasPrefix("#") == true
            if isSeparator {
                if let table = current { tables.append(table) }
                current = nil
            } else if current == nil {
                current = Table(header: row, rows: [])
            } else {
                current?.rows.append(row)
            }
        }
        if let table = current { tables.append(table) }
    }
}

extension StringProtocol {
    /// Empty, or spaces only.
    var isBlank: Bool { utf8.isEmpty || allSatisfy(\.isWhitespace) }

    /// Without the spaces (and no-break spaces) at either end.
    var trimmingSpaces: String {
        // Most fields have nothing to trim: their first and last bytes say so without decoding
        // characters (a profile of a year of rows showed Character.isWhitespace first).
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, !Self.mayBeSpace(first), !Self.mayBeSpace(last) { return text }
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// ASCII space and control characters, and the lead or last byte of a multi-byte space
    /// (U+00A0 ends in A0, U+2000…U+3000 start with E2 or E3).
    private static func mayBeSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xA0 || byte == 0xE2 || byte == 0xE3 || byte == 0xC2 || byte == 0x80 || byte == 0xAF
            || byte == 0x85
    }

}
