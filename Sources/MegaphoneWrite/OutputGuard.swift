import Foundation
import MegaphoneModel
import MegaphoneSupport

/// The output folder is replaced whole on every build: refuse one that would wipe the sources.
package enum OutputGuard {
    package static func problem(output: URL, source: URL) -> String? {
        let output = output.standardizedFileURL.resolvingSymlinksInPath().path
        let source = source.standardizedFileURL.resolvingSymlinksInPath().path
        if output == source || source.hasPrefix(output + "/") || output == "/" {
            return "the output folder \(output) contains the site's sources and would be replaced; choose another folder such as public/"
        }
        for protected in ["content", "themes", "layouts"] where output == source + "/" + protected || output.hasPrefix(source + "/" + protected + "/") {
            return "the output folder \(output) is inside \(protected)/ and would overwrite sources; choose another folder such as public/"
        }
        return nil
    }
}
