import Foundation
import MegaphoneModel
import MegaphoneRender

/// The files a build publishes without making them: robots.txt, the content's own files and the
/// theme's assets.
enum SiteFiles {
    static func copied(_ site: Site, theme: Theme) -> [OutputFile] {
        var files = [OutputFile(path: Route.robots, contents: .data(Data(robots(site.config).utf8)))]
        files += site.staticFiles.map { path in
            OutputFile(path: path, contents: .copy(from: site.contentRoot.appendingPathComponent(path)))
        }
        files += theme.assets.values.map { OutputFile(path: $0.outputPath, contents: $0.contents) }
        return files
    }

    static func robots(_ config: SiteConfig) -> String {
        config.allowRobots
            ? "User-agent: *\nAllow: /\n"
            : "# An intranet portal: not for search engines.\nUser-agent: *\nDisallow: /\n"
    }
}
