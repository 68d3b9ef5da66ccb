import ArmletCore
import ArmletJSON
import ArmletEngine

/// A subscription as `az account show|list` prints it: the CLI's own profile entry, not an ARM body.
enum AzureAccountShape {
    /// `{environmentName, homeTenantId, id, isDefault, managedByTenants, name, state, tenantId, user}`;
    /// `az account list` names the cloud `cloudName` instead (`listed`).
    static func account(_ subscription: Subscription, isDefault: Bool, listed: Bool = false) -> JSONValue {
        var o = JSONObject()
        o[listed ? "cloudName" : "environmentName"] = "AzureCloud"
        o["homeTenantId"] = .string(subscription.tenantId)
        o["id"] = .string(subscription.id)
        o["isDefault"] = .bool(isDefault)
        o["managedByTenants"] = []
        o["name"] = .string(subscription.displayName)
        o["state"] = .string(subscription.state)
        o["tenantId"] = .string(subscription.tenantId)
        o["user"] = ["name": .string(ARMDefaults.userPrincipalName), "type": "user"]
        return .object(o)
    }
}
