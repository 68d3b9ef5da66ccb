import ArmletCore
import ArmletJSON
import ArmletProviders
import ArmletState
import Foundation

/// Builds provider requests for planned and stored resources inside a transaction.
struct ResourceRequests {
    let registry: ProviderRegistry
    let now: Date
    /// Groups the deployment creates, by lower-cased name: preflight checks their resources before
    /// they exist.
    var plannedGroups: [String: ResourceGroupRecord] = [:]

    /// The request that deploys `id` (a planned resource) with `body`; the id is parsed once, for its
    /// name and its scope.
    /// - Throws: ``ARMError`` `ResourceGroupNotFound` when the resource's group does not exist.
    func request(id: String, type: String, apiVersion: String, body: JSONValue,
                 in reader: any StateReader, fallback: (SubscriptionRecord, ResourceGroupRecord?)) throws -> ResourceRequest {
        let parsed = ResourceID(id)
        let (subscription, group) = try scope(of: parsed, in: reader, fallback: fallback)
        let name = parsed?.name ?? ResourceID.name(of: id)
        return ResourceRequest(id: id, type: type, apiVersion: apiVersion, name: name, body: body,
                               subscription: subscription, resourceGroup: group, now: now)
    }

    /// What a GET of `record` returns now, through its provider (background copies included).
    func present(_ record: ResourceRecord, in reader: any StateReader) throws -> JSONValue {
        let subscription = try reader.subscription(id: record.subscriptionId)
            ?? SubscriptionRecord(id: record.subscriptionId, displayName: record.subscriptionId, tenantId: "")
        let group = try record.resourceGroup.flatMap { try reader.resourceGroup(subscriptionId: record.subscriptionId,
                                                                                name: $0) }
        let request = ResourceRequest(id: record.id, type: record.type, apiVersion: record.apiVersion,
                                      name: record.name, subscription: subscription, resourceGroup: group, now: now)
        return try registry.provider(for: record.type).get(request, in: reader)
    }

    /// A reference resolver reading `reader`.
    func resolver(_ reader: any StateReader) -> StateReferenceResolver {
        StateReferenceResolver(reader: reader) { record in try present(record, in: reader) }
    }

    private func scope(of parsed: ResourceID?, in reader: any StateReader,
                       fallback: (SubscriptionRecord, ResourceGroupRecord?)) throws -> (SubscriptionRecord, ResourceGroupRecord?)
    {
        guard let parsed, let subscriptionId = parsed.subscriptionId else {
            // Tenant and management group resources: the deploying subscription stands in.
            return (fallback.0, parsed == nil ? fallback.1 : nil)
        }
        let subscription = JSONObject.equalIgnoringCase(subscriptionId, fallback.0.id)
            ? fallback.0 : try reader.subscription(id: subscriptionId)
        guard let subscription else { throw ARMError.subscriptionNotFound(subscriptionId) }
        guard let groupName = parsed.resourceGroup, parsed.kind != .resourceGroup else { return (subscription, nil) }
        if let group = fallback.1, JSONObject.equalIgnoringCase(groupName, group.name),
           JSONObject.equalIgnoringCase(subscription.id, group.subscriptionId) {
            return (subscription, group)
        }
        if let group = try reader.resourceGroup(subscriptionId: subscription.id, name: groupName) {
            return (subscription, group)
        }
        if let planned = plannedGroups[groupName.lowercased()],
           JSONObject.equalIgnoringCase(planned.subscriptionId, subscription.id) {
            return (subscription, planned)
        }
        throw ARMError.resourceGroupNotFound(groupName)
    }
}
