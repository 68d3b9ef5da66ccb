import ArmletCore
import Foundation

/// The errors of the simulated `Microsoft.Compute`, with real DiskRP wording where it is public.
///
/// Real wording (seen in public error reports): `requiredParameterMissing` ("Required parameter
/// 'disk.diskSizeGb' is missing (null)."), `propertyChangeNotAllowed` ("Changing property 'x' is not
/// allowed."), `sourceNotFound` ("Resource x is not found."), `diskAttached` ("Disk x is attached to VM
/// …"), `diskShrink` ("Disk size reduction is not supported. …"), `accessWhileAttached`, and ARM's
/// `InvalidResourceLocation`. The wording of the incremental snapshot limits, the source and sector
/// size rules and the unfinished background copy is Armlet's: the documentation states the rules, no
/// public source quotes the service's answer, so the codes are DiskRP's general ones.
enum ComputeErrors {
    static func requiredParameterMissing(_ path: String) -> ARMError {
        ARMError(code: "InvalidParameter", message: "Required parameter '\(path)' is missing (null).",
                      target: path)
    }

    static func invalidParameter(_ message: String, target: String) -> ARMError {
        ARMError(code: "InvalidParameter", message: message, target: target)
    }

    static func propertyChangeNotAllowed(_ path: String) -> ARMError {
        ARMError(code: "PropertyChangeNotAllowed", message: "Changing property '\(path)' is not allowed.",
                      target: path, httpStatus: 409)
    }

    static func invalidResourceLocation(name: String, existing: String, resourceGroup: String,
                                        requested: String) -> ARMError {
        ARMError(code: "InvalidResourceLocation",
                      message: "The resource '\(name)' already exists in location '\(existing)' in resource group "
                          + "'\(resourceGroup)'. A resource with the same name cannot be created in location "
                          + "'\(requested)'. Please select a new resource name.",
                      httpStatus: 409)
    }

    static func sourceNotFound(name: String) -> ARMError {
        ARMError(code: "NotFound", message: "Resource \(name) is not found.", httpStatus: 404)
    }

    static func invalidSourceId(_ text: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                      message: "The value '\(text)' of 'sourceResourceId' is not a valid resource id of a managed "
                          + "disk or snapshot.",
                      target: "sourceResourceId")
    }

    static func diskAttached(name: String, vm: String) -> ARMError {
        ARMError(code: "OperationNotAllowed", message: "Disk \(name) is attached to VM \(vm).", httpStatus: 409)
    }

    static func accessWhileAttached(name: String, vm: String) -> ARMError {
        ARMError(code: "OperationNotAllowed",
                      message: "Access not permitted because disk \(name) is currently attached to running VM \(vm).",
                      httpStatus: 409)
    }

    static func diskShrink(currentBytes: Int64, requestedBytes: Int64) -> ARMError {
        ARMError(code: "ResizeDiskError",
                      message: "Disk size reduction is not supported. Current size is \(currentBytes) bytes, "
                          + "requested size is \(requestedBytes) bytes.",
                      target: "disk.diskSizeGB")
    }

    static func incrementalSourceNotDisk(sourceId: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                      message: "The source '\(sourceId)' of an incremental snapshot must be a managed disk; "
                          + "incremental snapshots cannot be created from a snapshot with createOption 'Copy'.",
                      target: "sourceResourceId")
    }

    static func incrementalOtherSubscription(sourceId: String, subscriptionId: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                      message: "An incremental snapshot of disk '\(sourceId)' can only be created in the disk's "
                          + "subscription, not in subscription '\(subscriptionId)'.",
                      target: "sourceResourceId")
    }

    static func incrementalRateLimit(diskName: String, limit: Int, window: TimeInterval) -> ARMError {
        ARMError(code: "OperationNotAllowed",
                      message: "Up to \(limit) incremental snapshots per disk can be created every "
                          + "\(minutes(window)). Disk '\(diskName)' has reached this limit; retry later.",
                      httpStatus: 409)
    }

    static func incrementalTotalLimit(diskName: String, limit: Int) -> ARMError {
        ARMError(code: "OperationNotAllowed",
                      message: "A total of \(limit) incremental snapshots can be created for a single disk. "
                          + "Disk '\(diskName)' already has \(limit); delete some before creating more.",
                      httpStatus: 409)
    }

    static func incrementalPremiumSku(_ sku: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                      message: "Incremental snapshots always use standard storage; the SKU '\(sku)' is not "
                          + "supported. Use 'Standard_LRS' or 'Standard_ZRS'.",
                      target: "sku.name")
    }

    static func logicalSectorSizeValue(_ value: Int64) -> ARMError {
        ARMError(code: "InvalidParameter",
                      message: "The value '\(value)' of 'logicalSectorSize' is not valid. Supported values are 512 "
                          + "and 4096.",
                      target: "creationData.logicalSectorSize")
    }

    static func logicalSectorSizeSku(_ sku: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                      message: "A logical sector size of 4096 is only supported for 'UltraSSD_LRS' and "
                          + "'PremiumV2_LRS' disks, not for '\(sku)'.",
                      target: "creationData.logicalSectorSize")
    }

    static func sector4096Source(sourceName: String, sku: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                      message: "Snapshot '\(sourceName)' has a logical sector size of 4096 and can only be used to "
                          + "create 'PremiumV2_LRS' or 'UltraSSD_LRS' disks, not '\(sku)'.",
                      target: "sku.name")
    }

    static func copyInProgress(kind: String, name: String, percent: Double) -> ARMError {
        ARMError(code: "OperationNotAllowed",
                      message: "The \(kind) '\(name)' cannot be used yet: its background copy is not complete "
                          + "(completionPercent is \(percentText(percent))). Wait until completionPercent is 100.",
                      httpStatus: 409)
    }

    static func uploadInProgress(name: String, state: String) -> ARMError {
        ARMError(code: "OperationNotAllowed",
                 message: "The disk '\(name)' cannot be copied or snapshotted while its upload is open (diskState "
                     + "\(state)). Write its pages, then end the upload with revoke-access.",
                 httpStatus: 409)
    }

    static func sourceOfCopyInProgress(kind: String, name: String, target: String) -> ARMError {
        ARMError(code: "OperationNotAllowed",
                      message: "The \(kind) '\(name)' cannot be deleted while the background copy into '\(target)' "
                          + "is not complete.",
                      httpStatus: 409)
    }

    static func unsupportedCreateOption(_ option: String, kind: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                      message: "The createOption '\(option)' is not supported for a \(kind).",
                      target: "creationData.createOption")
    }

    static func invalidAccess(_ value: String) -> ARMError {
        ARMError(code: "InvalidParameter",
                      message: "The value '\(value)' of 'access' is not valid. The allowed values are 'Read, Write'.",
                      target: "grantAccessData.access")
    }

    private static func minutes(_ seconds: TimeInterval) -> String {
        let m = seconds / 60
        if m.rounded() == m { return m == 1 ? "minute" : "\(Int(m)) minutes" }
        return "\(Int(seconds)) seconds"
    }

    static func percentText(_ p: Double) -> String {
        p.rounded() == p ? String(Int(p)) : String(p)
    }
}
