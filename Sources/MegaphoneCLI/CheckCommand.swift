import ArgumentParser
import Megaphone
import MegaphoneLoad
import MegaphoneModel
import MegaphoneRender

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the site without writing anything; non-zero exit on any error."
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "The output of the builds whose cache the check reuses (default: public/ in the site's folder); nothing is written there.")
    var output: String?

    @Flag(help: "Print how long each stage of the check took.")
    var timings = false

    func run() throws {
        var options = BuildOptions(source: source.source, output: output)
        options.now = source.now
        options.exitsAfter = true
        let report = Builder.check(options)
        Console.print(report, format: source.format)
        if timings { Console.printTimings(report) }
        if report.succeeded {
            Console.say("No errors (\(report.diagnostics.filter { $0.severity == .warning }.count) warning(s)), checked in \(Console.milliseconds(report.duration)).", format: source.format)
        } else {
            Console.say("\(report.diagnostics.errors.count) error(s).", format: source.format)
            throw ExitCode.failure
        }
    }
}
