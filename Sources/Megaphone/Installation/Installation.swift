import Foundation

/// Where the running megaphone is, and the themes that come with it.
///
/// A theme NAME (site.yml's `theme`) is looked for, in this order:
/// 1. `themes/NAME` in the site's folder (what `megaphone init` copies there);
/// 2. `PREFIX/share/megaphone/themes/NAME` when the binary is `PREFIX/bin/megaphone`
///    (scripts/install puts both there; the pair can be moved together);
/// 3. `themes/NAME` in the source checkout the binary was built in (`.build/…/megaphone`).
public enum Installation {
    /// The running binary, its links resolved. On Linux /proc/self/exe: `argv[0]` is a bare name
    /// when megaphone was found on PATH.
    public static let executable: URL? = {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }()

    /// Steps 2 and 3 above for this binary: the theme folders that exist, in order.
    public static let themeFolders = themeFolders(executable: executable)

    /// Steps 2 and 3 above for `executable`: the theme folders that exist, in order.
    public static func themeFolders(executable: URL?) -> [URL] {
        guard let executable else { return [] }
        let binFolder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        var folders = [binFolder.deletingLastPathComponent().appendingPathComponent("share/megaphone/themes")]
        // A checkout is the folder holding Package.swift: .build/release/ (a link) or
        // .build/install/x86_64-unknown-linux-gnu/release/ are at most 4 levels below it.
        var folder = binFolder
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                folders.append(folder.appendingPathComponent("themes"))
                break
            }
            folder.deleteLastPathComponent()
        }
        return folders.filter { isFolder($0.path) }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
