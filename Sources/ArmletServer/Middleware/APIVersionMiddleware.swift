import ArmletCore
package import Hummingbird

/// ARM requires `api-version` on every request: without it, 400 `MissingApiVersionParameter`.
/// (Whether the version exists for the type is checked where the type is known.)
package struct APIVersionMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext

    /// The middleware.
    package init() {}

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        if context.route?.isPublic == false {
            let version = ARMCall.parseQuery(request.uri.query)["api-version"] ?? ""
            guard !version.isEmpty else { throw ARMError.missingAPIVersion }
        }
        return try await next(request, context)
    }
}
