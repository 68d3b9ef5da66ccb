package import ArmletJSON
package import ArmletState
import Crypto
package import Foundation

/// The server's stand-in for Microsoft Entra ID's token endpoint: it issues ES256-signed JWT access
/// tokens for the client-credentials grant.
///
/// **Any client id and secret are accepted** — the emulator authenticates nobody; it only needs a
/// token so that every ARM request names a tenant (and so that requests without one fail as they do
/// in Azure). The principal's `oid` is derived from the tenant and client id, so the same client
/// always gets the same object id. Expiry uses the real clock (MSAL caches tokens by wall time),
/// not the simulated one.
package struct TokenIssuer: Sendable {
    /// The key tokens are signed with.
    package let key: SigningKey
    /// How long a token is valid, in seconds.
    package let lifetime: TimeInterval
    /// The clock tokens are dated by.
    package let clock: any ArmletState.Clock

    /// An issuer signing with `key`.
    package init(key: SigningKey, lifetime: TimeInterval = 3600, clock: any ArmletState.Clock = SystemClock()) {
        self.key = key
        self.lifetime = lifetime
        self.clock = clock
    }

    /// The audiences ARM accepts; a token for any other resource is refused by ``TokenValidator``.
    package static let armAudiences: Set<String> = [
        "https://management.core.windows.net/", "https://management.core.windows.net",
        "https://management.azure.com/", "https://management.azure.com",
    ]

    /// The claims of a token for `clientId` in `tenantId`, for `audience`, issued by `issuer`.
    package func claims(tenantId: String, clientId: String, audience: String, issuer: String) -> AccessTokenClaims {
        let now = clock.now()
        let issued = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        return AccessTokenClaims(tenantId: tenantId, objectId: Self.objectId(tenantId: tenantId, clientId: clientId),
                                 applicationId: clientId, audience: audience, issuer: issuer, issuedAt: issued,
                                 notBefore: issued.addingTimeInterval(-300),
                                 expiresAt: issued.addingTimeInterval(lifetime))
    }

    /// A signed token carrying `claims`.
    /// - Throws: Crypto's error when signing fails.
    package func token(for claims: AccessTokenClaims) throws -> String {
        try JSONWebToken.sign(claims.json, with: key)
    }

    /// The OAuth 2.0 token response: `{token_type, expires_in, ext_expires_in, access_token}` (+ v1 fields).
    package func tokenResponse(for claims: AccessTokenClaims, version1: Bool) throws -> JSONValue {
        var o = JSONObject()
        o["token_type"] = "Bearer"
        let seconds = Int64(claims.expiresAt.timeIntervalSince(claims.issuedAt))
        o["expires_in"] = .int(seconds)
        o["ext_expires_in"] = .int(seconds)
        if version1 {
            o["expires_on"] = .string(String(Int64(claims.expiresAt.timeIntervalSince1970)))
            o["not_before"] = .string(String(Int64(claims.notBefore.timeIntervalSince1970)))
            o["resource"] = .string(claims.audience)
        }
        o["access_token"] = .string(try token(for: claims))
        return .object(o)
    }

    /// A GUID derived from tenant and client id (name-based, SHA-256), lower case.
    static func objectId(tenantId: String, clientId: String) -> String {
        var bytes = Array(SHA256.hash(data: Data("\(tenantId.lowercased())/\(clientId.lowercased())".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4),
                     hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}
