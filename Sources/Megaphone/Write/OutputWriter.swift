import CAtomicSwap
import Foundation

/// Writes the site beside the output folder, then swaps it in with one atomic rename, so a failed
/// or interrupted build leaves the previous site exactly as it was and a web server never serves a
/// half-written site.
public enum OutputWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// What a write did: files in the new site, and pages linked from the previous build
    /// without rendering them.
    public struct Summary: Sendable {
        public var files: Int
        public var pagesReused: Int
    }

    @discardableResult
    public static func write(_ files: [OutputFile], to output: URL) throws(Failure) -> Summary {
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
            let reused = try writeAll(files, into: staging, previous: PreviousSite(output))
            try swapIn(staging, at: output)
            return Summary(files: files.count, pagesReused: reused)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// Writes every file and the new render manifest; returns how many pages were reused.
    private static func writeAll(_ files: [OutputFile], into folder: URL, previous: PreviousSite?) throws(Failure) -> Int {
        // Each file's job creates its own folder (most pages have one of their own), so folders
        // are made in parallel too.
        let root = folder.path
        let results = ConcurrentMap.map(files) { file -> Result<(entry: RenderManifest.Entry?, reused: Bool), Failure> in
            let target = root + "/" + file.path
            if let slash = file.path.lastIndex(of: "/"), let problem = POSIXFile.makeFolder(root + "/" + file.path[..<slash]) {
                return .failure(Failure(description: "cannot create the folder of \(file.path): \(problem)"))
            }
            let data: Data
            var fingerprint: String?
            switch file.contents {
            case .copy(let source):
                guard let read = POSIXFile.read(source.path) else { return .failure(Failure(description: "cannot read \(source.path)")) }
                data = Data(read)
            case .data(let bytes): data = bytes
            case .rendered(let make): data = make()
            case .page(let prepare):
                let page = prepare()
                let key = RenderManifest.fingerprintText(page.fingerprint)
                if let entry = previous?.reuse(file.path, fingerprint: key, at: target) { return .success((entry, true)) }
                fingerprint = key
                data = page.render()
            }
            if previous?.reuse(file.path, ifSameAs: data, at: target) != true,
               let problem = POSIXFile.write(data, to: target) {
                return .failure(Failure(description: "cannot write \(file.path): \(problem)"))
            }
            let entry = fingerprint.flatMap { key in FileStamp.of(target).map { RenderManifest.Entry(fingerprint: key, stamp: $0) } }
            return .success((entry, false))
        }
        var pages: [String: RenderManifest.Entry] = [:]
        var reused = 0
        for (file, result) in zip(files, results) {
            switch result {
            case .failure(let failure): throw failure
            case .success(let outcome):
                pages[file.path] = outcome.entry
                if outcome.reused { reused += 1 }
            }
        }
        let manifest = RenderManifest(megaphone: RenderManifest.binaryIdentity, pages: pages)
        if let problem = POSIXFile.write(manifest.data(), to: root + "/" + RenderManifest.fileName) {
            throw Failure(description: "cannot write \(RenderManifest.fileName): \(problem)")
        }
        return reused
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
