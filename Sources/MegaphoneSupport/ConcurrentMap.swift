import Dispatch

/// Runs a pure function over an array on all cores, keeping the order of the results.
/// The build's hot loops (reading, Markdown, templates, writing) are independent per file.
package enum ConcurrentMap {
    package static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let buffer = ResultBuffer<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            buffer.store(transform(inputs[index]), at: index)
        }
        return buffer.values()
    }

    /// `transform` on consecutive slices of `indices`, `size` at a time (the last may be shorter),
    /// on all cores, the outputs joined in order: for work too small per element to be worth a
    /// dispatch of its own (a `stat`), or that shares something within a slice (a memo).
    package static func map<Output: Sendable>(_ indices: Range<Int>, slicesOf size: Int,
                                              _ transform: @Sendable (Range<Int>) -> [Output]) -> [Output] {
        let slices = stride(from: indices.lowerBound, to: indices.upperBound, by: size).map { $0..<min($0 + size, indices.upperBound) }
        return map(slices, transform).flatMap { $0 }
    }

    /// Two different pieces of work side by side, on two cores.
    package static func both<First: Sendable, Second: Sendable>(_ first: @Sendable () -> First,
                                                                _ second: @Sendable () -> Second) -> (First, Second) {
        let firstResult = ResultBuffer<First>(count: 1), secondResult = ResultBuffer<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstResult.store(first(), at: 0) } else { secondResult.store(second(), at: 0) }
        }
        return (firstResult.take(at: 0), secondResult.take(at: 0))
    }

    /// `both`, or one after the other when `concurrently` is false: where each piece already fills
    /// every core (a first build's Markdown pass or listing cards), side by side they only
    /// contend. At 100,000 items a first build took 55–64 s one after the other and 62–81 s side by side.
    package static func both<First: Sendable, Second: Sendable>(_ first: @Sendable () -> First, _ second: @Sendable () -> Second,
                                                                concurrently: Bool) -> (First, Second) {
        guard concurrently else { return (first(), second()) }
        return both(first, second)
    }

    /// `map`, letting go of each input as soon as its transform has it: what the inputs hold (the
    /// source files' texts, at 100,000 items half a gigabyte) is freed as the map goes rather than
    /// at its end, provided the caller holds them no more.
    package static func map<Input: Sendable, Output: Sendable>(taking inputs: consuming [Input],
                                                               _ transform: @Sendable (Input) -> Output) -> [Output] {
        let count = inputs.count
        let pending = ResultBuffer<Input>(count: count)
        for (index, input) in inputs.enumerated() { pending.store(input, at: index) }
        inputs = []
        let buffer = ResultBuffer<Output>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            buffer.store(transform(pending.take(at: index)), at: index)
        }
        return buffer.values()
    }
}

/// Each slot is written by exactly one iteration and read only after all have finished,
/// so no two threads ever touch the same slot.
private final class ResultBuffer<Output>: @unchecked Sendable {
    private var slots: UnsafeMutableBufferPointer<Output?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Output, at index: Int) { slots[index] = value }

    /// The value at `index`, which the buffer holds no more.
    func take(at index: Int) -> Output {
        defer { slots[index] = nil }
        return slots[index]!
    }

    func values() -> [Output] { slots.map { $0! } }
}
