import ArgumentParser
import Foundation
import Megaphone
import MegaphoneLoad
import MegaphoneModel
import MegaphoneRender

extension NewDocument.Kind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a content file with the front matter of its kind, ready to fill in.",
        discussion: "Items are created as drafts dated now, in content/items/YYYY-MM-DD-slug.md."
    )

    @Argument(help: "What to create: \(NewDocument.Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: NewDocument.Kind

    @Argument(help: "The title; the file name is made from it.")
    var title: String

    @Option(name: .long, help: "The site's folder (holds site.yml and content/).")
    var source = "."

    func run() throws {
        do {
            let path = try NewDocument.create(kind, title: title, in: URL(fileURLWithPath: source), now: Date())
            Console.say("Created \(source == "." ? path : source + "/" + path)")
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }
}
