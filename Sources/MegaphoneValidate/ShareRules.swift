import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSupport

/// Suggested messages must fit their network as they will be posted, and must not carry a link
/// of their own (Megaphone adds the tracked one).
package enum ShareRules {
    /// An item whose messages an earlier build found right under the same inputs (the key of
    /// everything its share options are planned from) is not planned nor checked again.
    package static func validate(_ site: Site, shares: ShareTable, derived: DerivedCache) -> [Diagnostic] {
        ConcurrentMap.map(site.items) { item in
            var diagnostics: [Diagnostic] = []
            _ = derived.derived(shares.inputsKey(for: item, kind: "share-rules")) {
                diagnostics = check(item, options: shares.options(for: item), disclosure: site.config.disclosure)
                return diagnostics.isEmpty ? [] : nil  // only the verdict "nothing to fix" is kept
            }
            return diagnostics
        }.flatMap { $0 }
    }

    package static func check(_ item: ContentItem, options: [ShareOption], disclosure configured: String?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (network, message) in item.share where !TextCounter.linkRanges(in: message.value).isEmpty {
            diagnostics.append(.error(at: message.location,
                "the \(network.value) message contains a link; remove it: Megaphone adds the tracked link itself"))
        }
        for option in options where option.isOverLimit {
            let limit = option.limit ?? 0
            let how: String
            switch option.network.counting {
            case .xWeighted: how = "counted as X does: the link as 23, emoji and CJK characters as 2"
            case .linksAs23: how = "counting the link as 23"
            case .graphemes: how = "counting the tracked link in full"
            case .characters: how = "with the tracked link"
            }
            let disclosure = configured.map { " and '\($0)'" } ?? ""
            diagnostics.append(.error(at: option.messageLocation ?? item.document.fileLocation,
                "the \(option.network.label) message is \(option.length) characters as posted (\(how)\(disclosure)); "
                + "the limit is \(limit): shorten it by \(option.length - limit)"))
        }
        return diagnostics
    }
}
