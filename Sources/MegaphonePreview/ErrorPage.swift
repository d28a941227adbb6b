import Megaphone
import MegaphoneLoad
import MegaphoneModel
import MegaphoneRender

/// What the browser shows while the site does not build: every error, as the terminal prints
/// them, so an editor sees what to fix without switching windows. The page reloads itself.
enum ErrorPage {
    static func html(_ diagnostics: [Diagnostic], build: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        let items = errors.map { "<li><code>\(HTMLEscaping.escape($0.description))</code></li>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed · Megaphone preview</title>
            <style>
              body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
              h1 { color: #a4000f; }
              code { white-space: pre-wrap; word-break: break-word; }
              li { margin: .5rem 0; }
            </style>
            </head>
            <body>
            <main>
            <h1>The site does not build: \(errors.count) error\(errors.count == 1 ? "" : "s")</h1>
            <p>Fix the file and line named below and save: this page reloads by itself.</p>
            <ol>
            \(items)
            </ol>
            </main>
            \(LiveReload.tag(build: build))
            </body>
            </html>
            """
    }
}
