import ArmletJSON
import ArmletState

/// Resource groups and subscriptions as the Azure CLI prints them.
extension ResourceManager {
    /// `az group show`'s object: `{id, location, managedBy, name, properties: {provisioningState}, tags, type}`
    /// (`tags` is `null` when the group has none, as the CLI prints it).
    public func json(_ group: ResourceGroupRecord) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(group.id)
        o["location"] = .string(group.location)
        o["managedBy"] = group.managedBy.map(JSONValue.string) ?? .null
        o["name"] = .string(group.name)
        o["properties"] = ["provisioningState": .string(group.provisioningState.rawValue)]
        let tags = group.tags.objectValue ?? JSONObject()
        o["tags"] = tags.isEmpty ? .null : .object(tags)
        o["type"] = "Microsoft.Resources/resourceGroups"
        return .object(o)
    }

    /// `az account show`'s object for `subscription`: `{environmentName, homeTenantId, id, isDefault,
    /// managedByTenants, name, state, tenantId, user}`; `az account list` names the cloud
    /// `cloudName` instead (`listed`).
    public func json(_ subscription: SubscriptionRecord, isDefault: Bool, listed: Bool = false) -> JSONValue {
        var o = JSONObject()
        o[listed ? "cloudName" : "environmentName"] = "AzureCloud"
        o["homeTenantId"] = .string(subscription.tenantId)
        o["id"] = .string(subscription.id)
        o["isDefault"] = .bool(isDefault)
        o["managedByTenants"] = []
        o["name"] = .string(subscription.displayName)
        o["state"] = .string(subscription.state)
        o["tenantId"] = .string(subscription.tenantId)
        o["user"] = ["name": "armlet@example.com", "type": "user"]
        return .object(o)
    }
}
