/// The preview's pages reload themselves after a rebuild: a small script, added to HTML responses
/// by the server only (never to the built files), asks for the build number and reloads the page
/// when it changes. It is a file the server answers, not an inline script: the pages'
/// Content-Security-Policy runs scripts from the portal's origin only, in the preview too.
enum LiveReload {
    static let statusPath = "/_megaphone/build"
    static let scriptPath = "/_megaphone/live-reload.js"

    static let script = """
        (function () {
          var build = Number(document.currentScript.dataset.build);
          function poll() {
            fetch("\(statusPath)", {cache: "no-store"}).then(function (response) { return response.json(); })
              .then(function (status) { if (status.build !== build) { location.reload(); } else { setTimeout(poll, 500); } })
              .catch(function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 500);
        })();

        """

    static func tag(build: Int) -> String {
        "<script src=\"\(scriptPath)\" data-build=\"\(build)\" defer></script>"
    }

    /// The page with the script before `</body>` (or at the end when there is none).
    static func inject(into html: String, build: Int) -> String {
        let script = tag(build: build)
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script + "\n")
    }
}
