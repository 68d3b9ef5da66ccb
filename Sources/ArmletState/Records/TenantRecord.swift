import ArmletCore

/// A directory (Microsoft Entra tenant) that subscriptions belong to.
package struct TenantRecord: Hashable, Sendable {
    /// The tenant GUID.
    package var id: String
    /// The name `az account tenant list` shows.
    package var displayName: String
    /// Two-letter country code, as `tenant()` reports it.
    package var countryCode: String

    /// A tenant with id `id`.
    package init(id: String, displayName: String, countryCode: String = "US") {
        self.id = id
        self.displayName = displayName
        self.countryCode = countryCode
    }

    /// The tenant every new store starts with (``ARMDefaults/tenantId``).
    package static let `default` = TenantRecord(id: ARMDefaults.tenantId, displayName: ARMDefaults.tenantName)
}
