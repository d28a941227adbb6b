import Foundation
import Testing
@testable import MegaphoneSupport

/// The hand-written RFC 3339 formatter says what Foundation's calendar says, on both sides of
/// 1970, of leap days and of daylight saving changes, in zones east and west of Greenwich.
@Suite struct RFC3339Tests {
    /// Foundation's reading of the same instant, as the formatter was written before.
    static func oracle(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = zone.secondsFromGMT(for: date)
        let suffix = offset == 0 ? "Z"
            : String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) % 3600 / 60)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!) + suffix
    }

    @Test(arguments: ["Europe/Paris", "America/St_Johns", "Asia/Kolkata", "Pacific/Kiritimati", "UTC", "America/Los_Angeles"])
    func itAgreesWithFoundation(zoneName: String) throws {
        let zone = try #require(TimeZone(identifier: zoneName))
        var generator = SystemRandomNumberGenerator()
        var instants: [TimeInterval] = [0, -1, 951_782_400, 951_868_799, 1_711_846_800, 1_711_850_399, 1_730_000_000, 4_102_444_799]
        for _ in 0..<2_000 { instants.append(TimeInterval(Int64.random(in: -2_208_988_800...4_102_444_800, using: &generator))) }
        for instant in instants {
            let date = Date(timeIntervalSince1970: instant)
            #expect(RFC3339.format(date, in: zone) == Self.oracle(date, zone), "\(instant) in \(zoneName)")
        }
    }

    @Test func aKnownInstant() {
        let date = Date(timeIntervalSince1970: 1_795_773_600)  // 2026-11-27T10:00:00Z
        #expect(RFC3339.format(date, in: TimeZone(identifier: "Europe/Paris")!) == "2026-11-27T11:00:00+01:00")
        #expect(RFC3339.format(date, in: TimeZone(identifier: "UTC")!) == "2026-11-27T10:00:00Z")
    }
}
