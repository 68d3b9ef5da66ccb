import ArmletCore
import ArmletJSON
package import Hummingbird

/// The last responder of the chain: hands the request, with its route, body and caller, to the
/// route handler.
package struct ARMDispatcher: HTTPResponder {
    package typealias Context = ARMRequestContext
    let services: ServerServices
    let scheme: String

    /// A dispatcher over `services`; `scheme` (`https` or `http`) builds the URLs the server hands out.
    package init(services: ServerServices, scheme: String) {
        self.services = services
        self.scheme = scheme
    }

    package func respond(to request: Request, context: Context) async throws -> Response {
        guard let route = context.route else {
            throw ARMError.noRoute(method: request.method.rawValue, path: request.uri.path)
        }
        let call = ARMCall(method: request.method, route: route, path: request.uri.path,
                           query: ARMCall.parseQuery(request.uri.query), body: context.body, claims: context.claims,
                           baseURL: services.configuration.baseURL(for: request, scheme: scheme))
        let response = try dispatch(call)
        return request.method == .head ? Response(status: response.status, headers: response.headers) : response
    }

    func dispatch(_ call: ARMCall) throws -> Response {
        switch call.route {
        case .cloudMetadata: return IdentityRoutes.cloudMetadata(call)
        case .openIDConfiguration(let tenant, let v2):
            return try IdentityRoutes.openIDConfiguration(call, tenant: tenant, version2: v2, services: services)
        case .token(let tenant, let v2):
            return try IdentityRoutes.token(call, tenant: tenant, version2: v2, services: services)
        case .signingKeys: return IdentityRoutes.signingKeys(services: services)
        case .instanceDiscovery: return IdentityRoutes.instanceDiscovery(call)
        case .tenants: return try SubscriptionRoutes.tenants(call, services: services)
        case .subscriptions: return try SubscriptionRoutes.list(call, services: services)
        case .subscription(let id): return try SubscriptionRoutes.get(call, id: id, services: services)
        case .resourceGroups(let s): return try ResourceGroupRoutes.list(call, subscription: s, services: services)
        case .resourceGroup(let s, let name):
            return try ResourceGroupRoutes.handle(call, subscription: s, name: name, services: services)
        case .operationResult(_, let id): return try OperationRoutes.operationResult(call, id: id, services: services)
        case .diskOperation(_, _, let id): return try OperationRoutes.diskOperation(call, id: id, services: services)
        case .resourceCollection(let s, let group, let type, let parentId):
            return try ResourceRoutes.list(call, subscription: s, group: group, type: type, parentId: parentId,
                                           services: services)
        case .resource(let id): return try ResourceRoutes.handle(call, id: id, services: services)
        case .resourceAction(let id, let action):
            return try ResourceRoutes.action(call, id: id, name: action, services: services)
        case .resources(let s, let group):
            return try ResourceListRoutes.list(call, subscription: s, group: group, services: services)
        case .resourceGroupExport(let s, let group):
            return try ResourceGroupRoutes.exportTemplate(call, subscription: s, name: group, services: services)
        case .templateHash: return try TemplateHashRoutes.calculate(call)
        case .deployments, .deployment, .deploymentAction, .deploymentStatus, .deploymentOperations,
             .deploymentOperation:
            return try DeploymentRoutes.handle(call, services: services)
        }
    }
}
