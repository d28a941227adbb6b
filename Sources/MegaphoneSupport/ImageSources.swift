/// Where the portal's images may come from: its own files and the hosts of `allowed_hosts`. Any
/// other remote image would make every employee's browser call a server outside the company, and
/// the pages' Content-Security-Policy would block it anyway: so it is an error at its line.
public struct ImageSources: Sendable, Equatable {
    /// ASCII, lower-cased host patterns: `cdn.acme.example`, or `*.acme.example` for its subdomains.
    public var allowedHosts: [String]

    public init(allowedHosts: [String] = []) {
        self.allowedHosts = allowedHosts
    }

    /// A host pattern as `allowed_hosts` accepts it, in ASCII (`*.bücher.example` →
    /// `*.xn--bcher-kva.example`), or nil when it is not a host name.
    public static func pattern(_ written: String) -> String? {
        let wildcard = written.hasPrefix("*.")
        guard let host = ASCIIURI.host(wildcard ? written.dropFirst(2) : Substring(written)),
              !host.hasPrefix("."), !host.hasSuffix("."), !host.contains("..")
        else { return nil }
        return wildcard ? "*." + host : host
    }

    /// Whether `reference` leaves the portal: a scheme (`https:`, `data:`…) or a `//host` prefix.
    public static func isRemote(_ reference: String) -> Bool {
        if reference.hasPrefix("//") { return true }
        guard let colon = reference.firstIndex(of: ":") else { return false }
        let scheme = reference[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    public func allows(host: String) -> Bool {
        allowedHosts.contains { pattern in
            pattern.hasPrefix("*.") ? host.hasSuffix(pattern.dropFirst(1)) : host == pattern
        }
    }

    /// Why `reference` may not be used as an image, said with its fix, or nil when it may.
    public func problem(with reference: String) -> String? {
        guard Self.isRemote(reference) else { return nil }
        let lowered = reference.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("//") else {
            let scheme = reference.prefix { $0 != ":" }
            return "the image '\(reference.prefix(60))' is a \(scheme): URL, which the portal does not load; "
                + "save the picture as a file beside the document and write its name instead"
        }
        let afterSlashes = reference[reference.range(of: "//")!.upperBound...]
        var authority = afterSlashes.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if !authority.hasPrefix("["), let colon = authority.lastIndex(of: ":") { authority = authority[..<colon] }
        guard let host = ASCIIURI.host(authority) else {
            return "the image '\(reference)' has no valid host name"
        }
        if allows(host: host) { return nil }
        return "the image '\(reference)' would be loaded from \(host), outside the portal: every reader's browser "
            + "would call that server, and the pages' security policy blocks it; save the picture as a file beside "
            + "the document and write its name, or, if \(host) is a company server, add it to 'allowed_hosts' in site.yml"
    }
}
