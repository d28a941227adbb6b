import Foundation
import Mustache
import Testing
@testable import Megaphone
@testable import MegaphoneSupport
@testable import MegaphoneRender

@TemplateData
struct EngineFixture {
    var title: String
    var count: Int
    var flag: Bool
    var none: String?
    var tags: [String]
    var empty: [String]
    var people: [EnginePerson]
    var nested: EnginePerson
    var partialName: String
}

@TemplateData
struct EnginePerson {
    var name: String
    var role: String?
    var title: String?
    var tags: [String]
}

/// Megaphone renders the templates swift-mustache parsed with its own renderer (no runtime casts);
/// swift-mustache's renderer is the reference it must match, byte for byte.
@Suite struct TemplateEngineTests {
    static let fixture = EngineFixture(
        title: "Atlas <b> & 'co' \"x\"", count: 3, flag: true, none: nil, tags: ["ia", "atlas", "énergie"], empty: [],
        people: [EnginePerson(name: "Léa", role: "Comms", title: nil, tags: ["a"]),
                 EnginePerson(name: "Marc", role: nil, title: "Dr", tags: []),
                 EnginePerson(name: "Zoé", role: "RH", title: nil, tags: ["b", "c"])],
        nested: EnginePerson(name: "nadia <n>", role: nil, title: "Mme", tags: ["x", "y"]), partialName: "card")

    /// Partials and parents the templates below use, as a theme's `partials/` would hold them.
    static let partials = [
        "card": "<li>\n  {{name}}\n  {{#role}}<em>{{.}}</em>{{/role}}\n</li>\n",
        "base": "<main>\n  {{$body}}default body{{/body}}\n{{$foot}}<footer>{{title}}</footer>{{/foot}}\n</main>\n",
        "middle": "{{<base}}{{$foot}}<p>middle foot</p>{{/foot}}{{/base}}",
    ]

    static let templates = [
        "{{title}}|{{{title}}}|{{&title}}|{{count}}|{{flag}}|{{none}}|[{{missing}}]|{{nested.name}}|{{nested.role}}|{{nested.tags}}",
        "{{#people}}{{index()}}:{{name}}{{#first()}}(first){{/first()}}{{#last()}}(last){{/last()}}{{#even()}}e{{/even()}}{{^odd()}}o{{/odd()}},{{title}}/{{role}};\n{{/people}}",
        "{{#nested}}{{name}} {{.name}} {{.title}} {{.count}} {{count}}|{{/nested}}{{nested.missing.name}}",
        "{{#tags}}<{{.}}>{{/tags}}{{^empty}}none{{/empty}}{{#empty}}x{{/empty}}{{^flag}}F{{/flag}}{{#flag}}T{{count}}{{/flag}}{{^none}}N{{/none}}{{#none}}n{{/none}}{{^title}}t{{/title}}",
        "{{empty(tags)}} {{count(tags)}} {{uppercased(title)}} {{plusone(count)}} {{#empty(empty)}}E{{/empty(empty)}} {{#reversed(tags)}}{{.}},{{/reversed(tags)}} {{first(tags)}} {{last(tags)}} {{sorted(tags)}} {{even(count)}} {{capitalized(nested.name)}} {{lowercased(uppercased(title))}} {{unknown(title)}}",
        "<ul>\n{{#people}}\n  {{>card}}\n{{/people}}\n</ul>\n",
        "<div>\n    {{>card}}\n</div>\n{{#nested}}\n\t{{>card}}\n{{/nested}}",
        "{{<base}}{{$body}}\n  <h1>{{title}}</h1>\n  {{#people}}\n  {{>card}}\n  {{/people}}\n{{/body}}{{/base}}",
        "{{<middle}}{{$body}}<p>child body</p>{{/body}}{{/middle}}\n{{<base}}{{/base}}",
        "{{#people}}{{>*partialName}}{{/people}}",
        "{{% CONTENT_TYPE: TEXT }}\n{{title}} {{{title}}}",
        "{{=<% %>=}}<%title%> <%#tags%>[<%.%>]<%/tags%>\n",
        "{{#first(empty)}}F{{/first(empty)}}{{^first(empty)}}none{{/first(empty)}} {{#last(people)}}{{name}}{{/last(people)}}",
        "line 1\r\n  {{#flag}}\r\n  inside\r\n  {{/flag}}\r\nend {{! a comment }}\n",
    ]

    private func bothEngines(_ template: String) throws -> (reference: String, ours: String) {
        var library = MustacheLibrary()
        var parsed: [String: MustacheTemplate] = [:]
        for (name, text) in Self.partials.merging(["page": template], uniquingKeysWith: { $1 }) {
            parsed[name] = try Theme.parseTemplate(text)
            library.register(parsed[name]!, named: name)
        }
        let renderer = try #require(CompiledTemplate.compile(parsed).map(TemplateRenderer.init))
        let reference = try #require(library.render(Self.fixture, withTemplate: "page"))
        let ours = try #require(renderer.render(Self.fixture, template: "page"))
        return (reference, ours)
    }

    @Test(arguments: templates)
    func rendersAsSwiftMustacheDoes(_ template: String) throws {
        let (reference, ours) = try bothEngines(template)
        #expect(ours == reference)
        #expect(!ours.isEmpty)
    }

    @Test func theDefaultThemeIsCompiled() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let theme = try #require(Theme.load(root: site.root, name: "default", displayPrefix: "").0)
        #expect(theme.renderer != nil, "every template of the default theme must compile; else every page renders with swift-mustache")
    }

    /// Every page, feed and file of the example portal (every page kind, both languages, charts,
    /// results) is the same with both renderers.
    @Test func theExamplePortalIsTheSameWithBothRenderers() throws {
        func build(reference: Bool) throws -> URL {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("megaphone-engine-\(UUID().uuidString)/site")
            var options = BuildOptions(source: TestSite.repositoryRoot.path, output: output.path)
            options.now = "2026-11-25T12:00:00+01:00"
            options.rendersWithSwiftMustache = reference
            let report = Builder.build(options)
            #expect(report.succeeded)
            return output
        }
        let reference = try build(reference: true)
        let ours = try build(reference: false)
        // Each in a folder of its own, removed with the cache the build keeps beside it.
        defer { for folder in [reference, ours] { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) } }
        let paths = try FileManager.default.subpathsOfDirectory(atPath: reference.path).sorted()
        #expect(try FileManager.default.subpathsOfDirectory(atPath: ours.path).sorted() == paths)
        var compared = 0
        for path in paths where path.hasSuffix(".html") {
            let expected = try Data(contentsOf: reference.appendingPathComponent(path))
            #expect(try Data(contentsOf: ours.appendingPathComponent(path)) == expected, "\(path) differs")
            compared += 1
        }
        #expect(compared > 200)
    }
}
