import ArmletCatalog
public import ArmletJSON
public import ArmletProviders
public import ArmletState
public import Foundation

/// The thin layer between the HTTP routes and the state: ARM's envelope checks (subscription, resource
/// group, api-version per type) and the provider calls, each in one state transaction, so a request
/// that fails changes nothing.
///
/// Its methods mirror the engine's `ResourceManager` (groups and resources by id) so the routes can
/// move to it without changing shape.
public struct ResourceFront: Sendable {
    /// Where everything is kept.
    public let store: any StateStore
    /// The simulated clock.
    public let clock: any ArmletState.Clock
    /// Which provider serves which type.
    public let registry: ProviderRegistry

    /// A front over `store`, `clock` and `registry`.
    public init(store: any StateStore, clock: any ArmletState.Clock, registry: ProviderRegistry) {
        self.store = store
        self.clock = clock
        self.registry = registry
    }

    /// How a long-running result is recorded for polling: the operation id and kind, and the method.
    public struct OperationPlan: Sendable {
        /// The operation id (a GUID).
        public var id: String
        /// ``AsyncOperationRecord/kind``, e.g. `Microsoft.Compute/DiskOperations`.
        public var kind: String
        /// The HTTP method (or `POST:{action}`) the operation answers for.
        public var method: String

        /// A plan.
        public init(id: String = UUID().uuidString.lowercased(), kind: String, method: String) {
            self.id = id
            self.kind = kind
            self.method = method
        }
    }

    // MARK: - Resources

    /// PUT of resource `id`; a long-running result is recorded under `operation` in the same transaction.
    public func put(_ id: ResourceID, apiVersion: String, body: JSONValue, operation: OperationPlan?) throws
        -> (result: ProviderResult, operation: AsyncOperationRecord?) {
        try change(id, apiVersion: apiVersion, body: body, operation: operation) { provider, request, state in
            try provider.put(request, in: state)
        }
    }

    /// PATCH of resource `id`.
    public func patch(_ id: ResourceID, apiVersion: String, body: JSONValue, operation: OperationPlan?) throws
        -> (result: ProviderResult, operation: AsyncOperationRecord?) {
        try change(id, apiVersion: apiVersion, body: body, operation: operation) { provider, request, state in
            try provider.patch(request, in: state)
        }
    }

    /// DELETE of resource `id`; deleting what does not exist succeeds with change `none`.
    public func delete(_ id: ResourceID, apiVersion: String, operation: OperationPlan?) throws
        -> (result: ProviderResult, operation: AsyncOperationRecord?) {
        try change(id, apiVersion: apiVersion, body: .null, operation: operation) { provider, request, state in
            try provider.delete(request, in: state)
        }
    }

    /// POST of action `name` on resource `id`.
    public func action(_ name: String, on id: ResourceID, apiVersion: String, body: JSONValue,
                       operation: OperationPlan?) throws -> (result: ProviderResult, operation: AsyncOperationRecord?) {
        try change(id, apiVersion: apiVersion, body: body, operation: operation) { provider, request, state in
            try provider.action(name: name, request, in: state)
        }
    }

    /// GET of resource `id`, as its provider presents it now (background copies included).
    public func get(_ id: ResourceID, apiVersion: String) throws -> JSONValue {
        let now = clock.now()
        return try store.read { state in
            let request = try Self.request(id, apiVersion: apiVersion, body: .null, now: now, in: state)
            return try registry.provider(for: request.type).get(request, in: state)
        }
    }

    /// The resources of `type` in a subscription or one of its groups; `parentId` narrows a child type
    /// to one parent.
    public func list(subscriptionId: String, resourceGroup: String?, type: String, parentId: String?,
                     apiVersion: String) throws -> [JSONValue] {
        let now = clock.now()
        return try store.read { state in
            guard try state.subscription(id: subscriptionId) != nil else {
                throw ARMErrorResponse.subscriptionNotFound(subscriptionId)
            }
            var location = ""
            if let resourceGroup {
                guard let group = try state.resourceGroup(subscriptionId: subscriptionId, name: resourceGroup) else {
                    throw ARMErrorResponse.resourceGroupNotFound(resourceGroup)
                }
                location = group.location
            }
            try Self.checkAPIVersion(type: type, apiVersion: apiVersion, location: location)
            let scope = ListScope(type: type, subscriptionId: subscriptionId, resourceGroup: resourceGroup, now: now)
            let values = try registry.provider(for: type).list(scope, in: state)
            guard let parentId else { return values }
            let prefix = parentId.lowercased() + "/"
            return values.filter { ($0["id"]?.stringValue ?? "").lowercased().hasPrefix(prefix) }
        }
    }

    /// The long-running operation `id` of `kind`.
    public func operation(id: String, kind: String) throws -> AsyncOperationRecord? {
        try store.read { state in
            guard let record = try state.asyncOperation(id: id), JSONObject.equalIgnoringCase(record.kind, kind)
            else { return nil }
            return record
        }
    }

    private func change(_ id: ResourceID, apiVersion: String, body: JSONValue, operation plan: OperationPlan?,
                        _ perform: (any ResourceProvider, ResourceRequest, any StateTransaction) throws -> ProviderResult)
        throws -> (result: ProviderResult, operation: AsyncOperationRecord?) {
        let now = clock.now()
        return try store.write { state in
            let request = try Self.request(id, apiVersion: apiVersion, body: body, now: now, in: state)
            let result = try perform(registry.provider(for: request.type), request, state)
            guard let plan, result.isLongRunning else { return (result, nil) }
            var properties = JSONObject()
            properties["method"] = .string(plan.method)
            properties["apiVersion"] = .string(apiVersion)
            if let output = result.body { properties["output"] = output }
            let record = AsyncOperationRecord(id: plan.id, kind: plan.kind, status: .succeeded, startTime: now,
                                              endTime: now, resourceId: request.id, properties: .object(properties))
            try state.save(record)
            return (result, record)
        }
    }

    /// The provider request for `id` after ARM's envelope checks.
    static func request(_ id: ResourceID, apiVersion: String, body: JSONValue, now: Date,
                        in state: any StateReader) throws -> ResourceRequest {
        guard let subscription = try state.subscription(id: id.subscriptionId) else {
            throw ARMErrorResponse.subscriptionNotFound(id.subscriptionId)
        }
        var group: ResourceGroupRecord?
        if let name = id.resourceGroup {
            guard let found = try state.resourceGroup(subscriptionId: subscription.id, name: name) else {
                throw ARMErrorResponse.resourceGroupNotFound(name)
            }
            group = found
        }
        let location = body["location"]?.stringValue ?? group?.location ?? ""
        try checkAPIVersion(type: id.type, apiVersion: apiVersion, location: location)
        return ResourceRequest(id: id.description, type: id.type, apiVersion: apiVersion, name: id.name, body: body,
                               subscription: subscription, resourceGroup: group, now: now)
    }

    /// ARM's `NoRegisteredProviderFound` (400) when the catalog knows `type` but not `apiVersion`.
    static func checkAPIVersion(type: String, apiVersion: String, location: String) throws {
        if let problem = ResourceCatalog.shared.apiVersionCheck(type: type, apiVersion: apiVersion, location: location) {
            throw ARMErrorResponse(code: problem.code, message: problem.message, status: 400, target: problem.target)
        }
    }
}
