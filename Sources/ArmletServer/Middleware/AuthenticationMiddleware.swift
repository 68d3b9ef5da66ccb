import ArmletCore
import ArmletEngine
package import Hummingbird

/// Every ARM route needs `Authorization: Bearer <token>` with a token this server issued, for ARM,
/// unexpired, from the issuer Armlet writes for the token's tenant. Otherwise 401, with ARM's
/// `WWW-Authenticate` challenge pointing at Armlet's own login endpoint for the subscription's
/// tenant (`common` outside a subscription, or when it does not exist).
package struct AuthenticationMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    let services: ServerServices
    let scheme: String

    /// A middleware checking tokens with `services.validator`; `scheme` builds the authority URL.
    package init(services: ServerServices, scheme: String) {
        self.services = services
        self.scheme = scheme
    }

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let route = context.route, !route.isPublic else { return try await next(request, context) }
        let baseURL = services.configuration.baseURL(for: request, scheme: scheme)
        var context = context
        do throws(ARMError) {
            let claims = try services.validator.validate(authorization: request.headers[.authorization])
            try services.validator.checkIssuer(claims, baseURL: baseURL)
            context.claims = claims
        } catch {
            var response = ARMResponse.error(error)
            let authority = baseURL + "/" + tenant(of: route)
            response.headers[HeaderName.wwwAuthenticate] = AuthenticationChallenge.header(authority: authority,
                                                                                          reason: error.message)
            return response
        }
        return try await next(request, context)
    }

    /// The tenant of the route's subscription, `common` without one.
    private func tenant(of route: ARMRoute) -> String {
        guard let id = route.subscriptionId,
              let subscription = try? services.engine(subscription: nil).resources.subscription(id: id) else {
            return "common"
        }
        return subscription.tenantId
    }
}
