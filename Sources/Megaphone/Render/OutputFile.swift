import Foundation

/// One file of the built site.
public struct OutputFile: Sendable {
    /// Relative to the output folder.
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case data(Data)
        /// A file copied as it is (content files, theme assets).
        case copy(from: URL)
        /// A page or feed made when it is written: templates run in the writer's parallel loop,
        /// so no page waits in memory for the others and rendering overlaps the disk.
        case rendered(@Sendable () -> Data)
        /// A page: its context is built and fingerprinted first, and the template runs only when
        /// the previous build did not already render the same.
        case page(@Sendable () -> PageRendering)
    }

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// The bytes of a file that is not a copy (runs the renderer of a `.rendered` file).
    public func data() -> Data? {
        switch contents {
        case .data(let data): data
        case .rendered(let make): make()
        case .page(let prepare): prepare().render()
        case .copy: nil
        }
    }
}

/// A page ready to render: the fingerprint of all its template reads, and the rendering itself.
public struct PageRendering: Sendable {
    public var fingerprint: UInt64
    public var render: @Sendable () -> Data
}
