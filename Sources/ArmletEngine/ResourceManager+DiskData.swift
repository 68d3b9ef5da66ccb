import ArmletCore
package import ArmletProviders
import ArmletState
import Foundation

extension ResourceManager {
    /// Writes (or clears) the pages of disk `name` in group `group` as an attached VM would
    /// (`armlet disk write`), under the state's write lock so that no snapshot is taken halfway.
    /// - Throws: ``ARMError`` `ResourceGroupNotFound`, `ResourceNotFound`, or ``DiskWrites``' errors.
    package func writeDisk(group: String, name: String, offset: Int64, change: DiskWrites.Change) throws {
        let subscription = try currentSubscriptionRecord()
        let now = context.clock.now()
        let volumes = context.blocks.map(DiskVolumes.init(store:))
        try store.write { state in
            guard let groupRecord = try state.resourceGroup(subscriptionId: subscription.id, name: group) else {
                throw ARMError.resourceGroupNotFound(group)
            }
            let type = "Microsoft.Compute/disks"
            guard let id = ResourceID.resourceGroup(subscriptionId: subscription.id, name: groupRecord.name)
                    .appending(type: type, name: name),
                  let record = try state.resource(id: id.description) else {
                throw ARMError.resourceNotFound(type: type, name: name, resourceGroup: groupRecord.name)
            }
            try DiskWrites.apply(change, at: offset, to: record, volumes: volumes, in: state, now: now)
        }
    }
}
