import Foundation

/// A month of the calendar (`2026-11`): the unit of the calendar's pages and of its bounds.
public struct CalendarMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 to 12.
    public let month: Int

    public init(year: Int, month: Int) {
        // Normalised so that arithmetic may run past December or before January.
        let index = year * 12 + (month - 1)
        self.year = index >= 0 ? index / 12 : (index - 11) / 12
        self.month = index - self.year * 12 + 1
    }

    /// The month `date` falls in, in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        self.init(date, calendar: Self.gregorian(timeZone))
    }

    /// The month `date` falls in, by `calendar`: one calendar for many dates (a site's items).
    public init(_ date: Date, calendar: Calendar) {
        let parts = calendar.dateComponents([.year, .month], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1)
    }

    public static func gregorian(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    public func adding(months: Int) -> CalendarMonth { CalendarMonth(year: year, month: month + months) }

    /// The first instant of the month in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        Self.gregorian(timeZone).date(from: DateComponents(year: year, month: month, day: 1)) ?? .distantPast
    }

    /// `2026-11`.
    public var text: String { "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") }
    public var description: String { text }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
