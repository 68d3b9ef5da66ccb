import ArmletCore
package import ArmletJSON
import ArmletProviders
import ArmletState

/// Resource groups, subscriptions and tenants as ARM's REST API returns them: `ResourceGroup`,
/// `Subscription` and `TenantIdDescription`, members without a value left out.
package enum ARMBodies {
    /// ARM's `ResourceGroup`.
    package static func resourceGroup(_ group: ResourceGroup) -> JSONValue {
        var record = ResourceGroupRecord(subscriptionId: group.subscriptionId, name: group.name, location: group.location,
                                         tags: .object(group.tags), createdTime: group.createdTime)
        record.managedBy = group.managedBy
        record.provisioningState = group.provisioningState
        return ResourceGroupProvider.body(record)
    }

    /// ARM's `Subscription`.
    package static func subscription(_ subscription: Subscription) -> JSONValue {
        var policies = JSONObject()
        policies["locationPlacementId"] = "Public_2014-09-01"
        policies["quotaId"] = "PayAsYouGo_2014-09-01"
        policies["spendingLimit"] = "Off"
        var o = JSONObject()
        o["id"] = .string(subscription.resourceId)
        o["authorizationSource"] = "RoleBased"
        o["managedByTenants"] = []
        o["subscriptionId"] = .string(subscription.id)
        o["tenantId"] = .string(subscription.tenantId)
        o["displayName"] = .string(subscription.displayName)
        o["state"] = .string(subscription.state)
        o["subscriptionPolicies"] = .object(policies)
        return .object(o)
    }

    /// ARM's `TenantIdDescription`.
    package static func tenant(_ tenant: Tenant) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string("/tenants/\(tenant.id)")
        o["tenantId"] = .string(tenant.id)
        o["countryCode"] = .string(tenant.countryCode)
        o["displayName"] = .string(tenant.displayName)
        o["domains"] = ["armlet.local"]
        o["defaultDomain"] = "armlet.local"
        o["tenantCategory"] = "Home"
        o["tenantType"] = "AAD"
        return .object(o)
    }
}
