import Foundation
import MegaphoneModel

/// The listing cards of a language's tree, by content path: rendered once and read by every
/// listing. A rebuild that keeps its listings (`PageScope`) defers them: they are rendered only
/// if a page must be made after all (a kept page whose live file changed, or that could not be
/// linked), the first time one asks.
final class CardTable: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [String: ListedCard]?
    private var failure: Diagnostic?
    private let render: (@Sendable () throws(Diagnostic) -> [String: ListedCard])?

    /// No cards: `check` renders no page.
    init() {
        table = [:]
        render = nil
    }

    init(prepared: [String: ListedCard]) {
        table = prepared
        render = nil
    }

    init(deferred render: @escaping @Sendable () throws(Diagnostic) -> [String: ListedCard]) {
        self.render = render
    }

    /// The cards, rendered now if they were deferred (every other page asking waits for them).
    var cards: [String: ListedCard] {
        lock.lock()
        defer { lock.unlock() }
        if let table { return table }
        do throws(Diagnostic) {
            table = try render?() ?? [:]
        } catch {
            failure = error
            table = [:]
        }
        return table ?? [:]
    }

    /// The cards if they are rendered, without rendering deferred ones: an item's own page reads
    /// only its card's fields, the same either way.
    var rendered: [String: ListedCard] {
        lock.lock()
        defer { lock.unlock() }
        return table ?? [:]
    }

    /// Throws why the deferred cards could not be rendered, if they could not: no page is made
    /// with cards missing.
    func check() throws(Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
    }
}
