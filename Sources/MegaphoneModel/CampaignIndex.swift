import MegaphoneSupport

/// The portal's campaigns as its items name them, found from what an export row or a goal writes:
/// the name in any case, or its slug (`Lancement Atlas` and `lancement-atlas` are one campaign).
/// Validation and attribution both ask it, so a goal that passes the check counts the rows it names.
public struct CampaignIndex: Sendable {
    private var names: [String: String] = [:]
    /// Every campaign name, sorted (for suggestions).
    public let all: [String]

    public init(items: [ContentItem]) {
        all = Set(items.compactMap(\.campaign)).sorted()
        for name in all {
            names[name.lowercased()] = name
            names[Slug.make(name)] = names[Slug.make(name)] ?? name
        }
    }

    /// The campaign `written` names, as the items write it; nil when no item has it.
    public func name(for written: String) -> String? {
        names[written.lowercasedQuickly] ?? names[Slug.make(written)]
    }
}
