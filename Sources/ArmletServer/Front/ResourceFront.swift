import ArmletCatalog
import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletProviders
import Foundation

/// What the HTTP routes add on top of the engine's `ResourceManager` — the one front door the
/// command line uses too, with ARM's envelope checks (subscription, resource group, api-version per
/// type) and the provider calls. Only the HTTP parts live here: recording long-running results for
/// polling, and the subscription taken from the request path rather than the CLI's current one.
struct ResourceFront: Sendable {
    /// The server's shared parts.
    let services: ServerServices

    /// How a long-running result is recorded for polling: the operation id and kind, and the method.
    struct OperationPlan: Sendable {
        /// The operation id (a GUID).
        var id: String
        /// ``LongRunningOperation/kind``, e.g. `Microsoft.Compute/DiskOperations`.
        var kind: String
        /// The HTTP method (or `POST:{action}`) the operation answers for.
        var method: String

        /// A plan.
        init(id: String = UUID().uuidString.lowercased(), kind: String, method: String) {
            self.id = id
            self.kind = kind
            self.method = method
        }
    }

    /// The engine's front door for requests addressed to `subscriptionId`.
    func manager(subscription subscriptionId: String) -> ResourceManager {
        services.engine(subscription: subscriptionId).resources
    }

    // MARK: - Resources

    /// PUT of resource `id`; a long-running result is recorded under `operation`.
    func put(_ id: ResourceID, apiVersion: String, body: JSONValue, operation: OperationPlan?) throws
        -> (result: ProviderResult, operation: LongRunningOperation?) {
        let result = try manager(subscription: id.subscriptionId ?? "").put(id: id.description, apiVersion: apiVersion,
                                                                      body: body)
        return (result, try record(result, id: id, apiVersion: apiVersion, plan: operation))
    }

    /// PUT of resource `id` checked by its provider and rolled back (nothing is kept).
    func validatePut(_ id: ResourceID, apiVersion: String, body: JSONValue) throws {
        try manager(subscription: id.subscriptionId ?? "").validatePut(id: id.description, apiVersion: apiVersion, body: body)
    }

    /// PATCH of resource `id`.
    func patch(_ id: ResourceID, apiVersion: String, body: JSONValue, operation: OperationPlan?) throws
        -> (result: ProviderResult, operation: LongRunningOperation?) {
        let result = try manager(subscription: id.subscriptionId ?? "").patch(id: id.description, apiVersion: apiVersion,
                                                                        body: body)
        return (result, try record(result, id: id, apiVersion: apiVersion, plan: operation))
    }

    /// DELETE of resource `id`; deleting what does not exist succeeds with change `none`.
    func delete(_ id: ResourceID, apiVersion: String, operation: OperationPlan?) throws
        -> (result: ProviderResult, operation: LongRunningOperation?) {
        let result = try manager(subscription: id.subscriptionId ?? "").delete(id: id.description, apiVersion: apiVersion)
        return (result, try record(result, id: id, apiVersion: apiVersion, plan: operation))
    }

    /// POST of action `name` on resource `id`.
    func action(_ name: String, on id: ResourceID, apiVersion: String, body: JSONValue,
                operation: OperationPlan?) throws -> (result: ProviderResult, operation: LongRunningOperation?) {
        let result = try manager(subscription: id.subscriptionId ?? "").action(name, id: id.description,
                                                                         apiVersion: apiVersion, body: body)
        return (result, try record(result, id: id, apiVersion: apiVersion, plan: operation))
    }

    /// GET of resource `id`, as its provider presents it now (background copies included).
    func get(_ id: ResourceID, apiVersion: String) throws -> JSONValue {
        try manager(subscription: id.subscriptionId ?? "").get(id: id, apiVersion: apiVersion)
    }

    /// The resources of `type` in a subscription or one of its groups; `parentId` narrows a child type
    /// to one parent.
    func list(subscriptionId: String, resourceGroup: String?, type: String, parentId: String?,
              apiVersion: String) throws -> [JSONValue] {
        let manager = self.manager(subscription: subscriptionId)
        let location = try resourceGroup.map { try manager.group(name: $0).location } ?? ""
        try Self.checkAPIVersion(type: type, apiVersion: apiVersion, location: location)
        let values = try manager.list(type: type, resourceGroup: resourceGroup)
        guard let parentId else { return values }
        let prefix = parentId.lowercased() + "/"
        return values.filter { ($0["id"]?.stringValue ?? "").lowercased().hasPrefix(prefix) }
    }

    /// The long-running operation `id` of `kind`.
    func operation(id: String, kind: String) throws -> LongRunningOperation? {
        try services.engine(subscription: nil).operations.operation(id: id, kind: kind)
    }

    /// Saves the finished operation of a long-running `result` for its `Azure-AsyncOperation` poll.
    private func record(_ result: ProviderResult, id: ResourceID, apiVersion: String, plan: OperationPlan?) throws
        -> LongRunningOperation? {
        guard let plan, result.isLongRunning else { return nil }
        var properties = JSONObject()
        properties["method"] = .string(plan.method)
        properties["apiVersion"] = .string(apiVersion)
        if let output = result.body { properties["output"] = output }
        return try services.engine(subscription: id.subscriptionId).operations.recordFinished(
            id: plan.id, kind: plan.kind, resourceId: id.description, properties: .object(properties))
    }

    /// ARM's `NoRegisteredProviderFound` (400) when the catalog knows `type` but not `apiVersion`
    /// (for the calls `ResourceManager` takes no api-version for: groups and lists).
    static func checkAPIVersion(type: String, apiVersion: String, location: String) throws {
        if let problem = ResourceCatalog.shared.apiVersionCheck(type: type, apiVersion: apiVersion, location: location) {
            throw ARMError(code: problem.code, message: problem.message, target: problem.target)
        }
    }
}
