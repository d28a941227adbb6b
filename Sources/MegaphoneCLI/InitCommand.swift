import ArgumentParser
import Foundation
import Megaphone
import MegaphoneLoad
import MegaphoneModel
import MegaphoneRender

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site, with the default theme and one example of each kind of content."
    )

    @Argument(help: "The folder to create (it must not exist, or be empty).")
    var folder: String

    @Option(name: .long, help: "The folder holding the theme to copy (default/); found beside this megaphone by default.")
    var themes: String?

    func run() throws {
        guard let themesFolder = themes.map({ URL(fileURLWithPath: $0) })
                ?? Installation.executable.flatMap(NewSite.installedThemes(executable:)) else {
            Console.error("the default theme was not found beside this megaphone; pass --themes DIR (the folder that holds default/)")
            throw ExitCode.failure
        }
        do {
            let created = try NewSite.create(in: URL(fileURLWithPath: folder), themes: themesFolder, now: Date())
            Console.say("Created \(folder): \(created.joined(separator: ", "))")
            Console.say("Next: cd \(folder) && megaphone serve")
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }
}
