public import ArmletJSON
public import Foundation

/// A resource group. Its name is unique per subscription ignoring case; the store keeps the case
/// in which it was first written.
public struct ResourceGroupRecord: Hashable, Sendable {
    /// The owning subscription's id.
    public var subscriptionId: String
    /// The name as first written.
    public var name: String
    /// The Azure region, e.g. `westus`.
    public var location: String
    /// Tags (an object of strings; `.object([:])` when none).
    public var tags: JSONValue
    /// The id of the resource that manages this group, if any.
    public var managedBy: String?
    /// `Succeeded` once created; `Deleting` while being deleted.
    public var provisioningState: ProvisioningState
    /// When the group was created (from the ``Clock``).
    public var createdTime: Date
    /// When the group was last changed.
    public var changedTime: Date

    /// A resource group `name` in `subscriptionId`.
    public init(subscriptionId: String, name: String, location: String, tags: JSONValue = .object(JSONObject()),
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
    public var id: String { "/subscriptions/\(subscriptionId)/resourceGroups/\(name)" }
}
