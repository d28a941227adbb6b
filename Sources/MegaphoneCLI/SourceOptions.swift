import ArgumentParser
import Megaphone

/// Options shared by the commands that read a site.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "The site's folder (holds site.yml and content/).")
    var source = "."

    @Option(name: .long, help: "Fix the clock for scheduled and expired content, e.g. 2026-11-25T09:00:00+01:00.")
    var now: String?

    @Option(name: .long, help: "How to print problems: text (for people), json (editors, bots), github (pull request annotations) or gitlab (Code Quality report).")
    var format: DiagnosticFormat = .text
}

extension DiagnosticFormat: ExpressibleByArgument {}
