import Synchronization

/// Values a one-shot command no longer needs and leaves to the process's exit instead of freeing
/// them one by one (as compilers do, clang's `-disable-free`): the site's model, pages and caches
/// are millions of small objects, and releasing them was the last 0.15 s of a rebuild after one
/// edit at 10,000 items, on one core, after the site was already in place.
///
/// Only for a process that exits right after (`megaphone build`, `check`): a long-lived one
/// (`serve`, the tests) frees as usual.
package enum Abandoned {
    // `Any` is not Sendable, but nothing ever reads these values again: they are only held.
    private struct Held: @unchecked Sendable { let values: [Any] }
    private static let kept = Mutex<[Held]>([])

    /// Keeps `values` alive until the process ends.
    package static func keep(_ values: Any...) {
        kept.withLock { $0.append(Held(values: values)) }
    }
}
