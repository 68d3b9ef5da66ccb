public import Hummingbird

/// The per-request context: Hummingbird's core storage plus what the middlewares learned — the
/// parsed route, the caller's token claims and the request body (read once, within the size limit).
public struct ARMRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The route ``RoutingMiddleware`` matched.
    public var route: ARMRoute?
    /// The caller, once ``AuthenticationMiddleware`` checked the token.
    public var claims: AccessTokenClaims?
    /// The body, once ``BodyLimitMiddleware`` read it.
    public var body: [UInt8] = []

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
