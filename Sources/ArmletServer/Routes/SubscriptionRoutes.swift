import ArmletCore
import ArmletEngine
import ArmletJSON
import Hummingbird

/// `/subscriptions`, `/subscriptions/{s}` and `/tenants`, limited to the caller's tenant.
enum SubscriptionRoutes {
    static func list(_ call: ARMCall, services: ServerServices) throws -> Response {
        let tenant = call.claims?.tenantId ?? ""
        let subscriptions = try services.engine(subscription: nil).resources.subscriptions()
            .filter { JSONObject.equalIgnoringCase($0.tenantId, tenant) }
        return ARMResponse.json(Paging.page(subscriptions.map(ARMBodies.subscription), call: call,
                                            pageSize: services.configuration.pageSize))
    }

    static func get(_ call: ARMCall, id: String, services: ServerServices) throws -> Response {
        guard let subscription = try services.engine(subscription: nil).resources.subscription(id: id) else {
            throw ARMError.subscriptionNotFound(id)
        }
        return ARMResponse.json(ARMBodies.subscription(subscription))
    }

    static func tenants(_ call: ARMCall, services: ServerServices) throws -> Response {
        let tenant = call.claims?.tenantId ?? ""
        let tenants = try services.engine(subscription: nil).resources.tenants().filter { JSONObject.equalIgnoringCase($0.id, tenant) }
        return ARMResponse.json(Paging.page(tenants.map(ARMBodies.tenant), call: call, pageSize: services.configuration.pageSize))
    }
}
