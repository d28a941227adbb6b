import CSV

/// The tables of an export, each a header and its rows with the line each starts on. GA4 files
/// open with `#` lines (the report's name and dates) and its overview export holds several tables
/// separated by blank lines and `#` lines; other exports are a single table.
struct CSVTables {
    struct Row {
        var line: Int
        var fields: [String]
    }

    struct Table {
        var header: Row
        var rows: [Row]
    }

    /// The `#` lines before the first table, without their `#`.
    var preamble: [String] = []
    var tables: [Table] = []

    enum Problem: Error {
        case unreadable(line: Int)
    }

    init(_ text: String) throws(Problem) {
        // The preamble is cut off by lines, before the CSV reader sees it: its free text may hold
        // a lone quote that would swallow the table.
        var firstLine = 1
        var rest = Substring(text)
        while let lineEnd = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) ?? (rest.isEmpty ? nil : rest.endIndex) {
            let line = rest[..<lineEnd]
            guard line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) else { break }
            if line.hasPrefix("#") { preamble.append(String(line.dropFirst()).trimmingSpaces) }
            rest = lineEnd == rest.endIndex ? rest[lineEnd...] : rest[rest.index(after: lineEnd)...]
            firstLine += 1
        }

        let reader: CSVReader
        do {
            reader = try CSVReader(string: String(rest))
        } catch {
            throw .unreadable(line: firstLine)
        }
        var line = firstLine
        var current: Table?
        while let fields = reader.next() {
            let row = Row(line: line, fields: fields)
            // A quoted field may hold line breaks: the next row starts that many lines further.
            line += 1 + fields.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            let isSeparator = fields.allSatisfy(\.isBlank) || fields.first?.hasPrefix("#") == true
            if isSeparator {
                if let table = current { tables.append(table) }
                current = nil
            } else if current == nil {
                current = Table(header: row, rows: [])
            } else {
                current?.rows.append(row)
            }
        }
        if reader.error != nil { throw .unreadable(line: line) }
        if let table = current { tables.append(table) }
    }

    private static func lineBreaks(in field: String) -> Int {
        // Almost no field holds a line break: one pass over the bytes says so.
        guard field.utf8.contains(where: { $0 == 10 || $0 == 13 }) else { return 0 }
        var count = 0
        var previousWasCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\n" { if !previousWasCR { count += 1 } } else if scalar == "\r" { count += 1 }
            previousWasCR = scalar == "\r"
        }
        return count
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

    /// Lower-cased; the string itself when it has no capital to change (most of an export's values).
    var lowercasedQuickly: String {
        if utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return String(self) }
        return lowercased()
    }
}
