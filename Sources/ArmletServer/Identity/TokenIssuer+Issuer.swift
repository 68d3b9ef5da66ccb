import Foundation
import Synchronization

extension TokenIssuer {
    /// The `iss` Armlet writes for `tenantId`: `{base}/{tenant}/v2.0` for v2 tokens, `{base}/{tenant}/`
    /// for v1 (Microsoft Entra's two shapes, with the server in place of the login host).
    package static func issuer(baseURL: String, tenantId: String, version2: Bool) -> String {
        baseURL + "/" + tenantId + (version2 ? "/v2.0" : "/")
    }

    /// Whether `issuer` is one Armlet writes for `tenantId`, on whichever of the server's addresses
    /// the token was obtained: an `http(s)` URL whose path is `/{tenant}/v2.0` or `/{tenant}/`.
    /// (The authority is not compared: a token from `https://localhost:8443` is good on the plain-HTTP
    /// port or `127.0.0.1` too.)
    package static func isIssuer(_ issuer: String, of tenantId: String) -> Bool {
        let key = tenantId + " " + issuer
        if let known = knownIssuers.withLock({ $0[key] }) { return known }
        let answer = parseIssuer(issuer, of: tenantId)
        knownIssuers.withLock { cache in
            if cache.count >= 256 { cache.removeAll() }
            cache[key] = answer
        }
        return answer
    }

    /// The answers of ``isIssuer(_:of:)`` already worked out: every request asks again for the same
    /// few issuers, and parsing the URL each time was a visible part of a GET.
    private static let knownIssuers = Mutex<[String: Bool]>([:])

    private static func parseIssuer(_ issuer: String, of tenantId: String) -> Bool {
        guard let url = URLComponents(string: issuer), let scheme = url.scheme?.lowercased(),
              scheme == "https" || scheme == "http", !(url.host ?? "").isEmpty,
              url.query == nil, url.fragment == nil else { return false }
        let tenant = "/" + tenantId.lowercased()
        let path = url.path.lowercased()
        return path == tenant + "/v2.0" || path == tenant + "/"
    }
}
