import ArmletCore

/// An Azure subscription: the outer container of resource groups and resources.
package struct SubscriptionRecord: Hashable, Sendable {
    /// The subscription GUID (lookups ignore case).
    package var id: String
    /// The name `az account list` shows.
    package var displayName: String
    /// The tenant the subscription belongs to.
    package var tenantId: String
    /// `Enabled`, `Disabled`, `Warned`, `PastDue` or `Deleted`, as ARM spells them.
    package var state: String

    /// A subscription with id `id` in tenant `tenantId`.
    package init(id: String, displayName: String, tenantId: String, state: String = "Enabled") {
        self.id = id
        self.displayName = displayName
        self.tenantId = tenantId
        self.state = state
    }

    /// `/subscriptions/{id}`.
    package var resourceId: String { "/subscriptions/\(id)" }

    /// The subscription every new store starts with and selects as current:
    /// ``ARMDefaults/subscriptionId``, in ``TenantRecord/default``.
    package static let `default` = SubscriptionRecord(id: ARMDefaults.subscriptionId,
                                                     displayName: ARMDefaults.subscriptionName,
                                                     tenantId: TenantRecord.default.id)
}
