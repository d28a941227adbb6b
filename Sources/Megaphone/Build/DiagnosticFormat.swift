import Foundation
import MegaphoneModel
import MegaphoneSupport

/// How `check` and `build` print their diagnostics: for people, for editors and bots, and for the
/// two CI systems whose merge requests show problems on the line.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:column: error: message`, one per line on standard error, as compilers print.
    case text
    /// A JSON array of `{file, line, column, severity, message}` on standard output.
    case json
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`) on standard output.
    case github
    /// A GitLab Code Quality report (a JSON array) on standard output.
    case gitlab

    /// Whether standard output holds only the report, so that summaries go to standard error.
    public var ownsStandardOutput: Bool { self == .json || self == .gitlab }

    /// The report for `diagnostics`, ready to print (text: for standard error).
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return diagnostics.map { $0.description + "\n" }.joined()
        case .json:
            return Self.encode(diagnostics.map {
                JSONDiagnostic(file: $0.location.path, line: max($0.location.line, 1), column: max($0.location.column, 1),
                               severity: $0.severity.rawValue, message: $0.message)
            })
        case .github:
            return diagnostics.map { diagnostic in
                let command = switch diagnostic.severity {
                case .error: "error"
                case .warning: "warning"
                default: "notice"
                }
                let location = diagnostic.location
                return "::\(command) file=\(Self.githubProperty(location.path)),line=\(max(location.line, 1)),"
                    + "col=\(max(location.column, 1)),title=Megaphone::\(Self.githubData(diagnostic.message))\n"
            }.joined()
        case .gitlab:
            return Self.encode(diagnostics.map { diagnostic in
                var hasher = StableHasher()
                hasher.combine(diagnostic.location.path)
                hasher.combine(diagnostic.message)
                return CodeQualityIssue(
                    description: diagnostic.message, check_name: "megaphone-\(diagnostic.severity.rawValue)",
                    fingerprint: String(hasher.value, radix: 16).leftPadded(to: 16),
                    severity: diagnostic.severity == .error ? "major" : diagnostic.severity == .warning ? "minor" : "info",
                    location: .init(path: diagnostic.location.path, lines: .init(begin: max(diagnostic.location.line, 1))))
            })
        }
    }

    struct JSONDiagnostic: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
    }

    /// GitLab's Code Quality issue, with its required keys.
    struct CodeQualityIssue: Encodable {
        struct Location: Encodable {
            struct Lines: Encodable { var begin: Int }
            var path: String
            var lines: Lines
        }
        var description: String
        var check_name: String
        /// Stable across runs for the same problem (file and message), so merge requests show what
        /// is new.
        var fingerprint: String
        var severity: String
        var location: Location
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "[]\n"
    }

    /// GitHub's escaping of a command's message.
    static func githubData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping of a property value (also `:` and `,`).
    static func githubProperty(_ text: String) -> String {
        githubData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
