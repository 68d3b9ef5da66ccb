package import ArmletJSON
package import Foundation

/// What an access token says about its caller: the tenant (`tid`), the principal (`oid`, `appid`),
/// who it is for (`aud`), who issued it (`iss`) and when it is valid (`nbf`, `exp`).
package struct AccessTokenClaims: Sendable, Hashable {
    /// The tenant the token was issued in (`tid`).
    package var tenantId: String
    /// The principal's object id (`oid`).
    package var objectId: String
    /// The client (application) id that asked for it (`appid`).
    package var applicationId: String
    /// The audience (`aud`), e.g. `https://management.core.windows.net/`.
    package var audience: String
    /// The issuer (`iss`).
    package var issuer: String
    /// Issued at (`iat`).
    package var issuedAt: Date
    /// Not valid before (`nbf`).
    package var notBefore: Date
    /// Expires (`exp`).
    package var expiresAt: Date

    /// Claims from their parts.
    package init(tenantId: String, objectId: String, applicationId: String, audience: String, issuer: String,
                issuedAt: Date, notBefore: Date, expiresAt: Date) {
        self.tenantId = tenantId
        self.objectId = objectId
        self.applicationId = applicationId
        self.audience = audience
        self.issuer = issuer
        self.issuedAt = issuedAt
        self.notBefore = notBefore
        self.expiresAt = expiresAt
    }

    /// The JWT payload, with the claim names Microsoft Entra uses in v1 access tokens.
    package var json: JSONValue {
        var o = JSONObject()
        o["aud"] = .string(audience)
        o["iss"] = .string(issuer)
        o["iat"] = .int(Int64(issuedAt.timeIntervalSince1970))
        o["nbf"] = .int(Int64(notBefore.timeIntervalSince1970))
        o["exp"] = .int(Int64(expiresAt.timeIntervalSince1970))
        o["appid"] = .string(applicationId)
        o["appidacr"] = "1"
        o["idtyp"] = "app"
        o["oid"] = .string(objectId)
        o["sub"] = .string(objectId)
        o["tid"] = .string(tenantId)
        o["ver"] = "1.0"
        return .object(o)
    }

    /// Reads a payload written by ``json``; nil when a required claim is missing or mistyped.
    package init?(json: JSONValue) {
        guard let tid = json["tid"]?.stringValue, let oid = json["oid"]?.stringValue,
              let aud = json["aud"]?.stringValue, let iss = json["iss"]?.stringValue,
              let exp = json["exp"]?.intValue else { return nil }
        self.init(tenantId: tid, objectId: oid, applicationId: json["appid"]?.stringValue ?? oid, audience: aud,
                  issuer: iss, issuedAt: Date(timeIntervalSince1970: TimeInterval(json["iat"]?.intValue ?? 0)),
                  notBefore: Date(timeIntervalSince1970: TimeInterval(json["nbf"]?.intValue ?? 0)),
                  expiresAt: Date(timeIntervalSince1970: TimeInterval(exp)))
    }
}
