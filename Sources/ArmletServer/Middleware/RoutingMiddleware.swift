import ArmletCore
public import Hummingbird

/// Matches the path (ignoring case, collapsing `//`) to an ``ARMRoute``; unknown paths get ARM's 404.
public struct RoutingMiddleware: RouterMiddleware {
    public typealias Context = ARMRequestContext

    /// The middleware.
    public init() {}

    public func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let route = ARMRoute(path: request.uri.path) else {
            throw ARMError.noRoute(method: request.method.rawValue, path: request.uri.path)
        }
        var context = context
        context.route = route
        return try await next(request, context)
    }
}
