import MegaphoneModel
import MegaphoneSupport

/// The Content-Security-Policy every page carries in a `<meta http-equiv>`, so that the browser
/// itself keeps the promise that nothing leaves the portal, whatever web server serves it: scripts,
/// styles, fonts, fetches and frames from the portal only, images from the portal and
/// `allowed_hosts`, no plugins, no `<base>` or form posting elsewhere. The theme has no inline
/// script or style to allow (the accent colour is a stylesheet of its own: `BrandStylesheet`).
/// `frame-ancestors` and `report-uri` are left out: browsers ignore them in a meta tag.
public struct ContentSecurityPolicy: Sendable, Equatable {
    public var imageSources: ImageSources
    /// The suggestion form posts to a `mailto:` address (it works without JavaScript that way).
    public var allowsMailForms: Bool

    public init(imageSources: ImageSources, allowsMailForms: Bool = false) {
        self.imageSources = imageSources
        self.allowsMailForms = allowsMailForms
    }

    /// Directive → sources, in the order they are written.
    public var directives: [(name: String, sources: [String])] {
        [("default-src", ["'self'"]),
         ("script-src", ["'self'"]),
         ("style-src", ["'self'"]),
         ("img-src", ["'self'"] + imageSources.allowedHosts),
         ("font-src", ["'self'"]),
         ("connect-src", ["'self'"]),
         ("media-src", ["'self'"]),
         ("frame-src", ["'none'"]),
         ("worker-src", ["'self'"]),
         ("object-src", ["'none'"]),
         ("base-uri", ["'self'"]),
         ("form-action", ["'self'"] + (allowsMailForms ? ["mailto:"] : []))]
    }

    /// The meta tag's `content`.
    public var value: String {
        directives.map { ([$0.name] + $0.sources).joined(separator: " ") }.joined(separator: "; ")
    }
}

/// `accent_color` as a stylesheet the pages link to, instead of an inline `<style>` that the
/// policy would have to allow.
public enum BrandStylesheet {
    public static let logicalPath = "css/brand.css"

    public static func css(accentColor: String) -> String {
        ":root { --brand: \(accentColor); }\n"
    }
}
