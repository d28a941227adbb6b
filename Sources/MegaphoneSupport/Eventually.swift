import Dispatch

/// A value made on another thread from the start, waited for where it is first needed: the
/// build reads its caches while it loads and parses the sources.
package final class Eventually<Value: Sendable>: @unchecked Sendable {
    // Written once by the maker before `ready` is signalled; read only after waiting on it.
    private var made: Value?
    private let ready = DispatchSemaphore(value: 0)

    package init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.made = make()
            self.ready.signal()
        }
    }

    package var value: Value {
        ready.wait()
        defer { ready.signal() }  // for the next reader
        return made!
    }
}
