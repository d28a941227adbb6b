import ArgumentParser
import Foundation
import Megaphone

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schemas (draft 2020-12) of site.yml and of each kind of front matter, for editors.",
        discussion: "They are made from the keys Megaphone reads, so run it again after an upgrade. "
            + "`megaphone init` writes them, with the VS Code settings that use them."
    )

    @Option(name: .long, help: "The folder to write the schemas into.")
    var output: String = EditorFiles.schemaFolder

    func run() throws {
        do {
            let written = try EditorFiles.writeSchemas(to: URL(fileURLWithPath: output))
            Console.say("Wrote \(written.count) schemas to \(output): "
                + written.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", "))
        } catch {
            Console.error("cannot write the schemas to \(output): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
