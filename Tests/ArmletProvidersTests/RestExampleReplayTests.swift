import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import ArmletTestSupport
import Foundation
import Testing

/// DiskRP's own PUT examples (`shared/rest-examples/diskrp/2025-01-02`) that name other resources: as
/// written (placeholders such as `{existing-diskEncryptionSet-name}` name nothing) and with the
/// placeholders filled in they are refused while the resource is missing, and accepted once it exists.
@Suite("DiskRP examples that name other resources")
struct RestExampleReplayTests {
    struct Case: CustomStringConvertible, Sendable {
        let file: String
        /// The code while the named resource is missing.
        let code: String
        /// Ids (after filling in placeholders) to store before the example is accepted, with their bodies.
        let prerequisites: [(id: String, body: JSONValue)]
        var description: String { file }
    }

    static let subscription = SubscriptionRecord.default.id
    static let group = "/subscriptions/\(subscription)/resourceGroups/myResourceGroup/providers"
    static let gallery = "/subscriptions/\(subscription)/resourceGroups/rg/providers/Microsoft.Compute/galleries/gallery1"
    static let version = "\(gallery)/images/image1/versions/1.0.0"

    /// The placeholders of the examples and what fills them.
    static let fill: [(String, String)] = [
        ("{subscription-id}", subscription), ("{subscriptionId}", subscription), ("{resourceGroupName}", "rg"),
        ("{existing-diskEncryptionSet-name}", "des1"), ("{diskEncryptionSetName}", "des1"),
        ("{existing-diskAccess-name}", "access1"), ("{galleryName}", "gallery1"), ("{imageName}", "image1"),
        ("{sharedGalleryUniqueName}", "\(subscription)-gallery1"),
        ("{communityGalleryPublicGalleryName}", "contoso-0a1b2c3d"),
        ("{publisher}", "Canonical"), ("{edge-zone-id}", "microsoftlosangeles1"), ("{offer}", "ubuntu"), ("{sku}", "22_04-lts"),
    ]

    static let cases: [Case] = [
        Case(file: "diskExamples/Disk_Create_WithDiskEncryptionSet.json", code: "BadRequest",
             prerequisites: [("\(group)/Microsoft.Compute/diskEncryptionSets/des1", ["location": "westus"])]),
        Case(file: "diskExamples/Disk_Create_WithDiskAccess.json", code: "NotFound",
             prerequisites: [("\(group)/Microsoft.Compute/diskAccesses/access1", ["location": "westus"])]),
        Case(file: "diskExamples/Disk_Create_FromAnAzureComputeGalleryImage.json", code: "NotFound",
             prerequisites: [(gallery, ["location": "westus"]), (version, ["location": "westus"])]),
        Case(file: "diskExamples/Disk_Create_FromAnAzureComputeGalleryDirectSharedImage.json", code: "NotFound",
             prerequisites: [(gallery, ["location": "westus"]), (version, ["location": "westus"])]),
        Case(file: "diskExamples/Disk_Create_FromAnAzureComputeGalleryCommunityImage.json", code: "NotFound",
             prerequisites: [(gallery, ["location": "westus", "properties": ["sharingProfile": ["communityGalleryInfo": [
                 "publicNames": ["contoso-0a1b2c3d"]]]]]), (version, ["location": "westus"])]),
        Case(file: "diskExamples/Disk_Create_FromAnElasticSanVolumeSnapshot.json", code: "NotFound",
             prerequisites: [("\(group)/Microsoft.ElasticSan/elasticSans/myElasticSan/volumegroups/"
                 + "myElasticSanVolumeGroup/snapshots/myElasticSanVolumeSnapshot", [:])]),
        Case(file: "snapshotExamples/Snapshot_Create_FromAnElasticSanVolumeSnapshot.json", code: "NotFound",
             prerequisites: [("\(group)/Microsoft.ElasticSan/elasticSans/myElasticSan/volumegroups/"
                 + "myElasticSanVolumeGroup/snapshots/myElasticSanVolumeSnapshot", [:])]),
        Case(file: "diskExamples/Disk_Create_FromAPlatformImage.json", code: "PlatformImageNotFound",
             prerequisites: [("/subscriptions/\(subscription)/providers/Microsoft.Compute/Locations/westus/Publishers/"
                 + "Canonical/ArtifactTypes/VMImage/Offers/ubuntu/Skus/22_04-lts/Versions/1.0.0", [:])]),
        Case(file: "diskExamples/Disk_Create_ConfidentialVMSupportedDiskEncryptedWithCMK.json", code: "BadRequest",
             prerequisites: [("\(group)/Microsoft.Compute/diskEncryptionSets/des1", ["location": "westus"]),
                             ("/subscriptions/\(subscription)/providers/Microsoft.Compute/Locations/westus/Publishers/"
                                 + "Canonical/ArtifactTypes/VMImage/Offers/ubuntu/Skus/22_04-lts/Versions/1.0.0", [:])]),
        Case(file: "diskExamples/Disk_Create_InExtendedLocation.json", code: "LocationNotAvailableForResourceType",
             prerequisites: [("/subscriptions/\(subscription)/providers/Microsoft.EdgeZones/extendedZones/microsoftlosangeles1",
                              [:])]),
    ]

    /// The example's request body, as written or with the placeholders filled in.
    static func body(of file: String, filled: Bool) throws -> (type: String, name: String, body: JSONValue)? {
        guard let url = SharedFiles.url("rest-examples/diskrp/2025-01-02/\(file)") else { return nil }
        var text = try String(contentsOf: url, encoding: .utf8)
        if filled { for (placeholder, value) in fill { text = text.replacingOccurrences(of: placeholder, with: value) } }
        let document = try JSONReader.value(text, file: file)
        let parameters = try #require(document["parameters"])
        let isDisk = file.hasPrefix("diskExamples/")
        let name = try #require(parameters[isDisk ? "diskName" : "snapshotName"]?.stringValue)
        return (isDisk ? disks : snapshots, name, try #require(parameters[isDisk ? "disk" : "snapshot"]))
    }

    @Test("refused as written, refused while missing, accepted once the named resources exist", arguments: cases)
    func replay(example: Case) throws {
        guard let written = try Self.body(of: example.file, filled: false),
              let filled = try Self.body(of: example.file, filled: true) else { return }
        let h = try Harness()
        let asWritten = providerError { try h.put(written.type, written.name, written.body) }
        #expect(asWritten != nil && asWritten?.code != "InternalServerError", "\(String(describing: asWritten))")
        let missing = providerError { try h.put(filled.type, filled.name, filled.body) }
        #expect(missing?.code == example.code, "\(String(describing: missing))")
        #expect(try h.store.read { try $0.resource(id: h.id(filled.type, filled.name)) } == nil)
        for prerequisite in example.prerequisites { try h.generic(at: prerequisite.id, body: prerequisite.body) }
        let created = try h.put(filled.type, filled.name, filled.body)
        #expect(created.value(at: "properties.provisioningState") == "Succeeded")
        #expect(try h.get(filled.type, filled.name)["name"] == .string(filled.name))
    }

    @Test("an import example is refused while its storage account is missing, and still refused once it exists",
          arguments: ["diskExamples/Disk_Create_ByImportingBlobFromADifferentSubscription.json",
                      "snapshotExamples/Snapshot_Create_ByImportingAnUnmanagedBlobFromADifferentSubscription.json",
                      "diskExamples/Disk_Create_FromImportSecure.json"])
    func importExample(file: String) throws {
        guard let filled = try Self.body(of: file, filled: true) else { return }
        let h = try Harness()
        let missing = providerError { try h.put(filled.type, filled.name, filled.body) }
        #expect(missing?.code == "NotFound")
        #expect(missing?.target == "creationData.storageAccountId")
        try h.generic(at: "\(Self.group)/Microsoft.Storage/storageAccounts/myStorageAccount")
        let refused = providerError { try h.put(filled.type, filled.name, filled.body) }
        #expect(refused?.code == "InvalidParameter")
        #expect(refused?.message.hasPrefix("Armlet cannot read blob contents") == true)
    }
}
