import ArmletCore
import ArmletJSON
import ArmletState

extension ResourceManager {
    /// The top-level resources of the current subscription, or of its group `resourceGroup`, in id
    /// order, whatever their provider (ARM's `Resources_List` and `Resources_ListByResourceGroup`).
    /// Child resources are left out, as ARM leaves them out.
    /// - Throws: ``ARMError`` `SubscriptionNotFound`, `ResourceGroupNotFound` (404).
    package func genericResources(resourceGroup: String? = nil) throws -> [GenericResource] {
        let subscription = try currentSubscriptionRecord()
        return try store.read { state in
            if let resourceGroup,
               try state.resourceGroup(subscriptionId: subscription.id, name: resourceGroup) == nil {
                throw ARMError.resourceGroupNotFound(resourceGroup)
            }
            let query = ResourceQuery(subscriptionId: subscription.id, resourceGroup: resourceGroup)
            return try state.resources(matching: query).map(GenericResource.init).filter(\.isTopLevel)
        }
    }
}
