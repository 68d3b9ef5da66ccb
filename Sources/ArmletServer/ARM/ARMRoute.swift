package import ArmletCore
import ArmletEngine
import ArmletProviders
import ArmletJSON
import Foundation

/// What a request path names, matched the way ARM matches paths: segments compare ignoring case,
/// empty segments (`//`) are dropped, and names keep the case they were written in.
///
/// Parsing happens once per request, in ``RoutingMiddleware``; the later middlewares read
/// ``isPublic`` (identity endpoints need neither `api-version` nor a token) and ``subscriptionId``
/// (authorization), and ``ARMDispatcher`` switches over the case.
package enum ARMRoute: Sendable, Hashable {
    // Identity (no token, no api-version)
    /// `GET /metadata/endpoints`: the cloud's endpoints for `az cloud register`.
    case cloudMetadata
    /// `GET /{tenant}/v2.0/.well-known/openid-configuration` (v2) or `/{tenant}/.well-known/openid-configuration`.
    case openIDConfiguration(tenant: String, version2: Bool)
    /// `POST /{tenant}/oauth2/v2.0/token` (v2) or `/{tenant}/oauth2/token` (v1).
    case token(tenant: String, version2: Bool)
    /// `GET /{tenant}/discovery/v2.0/keys` or `/{tenant}/discovery/keys`: the token signing key (JWKS).
    case signingKeys(tenant: String)
    /// `GET /common/discovery/instance`: MSAL's instance discovery, for clients that did not turn it off.
    case instanceDiscovery

    // ARM
    /// `/tenants`.
    case tenants
    /// `/subscriptions`.
    case subscriptions
    /// `/subscriptions/{s}`.
    case subscription(String)
    /// `/subscriptions/{s}/resourcegroups`.
    case resourceGroups(subscription: String)
    /// `/subscriptions/{s}/resourcegroups/{rg}`.
    case resourceGroup(subscription: String, name: String)
    /// `/subscriptions/{s}/operationresults/{id}`: a resource group deletion's `Location`.
    case operationResult(subscription: String, id: String)
    /// `/subscriptions/{s}/providers/Microsoft.Compute/locations/{l}/DiskOperations/{id}`.
    case diskOperation(subscription: String, location: String, id: String)
    /// `{scope}/providers/Microsoft.Resources/deployments`, where `{scope}` is a resource group,
    /// a subscription, a management group or the tenant (empty).
    case deployments(DeploymentScopeRef)
    /// `…/deployments/{name}`.
    case deployment(DeploymentScopeRef, name: String)
    /// `…/deployments/{name}/{validate|whatIf|exportTemplate|cancel}`.
    case deploymentAction(DeploymentScopeRef, name: String, action: String)
    /// `…/deployments/{name}/operationStatuses/{id}`.
    case deploymentStatus(DeploymentScopeRef, name: String, id: String)
    /// `…/deployments/{name}/operations` (with or without `/providers/Microsoft.Resources`).
    case deploymentOperations(DeploymentScopeRef, name: String)
    /// `…/deployments/{name}/operations/{id}`.
    case deploymentOperation(DeploymentScopeRef, name: String, id: String)
    /// `/subscriptions/{s}[/resourcegroups/{rg}]/providers/{ns}/{type}[/{name}/{childType}]`: a list.
    case resourceCollection(subscription: String, group: String?, type: String, parentId: String?)
    /// A resource by id.
    case resource(ResourceID)
    /// `POST {resource id}/{action}`, e.g. `beginGetAccess`.
    case resourceAction(ResourceID, action: String)

    // ARM's own operations on the front door (parsed by `parseFrontDoor`, ARMRoute+FrontDoor.swift)
    /// `/subscriptions/{s}[/resourcegroups/{rg}]/resources`: every resource, whatever its provider.
    case resources(subscription: String, group: String?)
    /// `/subscriptions/{s}/resourcegroups/{rg}/exportTemplate`.
    case resourceGroupExport(subscription: String, group: String)
    /// `/providers/Microsoft.Resources/calculateTemplateHash`.
    case templateHash

    /// Whether the route is an identity endpoint (no token or api-version needed).
    package var isPublic: Bool {
        switch self {
        case .cloudMetadata, .openIDConfiguration, .token, .signingKeys, .instanceDiscovery: true
        default: false
        }
    }

    /// The subscription the route acts in, when it has one.
    package var subscriptionId: String? {
        switch self {
        case .subscription(let s), .resourceGroups(let s), .resourceGroup(let s, _), .operationResult(let s, _),
             .diskOperation(let s, _, _), .resourceCollection(let s, _, _, _), .resources(let s, _),
             .resourceGroupExport(let s, _):
            s
        case .deployments(let scope), .deployment(let scope, _), .deploymentAction(let scope, _, _),
             .deploymentStatus(let scope, _, _), .deploymentOperations(let scope, _), .deploymentOperation(let scope, _, _):
            scope.subscription
        case .resource(let id), .resourceAction(let id, _):
            id.subscriptionId
        default:
            nil
        }
    }

    /// Parses `path` (without the query); nil when it names nothing Armlet serves.
    package init?(path: String) {
        let segments = path.split(ascii: UInt8(ascii: "/"))
            .map { $0.utf8.contains(UInt8(ascii: "%")) ? (String($0).removingPercentEncoding ?? String($0)) : String($0) }
        guard let route = Self.parse(segments) else { return nil }
        self = route
    }

    private static func parse(_ s: [String]) -> ARMRoute? {
        func eq(_ i: Int, _ word: String) -> Bool { i < s.count && JSONObject.equalIgnoringCase(s[i], word) }
        guard let first = s.first else { return nil }
        if let route = parseFrontDoor(s) ?? parseTenantDeployment(s) { return route }
        if eq(0, "metadata"), eq(1, "endpoints"), s.count == 2 { return .cloudMetadata }
        if eq(0, "tenants"), s.count == 1 { return .tenants }
        if eq(0, "subscriptions") { return parseSubscription(s) }
        if eq(0, "common"), eq(1, "discovery"), eq(2, "instance"), s.count == 3 { return .instanceDiscovery }
        // Identity paths start with the tenant.
        switch s.dropFirst().map({ $0.lowercased() }) {
        case ["v2.0", ".well-known", "openid-configuration"]: return .openIDConfiguration(tenant: first, version2: true)
        case [".well-known", "openid-configuration"]: return .openIDConfiguration(tenant: first, version2: false)
        case ["oauth2", "v2.0", "token"]: return .token(tenant: first, version2: true)
        case ["oauth2", "token"]: return .token(tenant: first, version2: false)
        case ["discovery", "v2.0", "keys"], ["discovery", "keys"]: return .signingKeys(tenant: first)
        default: return nil
        }
    }

    private static func parseSubscription(_ s: [String]) -> ARMRoute? {
        func eq(_ i: Int, _ word: String) -> Bool { i < s.count && JSONObject.equalIgnoringCase(s[i], word) }
        if s.count == 1 { return .subscriptions }
        let sub = s[1]
        if s.count == 2 { return .subscription(sub) }
        if eq(2, "operationresults"), s.count == 4 { return .operationResult(subscription: sub, id: s[3]) }
        if eq(2, "resourcegroups") {
            if s.count == 3 { return .resourceGroups(subscription: sub) }
            let group = s[3]
            if s.count == 4 { return .resourceGroup(subscription: sub, name: group) }
            if eq(4, "deployments") { return parseDeployment(Array(s[5...]), scope: .group(sub, group)) }
            if eq(4, "providers"), eq(5, "Microsoft.Resources"), eq(6, "deployments") {
                return parseDeployment(Array(s[7...]), scope: .group(sub, group))
            }
            guard eq(4, "providers") else { return nil }
            return parseProvider(s, providersIndex: 4, sub: sub, group: group)
        }
        guard eq(2, "providers") else { return nil }
        if eq(3, "Microsoft.Resources"), eq(4, "deployments") {
            return parseDeployment(Array(s[5...]), scope: DeploymentScopeRef(subscription: sub, target: .subscription))
        }
        if eq(3, "Microsoft.Compute"), eq(4, "locations"), eq(6, "DiskOperations"), s.count == 8 {
            return .diskOperation(subscription: sub, location: s[5], id: s[7])
        }
        return parseProvider(s, providersIndex: 2, sub: sub, group: nil)
    }

    /// `/providers/Microsoft.Resources/deployments/…` (tenant) and
    /// `/providers/Microsoft.Management/managementGroups/{mg}/providers/Microsoft.Resources/deployments/…`.
    static func parseTenantDeployment(_ s: [String]) -> ARMRoute? {
        func eq(_ i: Int, _ word: String) -> Bool { i < s.count && JSONObject.equalIgnoringCase(s[i], word) }
        guard eq(0, "providers") else { return nil }
        if eq(1, "Microsoft.Resources"), eq(2, "deployments") {
            return parseDeployment(Array(s[3...]), scope: DeploymentScopeRef(subscription: nil, target: .tenant))
        }
        if eq(1, "Microsoft.Management"), eq(2, "managementGroups"), s.count > 3, eq(4, "providers"),
           eq(5, "Microsoft.Resources"), eq(6, "deployments") {
            return parseDeployment(Array(s[7...]),
                                   scope: DeploymentScopeRef(subscription: nil, target: .managementGroup(s[3])))
        }
        return nil
    }

    private static func parseDeployment(_ rest: [String], scope: DeploymentScopeRef) -> ARMRoute? {
        func eq(_ i: Int, _ word: String) -> Bool { i < rest.count && JSONObject.equalIgnoringCase(rest[i], word) }
        switch rest.count {
        case 0: return .deployments(scope)
        case 1: return .deployment(scope, name: rest[0])
        case 2 where eq(1, "operations"): return .deploymentOperations(scope, name: rest[0])
        case 2: return .deploymentAction(scope, name: rest[0], action: rest[1])
        case 3 where eq(1, "operations"): return .deploymentOperation(scope, name: rest[0], id: rest[2])
        case 3 where eq(1, "operationStatuses"): return .deploymentStatus(scope, name: rest[0], id: rest[2])
        default: return nil
        }
    }

    /// `…/providers/{ns}/{type}/{name}…`: the namespace and type/name pairs name a resource; one
    /// more segment after a resource is an action (POST) or a child collection (GET — the dispatcher
    /// decides by method); `{ns}/{type}` alone is a collection.
    private static func parseProvider(_ s: [String], providersIndex p: Int, sub: String, group: String?) -> ARMRoute? {
        let tail = s.count - (p + 1)
        guard tail >= 2 else { return nil }
        if tail == 2 {
            return .resourceCollection(subscription: sub, group: group, type: s[p + 1] + "/" + s[p + 2], parentId: nil)
        }
        if tail % 2 == 1 {
            return resourceID(s[...]).map { .resource($0) }
        }
        guard let id = resourceID(s.dropLast()) else { return nil }
        return .resourceAction(id, action: s[s.count - 1])
    }

    /// The id the segments spell. A segment holding a `/` (written `%2F`) separates there too, as
    /// it would in the id's text, so such a path is read from its text.
    private static func resourceID(_ segments: ArraySlice<String>) -> ResourceID? {
        guard segments.contains(where: { $0.utf8.contains(UInt8(ascii: "/")) }) else {
            return ResourceID(segments: Array(segments))
        }
        return ResourceID("/" + segments.joined(separator: "/"))
    }
}
