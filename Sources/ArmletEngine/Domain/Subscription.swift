import ArmletState

/// A subscription, as the engine hands it out.
package struct Subscription: Hashable, Sendable {
    /// The subscription GUID (lookups ignore case).
    package let id: String
    /// The name `az account list` shows.
    package let displayName: String
    /// The tenant it belongs to.
    package let tenantId: String
    /// `Enabled`, `Disabled`, `Warned`, `PastDue` or `Deleted`.
    package let state: String

    /// `/subscriptions/{id}`.
    package var resourceId: String { "/subscriptions/\(id)" }

    init(_ record: SubscriptionRecord) {
        id = record.id
        displayName = record.displayName
        tenantId = record.tenantId
        state = record.state
    }
}

/// A tenant (directory), as the engine hands it out.
package struct Tenant: Hashable, Sendable {
    /// The tenant GUID.
    package let id: String
    /// Its display name.
    package let displayName: String
    /// Two-letter country code.
    package let countryCode: String

    init(_ record: TenantRecord) {
        id = record.id
        displayName = record.displayName
        countryCode = record.countryCode
    }
}
