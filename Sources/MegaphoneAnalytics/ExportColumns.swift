import Foundation
import MegaphoneModel

/// What a column of an export holds.
enum ColumnRole: Sendable, Equatable {
    case date
    case source
    case medium
    /// GA4's `Session source / medium`: `linkedin / social`.
    case sourceMedium
    case campaign
    case content
    case term
    /// Plausible's referrer source (`Linkedin`), used when a row has no `utm_source`.
    case referrerSource
    /// Matomo's flattened Campaign Names report: `name - keyword - content`.
    case matomoLabel
    case metric(AnalyticsMetric)
    /// Matomo's older conversions column, used when `nb_conversions` is missing.
    case convertedVisits
    /// Plausible's bounces: its engaged sessions are the visits that did not bounce, as GA4
    /// counts a session engaged when it is not a bounce.
    case bounces

    /// Says what a row is about (not how much): the columns that attribute it, and a totals row
    /// leaves empty.
    var isDimension: Bool {
        switch self {
        case .source, .medium, .sourceMedium, .campaign, .content, .term, .referrerSource, .matomoLabel: true
        case .date, .metric, .convertedVisits, .bounces: false
        }
    }
}

/// Each format's column names → roles, and how a format is told from its header. Names are
/// compared folded (case, accents, spacing); columns not listed are read past (GA4 and Matomo
/// add rates, durations, revenue).
struct ExportColumns {
    var format: AnalyticsExport.Format
    var roles: [String: ColumnRole]
    /// A header is this format's when it has all of these (folded).
    var signature: [String]

    static let all: [ExportColumns] = [matomo, plausible, megaphone, ga4]

    static let megaphone = ExportColumns(format: .megaphone, roles: [
        "date": .date, "utm_source": .source, "utm_medium": .medium, "utm_campaign": .campaign,
        "utm_content": .content, "utm_term": .term, "sessions": .metric(.sessions),
        "engaged_sessions": .metric(.engagedSessions), "conversions": .metric(.conversions),
    ], signature: ["sessions"])

    static let plausible = ExportColumns(format: .plausible, roles: [
        "date": .date, "source": .referrerSource, "utm_source": .source, "utm_medium": .medium,
        "utm_campaign": .campaign, "utm_content": .content, "utm_term": .term, "visits": .metric(.sessions),
        "bounces": .bounces,
    ], signature: ["visits", "utm_content", "referrer"])

    static let matomo = ExportColumns(format: .matomo, roles: [
        "label": .matomoLabel, "nb_visits": .metric(.sessions), "nb_conversions": .metric(.conversions),
        "nb_visits_converted": .convertedVisits,
    ], signature: ["label", "nb_visits"])

    /// GA4 interface exports, in English and French: its labels changed over the years (`Session
    /// manual ad content`, `Manual ad content`…) and follow the user's interface language.
    static let ga4 = ExportColumns(format: .ga4, roles: Dictionary(uniqueKeysWithValues: [
        (ColumnRole.date, ["date", "jour"]),
        (.source, ["session source", "session manual source", "source", "source de la session",
                   "source manuelle de la session"]),
        (.medium, ["session medium", "session manual medium", "medium", "support de la session",
                   "support manuel de la session"]),
        (.sourceMedium, ["session source / medium", "session manual source / medium", "source / medium",
                         "source / support de la session", "source / support manuel de la session", "source / support"]),
        (.campaign, ["session campaign", "session campaign name", "session manual campaign name", "session manual campaign",
                     "campaign", "campagne de la session", "nom de la campagne manuelle de la session", "campagne"]),
        (.content, ["session manual ad content", "manual ad content", "ad content", "contenu publicitaire manuel de la session",
                    "contenu d'annonce manuel de la session", "contenu publicitaire manuel"]),
        (.term, ["session manual term", "manual term", "terme manuel de la session", "terme manuel"]),
        (.metric(.sessions), ["sessions"]),
        (.metric(.engagedSessions), ["engaged sessions", "sessions avec engagement"]),
        // "Key events" replaced "Conversions" in 2024; an exact match, since "Session key event
        // rate" also holds the words.
        (.metric(.conversions), ["key events", "conversions", "evenements cles"]),
    ].flatMap { role, names in names.map { (fold($0), role) } }), signature: ["sessions"])

    /// The format a header belongs to, with each column's role (nil: a column not read).
    static func recognise(_ header: [String]) -> (ExportColumns, [ColumnRole?])? {
        let folded = header.map(fold)
        for format in all where format.signature.allSatisfy({ folded.contains(fold($0)) }) {
            let roles = folded.map { format.roles[$0] }
            // "Sessions" is both Megaphone's and GA4's: a header is Megaphone's only when its
            // dimensions are Megaphone's names (utm_source…).
            if roles.contains(where: { $0?.isDimension == true }) { return (format, roles) }
        }
        return nil
    }

    /// Lower case, no accents, single spaces, spaces around `/`: `Source/Support de la session`
    /// and `source / support de la session` are one name.
    static func fold(_ name: String) -> String {
        let plain = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "/", with: " / ").replacingOccurrences(of: "’", with: "'")
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
