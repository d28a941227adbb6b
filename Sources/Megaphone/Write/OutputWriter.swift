import CAtomicSwap
import Foundation

/// Writes the site beside the output folder, then swaps it in with one atomic rename, so a failed
/// or interrupted build leaves the previous site exactly as it was and a web server never serves a
/// half-written site.
public enum OutputWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Returns the number of files written.
    @discardableResult
    public static func write(_ files: [OutputFile], to output: URL) throws(Failure) -> Int {
        let output = output.standardizedFileURL
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        // A hidden sibling: same file system, so the final rename is atomic.
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).megaphone-staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot prepare \(staging.path): \(error.localizedDescription)")
        }

        do {
            try writeAll(files, into: staging, previous: PreviousSite(output))
            try swapIn(staging, at: output)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
        return files.count
    }

    private static func writeAll(_ files: [OutputFile], into folder: URL, previous: PreviousSite?) throws(Failure) {
        // Each file's job creates its own folder (most pages have one of their own), so folders
        // are made in parallel too.
        let root = folder.path
        let failures = ConcurrentMap.map(files) { file -> String? in
            let target = root + "/" + file.path
            if let slash = file.path.lastIndex(of: "/"), let problem = POSIXFile.makeFolder(root + "/" + file.path[..<slash]) {
                return "cannot create the folder of \(file.path): \(problem)"
            }
            let data: Data
            switch file.contents {
            case .copy(let source):
                guard let read = POSIXFile.read(source.path) else { return "cannot read \(source.path)" }
                data = Data(read)
            case .data(let bytes): data = bytes
            case .rendered(let make): data = make()
            }
            if previous?.reuse(file.path, ifSameAs: data, at: target) == true { return nil }
            return POSIXFile.write(data, to: target).map { "cannot write \(file.path): \($0)" }
        }
        if let failure = failures.compactMap({ $0 }).first { throw Failure(description: failure) }
    }

    private static func swapIn(_ staging: URL, at output: URL) throws(Failure) {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            do { try fileManager.moveItem(at: staging, to: output) } catch {
                throw Failure(description: "cannot move the new site to \(output.path): \(error.localizedDescription)")
            }
            return
        }
        if megaphone_exchange_paths(staging.path, output.path) == 0 {
            POSIXFile.removeTree(staging.path)  // now holds the previous site
            return
        }
        // No atomic exchange on this file system: two renames, with the old site kept until the end.
        let previous = staging.deletingLastPathComponent()
            .appendingPathComponent(staging.lastPathComponent.replacingOccurrences(of: "staging", with: "previous"))
        do {
            try? fileManager.removeItem(at: previous)
            try fileManager.moveItem(at: output, to: previous)
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: previous)
        } catch {
            if !fileManager.fileExists(atPath: output.path) { try? fileManager.moveItem(at: previous, to: output) }
            throw Failure(description: "cannot replace \(output.path): \(error.localizedDescription)")
        }
    }
}
