package import ArmletBlocks
package import ArmletExpressions
package import ArmletProviders
package import ArmletState
import ArmletPostgres
import Foundation

/// How an engine is put together: where the state lives, which clock it reads, how the simulated
/// `Microsoft.Compute` behaves, and which subscription commands use unless told otherwise.
///
/// Resolved once at the edge (the CLI or a server): the state directory is `--state-dir`, else
/// `$ARMLET_HOME`, else `~/.armlet`; the clock comes from `ARMLET_CLOCK` (see `ClockConfiguration`).
package struct EngineConfiguration: Sendable {
    /// The state directory; `nil` means `$ARMLET_HOME`, else `~/.armlet`.
    package var stateDirectory: String?
    /// A PostgreSQL state's URL (`--state-url`); `nil` means `$ARMLET_STATE_URL`, else the directory's SQLite.
    package var stateURL: String?
    /// The clock (`ARMLET_CLOCK`).
    package var clock: ClockConfiguration
    /// The simulated DiskRP's settings.
    package var simulation: ComputeSimulation
    /// A subscription name or id that replaces the current one (`--subscription`).
    package var subscription: String?
    /// The environment the defaults are read from.
    package var environment: [String: String]

    /// A configuration; `environment` supplies `ARMLET_HOME`, `ARMLET_CLOCK` and (unless `simulation` is
    /// given) `ARMLET_COPY_MIBPS`.
    /// - Throws: `StateError` `InvalidClockConfiguration` when `ARMLET_CLOCK` is not valid.
    package init(stateDirectory: String? = nil, stateURL: String? = nil, subscription: String? = nil,
                simulation: ComputeSimulation? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.stateDirectory = stateDirectory
        self.stateURL = stateURL
        self.subscription = subscription
        self.simulation = try simulation ?? ComputeSimulation(environment: environment)
        self.environment = environment
        self.clock = try ClockConfiguration(environment: environment)
    }

    /// What the state is, for messages: the PostgreSQL URL (without its password) when one is given,
    /// else the state directory.
    package var stateDescription: String {
        do {
            return try StateBackend.postgresLocation(directory: stateDirectory, url: stateURL, environment: environment)?.display
                ?? resolvedStateDirectory
        } catch {
            return "an invalid state URL"
        }
    }

    /// The directory the state file is in, as resolved from the flag and the environment.
    package var resolvedStateDirectory: String {
        stateDirectory ?? SQLiteStateStore.defaultDirectory(environment: environment)
    }

    /// Opens the state (SQLite, or PostgreSQL for a state URL) and builds the engine's parts.
    /// - Throws: `StateError` when the state cannot be opened or the clock not built.
    package func open() throws -> EngineContext {
        let backend = try StateBackend.open(directory: stateDirectory, url: stateURL, environment: environment)
        return EngineContext(store: backend.store, clock: try clock.makeClock(store: backend.store),
                             registry: .standard(simulation: simulation, blocks: backend.blocks),
                             subscription: subscription, blocks: backend.blocks)
    }
}

/// The parts every engine operation uses: the state store, the clock, the provider registry and the
/// subscription override. Cheap to copy; share one per process (or per test).
package struct EngineContext: Sendable {
    /// Where everything is kept.
    package let store: any StateStore
    /// Where time comes from.
    package let clock: any Clock
    /// Which provider serves which type.
    package let registry: ProviderRegistry
    /// The subscription (name or id) used instead of the current one, when set.
    package let subscription: String?
    /// The bounds every expansion gets (a fresh budget per deployment request).
    package let evaluationLimits: EvaluationBudget.Limits
    /// Where disks and snapshots keep their bytes (the same store the registry's Compute provider
    /// uses); nil when the context keeps no data.
    package let blocks: (any BlockStore)?

    /// A context from its parts (tests pass `SQLiteStateStore.inMemory()` and a `VirtualClock`).
    /// Expansions are bounded by `evaluationLimits`: the standard budget with a 60-second deadline
    /// unless told otherwise (the server passes a shorter one).
    package init(store: any StateStore, clock: any Clock, registry: ProviderRegistry = .standard(),
                subscription: String? = nil,
                evaluationLimits: EvaluationBudget.Limits = .command, blocks: (any BlockStore)? = nil) {
        self.store = store
        self.clock = clock
        self.registry = registry
        self.subscription = subscription
        self.evaluationLimits = evaluationLimits
        self.blocks = blocks
    }

    /// The front door for subscriptions, groups and resources.
    package var resources: ResourceManager { ResourceManager(context: self) }
    /// Deployments: validate, deploy, history, operations.
    package var deployments: DeploymentEngine { DeploymentEngine(context: self) }
}
