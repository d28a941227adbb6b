import Foundation
import Megaphone

/// Diagnostics go to standard error, one per line, as compilers print them, so editors and CI
/// annotate the right line; the summary goes to standard output.
enum Console {
    static func print(_ report: BuildReport) {
        for diagnostic in report.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }

    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func milliseconds(_ interval: TimeInterval) -> String {
        "\(Int((interval * 1000).rounded())) ms"
    }
}
