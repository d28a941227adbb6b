import Foundation
import MegaphoneModel
import MegaphoneRender
import MegaphoneSite

/// The files a build publishes without making them: robots.txt, the content's own files and the
/// theme's assets.
enum SiteFiles {
    static func copied(_ site: Site, theme: Theme) -> [OutputFile] {
        var files = [OutputFile(path: Route.robots, contents: .data(Data(robots(site.config).utf8)))]
        files += site.staticFiles.map { path in
            OutputFile(path: path, contents: .copy(from: site.contentRoot.appendingPathComponent(path)))
        }
        // A site with one language does not need the language switcher's styles.
        let unused: Set<String> = Languages(site.config).isMultilingual ? [] : [Theme.languagesStylesheet]
        files += theme.assets.filter { !unused.contains($0.key) }.map { OutputFile(path: $0.value.outputPath, contents: $0.value.contents) }
        return files
    }

    static func robots(_ config: SiteConfig) -> String {
        config.allowRobots
            ? "User-agent: *\nAllow: /\n"
            : "# An intranet portal: not for search engines.\nUser-agent: *\nDisallow: /\n"
    }
}
