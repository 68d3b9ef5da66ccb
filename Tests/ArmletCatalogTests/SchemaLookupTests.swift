import ArmletCatalog
import ArmletJSON
import Testing

/// The lookups what-if uses to drop noise: read-only paths, service defaults and create-only paths.
@Suite struct SchemaLookupTests {
    let snapshots = ResourceCatalog.shared.schema(for: "Microsoft.Compute/snapshots")
    let disks = ResourceCatalog.shared.schema(for: "Microsoft.Compute/disks")

    static let snapshotDefaultCases: [(String, JSONValue)] = [
        ("properties.encryption.type", "EncryptionAtRestWithPlatformKey"),
        ("properties.encryption", ["type": "EncryptionAtRestWithPlatformKey"]),
        ("properties.networkAccessPolicy", "AllowAll"),
        ("PROPERTIES.publicNetworkAccess", "Enabled"),
        ("properties.incremental", false),
        ("sku.name", "Standard_LRS"),
    ]

    @Test(arguments: snapshotDefaultCases)
    func snapshotDefaults(path: String, expected: JSONValue) throws {
        let schema = try #require(snapshots)
        #expect(schema.defaultValue(path: path) == expected)
    }

    @Test func diskDefaults() throws {
        let schema = try #require(disks)
        #expect(schema.defaultValue(path: "properties.encryption.type") == "EncryptionAtRestWithPlatformKey")
        #expect(schema.defaultValue(path: "properties.networkAccessPolicy") == "AllowAll")
        #expect(schema.defaultValue(path: "properties.publicNetworkAccess") == "Enabled")
        #expect(schema.defaultValue(path: "properties.incremental") == nil)
        #expect(schema.defaultValue(path: "properties.diskSizeGB") == nil)
    }

    @Test(arguments: [
        "managedBy", "sku.tier", "properties.timeCreated", "properties.diskSizeBytes", "properties.uniqueId",
        "properties.provisioningState", "properties.diskState", "properties.incrementalSnapshotFamilyId",
        "properties.snapshotAccessState", "properties.creationData.sourceUniqueId",
        "properties.immutabilityPolicy.type",
    ])
    func snapshotReadOnly(path: String) throws {
        #expect(try #require(snapshots).isReadOnly(path: path))
    }

    @Test(arguments: [
        "managedByExtended[0]", "properties.shareInfo[0].vmUri", "properties.burstingEnabledTime",
        "properties.propertyUpdatesInProgress.targetTier", "properties.LastOwnershipUpdateTime",
        "properties.lastownershipupdatetime",
    ])
    func diskReadOnly(path: String) throws {
        #expect(try #require(disks).isReadOnly(path: path))
    }

    @Test(arguments: ["location", "properties.incremental", "properties.encryption.type", "properties.diskSizeGB",
                      "tags.env", "properties.nothing"])
    func writable(path: String) throws {
        #expect(try #require(snapshots).isReadOnly(path: path) == false)
    }

    @Test func immutability() throws {
        let snapshot = try #require(snapshots)
        #expect(snapshot.isImmutable(path: "properties.creationData"))
        #expect(snapshot.isImmutable(path: "properties.creationData.sourceResourceId"))
        #expect(snapshot.isImmutable(path: "properties.incremental"))
        #expect(snapshot.isImmutable(path: "location"))
        #expect(snapshot.isImmutable(path: "properties.diskSizeGB") == false)
        #expect(snapshot.isImmutable(path: "tags") == false)
        let disk = try #require(disks)
        #expect(disk.isImmutable(path: "zones"))
        #expect(disk.isImmutable(path: "properties.creationData.createOption"))
        #expect(disk.isImmutable(path: "properties.networkAccessPolicy") == false)
    }

    /// First versions of properties that arrived after 2016-04-30-preview.
    @Test(arguments: [
        ("snapshots", "properties.incremental", "2019-03-01"),
        ("snapshots", "properties.completionPercent", "2021-04-01"),
        ("snapshots", "properties.networkAccessPolicy", "2020-05-01"),
        ("snapshots", "properties.publicNetworkAccess", "2021-04-01"),
        ("snapshots", "properties.dataAccessAuthMode", "2021-12-01"),
        ("snapshots", "properties.creationData.logicalSectorSize", "2020-06-30"),
        ("snapshots", "properties.incrementalSnapshotFamilyId", "2022-07-02"),
        ("snapshots", "properties.copyCompletionError", "2022-03-02"),
        ("disks", "properties.creationData.performancePlus", "2022-07-02"),
        ("disks", "properties.creationData.elasticSanResourceId", "2023-04-02"),
        ("disks", "properties.creationData.provisionedBandwidthCopySpeed", "2023-10-02"),
        ("disks", "properties.optimizedForFrequentAttach", "2022-07-02"),
        ("disks", "properties.availabilityPolicy", "2025-01-02"),
        ("disks", "properties.maxShares", "2019-11-01"),
        ("disks", "sku", "2017-03-30"),
    ])
    func since(type: String, path: String, version: String) throws {
        let schema = try #require(ResourceCatalog.shared.schema(for: "Microsoft.Compute/" + type))
        #expect(schema.property(at: path)?.since?.text == version)
    }

    @Test func enumValuesAndKinds() throws {
        let disk = try #require(disks)
        #expect(disk.property(at: "sku.name")?.enumValues == [
            "Standard_LRS", "Premium_LRS", "StandardSSD_LRS", "UltraSSD_LRS", "Premium_ZRS", "StandardSSD_ZRS",
            "PremiumV2_LRS",
        ])
        #expect(disk.property(at: "properties.creationData.createOption")?.enumValues?.last == "CopyFromSanSnapshot")
        #expect(disk.property(at: "properties.diskSizeGB")?.kind == .integer)
        #expect(disk.property(at: "properties.completionPercent")?.kind == .number)
        #expect(disk.property(at: "properties.creationData")?.isRequired == true)
        #expect(disk.property(at: "tags.anything")?.kind == .string)
        #expect(disk.shortName == "disks")
        #expect(disk.namespace == "Microsoft.Compute")
    }
}
