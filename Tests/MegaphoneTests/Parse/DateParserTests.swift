import Foundation
import Testing
@testable import MegaphoneSupport
@testable import MegaphoneParse

@Suite struct DateParserTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func parse(_ text: String) -> Date? { try? DateParser.parse(text, defaultTimeZone: paris).get() }

    @Test(arguments: [
        ("2026-11-20", "2026-11-19T23:00:00Z"),  // midnight in Paris (UTC+1 in winter)
        ("2026-07-01", "2026-06-30T22:00:00Z"),  // summer time: UTC+2
        ("2026-11-20T09:00:00+01:00", "2026-11-20T08:00:00Z"),
        ("2026-11-20T09:00:00Z", "2026-11-20T09:00:00Z"),
        ("2026-11-20 09:30", "2026-11-20T08:30:00Z"),
        ("2026-11-20T09:00:00.250-05:00", "2026-11-20T14:00:00Z"),
    ])
    func parsesISODatesInTheSiteZone(text: String, utc: String) throws {
        let expected = try #require(ISO8601DateFormatter().date(from: utc))
        #expect(parse(text) == expected)
    }

    @Test(arguments: [
        ("20/11/2026", "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional zone such as +01:00 or Z"),
        ("2026-13-01", "month 13 does not exist"),
        ("2026-02-30", "day 30 does not exist in month 2 of 2026"),
        ("2026-11-20T25:00", "the time of day is out of range"),
        ("2026-11-20T09:00 Paris", "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional zone such as +01:00 or Z"),
    ])
    func explainsInvalidDates(text: String, message: String) {
        guard case .failure(let problem) = DateParser.parse(text, defaultTimeZone: paris) else {
            Issue.record("\(text) should not parse")
            return
        }
        #expect(problem.message == message)
    }
}
