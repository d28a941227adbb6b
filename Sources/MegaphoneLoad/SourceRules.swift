import Foundation
import MegaphoneModel
import MegaphoneSupport

/// What the folders a build publishes from (`content/`, `data/analytics/`) may hold, checked while
/// they are listed, before a byte is read: a commit must not be able to publish the build server's
/// own files through a symbolic link, stall the build on a huge file, or name a file so that its
/// URL cannot be written. Each problem is an error at the file; listing goes on, so the build
/// still reports every other problem.
public enum SourceRules {
    /// Size limits, by kind of file. A Markdown file is read whole and rendered in memory; any
    /// other file under `content/` is downloaded by every employee who opens its page.
    public enum Limit: Int64, Sendable {
        case markdown = 1_048_576  // 1 MiB
        case contentFile = 52_428_800  // 50 MiB
        case analyticsExport = 104_857_600  // 100 MiB

        static func of(_ path: String, inAnalytics: Bool) -> Limit {
            inAnalytics ? .analyticsExport : path.lowercased().hasSuffix(".md") ? .markdown : .contentFile
        }

        /// The kind of file, as the message names it.
        var files: String {
            switch self {
            case .markdown: "a Markdown file"
            case .contentFile: "a file under content/"
            case .analyticsExport: "an analytics export"
            }
        }

        /// What a file of `size` bytes, over this limit, is told.
        func message(size: Int64) -> String {
            "this file is \(megabytes(size)); \(files) may be at most \(megabytes(rawValue)): \(advice)"
        }

        /// The file at `path`, read unless it is over this limit; the error says why not.
        func read(_ path: String, at location: SourceLocation) -> Result<[UInt8], Diagnostic> {
            switch POSIXFile.read(path, atMost: rawValue) {
            case .success(let bytes): .success(bytes)
            case .failure(.tooLarge(let size)): .failure(.error(at: location, message(size: size)))
            case .failure(.unreadable): .failure(.error(at: location, "cannot read this file"))
            }
        }

        var advice: String {
            switch self {
            case .markdown: "split it into several documents, or move its data to a file beside it"
            case .contentFile: "compress it, or publish it on the company's document or video platform and link to it"
            case .analyticsExport: "export a shorter period per file"
            }
        }
    }

    /// The regular files below `folder`, relative and sorted, with the problems found. Hidden
    /// entries are skipped. Links are followed when they stay inside the site (`allowedRoots`).
    static func list(_ folder: URL, allowedRoots: [URL], inAnalytics: Bool = false,
                     display: (String) -> String) -> (files: [String], diagnostics: [Diagnostic]) {
        let roots = allowedRoots.compactMap { realPath($0.path) }
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        func error(_ relative: String, _ message: String) {
            diagnostics.append(.error(at: SourceLocation(path: display(relative)), message))
        }
        func addFile(_ absolute: String, _ relative: String) {
            // Markdown files and exports are read next, and `read(_:limit:)` checks their size with
            // the read's own fstat: a stat here for each would cost a system call per file.
            let limit = Limit.of(relative, inAnalytics: inAnalytics)
            if limit == .contentFile, let size = POSIXFile.status(absolute, followingLinks: true)?.size, size > limit.rawValue {
                error(relative, limit.message(size: size))
            } else {
                files.append(relative)
            }
        }
        func walk(_ absolute: String, _ relative: String, visited: Set<String>) {
            for entry in POSIXFile.entries(of: absolute) where !entry.name.hasPrefix(".") {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                let path = absolute + "/" + entry.name
                guard entry.validName else {
                    error(child, "this name is not valid UTF-8 (its bad bytes are shown as \u{FFFD}): rename it, "
                        + "as the portal's URLs are made from file names")
                    continue
                }
                switch entry.kind {
                case .folder: walk(path, child, visited: visited)
                case .file: addFile(path, child)
                case .link:
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                    guard let resolved = realPath(path) else {
                        error(child, "this symbolic link leads to '\(target)', which does not exist: restore the file or remove the link")
                        continue
                    }
                    guard roots.contains(where: { resolved == $0 || resolved.hasPrefix($0 + "/") }) else {
                        error(child, "this symbolic link leads to '\(target)', outside the site folder: a build publishes the "
                            + "site's own files only; copy the file into the site instead")
                        continue
                    }
                    switch POSIXFile.status(resolved)?.kind {
                    case .folder where visited.contains(resolved):
                        error(child, "this symbolic link leads back to a folder that contains it: remove it")
                    case .folder: walk(path, child, visited: visited.union([resolved]))
                    case .file: addFile(path, child)
                    default: continue
                    }
                case .other: continue
                }
            }
        }
        let start = folder.standardizedFileURL.path
        walk(start, "", visited: Set([realPath(start)].compactMap { $0 }))
        return (files.sorted(), diagnostics)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func megabytes(_ bytes: Int64) -> String {
        let value = Double(bytes) / 1_048_576
        return value >= 10 || value == value.rounded() ? "\(Int(value.rounded())) MB" : String(format: "%.1f MB", value)
    }
}
