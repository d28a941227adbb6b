import MegaphoneModel
import MegaphoneSupport

/// What `check` runs instead of writing: every page and feed made in memory, on all cores, so a
/// template or feed that cannot be made is found without touching the output.
enum FileMaking {
    static func problems(_ files: [OutputFile]) -> [Diagnostic] {
        ConcurrentMap.map(files) { file -> Diagnostic? in
            do throws(Diagnostic) {
                switch file.contents {
                case .page(let prepare): _ = try file.making { try prepare().render() }
                case .rendered(let make): _ = try file.making(make)
                case .data, .copy: break
                }
                return nil
            } catch {
                return error
            }
        }.compactMap { $0 }
    }
}
