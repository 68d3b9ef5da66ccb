package import ArmletCore
package import ArmletJSON
package import Foundation
import ArmletState

/// A resource group, as the engine hands it to the command line and the server.
package struct ResourceGroup: Hashable, Sendable {
    /// `/subscriptions/{s}/resourceGroups/{name}`.
    package let id: String
    /// The subscription it belongs to.
    package let subscriptionId: String
    /// The name as first written (lookups ignore case).
    package let name: String
    /// The normalised location (`westus`).
    package let location: String
    /// Its tags (an object of strings).
    package let tags: JSONObject
    /// The id of the resource that manages it, if any.
    package let managedBy: String?
    /// `Succeeded`, or `Deleting` while it is deleted.
    package let provisioningState: ProvisioningState
    /// When it was created, and last changed.
    package let createdTime: Date
    package let changedTime: Date

    init(_ record: ResourceGroupRecord) {
        id = record.id
        subscriptionId = record.subscriptionId
        name = record.name
        location = record.location
        tags = record.tags.objectValue ?? JSONObject()
        managedBy = record.managedBy
        provisioningState = record.provisioningState
        createdTime = record.createdTime
        changedTime = record.changedTime
    }
}
