import ArgumentParser
import Foundation
import Megaphone
import MegaphoneLoad
import MegaphoneModel
import MegaphoneRender
import MegaphonePreview

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on this machine; it rebuilds when a file changes and open pages reload.",
        discussion: "The preview is built in a temporary folder, never in public/. Stop it with Ctrl-C."
    )

    @Option(name: .long, help: "The site's folder (holds site.yml and content/).")
    var source = "."

    @Option(name: .long, help: "The port to listen on (localhost only).")
    var port: UInt16 = 1313

    @Flag(name: .long, help: "Include items marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Include scheduled items (dated in the future).")
    var future = false

    func run() async throws {
        var options = PreviewServer.Options(source: URL(fileURLWithPath: source), port: port, sourceArgument: source)
        options.includeDrafts = drafts
        options.includeFuture = future
        let server = PreviewServer(options)
        // Ctrl-C (or a service manager's TERM) ends the preview: remove its private build first.
        let stops = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                server.removePreviewFiles()
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
        defer { stops.forEach { $0.cancel() } }
        let announce = Task {
            if let url = try? await server.url() { Console.say("Serving the preview at \(url) (Ctrl-C to stop)") }
        }
        defer { announce.cancel() }
        do {
            try await server.run { report in
                Console.print(report)
                Console.say(report.succeeded
                    ? "Built \(report.pagesWritten) pages in \(Console.milliseconds(report.duration))."
                    : "Build failed with \(report.diagnostics.errors.count) error(s); the browser shows them.")
            }
        } catch {
            server.removePreviewFiles()
            Console.error(error is PreviewServer.PortInUse ? "\(error)" : "the preview stopped: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
