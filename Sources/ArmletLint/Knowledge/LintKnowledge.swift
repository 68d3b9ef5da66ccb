import ArmletCatalog
import ArmletExpressions
import ArmletJSON
import ArmletTemplate

/// The few resource-type facts lint rules need that the catalog (`Schemas/`) does not carry:
/// which values of a catalogued enumeration mean "open to the internet" or "customer-managed key",
/// and which disk SKUs accept 4096-byte sectors.
///
/// Everything named here is cross-checked against the catalog by `LintKnowledgeTests`, so a rename
/// in `Schemas/` breaks a test rather than silently disabling a rule. Rules take type facts from
/// here or from `ResourceCatalog`, never from string literals of their own.
enum LintKnowledge {
    /// Nested deployments: the type whose `properties.template` is a template of its own.
    static let deploymentType = "Microsoft.Resources/deployments"
    /// Managed disks.
    static let diskType = "Microsoft.Compute/disks"
    /// Disk snapshots.
    static let snapshotType = "Microsoft.Compute/snapshots"

    /// A snapshot's incremental flag.
    static let incrementalPath = "properties.incremental"
    /// The sector size of a disk or snapshot created empty or by upload.
    static let logicalSectorSizePath = "properties.creationData.logicalSectorSize"
    /// The disk or snapshot a disk is copied from.
    static let sourceResourceIdPath = "properties.creationData.sourceResourceId"
    /// A disk's SKU.
    static let skuNamePath = "sku.name"
    /// The sector size only some disk SKUs can take.
    static let largeSectorSize: Int64 = 4096
    /// The disk SKUs that accept 4096-byte logical sectors (Premium SSD v2 and Ultra Disk).
    static let largeSectorDiskSKUs = ["PremiumV2_LRS", "UltraSSD_LRS"]

    /// Network access settings and the value of each that opens the resource to every network.
    static let networkExposure: [(path: String, openValue: String)] = [
        ("properties.networkAccessPolicy", "AllowAll"),
        ("properties.publicNetworkAccess", "Enabled"),
    ]

    /// Encryption settings of disks and snapshots.
    static let encryptionTypePath = "properties.encryption.type"
    static let diskEncryptionSetPath = "properties.encryption.diskEncryptionSetId"
    /// Encryption types that need a disk encryption set (customer-managed keys).
    static let customerKeyEncryptionTypes = ["EncryptionAtRestWithCustomerKey", "EncryptionAtRestWithPlatformAndCustomerKeys"]
    /// The encryption type that uses platform-managed keys only.
    static let platformKeyEncryptionType = "EncryptionAtRestWithPlatformKey"

    /// Template functions ARM accepts that the expression library does not evaluate yet (Bicep emits them).
    static let functionsOutsideLibrary = ["roleDefinitions"]

    /// Whether `name` is `list` or a `list*` action (any case): resolved by the resource provider at
    /// deployment, and returning secrets.
    static func isListFunction(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count >= 4 else { return false }
        return JSONObject.equalIgnoringCase(String(decoding: utf8.prefix(4), as: UTF8.self), "list")
    }

    /// Whether `type` names nested deployments.
    static func isDeploymentType(_ type: String) -> Bool { JSONObject.equalIgnoringCase(type, deploymentType) }

    /// Whether `type` is one of `types`, ignoring case.
    static func isType(_ type: String?, _ types: String...) -> Bool {
        guard let type else { return false }
        return types.contains { JSONObject.equalIgnoringCase($0, type) }
    }
}
