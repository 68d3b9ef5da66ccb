import ArmletCore
import ArmletJSON
import ArmletState
import Hummingbird

/// `/subscriptions`, `/subscriptions/{s}` and `/tenants`, limited to the caller's tenant.
enum SubscriptionRoutes {
    static func list(_ call: ARMCall, services: ServerServices) throws -> Response {
        let tenant = call.claims?.tenantId ?? ""
        let subscriptions = try services.store.read { try $0.subscriptions() }
            .filter { JSONObject.equalIgnoringCase($0.tenantId, tenant) }
        return ARMResponse.json(Paging.page(subscriptions.map(json), call: call,
                                            pageSize: services.configuration.pageSize))
    }

    static func get(_ call: ARMCall, id: String, services: ServerServices) throws -> Response {
        guard let subscription = try services.store.read({ try $0.subscription(id: id) }) else {
            throw ARMError.subscriptionNotFound(id)
        }
        return ARMResponse.json(json(subscription))
    }

    static func tenants(_ call: ARMCall, services: ServerServices) throws -> Response {
        let tenant = call.claims?.tenantId ?? ""
        let tenants = try services.store.read { try $0.tenants() }.filter { JSONObject.equalIgnoringCase($0.id, tenant) }
        return ARMResponse.json(Paging.page(tenants.map(json), call: call, pageSize: services.configuration.pageSize))
    }

    /// ARM's `Subscription` object.
    static func json(_ subscription: SubscriptionRecord) -> JSONValue {
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

    /// ARM's `TenantIdDescription` object.
    static func json(_ tenant: TenantRecord) -> JSONValue {
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
