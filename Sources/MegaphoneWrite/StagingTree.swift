import Foundation
import MegaphoneModel
import MegaphoneSupport

/// The folder the new site is written into: empty on a first build, else the site the previous
/// build replaced. Each file of the new site is put in place only if what is there differs, always
/// by renaming a new file over the old name (an unchanged file may be the same inode as the live
/// site's, which must not change); whatever the new site does not have is removed at the end.
package struct StagingTree: Sendable {
    package let root: String
    package let previous: PreviousSite?

    /// Places every file, prunes the rest, writes the render manifest; returns the pages reused.
    package func write(_ files: [OutputFile]) throws(OutputWriter.Failure) -> Int {
        let results = ConcurrentMap.map(files) { place($0) }
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
        prune(keeping: Set(files.map(\.path)))
        let manifest = RenderManifest(megaphone: RenderManifest.binaryIdentity, pages: pages)
        if let problem = replace(root + "/" + RenderManifest.fileName, with: manifest.data()) {
            throw OutputWriter.Failure(description: "cannot write \(RenderManifest.fileName): \(problem)")
        }
        return reused
    }

    package typealias Placed = (entry: RenderManifest.Entry?, reused: Bool)

    private func place(_ file: OutputFile) -> Result<Placed, OutputWriter.Failure> {
        func failure(_ message: String) -> Result<Placed, OutputWriter.Failure> { .failure(.init(description: message)) }
        let target = root + "/" + file.path
        if let slash = file.path.lastIndex(of: "/"), POSIXFile.makeFolder(root + "/" + file.path[..<slash]) != nil,
           let problem = clearWay(to: file.path) {
            return failure("cannot create the folder of \(file.path): \(problem)")
        }
        let data: Data
        var fingerprint: String?
        switch file.contents {
        case .copy(let source):
            guard let bytes = POSIXFile.read(source.path) else { return failure("cannot read \(source.path)") }
            data = Data(bytes)
        case .data(let bytes): data = bytes
        case .rendered(let make): data = make()
        case .page(let prepare):
            let page = prepare()
            let key = RenderManifest.fingerprintText(page.fingerprint)
            if let entry = previous?.unchangedPage(file.path, fingerprint: key), linkLive(file.path, at: target) {
                return .success((entry, true))
            }
            fingerprint = key
            data = page.render()
        }
        func put() -> String? {
            if previous?.holds(file.path, data) == true, linkLive(file.path, at: target) { return nil }  // one file for both sites
            if FileStamp.of(target) != nil, POSIXFile.holds(data, at: target), !(previous?.isSameFile(file.path, as: target) ?? false) {
                return nil  // what the retired site has here is already right (and is not the live file)
            }
            return replace(target, with: data)
        }
        // Something of the retired site in the way is cleared only when it gets in the way.
        if put() != nil, let problem = clearWay(to: file.path) ?? put() {
            return failure("cannot write \(file.path): \(problem)")
        }
        let entry = fingerprint.flatMap { key in FileStamp.of(target).map { RenderManifest.Entry(fingerprint: key, stamp: $0) } }
        return .success((entry, false))
    }

    /// Makes room for the file at `path` in what the retired site left: a file where one of its
    /// folders must be is removed, and so is a folder where the file must be.
    private func clearWay(to path: String) -> String? {
        var folder = root
        for component in path.split(separator: "/").dropLast() {
            folder += "/" + component
            var status = stat()
            if lstat(folder, &status) == 0, status.st_mode & S_IFMT != S_IFDIR { unlink(folder) }
        }
        var status = stat()
        if lstat(root + "/" + path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { POSIXFile.removeTree(root + "/" + path) }
        return POSIXFile.makeFolder(folder)
    }

    /// `target` becomes the live site's file at `path` (nothing to do when it already is).
    private func linkLive(_ path: String, at target: String) -> Bool {
        guard let previous else { return false }
        if previous.isSameFile(path, as: target) { return true }
        let temporary = target + ".megaphone-new"
        unlink(temporary)
        guard link(previous.root + "/" + path, temporary) == 0 else { return false }
        guard rename(temporary, target) == 0 else { unlink(temporary); return false }
        return true
    }

    /// Writes `data` to a new file and renames it over `path`.
    private func replace(_ path: String, with data: Data) -> String? {
        let temporary = path + ".megaphone-new"
        if let problem = POSIXFile.write(data, to: temporary) { return problem }
        guard rename(temporary, path) == 0 else {
            let problem = String(cString: strerror(errno))
            unlink(temporary)
            return problem
        }
        return nil
    }

    /// Removes from the tree every file and folder the new site does not have.
    private func prune(keeping files: Set<String>) {
        var folders: Set<String> = [""]
        for path in files {
            var current = Substring(path)
            while let slash = current.lastIndex(of: "/") {
                current = current[..<slash]
                folders.insert(String(current))
            }
        }
        func walk(_ relative: String) {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            for entry in POSIXFile.entries(of: absolute) {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if relative.isEmpty, entry.name == RenderManifest.fileName { continue }
                switch entry.kind {
                case .folder where folders.contains(child): walk(child)
                case .folder: POSIXFile.removeTree(absolute + "/" + entry.name)
                case .file where files.contains(child): continue
                default: unlink(absolute + "/" + entry.name)
                }
            }
        }
        walk("")
    }
}
