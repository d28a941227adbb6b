import CBuildInfo

/// What `megaphone --version` prints: the release number and the commit it was built from, so IT
/// can tell which build runs on a server.
public enum MegaphoneVersion {
    /// The release number: the one place it is written.
    public static let number = "0.9.0"

    /// The commit compiled in by scripts/install (12 hex digits, `-modified` when the checkout had
    /// uncommitted changes), or `unknown`.
    public static let commit = String(cString: megaphone_build_commit())

    /// The commit's date (YYYY-MM-DD), or empty. Not the build's date: that would make every build
    /// of a commit different bytes, and the build cache names a binary by its bytes.
    public static let commitDate = String(cString: megaphone_build_commit_date())

    /// `megaphone 0.9.0 (commit 0123456789ab, 2026-11-26)`
    public static var description: String {
        "megaphone \(number) (commit \(commit)\(commitDate.isEmpty ? "" : ", " + commitDate))"
    }
}
