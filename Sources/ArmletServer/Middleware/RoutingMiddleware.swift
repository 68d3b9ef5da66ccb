import ArmletCore
package import Hummingbird

/// Matches the path (ignoring case, collapsing `//`) to an ``ARMRoute``; unknown paths get ARM's 404.
package struct RoutingMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext

    /// The middleware.
    package init() {}

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let route = ARMRoute(path: request.uri.path) else {
            throw ARMError.noRoute(method: request.method.rawValue, path: request.uri.path)
        }
        var context = context
        context.route = route
        return try await next(request, context)
    }
}
