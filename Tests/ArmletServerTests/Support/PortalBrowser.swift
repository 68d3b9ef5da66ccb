import ArmletServer
import Foundation
import HTTPTypes
import Testing

/// A minimal browser for the portal over the router test client: signs in with the server's
/// one-time link, keeps the session cookie, reads the CSRF token from pages and posts forms.
struct PortalBrowser {
    let client: TestServer.Client
    var cookie: String?

    /// A browser that has not signed in.
    init(_ client: TestServer.Client) {
        self.client = client
    }

    /// Signs in with the server's sign-in token.
    static func signedIn(_ client: TestServer.Client) async throws -> PortalBrowser {
        var browser = PortalBrowser(client)
        let token = try #require(client.server.services.portal.signInToken)
        let reply = try await browser.get("/portal/signin?token=" + token)
        #expect(reply.status == 303)
        let setCookie = try #require(reply.header("Set-Cookie"))
        browser.cookie = String(setCookie.prefix { $0 != ";" })
        return browser
    }

    /// GET `path` with the session cookie (when signed in).
    func get(_ path: String) async throws -> TestServer.Reply {
        try await client.sendBytes(.get, path, headers: headers()).reply
    }

    /// POST of `fields` as a form; the session's CSRF token is added unless `csrf` says otherwise.
    func post(_ path: String, _ fields: [(String, String)], csrf: String? = nil) async throws -> TestServer.Reply {
        var all = fields
        if let csrf { all.append(("csrf", csrf)) }
        let body = all.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        var fields = headers()
        fields[.contentType] = "application/x-www-form-urlencoded"
        return try await client.sendBytes(.post, path, bytes: Array(body.utf8), headers: fields).reply
    }

    /// The CSRF token of the form on `path`.
    func csrf(on path: String) async throws -> String {
        let page = try await get(path)
        let marker = #"name="csrf" value=""#
        let start = try #require(page.text.range(of: marker)).upperBound
        return String(page.text[start...].prefix { $0 != "\"" })
    }

    private func headers() -> HTTPFields {
        var fields = HTTPFields()
        if let cookie { fields[.cookie] = cookie }
        return fields
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestServer.Reply {
    /// The text between the first `start` and the next `end` after it (both included), or "".
    func fragment(from start: String, to end: String) -> String {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else {
            return ""
        }
        return String(text[from.lowerBound..<to.upperBound])
    }
}
