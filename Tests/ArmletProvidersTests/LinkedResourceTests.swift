import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

@Suite("Resources a disk or snapshot names")
struct LinkedResourceTests {
    private func emptyDisk(_ extra: JSONValue = [:], top: JSONValue = [:]) -> JSONValue {
        var body: JSONValue = ["location": "westus",
                               "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 8]]
        for (k, v) in extra.objectValue ?? JSONObject() { body.set(v, at: "properties.\(k)") }
        for (k, v) in top.objectValue ?? JSONObject() { body.set(v, at: k) }
        return body
    }

    @Test("a missing disk encryption set is DiskRP's BadRequest; an existing one is accepted")
    func diskEncryptionSet() throws {
        let h = try Harness()
        let des = h.id("Microsoft.Compute/diskEncryptionSets", "des1")
        let body = emptyDisk(["encryption": ["diskEncryptionSetId": .string(des),
                                             "type": "EncryptionAtRestWithCustomerKey"]])
        let error = providerError { try h.put(disks, "d1", body) }
        #expect(error?.code == "BadRequest")
        #expect(error?.message == "DiskEncryptionSet '\(des)' was not found.")
        #expect(error?.httpStatus == 400)
        #expect(try h.store.read { try $0.resource(id: h.id(disks, "d1")) } == nil)
        try h.generic(at: des)
        let disk = try h.put(disks, "d1", body)
        #expect(disk.value(at: "properties.encryption.diskEncryptionSetId") == .string(des))
    }

    @Test("a malformed id is ARM's LinkedInvalidPropertyId; an id of another type is InvalidParameter")
    func malformedAndWrongType() throws {
        let h = try Harness()
        let malformed = providerError { try h.put(disks, "d1", emptyDisk(["diskAccessId": "{existing-diskAccess-name}"])) }
        #expect(malformed?.code == "LinkedInvalidPropertyId")
        #expect(malformed?.message == "Property id '{existing-diskAccess-name}' at path 'properties.diskAccessId' is "
            + "invalid. Expect fully qualified resource Id that start with '/subscriptions/{subscriptionId}' or "
            + "'/providers/{resourceProviderNamespace}/'.")
        let vault = h.id("Microsoft.KeyVault/vaults", "v1")
        try h.generic(at: vault)
        let wrong = providerError { try h.put(disks, "d1", emptyDisk(["diskAccessId": .string(vault)])) }
        #expect(wrong?.code == "InvalidParameter")
        #expect(wrong?.target == "diskAccessId")
        #expect(wrong?.message == "The value '\(vault)' of 'diskAccessId' is not a valid resource id of a disk access.")
    }

    @Test("a disk access is checked on create and on update; an empty id removes it")
    func diskAccessOnUpdate() throws {
        let h = try Harness()
        try h.disk("d1")
        let access = h.id("Microsoft.Compute/diskAccesses", "a1")
        let error = providerError { try h.patch(disks, "d1", ["properties": ["diskAccessId": .string(access)]]) }
        #expect(error?.code == "NotFound")
        #expect(error?.message == "Resource \(access) is not found.")
        #expect(error?.target == "diskAccessId")
        #expect(error?.httpStatus == 404)
        #expect(try h.get(disks, "d1").value(at: "properties.diskAccessId") == nil)
        try h.generic(at: access)
        let updated = try h.patch(disks, "d1", ["properties": ["diskAccessId": .string(access)]])
        #expect(updated.value(at: "properties.diskAccessId") == .string(access))
        try h.patch(disks, "d1", ["properties": ["diskAccessId": ""]])
    }

    @Test("a platform image must exist in the state: Armlet has no image catalog")
    func platformImage() throws {
        let h = try Harness()
        let image = "/subscriptions/\(h.subscription.id)/providers/Microsoft.Compute/locations/westus/publishers/"
            + "Canonical/artifacttypes/vmimage/offers/ubuntu/skus/22_04-lts/versions/1.0.0"
        let body: JSONValue = ["location": "westus",
                               "properties": ["creationData": ["createOption": "FromImage",
                                                               "imageReference": ["id": .string(image)]]]]
        let error = providerError { try h.put(disks, "d1", body) }
        #expect(error?.code == "PlatformImageNotFound")
        #expect(error?.target == "creationData.imageReference.id")
        #expect(error?.message.contains("Armlet has no catalog of platform (Marketplace) images") == true)
        try h.generic(at: image)
        #expect(try h.put(disks, "d1", body).value(at: "properties.provisioningState") == "Succeeded")
    }

    @Test("FromImage needs an image reference, CopyFromSanSnapshot an Elastic SAN snapshot",
          arguments: [("FromImage", "disk.creationData.imageReference"),
                      ("CopyFromSanSnapshot", "disk.creationData.elasticSanResourceId")])
    func createOptionNeedsSource(createOption: String, member: String) throws {
        let h = try Harness()
        let error = providerError {
            try h.put(disks, "d1", ["location": "westus",
                                    "properties": ["creationData": ["createOption": .string(createOption)]]])
        }
        #expect(error?.code == "InvalidParameter")
        #expect(error?.message == "Required parameter '\(member)' is missing (null).")
        #expect(error?.target == member)
    }

    @Test("an import needs its storage account, and is then refused: Armlet cannot read the blob")
    func importIsRefused() throws {
        let h = try Harness()
        let uri = "https://myaccount.blob.core.windows.net/vhds/os.vhd"
        let body: JSONValue = ["location": "westus",
                               "properties": ["creationData": ["createOption": "Import", "sourceUri": .string(uri)],
                                              "diskSizeGB": 30]]
        let missing = providerError { try h.put(disks, "d1", body) }
        #expect(missing?.code == "NotFound")
        #expect(missing?.message == "Resource myaccount is not found.")
        #expect(missing?.target == "creationData.sourceUri")
        try h.generic(at: h.id("Microsoft.Storage/storageAccounts", "myaccount"))
        let refused = providerError { try h.put(disks, "d1", body) }
        #expect(refused?.code == "InvalidParameter")
        #expect(refused?.target == "creationData.sourceUri")
        #expect(refused?.message.hasPrefix("Armlet cannot read blob contents, so it cannot 'Import' the blob '\(uri)'")
            == true)
        #expect(try h.store.read { try $0.resource(id: h.id(disks, "d1")) } == nil)
        let notBlob = providerError {
            try h.put(snapshots, "s1", ["location": "westus",
                                        "properties": ["creationData": ["createOption": "Import",
                                                                        "sourceUri": "ftp://example/x.vhd"]]])
        }
        #expect(notBlob?.target == "creationData.sourceUri")
        #expect(notBlob?.code == "InvalidParameter")
    }

    @Test("an edge zone is refused unless it exists as a Microsoft.EdgeZones/extendedZones resource")
    func edgeZone() throws {
        let h = try Harness()
        let body = emptyDisk(top: ["extendedLocation": ["type": "EdgeZone", "name": "microsoftlosangeles1"]])
        let error = providerError { try h.put(disks, "d1", body) }
        #expect(error?.code == "LocationNotAvailableForResourceType")
        #expect(error?.target == "extendedLocation")
        #expect(error?.message.hasPrefix("The provided location 'microsoftlosangeles1 (westus)' is not available for "
            + "resource type 'Microsoft.Compute/disks'. Armlet knows no edge zones") == true)
        #expect(error?.message.contains("create '/subscriptions/\(h.subscription.id)/providers/Microsoft.EdgeZones/"
            + "extendedZones/microsoftlosangeles1' first") == true)
        try h.generic(at: "/subscriptions/\(h.subscription.id)/providers/Microsoft.EdgeZones/extendedZones/microsoftlosangeles1")
        #expect(try h.put(disks, "d1", body)["extendedLocation"] == ["type": "EdgeZone", "name": "microsoftlosangeles1"])
    }

    @Test("a disk or snapshot copied from an Elastic SAN snapshot takes the size of its volume, never an invented one")
    func elasticSanSize() throws {
        let h = try Harness()
        let san = h.id("Microsoft.ElasticSan/elasticSans", "san1/volumegroups/vg1/snapshots/snap1")
        try h.generic(at: san, body: ["properties": ["sourceVolumeSizeGiB": 64]])
        let creation: JSONValue = ["createOption": "CopyFromSanSnapshot", "elasticSanResourceId": .string(san)]
        let disk = try h.put(disks, "d1", ["location": "westus", "properties": ["creationData": creation]])
        #expect(disk.value(at: "properties.diskSizeGB") == 64)
        let snapshot = try h.put(snapshots, "s1", ["location": "westus", "properties": ["creationData": creation]])
        #expect(snapshot.value(at: "properties.diskSizeGB") == 64)
        let unsized = h.id("Microsoft.ElasticSan/elasticSans", "san1/volumegroups/vg1/snapshots/snap2")
        try h.generic(at: unsized, body: [:])
        let other: JSONValue = ["createOption": "CopyFromSanSnapshot", "elasticSanResourceId": .string(unsized)]
        let bare = try h.put(snapshots, "s2", ["location": "westus", "properties": ["creationData": other]])
        #expect(bare.value(at: "properties.diskSizeGB") == nil)
    }

    @Test("a snapshot's references are checked too")
    func snapshotReferences() throws {
        let h = try Harness()
        try h.disk("d1")
        let des = h.id("Microsoft.Compute/diskEncryptionSets", "des9")
        let body: JSONValue = ["location": "westus",
                               "properties": ["creationData": ["createOption": "Copy",
                                                               "sourceResourceId": .string(h.id(disks, "d1"))],
                                              "encryption": ["diskEncryptionSetId": .string(des)]]]
        #expect(providerError { try h.put(snapshots, "s1", body) }?.code == "BadRequest")
    }
}
