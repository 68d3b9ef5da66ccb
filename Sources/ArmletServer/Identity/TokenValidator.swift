package import ArmletCore
import ArmletJSON
package import ArmletState
import Foundation

/// Checks the bearer token of every ARM request: signed by this server's key, not expired, not
/// before its time, and meant for ARM (`aud`).
///
/// Failures carry ARM's codes: `AuthenticationFailed` when the header is missing or not a bearer
/// token, `InvalidAuthenticationToken` for a token that is not ours or is malformed,
/// `ExpiredAuthenticationToken` after `exp`, `InvalidAuthenticationTokenAudience` for another resource,
/// `InvalidAuthenticationTokenTenant` for an issuer Armlet does not write for the token's tenant
/// (``checkIssuer(_:baseURL:)``, which needs the address the request came to).
package struct TokenValidator: Sendable {
    /// The key tokens must be signed with.
    package let key: SigningKey
    /// The clock `exp` and `nbf` are checked against (real time by default).
    package let clock: any ArmletState.Clock
    private let verified = VerifiedTokenCache()

    /// A validator for tokens signed with `key`.
    package init(key: SigningKey, clock: any ArmletState.Clock = SystemClock()) {
        self.key = key
        self.clock = clock
    }

    /// The claims of the request's `Authorization` header value.
    /// - Throws: ``ARMError`` (401) when the header is missing, malformed or the token is not valid.
    package func validate(authorization header: String?) throws(ARMError) -> AccessTokenClaims {
        guard let header, !header.trimmingSpacesAndTabs.isEmpty else {
            throw .missingAuthorization
        }
        let parts = header.split(ascii: UInt8(ascii: " "), maxSplits: 1)
        guard parts.count == 2, parts[0].utf8.count == 6, parts[0].lowercased() == "bearer" else {
            throw .malformedAuthorization
        }
        return try validate(token: String(parts[1].trimmingSpacesAndTabs))
    }

    /// The claims of `token`.
    /// - Throws: ``ARMError`` (401) when the token is not valid.
    package func validate(token: String) throws(ARMError) -> AccessTokenClaims {
        let claims: AccessTokenClaims
        if let known = verified.claims(for: token) {
            claims = known
        } else {
            guard let payload = JSONWebToken.verifiedPayload(token, key: key),
                  let read = AccessTokenClaims(json: payload) else { throw .invalidToken }
            verified.remember(token, claims: read)
            claims = read
        }
        let now = clock.now()
        guard claims.expiresAt > now else {
            throw ARMError(
                code: "ExpiredAuthenticationToken",
                message: "The access token expiry UTC time '\(Self.format(claims.expiresAt))' is earlier than current "
                    + "UTC time '\(Self.format(now))'.",
                httpStatus: 401)
        }
        guard claims.notBefore <= now else { throw .invalidToken }
        guard TokenIssuer.armAudiences.contains(claims.audience) else {
            throw ARMError(
                code: "InvalidAuthenticationTokenAudience",
                message: "The access token has been obtained for wrong audience or resource '\(claims.audience)'. It "
                    + "should exactly match with one of the allowed audiences '"
                    + TokenIssuer.armAudiences.sorted().joined(separator: "','") + "'.",
                httpStatus: 401)
        }
        return claims
    }

    /// 401 `InvalidAuthenticationTokenTenant` unless `claims.issuer` is one Armlet writes for the
    /// token's tenant (``TokenIssuer/isIssuer(_:of:)``); `baseURL` names the issuer and authority
    /// the message tells the caller to use.
    package func checkIssuer(_ claims: AccessTokenClaims, baseURL: String) throws(ARMError) {
        guard !TokenIssuer.isIssuer(claims.issuer, of: claims.tenantId) else { return }
        let expected = TokenIssuer.issuer(baseURL: baseURL, tenantId: claims.tenantId, version2: true)
        throw ARMError(
            code: "InvalidAuthenticationTokenTenant",
            message: "The access token is from the wrong issuer '\(claims.issuer)'. It must match the tenant "
                + "'\(expected)' associated with this subscription. Please use the authority (URL) "
                + "'\(baseURL)/\(claims.tenantId)' to get the token.",
            httpStatus: 401)
    }

    private static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
