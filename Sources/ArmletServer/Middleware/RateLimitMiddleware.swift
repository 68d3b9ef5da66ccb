import HTTPTypes
package import Hummingbird

/// Adds ARM's remaining-budget headers to every ARM response from ``RateLimitBudget``: in a
/// subscription, `x-ms-ratelimit-remaining-subscription-{reads|writes|deletes}` (the caller's
/// bucket) and `x-ms-ratelimit-remaining-subscription-global-{…}` (everyone's); outside one,
/// `x-ms-ratelimit-remaining-tenant-{…}`. It runs after authentication, which it needs for the
/// caller, and renders the errors thrown further in itself so that they carry the headers too.
package struct RateLimitMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    let budget: RateLimitBudget

    /// A middleware spending from `budget`.
    init(budget: RateLimitBudget) { self.budget = budget }

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let route = context.route, !route.isPublic else { return try await next(request, context) }
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = ARMErrorMiddleware.render(error)
        }
        let operation = RateLimitBudget.Operation(method: request.method.rawValue)
        let principal = context.claims?.objectId ?? "anonymous"
        if let subscription = route.subscriptionId {
            let own = budget.spend(operation, key: "subscription|\(subscription)|\(principal)")
            let global = budget.spend(operation, key: "global|\(subscription)", factor: RateLimitBudget.globalFactor)
            response.headers[Self.header("subscription-\(operation.rawValue)")] = String(own)
            response.headers[Self.header("subscription-global-\(operation.rawValue)")] = String(global)
        } else {
            let tenant = context.claims?.tenantId ?? "common"
            let own = budget.spend(operation, key: "tenant|\(tenant)|\(principal)")
            response.headers[Self.header("tenant-\(operation.rawValue)")] = String(own)
        }
        return response
    }

    private static func header(_ suffix: String) -> HTTPField.Name {
        // Every name built here is a valid token, so the fallback is never used.
        HTTPField.Name("x-ms-ratelimit-remaining-" + suffix) ?? .contentType
    }
}
