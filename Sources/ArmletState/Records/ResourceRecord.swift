package import ArmletCore
package import ArmletJSON
package import Foundation

/// A deployed resource as the simulated Azure holds it: its full body plus the columns the store
/// queries by.
///
/// ARM ids are case-insensitive: lookups ignore case, and the store keeps the id (and name) as
/// first written, so re-deploying `.../Disks/DISK1` updates `.../disks/disk1` without renaming it.
package struct ResourceRecord: Hashable, Sendable {
    /// The full resource id, e.g. `/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.Compute/disks/disk1`.
    package var id: String
    /// The subscription the resource lives in.
    package var subscriptionId: String
    /// The resource group, or nil for a subscription-level resource.
    package var resourceGroup: String?
    /// The full type, e.g. `Microsoft.Compute/snapshots` (child types carry every segment).
    package var type: String
    /// The resource's name (for a child resource, as its parent's provider reports it).
    package var name: String
    /// The API version the resource was last written with.
    package var apiVersion: String
    /// The region, when the type has one.
    package var location: String?
    /// The whole resource as a GET returns it (id, name, type, location, tags, sku, properties, …).
    package var body: JSONValue
    /// The entity tag, when the provider issues one.
    package var etag: String?
    /// `Succeeded`, `Updating`, `Failed`, …
    package var provisioningState: ProvisioningState
    /// When the resource was created.
    package var createdTime: Date
    /// When the resource was last changed.
    package var changedTime: Date

    /// A resource record; `changedTime` defaults to `createdTime`.
    package init(id: String, subscriptionId: String, resourceGroup: String?, type: String, name: String,
                apiVersion: String, location: String? = nil, body: JSONValue, etag: String? = nil,
                provisioningState: ProvisioningState = .succeeded, createdTime: Date, changedTime: Date? = nil) {
        self.id = id
        self.subscriptionId = subscriptionId
        self.resourceGroup = resourceGroup
        self.type = type
        self.name = name
        self.apiVersion = apiVersion
        self.location = location
        self.body = body
        self.etag = etag
        self.provisioningState = provisioningState
        self.createdTime = createdTime
        self.changedTime = changedTime ?? createdTime
    }
}

/// Which resources to list; every field given narrows the result, all compared ignoring case.
package struct ResourceQuery: Hashable, Sendable {
    /// Only resources in this subscription.
    package var subscriptionId: String?
    /// Only resources in this resource group (combine with `subscriptionId`).
    package var resourceGroup: String?
    /// Only resources of this full type, e.g. `Microsoft.Compute/disks`.
    package var type: String?

    /// A query; with no arguments it matches every resource.
    package init(subscriptionId: String? = nil, resourceGroup: String? = nil, type: String? = nil) {
        self.subscriptionId = subscriptionId
        self.resourceGroup = resourceGroup
        self.type = type
    }
}
