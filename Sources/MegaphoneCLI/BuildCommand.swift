import ArgumentParser
import Megaphone
import MegaphoneLoad
import MegaphoneModel
import MegaphoneRender

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder; on any error, the previous output is left untouched."
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "Output folder (default: public/ in the site's folder).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Override site.yml's base_url, e.g. for a preview deploy.")
    var baseURL: String?

    @Flag(name: .long, help: "Include items marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Include scheduled items (dated in the future).")
    var future = false

    @Flag(name: .long, help: "Print how long each stage of the build took.")
    var timings = false

    func run() throws {
        var options = BuildOptions(source: source.source, output: output)
        options.now = source.now
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.includeFuture = future
        options.exitsAfter = true
        let report = Builder.build(options)
        Console.print(report, format: source.format)
        if timings { Console.printTimings(report) }
        if report.upToDate {
            Console.say("Nothing changed since the last build: \(options.output.path) is up to date (\(report.pagesWritten) pages, checked in \(Console.milliseconds(report.duration))).", format: source.format)
        } else if report.succeeded {
            let reused = report.pagesReused > 0 ? ", \(report.pagesReused) pages unchanged" : ""
            Console.say("Built \(report.pagesWritten) pages (\(report.filesWritten) files\(reused)) into \(options.output.path) in \(Console.milliseconds(report.duration)).", format: source.format)
        } else {
            Console.say("Build failed with \(report.diagnostics.errors.count) error(s); \(options.output.path) was left as it was.", format: source.format)
            throw ExitCode.failure
        }
    }
}
