import MegaphoneSupport

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
            if line.hasPrefix("#") { preamble.append(String(line.dropFirst()).trimmingWhitespace()) }
            rest = lineEnd == rest.endIndex ? rest[lineEnd...] : rest[rest.index(after: lineEnd)...]
            firstLine += 1
        }

        let rows = try CSVRows.split(rest, firstLine: firstLine)
        var current: Table?
        for row in rows {
            let isSeparator = row.fields.allSatisfy { $0.trimmingWhitespace().isEmpty } || row.fields.first?.hasPrefix("#") == true
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
