package import ArmletCore

/// Where a deployment is created: ARM's four deployment scopes (`az deployment group|sub|mg|tenant`).
package enum DeploymentTarget: Sendable, Hashable {
    /// A resource group of the engine's subscription.
    case resourceGroup(String)
    /// The engine's subscription.
    case subscription
    /// A management group, by its name (id).
    case managementGroup(String)
    /// The tenant.
    case tenant

    /// The scope's id for `subscriptionId`: `/subscriptions/{s}/resourceGroups/{g}`, `/subscriptions/{s}`,
    /// `/providers/Microsoft.Management/managementGroups/{mg}`, or the empty tenant root.
    package func scopeId(subscriptionId: String) -> String {
        switch self {
        case .resourceGroup(let name): ResourceID.resourceGroup(subscriptionId: subscriptionId, name: name).description
        case .subscription: ResourceID.subscription(subscriptionId).description
        case .managementGroup(let name): ResourceID.managementGroup(name).description
        case .tenant: ""
        }
    }

    /// The target whose scope id is `scopeId` (as a deployment record keeps it); nil for text that
    /// names no deployment scope.
    package init?(scopeId: String) {
        if scopeId.isEmpty || scopeId == "/" {
            self = .tenant
            return
        }
        guard let id = ResourceID(scopeId) else { return nil }
        switch id.kind {
        case .resourceGroup: self = .resourceGroup(id.name)
        case .subscription: self = .subscription
        case .managementGroup: self = .managementGroup(id.name)
        case .tenant: self = .tenant
        case .resource, .extensionResource: return nil
        }
    }

    /// The resource group's name for a group deployment.
    package var resourceGroup: String? {
        if case .resourceGroup(let name) = self { return name }
        return nil
    }

    /// The scope as ARM names it in messages (`resource group`, `subscription`, ...).
    package var displayName: String {
        switch self {
        case .resourceGroup: "resource group"
        case .subscription: "subscription"
        case .managementGroup: "management group"
        case .tenant: "tenant"
        }
    }
}
