import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport

/// ISO 8601 dates as comms people write them: `2026-11-20`, `2026-11-20 09:00`,
/// `2026-11-20T09:00:00+01:00`, `2026-11-20T08:00:00Z`. A date without a zone is in the site's zone.
public enum DateParser {
    public struct Problem: Error, Equatable {
        public var message: String
    }

    private static let expected = "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional zone such as +01:00 or Z"

    public static func parse(_ text: String, defaultTimeZone: TimeZone) -> Result<Date, Problem> {
        // A date that starts and ends with a visible ASCII character, as dates do, has nothing to trim.
        let isTrimmed = text.utf8.first.map { (0x21...0x7E).contains($0) } == true && text.utf8.last.map { (0x21...0x7E).contains($0) } == true
        var scanner = Substring(isTrimmed ? text : text.trimmingCharacters(in: .whitespaces))
        func number(_ digits: Int) -> Int? {
            let prefix = scanner.prefix(digits)
            guard prefix.count == digits, prefix.allSatisfy(\.isASCIIDigit), let value = Int(prefix) else { return nil }
            scanner = scanner.dropFirst(digits)
            return value
        }
        func take(_ character: Character) -> Bool {
            guard scanner.first == character else { return false }
            scanner = scanner.dropFirst()
            return true
        }

        guard let year = number(4), take("-"), let month = number(2), take("-"), let day = number(2) else {
            return .failure(Problem(message: expected))
        }
        var hour = 0, minute = 0, second = 0
        var zone: TimeZone?
        if take("T") || take("t") || take(" ") {
            guard let h = number(2), take(":"), let m = number(2) else { return .failure(Problem(message: expected)) }
            hour = h
            minute = m
            if take(":") {
                guard let s = number(2) else { return .failure(Problem(message: expected)) }
                second = s
                if take(".") { scanner = scanner.drop(while: \.isASCIIDigit) }
            }
            scanner = scanner.drop(while: { $0 == " " })
            if take("Z") || take("z") {
                zone = TimeZone(secondsFromGMT: 0)
            } else if let sign = scanner.first, sign == "+" || sign == "-" {
                scanner = scanner.dropFirst()
                guard let zoneHours = number(2) else { return .failure(Problem(message: expected)) }
                _ = take(":")
                let zoneMinutes = number(2) ?? 0
                guard zoneHours <= 14, zoneMinutes < 60 else {
                    return .failure(Problem(message: "the zone offset is out of range"))
                }
                let offset = (zoneHours * 3600 + zoneMinutes * 60) * (sign == "-" ? -1 : 1)
                zone = TimeZone(secondsFromGMT: offset)
            }
        }
        guard scanner.isEmpty else { return .failure(Problem(message: expected)) }
        guard (1...12).contains(month) else { return .failure(Problem(message: "month \(month) does not exist")) }
        guard hour < 24, minute < 60, second < 61 else { return .failure(Problem(message: "the time of day is out of range")) }

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone ?? defaultTimeZone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else {
            return .failure(Problem(message: "day \(day) does not exist in month \(month) of \(year)"))
        }
        return .success(date)
    }
}
