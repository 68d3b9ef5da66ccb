import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

/// Storing the resources a disk or snapshot may name (disk encryption sets, galleries, storage
/// accounts, …) through the generic provider, at any id, as a deployment of them would.
extension Harness {
    /// Stores a generic resource at `id` (any scope; its resource group is created when missing) and
    /// returns the stored body.
    @discardableResult
    func generic(at id: String, body: JSONValue = ["location": "westus"]) throws -> JSONValue {
        let parsed = try #require(ResourceID(id))
        let canonical = parsed.description
        var group: ResourceGroupRecord?
        if let name = parsed.resourceGroup {
            let record = ResourceGroupRecord(subscriptionId: parsed.subscriptionId ?? subscription.id, name: name,
                                             location: "westus", createdTime: t0)
            try store.write { state in
                if try state.resourceGroup(subscriptionId: record.subscriptionId, name: name) == nil { try state.save(record) }
            }
            group = record
        }
        let request = ResourceRequest(id: canonical, type: parsed.type, apiVersion: "2024-03-02", name: parsed.name,
                                      body: body, subscription: subscription, resourceGroup: group, now: clock.now())
        return try store.write { try GenericProvider().put(request, in: $0) }.body ?? .null
    }
}
