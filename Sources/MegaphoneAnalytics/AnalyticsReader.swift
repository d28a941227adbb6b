import MegaphoneModel
import MegaphoneSupport

/// An analytics export → its rows, each with the line it starts on. Every problem of the file is
/// reported, each at its line; a file with an error gives no rows.
public enum AnalyticsReader {
    /// Values exports write for "no value": not a code, not a slug.
    static let emptyValues: Set<String> = ["(not set)", "(none)", "(not provided)", "(direct)", "-"]
    /// First cells of the totals rows GA4 explorations and spreadsheets add.
    static let totalLabels: Set<String> = ["grand total", "total", "totals", "total general", "totaux"]

    public static func read(displayPath: String, fileName: String, bytes: [UInt8]) -> (AnalyticsExport?, [Diagnostic]) {
        func at(_ line: Int) -> SourceLocation { SourceLocation(path: displayPath, line: line, column: 1) }
        let text: String
        let tables: CSVTables
        do throws(ExportText.Problem) {
            text = try ExportText.decode(bytes)
        } catch {
            return (nil, [.error(at: at(1), "this file is not text: export it as CSV in UTF-8 or UTF-16")])
        }
        do throws(CSVRows.Problem) {
            tables = try CSVTables(text)
        } catch {
            switch error {
            case .unclosedQuote(let line):
                return (nil, [.error(at: at(line), "a quoted value starts on this line and is never closed: add the closing \"")])
            case .textAfterQuote(let line):
                return (nil, [.error(at: at(line), "text follows a quoted value's closing quote: write a quote inside a value as \"\"")])
            }
        }
        if tables.tables.count == 1, tables.tables[0].rows.isEmpty,
           tables.tables[0].header.fields.map({ $0.trimmingWhitespace() }) == ["No data available"] {
            // Matomo's export of an empty report.
            return (AnalyticsExport(displayPath: displayPath, format: .matomo, period: nil, metrics: [], rows: []), [])
        }
        guard let first = tables.tables.first else {
            return (nil, [.warning(at: SourceLocation(path: displayPath), "this file holds no table; it is not read")])
        }

        var diagnostics: [Diagnostic] = []
        var format: AnalyticsExport.Format?
        var metrics: Set<AnalyticsMetric> = []
        var rows: [AnalyticsRow] = []
        var tablesNotRead: [CSVTables.Table] = []
        for table in tables.tables {
            guard let (columns, roles) = ExportColumns.recognise(table.header.fields), format == nil || columns.format == format else {
                tablesNotRead.append(table)
                continue
            }
            format = columns.format
            for role in roles { if case .metric(let metric)? = role { metrics.insert(metric) } }
            if roles.contains(.convertedVisits) { metrics.insert(.conversions) }
            if roles.contains(.bounces) { metrics.insert(.engagedSessions) }
            for row in table.rows {
                switch TableRow.read(row, header: table.header.fields, roles: roles) {
                case .success(let parsed?): rows.append(parsed)
                case .success(nil): continue
                case .failure(let problem): diagnostics.append(.error(at: at(row.line), problem.message))
                }
            }
        }
        guard let format else {
            let header = first.header.fields.map { "'\($0)'" }.joined(separator: ", ")
            return (nil, [.error(at: at(first.header.line), "unknown header \(header): expected Megaphone's columns "
                + "(utm_source, utm_medium, utm_campaign, utm_content, utm_term, sessions…), a Plausible "
                + "imported_sources export, a GA4 export with session source, campaign or ad content and Sessions, "
                + "or a Matomo Campaign Names export (label, nb_visits)")])
        }
        for table in tablesNotRead {
            diagnostics.append(.warning(at: at(table.header.line), "this table is not read: its header is not a \(format.rawValue) table of sources, campaigns or contents"))
        }
        let period = format == .ga4 ? preamblePeriod(tables.preamble) : fileNamePeriod(fileName)
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (AnalyticsExport(displayPath: displayPath, format: format, period: period, metrics: metrics, rows: rows), diagnostics)
    }

    /// `# Start date: 20261001` and `# End date: 20261031` (or `Date de début`, `Date de fin`).
    static func preamblePeriod(_ lines: [String]) -> ClosedRange<CalendarDay>? {
        var start: CalendarDay?, end: CalendarDay?
        for line in lines {
            guard let colon = line.lastIndex(of: ":"), let day = CalendarDay(parsing: String(line[line.index(after: colon)...]).trimmingWhitespace())
            else { continue }
            let label = ExportColumns.fold(String(line[..<colon]))
            if label.contains("start") || label.contains("debut") { start = day }
            if label.contains("end") || label.contains("fin") { end = day }
        }
        guard let start, let end, start <= end else { return nil }
        return start...end
    }

    /// Plausible names its files `imported_sources_20261001_20261031.csv`.
    static func fileNamePeriod(_ fileName: String) -> ClosedRange<CalendarDay>? {
        let parts = fileName.split(whereSeparator: { $0 == "_" || $0 == "." })
        let days = parts.compactMap { $0.count == 8 ? CalendarDay(parsing: String($0)) : nil }
        guard days.count == 2, days[0] <= days[1] else { return nil }
        return days[0]...days[1]
    }
}
