/// What a write transaction can change, on top of everything a ``StateReader`` reads.
///
/// `save` inserts or replaces by key (ignoring case) and keeps the key's first-written case: saving
/// resource group `RG1` over an existing `rg1` updates `rg1`. `delete…` return whether something was there.
package protocol StateTransaction: StateReader {
    /// Runs `commit` after this transaction commits, or `rollback` after it rolls back: for work kept
    /// outside the store (a disk's block volume) that must follow the transaction's fate. Each runs at
    /// most once, on the thread that ends the transaction; neither may use the store.
    func afterTransaction(commit: @escaping @Sendable () -> Void, rollback: @escaping @Sendable () -> Void)

    /// Sets the setting `key`, or removes it when `value` is nil.
    func setSetting(_ key: SettingKey, to value: String?) throws

    /// Inserts or replaces a tenant.
    func save(_ tenant: TenantRecord) throws
    /// Inserts or replaces a subscription.
    func save(_ subscription: SubscriptionRecord) throws
    /// Deletes a subscription (its resource groups, resources and deployments are left to the caller).
    @discardableResult func deleteSubscription(id: String) throws -> Bool

    /// Inserts or replaces a resource group.
    func save(_ group: ResourceGroupRecord) throws
    /// Deletes a resource group record (its resources are left to the caller, who deletes them through
    /// their providers).
    @discardableResult func deleteResourceGroup(subscriptionId: String, name: String) throws -> Bool

    /// Inserts or replaces a resource.
    func save(_ resource: ResourceRecord) throws
    /// Deletes a resource and its copy job.
    @discardableResult func deleteResource(id: String) throws -> Bool

    /// Inserts or replaces a deployment. Replacing keeps its operations; delete them first when re-deploying.
    func save(_ deployment: DeploymentRecord) throws
    /// Deletes a deployment and its operations.
    @discardableResult func deleteDeployment(scope: String, name: String) throws -> Bool
    /// Inserts or replaces one operation of a saved deployment.
    /// - Throws: ``StateError`` `StateStoreFailed` when the deployment does not exist.
    func save(_ operation: DeploymentOperationRecord) throws
    /// Deletes every operation of a deployment; returns how many there were.
    @discardableResult func deleteDeploymentOperations(deploymentId: String) throws -> Int

    /// Inserts or replaces the copy job of a resource.
    func save(_ job: CopyJob) throws
    /// Deletes the copy job of `resourceId`.
    @discardableResult func deleteCopyJob(resourceId: String) throws -> Bool

    /// Inserts or replaces a long-running operation.
    func save(_ operation: AsyncOperationRecord) throws
    /// Deletes a long-running operation.
    @discardableResult func deleteAsyncOperation(id: String) throws -> Bool
}

extension StateTransaction {
    /// Replaces the setting `key` with `transform(old)` (nil removes it) in this transaction; returns the
    /// new value. What every store's ``StateStore/updateSetting(_:_:)`` does inside its transaction.
    package func updateSetting(_ key: SettingKey, _ transform: (String?) -> String?) throws -> String? {
        let value = transform(try setting(key))
        try setSetting(key, to: value)
        return value
    }
}
