import FlyingFox
import Foundation
import Megaphone
import MegaphoneLoad
import MegaphoneModel
import MegaphoneRender

/// Answers the browser: the build number for live reload, the error page while the site does
/// not build, else the built file at the request's path under the base path.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState
    let output: URL

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let build = await state.build
        if request.path == LiveReload.statusPath {
            let body = "{\"build\": \(build), \"ok\": \(await state.errors.isEmpty)}"
            return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json", .cacheControl: "no-store"]),
                                body: Data(body.utf8))
        }
        if request.path == LiveReload.scriptPath {
            return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"]),
                                body: Data(LiveReload.script.utf8))
        }
        let basePath = await state.basePath
        let path = request.path.removingPercentEncoding ?? request.path
        guard (path + "/").hasPrefix(basePath) else {
            return HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: basePath]))
        }
        let errors = await state.errors
        let relative = String((path + "/").dropFirst(basePath.count).dropLast())
        guard let file = StaticFiles.resolve(relative, in: output) else {
            if !errors.isEmpty { return page(ErrorPage.html(errors, build: build), status: .internalServerError) }
            let notFound = output.appendingPathComponent("404.html")
            let html = (try? String(contentsOf: notFound, encoding: .utf8)) ?? "<!DOCTYPE html><title>Not found</title><p>Not found</p>"
            return page(LiveReload.inject(into: html, build: build), status: .notFound)
        }
        let type = StaticFiles.contentType(of: file.path)
        if type.hasPrefix("text/html") {
            if !errors.isEmpty { return page(ErrorPage.html(errors, build: build), status: .internalServerError) }
            let html = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            return page(LiveReload.inject(into: html, build: build), status: .ok)
        }
        let data = (try? Data(contentsOf: file)) ?? Data()
        return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]), body: data)
    }

    private func page(_ html: String, status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]),
                     body: Data(html.utf8))
    }
}

/// Request paths → files of the built site, and their media types.
enum StaticFiles {
    /// The file for `relative` (`items/atlas`, `feed.json`, `` for the home page), or nil when
    /// there is none or the path leaves the site.
    static func resolve(_ relative: String, in root: URL) -> URL? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        var url = root
        for part in parts { url.appendPathComponent(String(part)) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue {
            url.appendPathComponent("index.html")
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }
        return url
    }

    static let types = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/atom+xml", "ics": "text/calendar; charset=utf-8",
        "txt": "text/plain; charset=utf-8", "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg",
        "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "pdf": "application/pdf",
    ]

    static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == Route.jsonFeed { return "application/feed+json" }
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return types[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
