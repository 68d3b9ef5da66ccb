/// What a transaction can read. Lookups by id or name ignore case; records come back with the case in
/// which they were first written. Lists are ordered by id (or name), ignoring case.
package protocol StateReader {
    /// The setting `key`, or nil when unset.
    func setting(_ key: SettingKey) throws -> String?

    /// The tenant with `id`.
    func tenant(id: String) throws -> TenantRecord?
    /// Every tenant.
    func tenants() throws -> [TenantRecord]

    /// The subscription with `id`.
    func subscription(id: String) throws -> SubscriptionRecord?
    /// Every subscription.
    func subscriptions() throws -> [SubscriptionRecord]

    /// The resource group `name` in `subscriptionId`.
    func resourceGroup(subscriptionId: String, name: String) throws -> ResourceGroupRecord?
    /// The subscription `subscriptionId` and, when `groupName` is given, its resource group of that
    /// name (each nil when missing), in one lookup: what every resource request checks first.
    func subscriptionAndGroup(subscriptionId: String, groupName: String?) throws
        -> (subscription: SubscriptionRecord?, group: ResourceGroupRecord?)
    /// The resource groups of `subscriptionId`.
    func resourceGroups(subscriptionId: String) throws -> [ResourceGroupRecord]

    /// The resource with `id`.
    func resource(id: String) throws -> ResourceRecord?
    /// The resource with `id` and the background copy filling it (nil when none), in one lookup:
    /// what every GET of a disk or snapshot reads.
    func resourceAndCopyJob(id: String) throws -> (resource: ResourceRecord?, copyJob: CopyJob?)
    /// The resources matching `query`.
    func resources(matching query: ResourceQuery) throws -> [ResourceRecord]
    /// Every resource whose id lies below `parentId` (children, grandchildren, …), not the parent itself.
    func resources(under parentId: String) throws -> [ResourceRecord]

    /// The deployment `name` in `scope`.
    func deployment(scope: String, name: String) throws -> DeploymentRecord?
    /// The deployments in `scope`, oldest timestamp first.
    func deployments(scope: String) throws -> [DeploymentRecord]
    /// The operations of the deployment with id `deploymentId`, in the order they were first saved.
    func deploymentOperations(deploymentId: String) throws -> [DeploymentOperationRecord]
    /// One operation of a deployment.
    func deploymentOperation(deploymentId: String, operationId: String) throws -> DeploymentOperationRecord?

    /// The background copy filling `resourceId`.
    func copyJob(resourceId: String) throws -> CopyJob?
    /// Every background copy.
    func copyJobs() throws -> [CopyJob]

    /// The long-running operation `id`.
    func asyncOperation(id: String) throws -> AsyncOperationRecord?
}

extension StateReader {
    /// The subscription `account set` selected, or nil when the setting names no existing subscription.
    package func currentSubscription() throws -> SubscriptionRecord? {
        guard let id = try setting(.currentSubscription) else { return nil }
        return try subscription(id: id)
    }

    /// The resources in resource group `resourceGroup` of `subscriptionId`.
    package func resources(subscriptionId: String, resourceGroup: String) throws -> [ResourceRecord] {
        try resources(matching: ResourceQuery(subscriptionId: subscriptionId, resourceGroup: resourceGroup))
    }

    /// The resources in `subscriptionId`.
    package func resources(subscriptionId: String) throws -> [ResourceRecord] {
        try resources(matching: ResourceQuery(subscriptionId: subscriptionId))
    }

    /// The resources of full type `type` (e.g. `Microsoft.Compute/snapshots`), optionally in one subscription.
    package func resources(type: String, subscriptionId: String? = nil) throws -> [ResourceRecord] {
        try resources(matching: ResourceQuery(subscriptionId: subscriptionId, type: type))
    }
}
