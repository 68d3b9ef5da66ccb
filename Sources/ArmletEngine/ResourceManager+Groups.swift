import ArmletCore
package import ArmletJSON
import ArmletProviders
import ArmletState
import Foundation

extension ResourceManager {
    /// Creates the resource group `name` in `location`, or updates its tags when it exists
    /// (ARM's PUT: 201 when created, 200 when it existed); returns the group and whether it is new.
    /// - Throws: ``ARMError`` `InvalidResourceGroupLocation` when it exists in another location,
    ///   `InvalidParameter` for a name ARM would refuse, `LocationNotAvailableForResourceGroup`.
    @discardableResult
    package func createOrUpdateGroup(name: String, location: String, tags: JSONObject? = nil, managedBy: String? = nil,
                                    subscriptionId: String? = nil) throws -> (group: ResourceGroup, created: Bool) {
        let subscription = try subscriptionId.map { try self.subscriptionRecord(named: $0) } ?? currentSubscriptionRecord()
        let now = context.clock.now()
        return try store.write { state in
            let (group, created) = try ResourceGroupProvider.write(name: name, location: location, tags: tags,
                                                                   managedBy: managedBy, subscription: subscription,
                                                                   now: now, in: state)
            return (ResourceGroup(group), created)
        }
    }

    /// Replaces the `tags` and `managedBy` of group `name` when given (ARM's PATCH).
    /// - Throws: ``ARMError`` `ResourceGroupNotFound` (404).
    package func updateGroup(name: String, tags: JSONObject?, managedBy: String?) throws -> ResourceGroup {
        let subscription = try currentSubscription()
        let now = context.clock.now()
        return try store.write { state in
            guard var group = try state.resourceGroup(subscriptionId: subscription.id, name: name) else {
                throw ARMError.resourceGroupNotFound(name)
            }
            if let tags { group.tags = .object(tags) }
            if let managedBy { group.managedBy = managedBy }
            group.changedTime = now
            try state.save(group)
            return ResourceGroup(group)
        }
    }

    /// The group `name` of the current subscription.
    /// - Throws: ``ARMError`` `ResourceGroupNotFound` (404).
    package func group(name: String) throws -> ResourceGroup { ResourceGroup(try groupRecord(name: name)) }

    func groupRecord(name: String) throws -> ResourceGroupRecord {
        let subscription = try currentSubscription()
        guard let group = try store.read({ try $0.resourceGroup(subscriptionId: subscription.id, name: name) }) else {
            throw ARMError.resourceGroupNotFound(name)
        }
        return group
    }

    /// Whether the group `name` exists in the current subscription (`az group exists`).
    package func groupExists(name: String) throws -> Bool {
        let subscription = try currentSubscription()
        return try store.read { try $0.resourceGroup(subscriptionId: subscription.id, name: name) } != nil
    }

    /// The groups of the current subscription, ordered by name.
    package func groups() throws -> [ResourceGroup] {
        let subscription = try currentSubscription()
        return try store.read { try $0.resourceGroups(subscriptionId: subscription.id) }.map(ResourceGroup.init)
    }

    /// Deletes the group `name`, every resource in it (through their providers) and its deployments,
    /// in one transaction.
    /// - Throws: ``ARMError`` `ResourceGroupNotFound` (404).
    package func deleteGroup(name: String) throws {
        let subscription = try currentSubscriptionRecord()
        let now = context.clock.now()
        let registry = context.registry
        try store.write { state in
            guard let group = try state.resourceGroup(subscriptionId: subscription.id, name: name) else {
                throw ARMError.resourceGroupNotFound(name)
            }
            let resources = try state.resources(subscriptionId: subscription.id, resourceGroup: group.name)
            try Self.deleteAll(resources, group: group, subscription: subscription, now: now, registry: registry,
                               in: state)
            for deployment in try state.deployments(scope: group.id) {
                try state.deleteDeployment(scope: group.id, name: deployment.name)
            }
            try state.deleteResourceGroup(subscriptionId: subscription.id, name: group.name)
        }
    }

    /// Deletes `resources` through their providers: copies into a resource before their source,
    /// children before parents; what a provider still refuses at the end is removed directly, as
    /// deleting the whole group removes everything.
    static func deleteAll(_ resources: [ResourceRecord], group: ResourceGroupRecord, subscription: SubscriptionRecord,
                          now: Date, registry: ProviderRegistry, in state: any StateTransaction) throws {
        var pending = resources.sorted { $0.id.count > $1.id.count }
        for _ in 0..<3 where !pending.isEmpty {
            var refused: [ResourceRecord] = []
            for record in pending {
                let request = ResourceRequest(id: record.id, type: record.type, apiVersion: record.apiVersion,
                                              name: record.name, subscription: subscription,
                                              resourceGroup: group, now: now)
                do {
                    _ = try registry.provider(for: record.type).delete(request, in: state)
                } catch {
                    refused.append(record)
                }
            }
            pending = refused
        }
        for record in pending { try state.deleteResource(id: record.id) }
    }
}

extension ResourceManager {
    /// Checks that management group `name` exists (the tenant root, named `tenantId`, always does).
    /// - Throws: ``ARMError`` `ManagementGroupNotFound` (404).
    func checkManagementGroup(_ name: String, tenantId: String) throws {
        guard try store.read({ try ManagementGroupProvider.exists(name, tenantId: tenantId, in: $0) }) else {
            throw ManagementGroupProvider.notFound(name)
        }
    }
}
