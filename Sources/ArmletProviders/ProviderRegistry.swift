package import ArmletBlocks
import ArmletJSON

/// Which provider serves which resource type, with a fallback for every other type.
///
/// Built once at the edge (CLI, server, tests) and passed down; types are matched ignoring case.
/// ``standard(simulation:)`` registers the simulated `Microsoft.Compute` provider over a
/// ``GenericProvider`` fallback.
package struct ProviderRegistry: Sendable {
    private var byType: [String: any ResourceProvider] = [:]
    /// The provider for types nobody registered.
    package let fallback: any ResourceProvider

    /// An empty registry answering every type with `fallback`.
    package init(fallback: any ResourceProvider = GenericProvider()) {
        self.fallback = fallback
    }

    /// The registry Armlet uses: ``ComputeProvider`` for disks and snapshots, ``ResourceGroupProvider``
    /// and ``ManagementGroupProvider`` for the scopes templates create, ``UnsupportedTypeProvider`` for
    /// the types Armlet refuses (deployment scripts), ``GenericProvider`` for the rest.
    /// Disks and snapshots keep their bytes in `blocks` (none when nil).
    package static func standard(simulation: ComputeSimulation = ComputeSimulation(),
                                 blocks: (any BlockStore)? = nil) -> ProviderRegistry {
        var registry = ProviderRegistry()
        registry.register(ComputeProvider(simulation: simulation, blocks: blocks))
        registry.register(ResourceGroupProvider())
        registry.register(ManagementGroupProvider())
        registry.register(UnsupportedTypeProvider())
        return registry
    }

    /// Registers `provider` for each of its ``ResourceProvider/resourceTypes``, replacing earlier ones.
    package mutating func register(_ provider: any ResourceProvider) {
        for type in provider.resourceTypes { byType[type.lowercased()] = provider }
    }

    /// The provider for `type`: the registered one, else the fallback.
    package func provider(for type: String) -> any ResourceProvider {
        byType[type.lowercased()] ?? fallback
    }

    /// Whether a specific (non-fallback) provider serves `type`.
    package func hasProvider(for type: String) -> Bool { byType[type.lowercased()] != nil }

    /// Every type with a registered provider, lower-cased and sorted.
    package var registeredTypes: [String] { byType.keys.sorted() }
}
