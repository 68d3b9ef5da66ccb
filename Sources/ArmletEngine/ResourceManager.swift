import ArmletCore
import ArmletJSON
import ArmletState

/// The ARM "front door": subscriptions, resource groups and resources by id, with the checks ARM
/// makes before it forwards a request to a resource provider.
///
/// The command line and the (later) REST server call the same methods; results are records or
/// JSON shaped as ARM returns them, failures are ``ARMError``s with ARM's codes and HTTP statuses.
/// Every change is one state transaction.
package struct ResourceManager: Sendable {
    /// The engine's parts.
    package let context: EngineContext

    /// A front door over `context`.
    package init(context: EngineContext) { self.context = context }

    var store: any StateStore { context.store }
}

// MARK: - Subscriptions

extension ResourceManager {
    /// Every subscription, ordered by id.
    package func subscriptions() throws -> [Subscription] {
        try subscriptionRecords().map(Subscription.init)
    }

    func subscriptionRecords() throws -> [SubscriptionRecord] {
        try store.read { try $0.subscriptions() }
    }

    /// The subscription commands act on: the context's override (name or id), else the one
    /// `account set` selected, else the default subscription.
    /// - Throws: ``ARMError`` `SubscriptionNotFound` when the override names no subscription.
    package func currentSubscription() throws -> Subscription { Subscription(try currentSubscriptionRecord()) }

    func currentSubscriptionRecord() throws -> SubscriptionRecord {
        if let override = context.subscription { return try subscriptionRecord(named: override) }
        return try store.read { state in
            if let current = try state.currentSubscription() { return current }
            return try state.subscriptions().first ?? SubscriptionRecord.default
        }
    }

    /// The subscription with `id` (ignoring case), when the store has it.
    package func subscription(id: String) throws -> Subscription? {
        try store.read { try $0.subscription(id: id) }.map(Subscription.init)
    }

    /// The subscription whose id or display name is `nameOrId` (ignoring case).
    /// - Throws: ``ARMError`` `SubscriptionNotFound`.
    package func subscription(named nameOrId: String) throws -> Subscription {
        Subscription(try subscriptionRecord(named: nameOrId))
    }

    func subscriptionRecord(named nameOrId: String) throws -> SubscriptionRecord {
        let all = try subscriptionRecords()
        if let match = all.first(where: { JSONObject.equalIgnoringCase($0.id, nameOrId) })
            ?? all.first(where: { JSONObject.equalIgnoringCase($0.displayName, nameOrId) }) {
            return match
        }
        throw ARMError(code: "SubscriptionNotFound",
                       message: "Subscription '\(nameOrId)' not found. Check the spelling and casing and try again.",
                       httpStatus: 404)
    }

    /// Makes `nameOrId` the current subscription (`az account set`) and returns it.
    /// - Throws: ``ARMError`` `SubscriptionNotFound`.
    @discardableResult
    package func setCurrentSubscription(_ nameOrId: String) throws -> Subscription {
        let match = try subscription(named: nameOrId)
        try store.write { try $0.setSetting(.currentSubscription, to: match.id) }
        return match
    }

    /// The id of the subscription `account set` selected (what `isDefault` reports).
    package func defaultSubscriptionId() throws -> String? {
        try store.read { try $0.currentSubscription()?.id }
    }

    /// Every tenant.
    package func tenants() throws -> [Tenant] {
        try store.read { try $0.tenants() }.map(Tenant.init)
    }
}
