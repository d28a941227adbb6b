import Foundation
import MegaphoneParse

/// What lets an editor check front matter and site.yml as people type: the JSON Schemas made from
/// the parser's key tables, and the VS Code settings that map them to the site's files.
public enum EditorFiles {
    /// Where `megaphone schema` and `megaphone init` put the schemas, relative to the site.
    public static let schemaFolder = ".megaphone/schemas"

    /// One schema per kind of YAML document, as (file name, JSON text).
    public static func schemas() -> [(name: String, text: String)] {
        SchemaDocument.allCases.map { ($0.fileName, JSONSchemaWriter.schema(of: $0)) }
    }

    /// Writes the schemas into `folder`; returns their paths.
    public static func writeSchemas(to folder: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try schemas().map { name, text in
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url, options: .atomic)
            return url.path
        }
    }

    /// Files of a new site, relative to it: the schemas and the editor settings mapping them.
    /// The Red Hat YAML extension maps site.yml; it does not read front matter inside Markdown
    /// (redhat-developer/vscode-yaml#207), so front matter is mapped for remark's schema rule,
    /// which the VS Code remark extension runs.
    static func starterFiles() -> [(path: String, text: String)] {
        let schemaFiles = schemas().map { ("\(schemaFolder)/\($0.name)", $0.text) }
        let path = { (document: SchemaDocument) in "./\(schemaFolder)/\(document.fileName)" }
        let settings: [String: Any] = [
            "yaml.schemas": [path(.site): SchemaDocument.site.globs],
            "[markdown]": ["editor.defaultFormatter": "unifiedjs.vscode-remark"],
        ]
        let extensions: [String: Any] = ["recommendations": ["redhat.vscode-yaml", "unifiedjs.vscode-remark"]]
        let frontMatter = Dictionary(uniqueKeysWithValues: SchemaDocument.allCases.filter { $0 != .site }.map { document in
            (path(document), document.globs.map { "./" + $0 })
        })
        let remark: [String: Any] = [
            "plugins": ["remark-frontmatter", ["remark-lint-frontmatter-schema", ["schemas": frontMatter]] as [Any]],
        ]
        return schemaFiles + [
            (".vscode/settings.json", json(settings)),
            (".vscode/extensions.json", json(extensions)),
            (".remarkrc.json", json(remark)),
        ]
    }

    private static func json(_ object: [String: Any]) -> String {
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return (data.flatMap { String(data: $0, encoding: .utf8) } ?? "{}") + "\n"
    }
}
