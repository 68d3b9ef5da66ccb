package import ArmletCore
package import ArmletJSON
package import Foundation

/// A resource group. Its name is unique per subscription ignoring case; the store keeps the case
/// in which it was first written.
package struct ResourceGroupRecord: Hashable, Sendable {
    /// The owning subscription's id.
    package var subscriptionId: String
    /// The name as first written.
    package var name: String
    /// The Azure region, e.g. `westus`.
    package var location: String
    /// Tags (an object of strings; `.object([:])` when none).
    package var tags: JSONValue
    /// The id of the resource that manages this group, if any.
    package var managedBy: String?
    /// `Succeeded` once created; `Deleting` while being deleted.
    package var provisioningState: ProvisioningState
    /// When the group was created (from the ``Clock``).
    package var createdTime: Date
    /// When the group was last changed.
    package var changedTime: Date

    /// A resource group `name` in `subscriptionId`.
    package init(subscriptionId: String, name: String, location: String, tags: JSONValue = .object(JSONObject()),
                managedBy: String? = nil, provisioningState: ProvisioningState = .succeeded,
                createdTime: Date, changedTime: Date? = nil) {
        self.subscriptionId = subscriptionId
        self.name = name
        self.location = location
        self.tags = tags
        self.managedBy = managedBy
        self.provisioningState = provisioningState
        self.createdTime = createdTime
        self.changedTime = changedTime ?? createdTime
    }

    /// `/subscriptions/{s}/resourceGroups/{name}`, the id ARM reports.
    package var id: String { "/subscriptions/\(subscriptionId)/resourceGroups/\(name)" }
}
