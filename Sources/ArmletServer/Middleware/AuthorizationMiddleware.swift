import ArmletCore
package import ArmletEngine
package import Hummingbird

/// A token reaches only its own tenant's subscriptions: a request into a subscription of another
/// tenant gets 403 `AuthorizationFailed` before anything is read or written. (Real ARM answers a
/// token from the wrong directory with 401 `InvalidAuthenticationTokenTenant`; Armlet treats the
/// tenants of one store as one directory with per-tenant access, hence 403.) A subscription that does
/// not exist is left to the handler's 404.
package struct AuthorizationMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    let engine: EngineContext
    private let tenants = SubscriptionTenants()

    /// A middleware reading subscriptions through `engine`.
    package init(engine: EngineContext) { self.engine = engine }

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        if let claims = context.claims, let subscriptionId = context.route?.subscriptionId,
           // Synchronous, as every handler's store access: an async GRDB read parked on a
           // connection while the handlers' synchronous reads hold both worker threads deadlocked
           // the server at about 7 requests in flight (found by the benchmark's load phase).
           let tenant = try tenants.tenant(of: subscriptionId, load: { try subscription(subscriptionId)?.tenantId }),
           tenant != claims.tenantId.lowercased() {
            throw ARMError.authorizationFailed(objectId: claims.objectId, method: request.method.rawValue,
                                                       scope: "/subscriptions/\(subscriptionId)")
        }
        return try await next(request, context)
    }

    private func subscription(_ id: String) throws -> Subscription? {
        try engine.resources.subscription(id: id)
    }
}
