import ArmletCatalog
import ArmletCore
package import ArmletJSON
package import ArmletState

/// Stores any resource type as given, so any template deploys: the request body plus the members
/// ARM sets (`id`, `name`, `type`, a normalised `location`, `properties.provisioningState: Succeeded`).
///
/// Operations are synchronous (ARM answers 200/201 at once). Actions are refused.
package struct GenericProvider: ResourceProvider {
    /// A generic provider.
    package init() {}

    /// None: the generic provider is a fallback and serves what it is given.
    package var resourceTypes: [String] { [] }

    package func validate(_ request: ResourceRequest) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let catalog = ResourceCatalog.shared
        if let problem = catalog.apiVersionCheck(type: request.type, apiVersion: request.apiVersion,
                                                 location: request.location ?? "") {
            diagnostics.append(problem)
        }
        diagnostics += catalog.validateBody(type: request.type, apiVersion: request.apiVersion, body: request.body)
        return diagnostics
    }

    package func put(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        let existing = try transaction.resource(id: request.id)
        var body = ResourceEnvelope.stamp(request.body, request: request)
        var properties = body["properties"] ?? .emptyObject
        if properties.objectValue == nil { properties = .emptyObject }
        properties.set(.string(ProvisioningState.succeeded.rawValue), at: "provisioningState")
        body.set(properties, at: "properties")
        let record = ResourceRecord(
            id: existing?.id ?? request.id, subscriptionId: request.subscription.id,
            resourceGroup: request.resourceGroup?.name, type: request.type, name: request.name,
            apiVersion: request.apiVersion, location: body.string(at: "location"), body: body,
            createdTime: existing?.createdTime ?? request.now, changedTime: request.now)
        try transaction.save(record)
        return ProviderResult(body: body, isLongRunning: false, change: existing == nil ? .created : .updated)
    }

    package func patch(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        guard let existing = try transaction.resource(id: request.id) else {
            throw ARMError.resourceNotFound(type: request.type, name: request.name,
                                                 resourceGroup: request.resourceGroup?.name)
        }
        var merged = existing.body
        JSONMerge.mergePatch(request.body, into: &merged)
        var record = existing
        record.body = merged
        record.changedTime = request.now
        try transaction.save(record)
        return ProviderResult(body: merged, isLongRunning: false, change: .updated)
    }

    package func get(_ request: ResourceRequest, in reader: any StateReader) throws -> JSONValue {
        guard let record = try reader.resource(id: request.id) else {
            throw ARMError.resourceNotFound(type: request.type, name: request.name,
                                                 resourceGroup: request.resourceGroup?.name)
        }
        return record.body
    }

    package func delete(_ request: ResourceRequest, in transaction: any StateTransaction) throws -> ProviderResult {
        let deleted = try transaction.deleteResource(id: request.id)
        return ProviderResult(body: nil, isLongRunning: false, change: deleted ? .deleted : .none)
    }

    package func list(_ scope: ListScope, in reader: any StateReader) throws -> [JSONValue] {
        try reader.resources(matching: ResourceQuery(subscriptionId: scope.subscriptionId,
                                                     resourceGroup: scope.resourceGroup, type: scope.type))
            .map(\.body)
    }

    package func action(name: String, _ request: ResourceRequest,
                       in transaction: any StateTransaction) throws -> ProviderResult {
        throw ARMError.unknownAction(name, type: request.type)
    }
}
