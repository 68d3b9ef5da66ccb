import ArmletCore

/// A directory (Microsoft Entra tenant) that subscriptions belong to.
public struct TenantRecord: Hashable, Sendable {
    /// The tenant GUID.
    public var id: String
    /// The name `az account tenant list` shows.
    public var displayName: String
    /// Two-letter country code, as `tenant()` reports it.
    public var countryCode: String

    /// A tenant with id `id`.
    public init(id: String, displayName: String, countryCode: String = "US") {
        self.id = id
        self.displayName = displayName
        self.countryCode = countryCode
    }

    /// The tenant every new store starts with (``ARMDefaults/tenantId``).
    public static let `default` = TenantRecord(id: ARMDefaults.tenantId, displayName: ARMDefaults.tenantName)
}
