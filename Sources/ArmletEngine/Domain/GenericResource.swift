package import ArmletCore
package import ArmletJSON
package import Foundation
import ArmletState

/// A resource as ARM's provider-independent listings see it (`Resources_List`,
/// `Resources_ListByResourceGroup`): the envelope every resource shares, not its `properties`.
package struct GenericResource: Hashable, Sendable {
    /// The full resource id.
    package let id: String
    /// The name as first written.
    package let name: String
    /// The full type, e.g. `Microsoft.Compute/disks`.
    package let type: String
    /// The resource group, nil for a subscription-level resource.
    package let resourceGroup: String?
    /// The region, when the type has one.
    package let location: String?
    /// Its tags (an object of strings; empty when it has none).
    package let tags: JSONObject
    /// The API version it was last written with.
    package let apiVersion: String
    /// `Succeeded`, `Updating`, …
    package let provisioningState: ProvisioningState
    /// When it was created.
    package let createdTime: Date
    /// When it was last changed.
    package let changedTime: Date
    /// The whole body as a GET returned it when it was last written.
    package let body: JSONValue

    init(_ record: ResourceRecord) {
        id = record.id
        name = record.name
        type = record.type
        resourceGroup = record.resourceGroup
        location = record.location ?? record.body["location"]?.stringValue
        tags = record.body["tags"]?.objectValue ?? JSONObject()
        apiVersion = record.apiVersion
        provisioningState = record.provisioningState
        createdTime = record.createdTime
        changedTime = record.changedTime
        body = record.body
    }

    /// Whether the type is a top-level one (`Namespace/type`): ARM's listings leave child resources out.
    package var isTopLevel: Bool { type.split(separator: "/").count == 2 }

    /// Which of the members `$expand` may add: ARM's `createdTime`, `changedTime`, `provisioningState`.
    package enum ExpandedMember: String, CaseIterable, Sendable {
        case createdTime, changedTime, provisioningState
    }

    /// ARM's `GenericResourceExpanded`: `id`, `name`, `type`, then whichever of `sku`, `kind`,
    /// `managedBy`, `location`, `extendedLocation`, `tags`, `plan`, `identity` the resource has, then
    /// the `expand`ed members. `properties` is never listed. `withTags: false` leaves `tags` out, as ARM
    /// does when the list was filtered by tag.
    package func armBody(expand: Set<ExpandedMember> = [], withTags: Bool = true) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["name"] = .string(name)
        o["type"] = .string(type)
        for member in ["sku", "kind", "managedBy"] {
            if let value = body[member], !value.isNull { o[member] = value }
        }
        if let location { o["location"] = .string(location) }
        if let extended = body["extendedLocation"], !extended.isNull { o["extendedLocation"] = extended }
        if withTags, !tags.isEmpty { o["tags"] = .object(tags) }
        for member in ["plan", "identity"] {
            if let value = body[member], !value.isNull { o[member] = value }
        }
        if expand.contains(.createdTime) { o["createdTime"] = .string(ARMFormat.timestamp(createdTime)) }
        if expand.contains(.changedTime) { o["changedTime"] = .string(ARMFormat.timestamp(changedTime)) }
        if expand.contains(.provisioningState) { o["provisioningState"] = .string(provisioningState.rawValue) }
        return .object(o)
    }
}
