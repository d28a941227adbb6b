import Foundation
import MegaphoneLoad
import MegaphoneMarkdown
import MegaphoneModel
import MegaphoneSharing
import MegaphoneSupport
import Yams

/// Front matter or `site.yml` composed by Yams into a node tree, keeping every node's position
/// so that each problem can be reported at its own line.
package struct YAMLDocument {
    package var root: Node?
    /// Where the YAML text starts in its file, to turn Yams' positions into file positions.
    package var displayPath: String
    package var firstLine: Int

    /// Composes `yaml`; a syntax error becomes one diagnostic at the line Yams names.
    package static func compose(_ yaml: String, displayPath: String, firstLine: Int) -> Result<YAMLDocument, Diagnostic> {
        do {
            // Every value is read as text and typed by MappingReader (dates, numbers, booleans, each
            // with its own message), so Yams' regular-expression tag resolution is not needed.
            // The encoding is given: Yams' default reads the whole process environment (a
            // dictionary copy) on every call, 3.5% of a 100,000-item check.
            let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            return .success(YAMLDocument(root: root, displayPath: displayPath, firstLine: firstLine))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, displayPath: displayPath, firstLine: firstLine))
        } catch {
            return .failure(.error(at: SourceLocation(path: displayPath, line: firstLine, column: 1), "invalid YAML: \(error)"))
        }
    }

    package func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: displayPath, line: firstLine, column: 1) }
        return SourceLocation(path: displayPath, line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, yaml: String, displayPath: String, firstLine: Int) -> Diagnostic {
        func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            .error(at: SourceLocation(path: displayPath, line: line + firstLine - 1, column: column), message)
        }
        switch error {
        case let .scanner(context, problem, mark, _):
            return at(mark.line, mark.column, "invalid YAML: \(problem)\(context.map { " \($0.text)" } ?? "")"
                + "; check quotes, colons and indentation (a value containing ': ' or starting with '#', '@', '`' or '*' needs quotes)")
        case let .parser(context, problem, mark, _):
            return at(mark.line, mark.column, "invalid YAML: \(problem)\(context.map { " \($0.text)" } ?? "")"
                + "; check the indentation of this line and the one before")
        case let .composer(context, problem, mark, _):
            return at(mark.line, mark.column, "invalid YAML: \(problem)\(context.map { " \($0.text)" } ?? "")")
        case let .duplicatedKeysInMapping(duplicates, _):
            // Yams does not say where the repeated key is; find its second occurrence.
            let key = duplicates.first ?? ""
            let (first, second) = duplicateKeyLines(key, in: yaml)
            let previous = first.map { " (first set at line \($0 + firstLine - 1))" } ?? ""
            return at(second ?? 1, 1, "duplicate key '\(key)'\(previous); keep only one")
        default:
            return at(1, 1, "invalid YAML: \(error)")
        }
    }

    /// Lines (1-based, in the YAML) of the first two `key:` lines with the same indentation.
    package static func duplicateKeyLines(_ key: String, in yaml: String) -> (Int?, Int?) {
        var seen: [Int: Int] = [:]  // indentation → first line
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indentation = line.prefix { $0 == " " }.count
            var rest = line.dropFirst(indentation)
            if rest.hasPrefix("- ") { continue }
            if rest.hasPrefix("\"\(key)\"") || rest.hasPrefix("'\(key)'") { rest = rest.dropFirst(key.count + 2) }
            else if rest.hasPrefix(key) { rest = rest.dropFirst(key.count) }
            else { continue }
            guard rest.drop(while: { $0 == " " }).hasPrefix(":") else { continue }
            if let first = seen[indentation] { return (first, index + 1) }
            seen[indentation] = index + 1
        }
        return (nil, nil)
    }
}
