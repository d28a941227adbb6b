import Foundation
import Testing
@testable import MegaphoneAnalytics
@testable import MegaphoneModel
@testable import MegaphoneSupport

/// Each export format, with fixtures shaped like the real files and their quirks, read into rows.
@Suite struct AnalyticsReaderTests {
    static func read(_ text: String, name: String = "export.csv", bytes: [UInt8]? = nil) -> (AnalyticsExport?, [Diagnostic]) {
        AnalyticsReader.read(displayPath: "data/analytics/\(name)", fileName: name, bytes: bytes ?? Array(text.utf8))
    }

    static func row(_ line: Int, date: String? = nil, source: String = "", medium: String = "", campaign: String = "",
                    content: String = "", term: String = "", _ sessions: Int, engaged: Int = 0, conversions: Int = 0) -> AnalyticsRow {
        AnalyticsRow(line: line, date: date.flatMap { CalendarDay(parsing: $0) }, source: source, medium: medium, campaign: campaign,
                     content: content, term: term,
                     counts: MetricCounts(sessions: sessions, engagedSessions: engaged, conversions: conversions))
    }

    @Test func megaphoneCSVColumnsInAnyOrderWithCRLFQuotesAndUpperCaseSources() throws {
        let text = "sessions,utm_content,utm_source,utm_campaign,utm_term,date,conversions\r\n"
            + "12,lancement-atlas,LinkedIn,\"atlas, phase 1\",phare-12,2026-10-06,1\r\n"
            + "\"1,204\",rapport-rse,x,rse-2026,,2026-10-07,0\r\n"
        let (export, diagnostics) = Self.read(text)
        #expect(diagnostics.isEmpty)
        let read = try #require(export)
        #expect(read.format == .megaphone)
        #expect(read.metrics == [.sessions, .conversions])
        #expect(read.rows == [
            Self.row(2, date: "2026-10-06", source: "LinkedIn", campaign: "atlas, phase 1", content: "lancement-atlas", term: "phare-12", 12, conversions: 1),
            Self.row(3, date: "2026-10-07", source: "x", campaign: "rse-2026", content: "rapport-rse", 1204),
        ])
    }

    @Test func plausibleSiteExportTakesVisitsAsSessionsAndItsFileNameAsPeriod() throws {
        let text = """
            date,source,referrer,utm_source,utm_medium,utm_campaign,utm_content,utm_term,pageviews,visitors,visits,visit_duration,bounces
            2026-11-02,LinkedIn,,linkedin,social,rse-2026,rapport-rse-2026,marine-b,6,3,4,296,1
            2026-11-02,Twitter,https://t.co/,,,,,,3,2,2,20,2

            """
        let (export, diagnostics) = Self.read(text, name: "imported_sources_20261101_20261130.csv")
        #expect(diagnostics.isEmpty)
        let read = try #require(export)
        #expect(read.format == .plausible)
        #expect(read.period == CalendarDay(parsing: "2026-11-01")!...CalendarDay(parsing: "2026-11-30")!)
        #expect(read.metrics == [.sessions, .engagedSessions])
        #expect(read.rows == [
            Self.row(2, date: "2026-11-02", source: "linkedin", medium: "social", campaign: "rse-2026", content: "rapport-rse-2026",
                     term: "marine-b", 4, engaged: 3),
            // Without utm_source, Plausible's own source names the network.
            Self.row(3, date: "2026-11-02", source: "Twitter", 2, engaged: 0),
        ])
    }

    @Test func ga4ExportWithBOMPreambleCombinedSourceMediumDateTotalsAndNotSet() throws {
        let text = """
            # ----------------------------------------
            # Traffic acquisition: Session manual ad content
            # Account: Acme, "Inc
            # Start date: 20261001
            # End date: 20261031
            # ----------------------------------------

            Date,Session manual ad content,Session source / medium,Session campaign,Session manual term,Sessions,Engaged sessions,Session key event rate,Key events
            ,Grand total,,,,"1,660",900,0.01,12
            20261006,lancement-atlas,LinkedIn / social,lancement-atlas,phare-12,"1,234",700,0.01,10
            20261007,(not set),google / organic,(organic),(not set),400,180,0.005,2
            20261031,(other),(other),(other),(other),26,20,0,0

            """
        let (export, diagnostics) = Self.read(text, bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(diagnostics.isEmpty)
        let read = try #require(export)
        #expect(read.format == .ga4)
        #expect(read.period == CalendarDay(parsing: "20261001")!...CalendarDay(parsing: "20261031")!)
        #expect(read.metrics == [.sessions, .engagedSessions, .conversions])
        #expect(read.rows == [
            Self.row(10, date: "2026-10-06", source: "LinkedIn", medium: "social", campaign: "lancement-atlas", content: "lancement-atlas",
                     term: "phare-12", 1234, engaged: 700, conversions: 10),
            Self.row(11, date: "2026-10-07", source: "google", medium: "organic", campaign: "(organic)", 400, engaged: 180, conversions: 2),
            // "(other)" folds rare values: kept, so the row is counted as ignored, not dropped unseen.
            Self.row(12, date: "2026-10-31", source: "(other)", campaign: "(other)", content: "(other)", term: "(other)",
                     26, engaged: 20),
        ])
    }

    @Test func ga4ExportInFrenchWithThousandsSeparatorsAndOlderLabels() throws {
        let text = """
            # Date de début : 20261101
            # Date de fin : 20261130
            Source de la session,Campagne de la session,Contenu publicitaire manuel de la session,Sessions,Sessions avec engagement,Conversions
            linkedin,recrutement-2026,offre-devops,"1 204",\("1\u{202F}000"),3

            """
        let (export, diagnostics) = Self.read(text)
        #expect(diagnostics.isEmpty)
        let read = try #require(export)
        #expect(read.period == CalendarDay(parsing: "2026-11-01")!...CalendarDay(parsing: "2026-11-30")!)
        #expect(read.rows == [Self.row(4, source: "linkedin", campaign: "recrutement-2026", content: "offre-devops", 1204,
                                       engaged: 1000, conversions: 3)])
    }

    @Test func matomoCampaignNamesExportInUTF16WithBOM() throws {
        let text = "label,nb_uniq_visitors,nb_visits,nb_actions,nb_visits_converted,nb_conversions,revenue\r\n"
            + "lancement-atlas - phare-12 - lancement-atlas,40,52,80,3,4,0\r\n"
            + "rse-2026 - rapport-rse-2026,10,11,20,0,0,0\r\n"
            + "rse-2026,1,2,2,0,0,0\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (export, diagnostics) = Self.read("", bytes: bytes)
        #expect(diagnostics.isEmpty)
        let read = try #require(export)
        #expect(read.format == .matomo)
        #expect(read.metrics == [.sessions, .conversions])
        #expect(read.rows == [
            Self.row(2, campaign: "lancement-atlas", content: "lancement-atlas", term: "phare-12", 52, conversions: 4),
            Self.row(3, campaign: "rse-2026", content: "rapport-rse-2026", 11),
            Self.row(4, campaign: "rse-2026", 2),
        ])
        let (empty, emptyDiagnostics) = Self.read("No data available\n")
        #expect(emptyDiagnostics.isEmpty)
        #expect(empty?.rows.isEmpty == true)
    }

    @Test func everyProblemOfAFileIsReportedAtItsLine() {
        let text = """
            utm_source,utm_content,sessions,date
            linkedin,"a message
            over two lines",3,2026-10-01
            linkedin,atlas,three,2026-10-02
            linkedin,atlas,4
            linkedin,atlas,5,2026-02-30

            """
        let (export, diagnostics) = Self.read(text)
        #expect(export == nil)
        #expect(diagnostics.map(\.description) == [
            "data/analytics/export.csv:4:1: error: 'three' in column 'sessions' is not a whole number",
            "data/analytics/export.csv:5:1: error: this row has 3 fields but the header has 4: a value with a comma must be quoted",
            "data/analytics/export.csv:6:1: error: '2026-02-30' in column 'date' is not a date: write YYYY-MM-DD or YYYYMMDD",
        ])
    }

    @Test func anUnknownHeaderIsAnErrorAtItsLine() {
        let (export, diagnostics) = Self.read("# Start date: 20261001\n\nPage path,Views\n/atlas,3\n")
        #expect(export == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.description.hasPrefix("data/analytics/export.csv:3:1: error: unknown header 'Page path', 'Views'") == true)
    }

    @Test func textThatIsNotAnExportIsAnError() {
        let (_, diagnostics) = Self.read("", bytes: [0x00, 0xC3, 0x28, 0xFF])
        #expect(diagnostics.map(\.severity) == [.error])
    }

    @Test(arguments: [("1234", 1234), ("1,234", 1234), ("1 234", 1234), ("1\u{202F}234\u{202F}567", 1_234_567),
                      ("1.234", 1234), ("12.00", 12), ("1,234.0", 1234), ("0", 0)])
    func countsAsExportsWriteThem(_ text: String, _ value: Int) {
        #expect(ExportNumber.count(text) == value)
    }

    @Test(arguments: ["1,5", "12.5", "abc", "-3", "1,23", "", "1 2"])
    func textsThatAreNotCounts(_ text: String) {
        #expect(ExportNumber.count(text) == nil)
    }

    @Test func calendarDaysRoundTripAndWeeksStartOnMonday() throws {
        let day = try #require(CalendarDay(parsing: "2026-11-26"))
        #expect(day.description == "2026-11-26")
        #expect(day.weekStart.description == "2026-11-23")
        #expect(CalendarDay(parsing: "20240229")?.description == "2024-02-29")
        #expect(CalendarDay(parsing: "2026-02-29") == nil)
        #expect(CalendarDay(parsing: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(CalendarDay(parsing: "2026-11-30")?.weekStart.description == "2026-11-30")
    }
}

/// The CSV splitter on its own: RFC 4180 quoting and every kind of line end.
@Suite struct CSVRowsTests {
    @Test func quotedFieldsHoldCommasQuotesAndLineBreaksAndLinesAreCounted() throws {
        let rows = try CSVRows.split("a,\"b, \"\"c\"\"\r\nd\",e\r\n\r\nf,,\rg\n\"\"", firstLine: 3)
        #expect(rows.map(\.line) == [3, 5, 6, 7, 8])
        #expect(rows.map(\.fields) == [["a", "b, \"c\"\r\nd", "e"], [""], ["f", "", ""], ["g"], [""]])
    }

    @Test func anUnclosedQuoteOrTextAfterOneIsAProblemAtItsLine() {
        #expect(throws: CSVRows.Problem.self) { try CSVRows.split("a,b\nc,\"d\ne", firstLine: 1) }
        do {
            _ = try CSVRows.split("a\n\"b\"c,d", firstLine: 1)
            Issue.record("text after a closing quote was accepted")
        } catch {
            // `split` throws only CSVRows.Problem (typed throws).
            guard case .textAfterQuote(let line) = error else { Issue.record("wrong problem \(error)"); return }
            #expect(line == 2)
        }
    }
}
