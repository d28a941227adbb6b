import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneParse
import MegaphoneSharing
import MegaphoneSite
import MegaphoneSupport
import MegaphoneValidate
import Mustache
import Yams

/// A theme: Mustache templates (a site's own `layouts/` override the theme's by name), UI strings
/// per language, and assets published under fingerprinted names.
public struct Theme: Sendable {
    public struct Asset: Sendable {
        /// A theme file copied as it is, or a stylesheet made from `site.yml`.
        public var contents: OutputFile.Contents
        /// Output path, fingerprinted: `assets/css/site.0123456789.css`.
        public var outputPath: String
    }

    public var library: MustacheLibrary
    /// The templates compiled for `TemplateRenderer`; nil if this swift-mustache's tokens could
    /// not be read, and then `library` renders.
    package var renderer: TemplateRenderer?
    /// Every template's name and text: part of each page's fingerprint.
    var templatesFingerprint: UInt64 = 0
    /// language → key → text
    public var strings: [String: [String: String]]
    /// Logical path (`css/site.css`) → asset.
    public var assets: [String: Asset]
    /// Where the templates are, as messages name it.
    var layoutsDisplayPath = "layouts"

    /// Whether `render(_:template:)` can render `name`.
    func has(template name: String) -> Bool {
        if let renderer { renderer.templates[name] != nil } else { library.getTemplate(named: name) != nil }
    }

    /// The error of a page whose template the theme lacks.
    func missing(template name: String) -> Diagnostic {
        .error(at: SourceLocation(path: layoutsDisplayPath), "the theme has no '\(name).mustache' template")
    }

    /// Renders `context` with the template `name`; a template the theme lacks is an error at its
    /// layouts folder, never an empty page.
    func render(_ context: some TemplateValue, template name: String) throws(Diagnostic) -> String {
        let rendered = if let renderer { renderer.render(context, template: name) } else { library.render(context, withTemplate: name) }
        guard let text = rendered else { throw missing(template: name) }
        return text
    }

    /// `render` as the bytes of a file: Megaphone's renderer writes UTF-8 already, which need not
    /// be made a `String` and copied back.
    func renderFile(_ context: some TemplateValue, template name: String) throws(Diagnostic) -> Data {
        guard let renderer else { return Data(try render(context, template: name).utf8) }
        guard let bytes = renderer.renderBytes(context, template: name) else { throw missing(template: name) }
        return Data(bytes)
    }

    /// Renders the `item-card` partial alone, once per item.
    static let cardTemplate = "megaphone-card"
    /// The styles only a site with several languages links (see `SiteFiles`).
    package static let languagesStylesheet = "css/languages.css"

    static let requiredTemplates = ["base", "home", "items", "item", "archive", "guidelines", "guideline",
                                    "training", "module", "lesson", "page", "term", "terms", "404", "calendar", "search", "guidelines-summary"]

    /// Loads `themes/NAME` under `root`, else `NAME` in the first of `fallbacks` (folders of
    /// themes outside the site: an installation's) that has it; then the site's `layouts/`.
    /// Every problem is reported. `accentColor` adds `BrandStylesheet` to the assets.
    public static func load(root: URL, name: String, displayPrefix: String, fallbacks: [URL] = [],
                            accentColor: String? = nil) -> (Theme?, [Diagnostic]) {
        func display(_ relative: String) -> String { displayPrefix.isEmpty ? relative : displayPrefix + "/" + relative }
        let siteTheme = root.appendingPathComponent("themes").appendingPathComponent(name)
        // Messages name a theme outside the site by its full path.
        let candidates = [(siteTheme, display("themes/\(name)"))]
            + fallbacks.map { ($0.appendingPathComponent(name), $0.appendingPathComponent(name).path) }
        guard let (themeURL, themeDisplay) = candidates.first(where: { FileManager.default.fileExists(atPath: $0.0.path) }) else {
            let elsewhere = fallbacks.isEmpty ? "" : " (nor in \(fallbacks.map(\.path).joined(separator: ", ")))"
            return (nil, [.error(at: SourceLocation(path: display("site.yml"), line: 1, column: 1),
                                 "theme '\(name)' not found: expected a folder themes/\(name)/\(elsewhere)")])
        }
        var diagnostics: [Diagnostic] = []

        var library = MustacheLibrary()
        var texts: [String: (text: String, displayPath: String)] = [:]  // a site's layouts replace the theme's
        let templateFolders = [(themeDisplay + "/layouts", themeURL.appendingPathComponent("layouts")),
                               (themeDisplay + "/partials", themeURL.appendingPathComponent("partials")),
                               (display("layouts"), root.appendingPathComponent("layouts"))]
        for (displayFolder, folder) in templateFolders {
            for path in SourceTree.listFiles(under: folder) where path.hasSuffix(".mustache") {
                let displayPath = displayFolder + "/" + path
                guard let text = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) else {
                    diagnostics.append(.error(at: SourceLocation(path: displayPath), "cannot read this template"))
                    continue
                }
                do {
                    let templateName = String((path.split(separator: "/").last ?? "").dropLast(".mustache".count))
                    library.register(try parseTemplate(text), named: templateName)
                    texts[templateName] = (text, displayPath)
                } catch let error as MustacheTemplate.ParserError {
                    // The line of the file, not of the text with the escaping pragma in front.
                    diagnostics.append(.error(at: SourceLocation(path: displayPath, line: max(1, error.context.lineNumber - 1),
                                                                 column: error.context.columnNumber),
                                              "template error: \(explain(error.error))"))
                } catch {
                    diagnostics.append(.error(at: SourceLocation(path: displayPath), "template error: \(error)"))
                }
            }
        }
        var parsed: [String: MustacheTemplate] = [:]
        for name in texts.keys { parsed[name] = library.getTemplate(named: name) }
        if let card = try? parseTemplate("{{#card}}{{>item-card}}{{/card}}") {
            library.register(card, named: cardTemplate)
            parsed[cardTemplate] = card
        }
        for required in requiredTemplates + ["item-card"] where library.getTemplate(named: required) == nil {
            diagnostics.append(.error(at: SourceLocation(path: themeDisplay + "/layouts"),
                                      "the theme has no '\(required).mustache' template"))
        }

        var strings: [String: [String: String]] = [:]
        let i18nFolder = themeURL.appendingPathComponent("i18n")
        for path in SourceTree.listFiles(under: i18nFolder) where path.hasSuffix(".yml") {
            let displayPath = themeDisplay + "/i18n/" + path
            do {
                let text = try String(contentsOf: i18nFolder.appendingPathComponent(path), encoding: .utf8)
                strings[String(path.dropLast(4))] = try YAMLDecoder().decode([String: String].self, from: text)
            } catch {
                diagnostics.append(.error(at: SourceLocation(path: displayPath, line: 1, column: 1), "invalid UI strings: \(error)"))
            }
        }

        var assets: [String: Asset] = [:]
        let assetsFolder = themeURL.appendingPathComponent("assets")
        for path in SourceTree.listFiles(under: assetsFolder) {
            let source = assetsFolder.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: source.path) else { continue }
            assets[path] = Asset(contents: .copy(from: source), outputPath: Route.asset(Fingerprint.name(path, data: data)))
        }
        if let accentColor {
            let data = Data(BrandStylesheet.css(accentColor: accentColor).utf8)
            assets[BrandStylesheet.logicalPath] = Asset(contents: .data(data),
                                                        outputPath: Route.asset(Fingerprint.name(BrandStylesheet.logicalPath, data: data)))
        }

        // Mustache renders a partial it cannot find as nothing: a typo would ship empty sections.
        for (_, template) in texts {
            for reference in PartialReference.all(in: template.text) where library.getTemplate(named: reference.name) == nil {
                diagnostics.append(.error(at: SourceLocation(path: template.displayPath, line: reference.line, column: reference.column),
                                          "the template '\(reference.name)' does not exist in the theme or in layouts/"))
            }
        }

        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        var hasher = StableHasher()
        hasher.combine(HTMLEscapingContentType.pragma)
        for name in texts.keys.sorted() {
            hasher.combine(name)
            hasher.combine(texts[name]!.text)
        }
        return (Theme(library: library, renderer: CompiledTemplate.compile(parsed).map(TemplateRenderer.init),
                      templatesFingerprint: hasher.value, strings: strings, assets: assets,
                      layoutsDisplayPath: themeDisplay + "/layouts"), [])
    }

    /// Parses a template with Megaphone's HTML escaping selected on its first line (a standalone
    /// pragma line, which renders as nothing).
    static func parseTemplate(_ text: String) throws -> MustacheTemplate {
        HTMLEscapingContentType.registered
        return try MustacheTemplate(string: HTMLEscapingContentType.pragma + text)
    }

    /// swift-mustache's parse errors, said in words.
    static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing {{/…}} does not match the section opened before it"
        case .unfinishedName: return "a tag is not closed: expected }}"
        case .expectedSectionEnd: return "a section {{#…}} or {{^…}} is never closed with {{/…}}"
        case .invalidSetDelimiter: return "invalid delimiter change {{=…=}}"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "inside {{<parent}}…{{/parent}} only {{$block}} overrides may appear"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "invalid {{% pragma }}"
        @unknown default: return "\(error)"
        }
    }

    /// UI strings for `language`, falling back to `fallback`'s for keys a translation lacks.
    public func strings(for language: String, fallback: String) -> [String: String] {
        let base = strings[fallback] ?? strings["en"] ?? [:]
        guard language != fallback, let translated = strings[language] else { return base }
        return base.merging(translated) { _, new in new }
    }
}
