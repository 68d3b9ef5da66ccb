import ArmletCatalog
package import ArmletCore
package import ArmletJSON
package import ArmletProviders
import ArmletState
import Foundation

extension ResourceManager {
    /// PUT of the resource `id` (create or replace) in `apiVersion` with `body`.
    /// - Throws: ``ARMError``: `SubscriptionNotFound`, `ResourceGroupNotFound`, `InvalidResourceNamespace`,
    ///   `InvalidResourceType`, `NoRegisteredProviderFound`, `LocationNotAvailableForResourceType`,
    ///   `InvalidResourceId`, or the provider's error.
    package func put(id: String, apiVersion: String, body: JSONValue) throws -> ProviderResult {
        let now = context.clock.now()
        return try store.write { state in try put(id: id, apiVersion: apiVersion, body: body, now: now, in: state) }
    }

    /// The PUT of ``put(id:apiVersion:body:)`` run to its end and then rolled back: the provider's
    /// answer without keeping anything (the portal's Review + create validation).
    /// - Throws: the errors ``put(id:apiVersion:body:)`` throws; nothing when it would succeed.
    package func validatePut(id: String, apiVersion: String, body: JSONValue) throws {
        struct RolledBack: Error {}
        let now = context.clock.now()
        do {
            try store.write { state in
                _ = try put(id: id, apiVersion: apiVersion, body: body, now: now, in: state)
                throw RolledBack()
            }
        } catch is RolledBack {
            return
        }
    }

    private func put(id: String, apiVersion: String, body: JSONValue, now: Date,
                     in state: any StateTransaction) throws -> ProviderResult {
        let request = try Self.request(id: id, apiVersion: apiVersion, body: body, now: now, in: state)
        if let parsed = ResourceID(request.id),
           let problem = ResourceCatalog.shared.placementCheck(type: request.type, id: parsed,
                                                               location: body["location"]?.stringValue) {
            throw ARMError(code: problem.code, message: problem.message, target: problem.target)
        }
        return try context.registry.provider(for: request.type).put(request, in: state)
    }

    /// PATCH of the resource `id` with the members of `body`.
    package func patch(id: String, apiVersion: String, body: JSONValue) throws -> ProviderResult {
        let now = context.clock.now()
        let registry = context.registry
        return try store.write { state in
            let request = try Self.request(id: id, apiVersion: apiVersion, body: body, now: now, in: state)
            return try registry.provider(for: request.type).patch(request, in: state)
        }
    }

    /// GET of the resource `id`, as its provider presents it now (background copies included).
    package func get(id: String, apiVersion: String) throws -> JSONValue {
        try get(id: try Self.resourceID(id), apiVersion: apiVersion)
    }

    /// GET of the resource `id`, already parsed (the server's route parsed it once).
    package func get(id: ResourceID, apiVersion: String) throws -> JSONValue {
        let now = context.clock.now()
        let registry = context.registry
        return try store.read { state in
            let request = try Self.request(id: id, apiVersion: apiVersion, body: .null, now: now, in: state)
            return try registry.provider(for: request.type).get(request, in: state)
        }
    }

    /// DELETE of the resource `id`; deleting what does not exist succeeds with change `none`.
    package func delete(id: String, apiVersion: String) throws -> ProviderResult {
        let now = context.clock.now()
        let registry = context.registry
        return try store.write { state in
            let request = try Self.request(id: id, apiVersion: apiVersion, body: .null, now: now, in: state)
            return try registry.provider(for: request.type).delete(request, in: state)
        }
    }

    /// POST of action `name` (e.g. `beginGetAccess`) on the resource `id` with `body`.
    package func action(_ name: String, id: String, apiVersion: String, body: JSONValue) throws -> ProviderResult {
        let now = context.clock.now()
        let registry = context.registry
        return try store.write { state in
            let request = try Self.request(id: id, apiVersion: apiVersion, body: body, now: now, in: state)
            return try registry.provider(for: request.type).action(name: name, request, in: state)
        }
    }

    /// The resources of `type` in the current subscription, optionally one group of it.
    package func list(type: String, resourceGroup: String? = nil) throws -> [JSONValue] {
        let subscription = try currentSubscription()
        if let resourceGroup { _ = try group(name: resourceGroup) }
        let scope = ListScope(type: type, subscriptionId: subscription.id, resourceGroup: resourceGroup,
                              now: context.clock.now())
        let registry = context.registry
        return try store.read { state in try registry.provider(for: type).list(scope, in: state) }
    }

    /// `id` parsed, when it names a provider resource in a subscription.
    /// - Throws: ``ARMError`` `InvalidResourceId` (400) naming `id` as written.
    static func resourceID(_ id: String) throws -> ResourceID {
        guard let parsed = ResourceID(id), isResource(parsed) else { throw invalidResourceId(id) }
        return parsed
    }

    private static func isResource(_ id: ResourceID) -> Bool {
        (id.kind == .resource || id.kind == .extensionResource) && id.subscriptionId != nil
    }

    private static func invalidResourceId(_ id: String) -> ARMError {
        ARMError(code: "InvalidResourceId", message: "The resource id '\(id)' is not valid.", httpStatus: 400)
    }

    /// The provider request for `id`, after ARM's envelope checks against `state`.
    static func request(id: String, apiVersion: String, body: JSONValue, now: Date,
                        in state: any StateReader) throws -> ResourceRequest {
        try request(id: try resourceID(id), apiVersion: apiVersion, body: body, now: now, in: state)
    }

    /// The provider request for the parsed `parsed`, after ARM's envelope checks against `state`.
    static func request(id parsed: ResourceID, apiVersion: String, body: JSONValue, now: Date,
                        in state: any StateReader) throws -> ResourceRequest {
        guard isResource(parsed), let subscriptionId = parsed.subscriptionId else {
            throw invalidResourceId(parsed.description)
        }
        let envelope = try state.subscriptionAndGroup(subscriptionId: subscriptionId, groupName: parsed.resourceGroup)
        guard let subscription = envelope.subscription else {
            throw ARMError.subscriptionNotFound(subscriptionId)
        }
        if let name = parsed.resourceGroup, envelope.group == nil {
            throw ARMError.resourceGroupNotFound(name)
        }
        let group = envelope.group
        guard !apiVersion.isEmpty else {
            throw ARMError(code: "MissingApiVersionParameter",
                           message: "The api-version query parameter (?api-version=) is required for all requests.")
        }
        let location = body["location"]?.stringValue ?? group?.location ?? ""
        if let problem = ResourceCatalog.shared.apiVersionCheck(type: parsed.type, apiVersion: apiVersion,
                                                                location: location) {
            throw ARMError(code: problem.code, message: problem.message, target: problem.target)
        }
        return ResourceRequest(id: parsed.description, type: parsed.type, apiVersion: apiVersion, name: parsed.name,
                               body: body, subscription: subscription, resourceGroup: group, now: now)
    }
}
