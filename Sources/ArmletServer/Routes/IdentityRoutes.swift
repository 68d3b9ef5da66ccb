import ArmletCore
import ArmletEngine
import ArmletJSON
import Foundation
import Hummingbird

/// The Microsoft Entra ID stand-ins `az login --service-principal` and MSAL need offline: cloud
/// metadata, OpenID discovery, the token endpoints (v1 and v2, client credentials), the signing keys
/// and instance discovery.
enum IdentityRoutes {
    /// `GET /metadata/endpoints`: the shape `az cloud register --endpoint-resource-manager` reads (the
    /// 2022-09-01 names plus the older `…Endpoint` names).
    static func cloudMetadata(_ call: ARMCall) -> Response {
        let base = call.baseURL
        var authentication = JSONObject()
        authentication["loginEndpoint"] = .string(base)
        authentication["audiences"] = ["https://management.core.windows.net/", "https://management.azure.com/"]
        authentication["tenant"] = "common"
        authentication["identityProvider"] = "AAD"
        var o = JSONObject()
        o["name"] = "Armlet"
        o["resourceManager"] = .string(base + "/")
        o["authentication"] = .object(authentication)
        o["portal"] = .string(base + "/")
        o["gallery"] = .string(base + "/")
        o["graph"] = .string(base + "/")
        o["graphAudience"] = .string(base + "/")
        o["microsoftGraphResourceId"] = .string(base + "/")
        o["galleryEndpoint"] = .string(base + "/")
        o["graphEndpoint"] = .string(base + "/")
        o["portalEndpoint"] = .string(base + "/")
        o["suffixes"] = [
            "storage": "core.windows.net", "keyVaultDns": "vault.azure.net",
            "acrLoginServer": "azurecr.io", "sqlServerHostname": "database.windows.net",
        ]
        return ARMResponse.json(.object(o))
    }

    /// `GET /{tenant}[/v2.0]/.well-known/openid-configuration`.
    static func openIDConfiguration(_ call: ARMCall, tenant: String, version2: Bool, services: ServerServices) throws
        -> Response {
        let tenantId = try resolveTenant(tenant, services: services)
        let base = call.baseURL + "/" + tenant
        let v = version2 ? "/v2.0" : ""
        var o = JSONObject()
        o["token_endpoint"] = .string(base + "/oauth2\(v)/token")
        o["token_endpoint_auth_methods_supported"] = ["client_secret_post", "client_secret_basic"]
        o["jwks_uri"] = .string(base + "/discovery\(v)/keys")
        o["response_modes_supported"] = ["query", "fragment", "form_post"]
        o["subject_types_supported"] = ["pairwise"]
        o["id_token_signing_alg_values_supported"] = ["ES256"]
        o["response_types_supported"] = ["code", "id_token", "code id_token", "id_token token"]
        o["scopes_supported"] = ["openid", "profile", "email", "offline_access"]
        o["issuer"] = .string(issuer(call, tenantId: tenantId, version2: version2))
        o["authorization_endpoint"] = .string(base + "/oauth2\(v)/authorize")
        o["device_authorization_endpoint"] = .string(base + "/oauth2\(v)/devicecode")
        o["end_session_endpoint"] = .string(base + "/oauth2\(v)/logout")
        o["tenant_region_scope"] = "NA"
        o["cloud_instance_name"] = "armlet.local"
        return ARMResponse.json(.object(o))
    }

    /// `POST /{tenant}/oauth2[/v2.0]/token`: client credentials only; any client id and secret work.
    static func token(_ call: ARMCall, tenant: String, version2: Bool, services: ServerServices) throws -> Response {
        guard call.method == .post else { throw ARMError.methodNotAllowed(method: call.method.rawValue, path: call.path) }
        let tenantId = try resolveTenant(tenant, services: services)
        let form = ARMCall.parseQuery(String(decoding: call.body, as: UTF8.self))
        guard let grant = form["grant_type"], !grant.isEmpty else { return missingParameter("grant_type") }
        guard grant == "client_credentials" else {
            return aadError("unsupported_grant_type", 70003,
                            "The app requested an unsupported grant type '\(grant)'. Armlet issues tokens for the "
                                + "client credentials grant only (az login --service-principal).")
        }
        guard let clientId = form["client_id"], !clientId.isEmpty else { return missingParameter("client_id") }
        guard !(form["client_secret"] ?? "").isEmpty || !(form["client_assertion"] ?? "").isEmpty else {
            return aadError("invalid_client", 7_000_216,
                            "'client_assertion', 'client_secret' or 'request' is required for the "
                                + "'client_credentials' grant type.", status: 401)
        }
        let audience: String
        if version2 {
            guard let scope = form["scope"], !scope.isEmpty else { return missingParameter("scope") }
            guard let resource = scope.split(separator: " ").first(where: { $0.hasSuffix("/.default") }) else {
                return aadError("invalid_scope", 1_002_012,
                                "The provided value for scope \(scope) is not valid. Client credential flows must "
                                    + "have a scope value with /.default suffixed to the resource identifier.")
            }
            audience = String(resource.dropLast("/.default".count)).nonEmpty ?? "https://management.core.windows.net/"
        } else {
            guard let resource = form["resource"], !resource.isEmpty else { return missingParameter("resource") }
            audience = resource
        }
        let claims = services.issuer.claims(tenantId: tenantId, clientId: clientId, audience: audience,
                                            issuer: issuer(call, tenantId: tenantId, version2: version2))
        return ARMResponse.json(try services.issuer.tokenResponse(for: claims, version1: !version2),
                                headers: [.cacheControl: "no-store, no-cache"])
    }

    /// `GET /{tenant}/discovery[/v2.0]/keys`.
    static func signingKeys(services: ServerServices) -> Response {
        ARMResponse.json(["keys": [services.issuer.key.jwk]])
    }

    /// `GET /common/discovery/instance`: names this host as its own (and only) alias.
    static func instanceDiscovery(_ call: ARMCall) -> Response {
        let host = call.baseURL.split(separator: "/").last.map(String.init) ?? "127.0.0.1"
        let authority = call.query["authorization_endpoint"] ?? ""
        let tenant = authority.split(separator: "/").dropLast(2).last.map(String.init) ?? "common"
        var metadata = JSONObject()
        metadata["preferred_network"] = .string(host)
        metadata["preferred_cache"] = .string(host)
        metadata["aliases"] = [.string(host)]
        var o = JSONObject()
        o["tenant_discovery_endpoint"] = .string(call.baseURL + "/\(tenant)/v2.0/.well-known/openid-configuration")
        o["api-version"] = "1.1"
        o["metadata"] = [.object(metadata)]
        return ARMResponse.json(.object(o))
    }

    // MARK: - Helpers

    static func issuer(_ call: ARMCall, tenantId: String, version2: Bool) -> String {
        TokenIssuer.issuer(baseURL: call.baseURL, tenantId: tenantId, version2: version2)
    }

    /// The tenant id for a path's tenant segment: a tenant of the store (by id or display name), or
    /// the default tenant for `common` and `organizations`.
    static func resolveTenant(_ text: String, services: ServerServices) throws -> String {
        let tenants = try services.engine(subscription: nil).resources.tenants()
        if ["common", "organizations"].contains(text.lowercased()) {
            return (tenants.first { $0.id == ARMDefaults.tenantId } ?? tenants.first)?.id ?? ARMDefaults.tenantId
        }
        if let match = tenants.first(where: { JSONObject.equalIgnoringCase($0.id, text) })
            ?? tenants.first(where: { JSONObject.equalIgnoringCase($0.displayName, text) }) {
            return match.id
        }
        throw ARMError(code: "invalid_tenant",
                               message: "AADSTS90002: Tenant '\(text)' not found. Armlet knows the tenants "
                                   + tenants.map { "'\($0.id)'" }.joined(separator: ", ") + ".",
                               httpStatus: 400)
    }

    private static func missingParameter(_ name: String) -> Response {
        aadError("invalid_request", 900_144, "The request body must contain the following parameter: '\(name)'.")
    }

    /// Microsoft Entra's OAuth error body (`error`, `error_description`, `error_codes`).
    private static func aadError(_ error: String, _ code: Int, _ description: String, status: Int = 400) -> Response {
        var o = JSONObject()
        o["error"] = .string(error)
        o["error_description"] = .string("AADSTS\(code): \(description)")
        o["error_codes"] = [.int(Int64(code))]
        o["trace_id"] = .string(UUID().uuidString.lowercased())
        o["correlation_id"] = .string(UUID().uuidString.lowercased())
        return ARMResponse.json(.object(o), status: HTTPResponse.Status(code: status))
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
