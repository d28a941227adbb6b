import MegaphoneModel
import MegaphoneSupport

struct RowProblem: Error {
    var message: String
}

/// One row of a recognised table → an `AnalyticsRow`; nil for a totals row.
enum TableRow {
    static func read(_ row: CSVTables.Row, header: [String], roles: [ColumnRole?]) -> Result<AnalyticsRow?, RowProblem> {
        Result { () throws(RowProblem) in try parse(row, header: header, roles: roles) }
    }

    private static func parse(_ row: CSVTables.Row, header: [String], roles: [ColumnRole?]) throws(RowProblem) -> AnalyticsRow? {
        guard row.fields.count == header.count else {
            throw RowProblem(message: "this row has \(row.fields.count) fields but the header has \(header.count): "
                + "a value with a comma must be quoted")
        }
        if isTotals(row.fields, roles: roles) { return nil }

        var parsed = AnalyticsRow(line: row.line, date: nil, source: "", medium: "", campaign: "", content: "", term: "",
                                  counts: MetricCounts())
        var referrerSource = ""
        var convertedVisits: Int?
        var bounces: Int?
        var hasConversions = false
        func value(_ text: String) -> String {
            let trimmed = text.trimmingWhitespace()
            guard trimmed.utf8.first == UInt8(ascii: "(") || trimmed == "-" else { return trimmed }
            return AnalyticsReader.emptyValues.contains(trimmed.lowercased()) ? "" : trimmed
        }
        for (index, role) in roles.enumerated() {
            guard let role else { continue }
            let field = row.fields[index]
            switch role {
            case .date:
                let written = field.trimmingWhitespace()
                guard !written.isEmpty else { continue }
                guard let day = CalendarDay(parsing: written) else {
                    throw RowProblem(message: "'\(written)' in column '\(header[index])' is not a date: write YYYY-MM-DD or YYYYMMDD")
                }
                parsed.date = day
            case .source: parsed.source = value(field)
            case .medium: parsed.medium = value(field)
            case .sourceMedium:
                let parts = field.split(separator: "/", maxSplits: 1).map { value(String($0)) }
                parsed.source = parts.first ?? ""
                parsed.medium = parts.count > 1 ? parts[1] : ""
            case .campaign: parsed.campaign = value(field)
            case .content: parsed.content = value(field)
            case .term: parsed.term = value(field)
            case .referrerSource: referrerSource = value(field)
            case .matomoLabel:
                // `name - keyword - content`; Matomo leaves out an empty part, and Megaphone's links
                // always carry a content, so two parts are a name and a content.
                let parts = field.components(separatedBy: " - ").map(value)
                parsed.campaign = parts.first ?? ""
                if parts.count >= 2 { parsed.content = parts[parts.count - 1] }
                if parts.count >= 3 { parsed.term = parts[1...(parts.count - 2)].joined(separator: " - ") }
            case .metric(let metric):
                parsed.counts[metric] = try count(field, column: header[index], required: metric == .sessions)
                if metric == .conversions { hasConversions = true }
            case .convertedVisits:
                convertedVisits = try count(field, column: header[index], required: false)
            case .bounces:
                bounces = try count(field, column: header[index], required: false)
            }
        }
        if parsed.source.isEmpty { parsed.source = referrerSource }
        if !hasConversions, let convertedVisits { parsed.counts.conversions = convertedVisits }
        if let bounces {
            guard bounces <= parsed.counts.sessions else {
                throw RowProblem(message: "this row has more bounces (\(bounces)) than visits (\(parsed.counts.sessions))")
            }
            parsed.counts.engagedSessions = parsed.counts.sessions - bounces
        }
        return parsed
    }

    private static func count(_ field: String, column: String, required: Bool) throws(RowProblem) -> Int {
        // Plain digits, the common case, are read from the bytes.
        if !field.utf8.isEmpty, field.utf8.count < 16, field.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            return field.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        let written = field.trimmingWhitespace()
        if written.isEmpty, !required { return 0 }
        guard let count = ExportNumber.count(written) else {
            throw RowProblem(message: "'\(written)' in column '\(column)' is not a whole number")
        }
        return count
    }

    /// A totals row (`Grand total`, then empty dimensions): the sum of the rows, not one more.
    private static func isTotals(_ fields: [String], roles: [ColumnRole?]) -> Bool {
        var dimensions = zip(fields, roles).lazy.filter { _, role in role?.isDimension == true }.map(\.0).makeIterator()
        guard let first = dimensions.next(), let letter = first.utf8.first,
              [UInt8(ascii: "G"), UInt8(ascii: "g"), UInt8(ascii: "T"), UInt8(ascii: "t")].contains(letter),
              AnalyticsReader.totalLabels.contains(ExportColumns.fold(first))
        else { return false }
        while let next = dimensions.next() { if !next.trimmingWhitespace().isEmpty { return false } }
        return true
    }
}
