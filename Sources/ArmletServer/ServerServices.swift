package import ArmletBlocks
import ArmletEngine
import ArmletExpressions
package import ArmletProviders
package import ArmletState
import Foundation

/// What every request handler shares: the configuration, the state store (the same SQLite file the
/// `armlet` commands use, so both can work at the same time), the simulated clock, the providers and
/// the token issuer/validator.
package struct ServerServices: Sendable {
    /// The configuration the server was started with.
    package let configuration: ServerConfiguration
    /// Where everything is kept.
    package let store: any StateStore
    /// The simulated clock (`ARMLET_CLOCK`): background copies progress by it, as in the CLI.
    package let clock: any ArmletState.Clock
    /// Which provider serves which type.
    package let registry: ProviderRegistry
    /// Where disks and snapshots keep their bytes (the data plane reads and writes them); nil serves
    /// no data plane.
    package let blocks: (any BlockStore)?
    /// Issues access tokens.
    package let issuer: TokenIssuer
    /// Checks access tokens.
    package let validator: TokenValidator
    /// The request budgets behind the `x-ms-ratelimit-remaining-*` headers, shared by the HTTPS and
    /// HTTP applications.
    let rateLimits: RateLimitBudget
    /// What the state is, for the start-up text: its directory, or its PostgreSQL URL without password.
    package let stateDescription: String
    /// The portal's one-time sign-in token and its sessions (``PortalMiddleware``).
    package let portal: PortalSessions

    /// Services from their parts (tests pass an in-memory store and a virtual clock).
    package init(configuration: ServerConfiguration, store: any StateStore, clock: any ArmletState.Clock,
                registry: ProviderRegistry = .standard(), blocks: (any BlockStore)? = nil, signingKey: SigningKey,
                tokenClock: any ArmletState.Clock = SystemClock(), stateDescription: String? = nil) {
        self.configuration = configuration
        self.stateDescription = stateDescription ?? configuration.resolvedStateDirectory
        self.store = store
        self.clock = clock
        self.registry = registry
        self.blocks = blocks
        issuer = TokenIssuer(key: signingKey, lifetime: configuration.tokenLifetime, clock: tokenClock)
        validator = TokenValidator(key: signingKey, clock: tokenClock)
        rateLimits = RateLimitBudget(clock: clock)
        portal = PortalSessions()
    }

    /// Opens the state directory of `configuration`: the SQLite store, the clock from `ARMLET_CLOCK`
    /// and the token signing key (created on first start).
    /// - Throws: `StateError` when the store or clock cannot be opened, ``TLSSetupError`` for the key.
    package static func open(_ configuration: ServerConfiguration) throws -> ServerServices {
        let backend = try StateBackend.open(directory: configuration.stateDirectory, url: configuration.stateURL,
                                            environment: configuration.environment)
        let store = backend.store, blocks = backend.blocks
        let clock = try ClockConfiguration(environment: configuration.environment).makeClock(store: store)
        let key = try SigningKey.loadOrCreate(directory: configuration.identityDirectory)
        let simulation = try ComputeSimulation(environment: configuration.environment)
        return ServerServices(configuration: configuration, store: store, clock: clock,
                              registry: .standard(simulation: simulation, blocks: blocks), blocks: blocks,
                              signingKey: key, tokenClock: SystemClock(), stateDescription: backend.description)
    }

    /// The engine's parts for a request addressed to `subscriptionId`: the same store, clock and
    /// providers the CLI uses, with the path's subscription in place of the current one.
    func engine(subscription subscriptionId: String?) -> EngineContext {
        EngineContext(store: store, clock: clock, registry: registry, subscription: subscriptionId,
                      evaluationLimits: configuration.evaluationLimits, blocks: blocks)
    }

    /// The layer the route handlers call for groups and resources (the engine's `ResourceManager`
    /// plus what only HTTP needs).
    var front: ResourceFront { ResourceFront(services: self) }
}
