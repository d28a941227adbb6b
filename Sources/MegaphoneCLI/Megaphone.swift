import ArgumentParser
import Megaphone

@main
struct MegaphoneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "megaphone",
        abstract: "Builds an employee advocacy portal from Markdown files with YAML front matter.",
        version: MegaphoneVersion.description,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, InitCommand.self, SchemaCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
