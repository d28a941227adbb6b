import MegaphoneModel
import MegaphoneSupport

/// What `SiteValidator.validate` found, in bytes, for the next build: its rules read only front
/// matter, paths, `site.yml` and the files under `content/`, so a build whose link frame is the
/// previous one's (`RebuildScope.links`) finds the same, and reports it without checking again.
/// Only warnings and notes can be there: a build with an error records nothing.
package enum SiteRulesRecord {
    private static let version = 1

    package static func bytes(_ diagnostics: [Diagnostic]) -> [UInt8] {
        var writer = ByteWriter()
        writer.number(version)
        writer.number(diagnostics.count)
        for diagnostic in diagnostics {
            writer.text(diagnostic.severity.rawValue)
            writer.text(diagnostic.location.path)
            writer.number(diagnostic.location.line)
            writer.number(diagnostic.location.column)
            writer.text(diagnostic.message)
        }
        return writer.bytes
    }

    /// Nil when the bytes are not what `bytes` wrote: the rules are then checked again.
    package static func diagnostics(_ bytes: ArraySlice<UInt8>) -> [Diagnostic]? {
        var reader = ByteReader(bytes: bytes)
        guard reader.number() == version, let count = reader.number(), count <= bytes.count / 16 else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<count {
            guard let severity = reader.text().flatMap(Diagnostic.Severity.init(rawValue:)), let path = reader.text(),
                  let line = reader.number(), let column = reader.number(), let message = reader.text() else { return nil }
            diagnostics.append(Diagnostic(severity, at: SourceLocation(path: path, line: line, column: column), message))
        }
        return reader.isAtEnd ? diagnostics : nil
    }
}
