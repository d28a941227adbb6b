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
    /// The folder was empty when the build began (a first build, or the first rebuild): nothing
    /// can be in a file's way, so each is created where it goes, and there is nothing to prune.
    /// On a first build at 10,000 items that is 18,000 renames, stats and folder listings fewer.
    package let fresh: Bool
    /// What the tree held when its build finished, and the folders that still hold just that
    /// (checked before anything is written here): what pruning need not list.
    let record: TreeRecord?
    let trusted: Set<String>

    /// `trusted`: the record's trusted folders, when they were found already (`WritePreparation`).
    package init(root: String, previous: PreviousSite?, record: TreeRecord? = nil, trusted: Set<String>? = nil) {
        self.root = root
        self.previous = previous
        fresh = POSIXFile.entries(of: root).isEmpty
        self.record = fresh ? nil : record
        self.trusted = self.record.map { trusted ?? $0.trustedFolders(in: root) } ?? []
    }

    /// What a write did, and how long making the files (templates, feeds) and placing them took.
    package struct Outcome: Sendable {
        package var reused = 0
        package var renderSeconds = 0.0
        package var writeSeconds = 0.0
        /// What each page was rendered from, for the next build's manifest.
        package var pages: [String: RenderManifest.Entry] = [:]
        /// Every file of the new site with its stamp: the site's fingerprint without walking it.
        package var stamps: [(path: String, stamp: FileStamp)] = []
        /// Every folder of the new site (the root as ""), for its tree record.
        package var folders: Set<String> = []
        /// The folders this write may have changed (each one's entries): the others are as the
        /// record read said, when it was trusted.
        package var touched: Set<String> = []
    }

    /// How many files are made before they are placed: enough to keep every core busy, few enough
    /// that no more than a batch of pages waits in memory.
    static let batchSize = 64

    /// Makes and places every file, prunes the rest. Every file that
    /// cannot be made is reported (its diagnostics in the failure), and then nothing is swapped in.
    package func write(_ files: [OutputFile]) throws(OutputWriter.Failure) -> Outcome {
        var pages: [String: RenderManifest.Entry] = [:]
        var outcome = Outcome()
        var diagnostics: [Diagnostic] = []
        var batchStart = 0
        while batchStart < files.count {
            let batch = Array(files[batchStart..<min(batchStart + Self.batchSize, files.count)])
            batchStart += batch.count
            let started = DispatchTime.now().uptimeNanoseconds
            let made = ConcurrentMap.map(batch) { make($0) }
            outcome.renderSeconds += Self.seconds(since: started)
            let rendered = DispatchTime.now().uptimeNanoseconds
            let placed = ConcurrentMap.map(Array(zip(batch, made))) { file, made in made.flatMap { place(file, $0) } }
            outcome.writeSeconds += Self.seconds(since: rendered)
            for (file, result) in zip(batch, placed) {
                switch result {
                case .failure(.diagnostic(let diagnostic)): diagnostics.append(diagnostic)
                case .failure(.system(let failure)): throw failure
                case .success(let placed):
                    pages[file.path] = placed.entry
                    // Only a trusted folder's stamp is reused, so without one (a first build) nothing is tracked.
                    if !placed.untouched, !trusted.isEmpty { outcome.touched.formUnion(Self.folders(of: [file.path])) }
                    if placed.reused, case .page = file.contents { outcome.reused += 1 }
                    if let stamp = placed.stamp ?? placed.entry?.stamp ?? FileStamp.of(root + "/" + file.path) {
                        outcome.stamps.append((file.path, stamp))
                    }
                }
            }
        }
        guard diagnostics.isEmpty else { throw OutputWriter.Failure(description: "", diagnostics: diagnostics) }
        let started = DispatchTime.now().uptimeNanoseconds
        defer { outcome.writeSeconds += Self.seconds(since: started) }
        let paths = Set(files.map(\.path))
        outcome.folders = Self.folders(of: paths)
        if !fresh { outcome.touched.formUnion(prune(keeping: paths, in: outcome.folders)) }
        outcome.pages = pages
        return outcome
    }

    static func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// `stamp`, when the file's is known without asking again (its entry's, or one just created).
    /// `untouched`: the tree was not changed for the file (it already was the live file).
    package typealias Placed = (entry: RenderManifest.Entry?, reused: Bool, stamp: FileStamp?, untouched: Bool)

    /// Why a file could not be made or placed: its content (a diagnostic for the user to fix), or
    /// the system.
    enum Problem: Error {
        case diagnostic(Diagnostic)
        case system(OutputWriter.Failure)
    }

    /// A file ready to place: its bytes, or the previous build's page, unchanged, to link.
    enum Made {
        case bytes(Data, fingerprint: UInt64?)
        /// The page is made again only if the previous file cannot be linked (its context is not
        /// kept meanwhile: a batch of contexts is megabytes).
        case unchanged(RenderManifest.Entry)
    }

    /// Renders a page (unless the previous build rendered the same), makes a feed, reads a copy.
    private func make(_ file: OutputFile) -> Result<Made, Problem> {
        do throws(Diagnostic) {
            switch file.contents {
            case .copy(let source):
                guard let bytes = POSIXFile.read(source.path) else {
                    return .failure(.system(.init(description: "cannot read \(source.path)")))
                }
                return .success(.bytes(Data(bytes), fingerprint: nil))
            case .data(let bytes): return .success(.bytes(bytes, fingerprint: nil))
            case .rendered(let make): return .success(.bytes(try file.making(make), fingerprint: nil))
            case .page(let prepare), .keyed(let prepare):
                let page = prepare()
                if let entry = previous?.unchangedPage(file.path, fingerprint: page.fingerprint) { return .success(.unchanged(entry)) }
                return .success(.bytes(try file.making(page.render), fingerprint: page.fingerprint))
            }
        } catch {
            return .failure(.diagnostic(error))
        }
    }

    private func place(_ file: OutputFile, _ made: Made) -> Result<Placed, Problem> {
        func failure(_ message: String) -> Result<Placed, Problem> { .failure(.system(.init(description: message))) }
        let target = root + "/" + file.path
        // An unchanged page that already is the live file (most of a rebuild) needs nothing, not
        // even its folder made: a failing mkdir per page locks each parent folder, and was 13% of
        // a rebuild after one edit at 10,000 items.
        // The entry's stamp is the live file's, taken when the page was found unchanged.
        if case .unchanged(let entry) = made, !fresh, holdsLive(file.path, inode: entry.stamp.inode) {
            return .success((entry, true, nil, true))
        }
        if fresh, case .bytes(let data, let fingerprint) = made, previous == nil || previous?.holds(file.path, data) == false {
            if let placed = create(file.path, data, fingerprint: fingerprint) { return placed }
        }
        if let slash = file.path.lastIndex(of: "/"), POSIXFile.makeFolder(root + "/" + file.path[..<slash]) != nil,
           let problem = clearWay(to: file.path) {
            return failure("cannot create the folder of \(file.path): \(problem)")
        }
        let data: Data
        var fingerprint: UInt64?
        switch made {
        case .bytes(let bytes, let key):
            data = bytes
            fingerprint = key
        case .unchanged(let entry):
            if linkLive(file.path, at: target) { return .success((entry, true, nil, false)) }
            // The previous file could not be linked: render the page after all.
            guard let prepare = file.contents.keyedRendering else { return failure("cannot link \(file.path)") }
            do throws(Diagnostic) { data = try file.making { try prepare().render() } } catch { return .failure(.diagnostic(error)) }
            fingerprint = entry.fingerprint
        }
        func put() -> String? {
            if previous?.holds(file.path, data) == true, linkLive(file.path, at: target) { return nil }  // one file for both sites
            if FileStamp.of(target) != nil, POSIXFile.holds(data, at: target), !(previous?.isSameFile(file.path, as: target) ?? false) {
                return nil  // what the retired site has here is already right (and is not the live file)
            }
            return Self.replace(target, with: data)
        }
        // Something of the retired site in the way is cleared only when it gets in the way.
        if put() != nil, let problem = clearWay(to: file.path) ?? put() {
            return failure("cannot write \(file.path): \(problem)")
        }
        let entry = fingerprint.flatMap { key in
            FileStamp.of(target).map { RenderManifest.Entry(fingerprint: key, stamp: $0, content: RenderManifest.Entry.contentHash(data)) }
        }
        return .success((entry, false, nil, false))
    }

    /// Creates the file in a fresh tree, its folders first; nil when that fails (something is
    /// there after all), so that the general way handles it.
    private func create(_ path: String, _ data: Data, fingerprint: UInt64?) -> Result<Placed, Problem>? {
        if let slash = path.lastIndex(of: "/"), POSIXFile.makeFolder(root + "/" + path[..<slash]) != nil { return nil }
        guard case .success(let status) = POSIXFile.create(root + "/" + path, with: data) else { return nil }
        let stamp = FileStamp(inode: status.inode, size: status.size, modified: status.modified)
        let entry = fingerprint.map { RenderManifest.Entry(fingerprint: $0, stamp: stamp, content: RenderManifest.Entry.contentHash(data)) }
        return .success((entry, false, stamp, false))
    }

    /// Makes room for the file at `path` in what the retired site left: a file where one of its
    /// folders must be is removed, and so is a folder where the file must be.
    private func clearWay(to path: String) -> String? {
        var folder = root
        for component in path.split(separator: "/").dropLast() {
            folder += "/" + component
            if let status = POSIXFile.status(folder), status.kind != .folder { POSIXFile.remove(folder) }
        }
        if POSIXFile.status(root + "/" + path)?.kind == .folder { POSIXFile.removeTree(root + "/" + path) }
        return POSIXFile.makeFolder(folder)
    }

    /// Whether the file at `path` here is the live one (its inode): as the record says when its
    /// folder is trusted, else asked. A `stat` per kept page of the tree written into was a
    /// quarter of the write after one edit at 10,000 items.
    private func holdsLive(_ path: String, inode: UInt64) -> Bool {
        if let recorded = record?.files[path], recorded != 0, trusted.contains(Self.parent(of: path)) { return recorded == inode }
        return FileStamp.of(root + "/" + path)?.inode == inode
    }

    /// `target` becomes the live site's file at `path` (nothing to do when it already is).
    private func linkLive(_ path: String, at target: String) -> Bool {
        guard let previous else { return false }
        if previous.isSameFile(path, as: target) { return true }
        let temporary = target + ".megaphone-new"
        POSIXFile.remove(temporary)
        guard POSIXFile.hardLink(previous.root + "/" + path, as: temporary) else { return false }
        guard POSIXFile.rename(temporary, over: target) == nil else { POSIXFile.remove(temporary); return false }
        return true
    }

    /// Writes `data` to a new file and renames it over `path`.
    static func replace(_ path: String, with data: Data) -> String? { POSIXFile.replace(path, with: data) }

    /// Removes from the tree every file and folder the new site does not have: what the record
    /// names, by name; then each folder not trusted to hold only what it names is listed, on
    /// every core (without a record, every folder: one per page, listed one after the other, was
    /// 0.3 s of a rebuild after one edit at 10,000 items, on one core).
    /// Returns the folders whose entries it may have changed.
    private func prune(keeping files: Set<String>, in folders: Set<String>) -> Set<String> {
        var touched: Set<String> = []
        if let record {
            for path in record.files.keys where !files.contains(path) {
                POSIXFile.remove(root + "/" + path)
                touched.insert(Self.parent(of: path))
            }
            // A folder gone with its parent went with it.
            for path in record.folders.keys where !folders.contains(path) && folders.contains(Self.parent(of: path)) {
                POSIXFile.removeTree(root + "/" + path)
                touched.insert(Self.parent(of: path))
            }
        }
        let listed = Array(folders.subtracting(trusted))
        _ = ConcurrentMap.map(listed.indices, slicesOf: 64) { [root] slice -> [Void] in
            for relative in listed[slice] {
                let absolute = relative.isEmpty ? root : root + "/" + relative
                for entry in POSIXFile.entries(of: absolute) {
                    let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                    switch entry.kind {
                    case .folder where folders.contains(child): continue
                    case .folder: POSIXFile.removeTree(absolute + "/" + entry.name)
                    case .file where files.contains(child): continue
                    default: POSIXFile.remove(absolute + "/" + entry.name)
                    }
                }
            }
            return []
        }
        return touched.union(listed)
    }

    /// The folder holding `path` ("" for the root's entries).
    static func parent(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// Every folder that holds one of `files`, at any depth (the root as "").
    static func folders(of files: Set<String>) -> Set<String> {
        var folders: Set<String> = [""]
        for path in files {
            var rest = path.utf8[...]
            // A folder already there has its parents there too.
            while let slash = rest.lastIndex(of: UInt8(ascii: "/")), folders.insert(String(path[..<slash])).inserted {
                rest = path.utf8[..<slash]
            }
        }
        return folders
    }
}
