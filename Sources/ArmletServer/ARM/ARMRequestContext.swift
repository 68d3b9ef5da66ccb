package import Hummingbird

/// The per-request context: Hummingbird's core storage plus what the middlewares learned — the
/// parsed route, the caller's token claims and the request body (read once, within the size limit).
package struct ARMRequestContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    /// The route ``RoutingMiddleware`` matched.
    package var route: ARMRoute?
    /// The caller, once ``AuthenticationMiddleware`` checked the token.
    package var claims: AccessTokenClaims?
    /// The body, once ``BodyLimitMiddleware`` read it.
    package var body: [UInt8] = []

    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
