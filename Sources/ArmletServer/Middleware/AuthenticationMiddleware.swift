package import Hummingbird

/// Every ARM route needs `Authorization: Bearer <token>` with a token this server issued (401 otherwise).
package struct AuthenticationMiddleware: RouterMiddleware {
    package typealias Context = ARMRequestContext
    let validator: TokenValidator

    /// A middleware checking tokens with `validator`.
    package init(validator: TokenValidator) { self.validator = validator }

    package func handle(_ request: Request, context: Context,
                       next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.route?.isPublic == false else { return try await next(request, context) }
        var context = context
        context.claims = try validator.validate(authorization: request.headers[.authorization])
        return try await next(request, context)
    }
}
