import FlyingFox
import FlyingSocks
import Foundation
import Megaphone
import MegaphoneLoad
import MegaphoneModel
import MegaphoneRender

/// `megaphone serve`: builds the site into a private folder, serves it on the loopback interface
/// under the same path as `base_url` (so links behave as on the intranet), rebuilds when a source
/// file changes, and reloads open pages. While the site does not build, pages show the errors.
public final class PreviewServer: Sendable {
    public struct Options: Sendable {
        public var source: URL
        /// The folder as the user wrote it, to name files in messages as `build` does.
        public var sourceArgument: String
        public var port: UInt16
        public var includeDrafts = false
        public var includeFuture = false
        /// How often sources are checked for changes.
        public var pollInterval: Duration = .milliseconds(300)

        public init(source: URL, port: UInt16, sourceArgument: String? = nil) {
            self.source = source.standardizedFileURL
            self.sourceArgument = sourceArgument ?? source.path
            self.port = port
        }
    }

    let options: Options
    let state: PreviewState
    private let server: HTTPServer
    /// Where the preview is built: a private folder, never the site's `public/`.
    let output: URL

    public init(_ options: Options) {
        self.options = options
        output = FileManager.default.temporaryDirectory
            .appendingPathComponent("megaphone-preview-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
            .appendingPathComponent("site")
        // IPv4 loopback: it exists on every machine, and only this machine can reach it. (The
        // address is a valid constant: `inet` cannot throw for it.)
        server = HTTPServer(address: try! sockaddr_in.inet(ip4: "127.0.0.1", port: options.port), logger: .disabled)
        state = PreviewState(basePath: SiteSettings.read(source: options.source).0?.baseURL.path ?? "/")
    }

    /// The port actually listened on (the one asked for, or the system's choice for 0).
    public func port() async throws -> UInt16 {
        try await server.waitUntilListening()
        switch await server.listeningAddress {
        case let .ip4(_, port)?, let .ip6(_, port)?: return port
        default: return options.port
        }
    }

    /// The site's URL on this machine, once listening.
    public func url() async throws -> String {
        "http://localhost:\(try await port())\(await state.basePath)"
    }

    public struct PortInUse: Error, CustomStringConvertible {
        public var port: UInt16
        public var description: String { "port \(port) is already in use (another preview?); choose another with --port" }
    }

    /// Builds once, then serves and watches until the task is cancelled. `onBuild` hears each
    /// build's report (the CLI prints it).
    public func run(onBuild: @escaping @Sendable (BuildReport) -> Void = { _ in }) async throws {
        let handler = PreviewHandler(state: state, output: output)
        await server.appendRoute("GET,HEAD *", to: handler)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do { try await self.server.run() } catch SocketError.failed(_, EADDRINUSE, _) {
                    throw PortInUse(port: self.options.port)
                }
            }
            group.addTask { try await self.watch(onBuild: onBuild) }
            try await group.next()
            group.cancelAll()
        }
    }

    public func stop() async {
        await server.stop()
        removePreviewFiles()
    }

    /// Deletes the private build folder (also called on Ctrl-C, when `stop` cannot run).
    public func removePreviewFiles() {
        try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
    }

    private func watch(onBuild: @escaping @Sendable (BuildReport) -> Void) async throws {
        let port = try await port()
        var seen: InputStamps?
        // Polling works on every file system and with every editor (those that save by renaming
        // too), with no inotify limits.
        while !Task.isCancelled {
            let current = InputStamps.of(options.source)
            if current != seen {
                seen = current
                let report = await build(port: port)
                onBuild(report)
            }
            try await Task.sleep(for: options.pollInterval)
        }
    }

    private func build(port: UInt16) async -> BuildReport {
        let (config, _) = SiteSettings.read(source: options.source)
        let basePath = config?.baseURL.path ?? "/"
        var buildOptions = BuildOptions(source: options.sourceArgument, output: output.path)
        buildOptions.baseURL = "http://localhost:\(port)\(basePath)"
        buildOptions.includeDrafts = options.includeDrafts
        buildOptions.includeFuture = options.includeFuture
        // The build is synchronous and uses every core; keep it off the server's threads.
        let report = await Task.detached(priority: .userInitiated) { Builder.build(buildOptions) }.value
        await state.record(report, basePath: basePath)
        return report
    }
}

/// The last build as the server shows it.
actor PreviewState {
    private(set) var build = 0
    private(set) var errors: [Diagnostic] = []
    private(set) var basePath: String

    init(basePath: String) { self.basePath = basePath }

    func record(_ report: BuildReport, basePath: String) {
        build += 1
        errors = report.diagnostics.errors
        self.basePath = basePath
    }
}

