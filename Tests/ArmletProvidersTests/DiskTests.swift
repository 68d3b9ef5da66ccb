import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

@Suite("Disks")
struct DiskTests {
    @Test("an empty disk without diskSizeGB is refused with DiskRP's wording")
    func emptyNeedsSize() throws {
        let h = try Harness()
        let body: JSONValue = ["location": "westus", "properties": ["creationData": ["createOption": "Empty"]]]
        let error = providerError { try h.put(disks, "d1", body) }
        #expect(error?.code == "InvalidParameter")
        #expect(error?.message == "Required parameter 'disk.diskSizeGb' is missing (null).")
        #expect(error?.target == "disk.diskSizeGb")
        #expect(try h.store.read { try $0.resource(id: h.id(disks, "d1")) } == nil)
    }

    @Test("an empty Standard_LRS disk gets the server-set members and catalog defaults")
    func emptyDisk() throws {
        let h = try Harness()
        let body: JSONValue = ["location": "West US",
                               "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 200]]
        let result = try h.store.write { try h.registry.provider(for: disks).put(h.request(disks, "d1", body), in: $0) }
        #expect(result.isLongRunning)
        #expect(result.change == .created)
        let disk = try h.get(disks, "d1")
        #expect(disk["location"] == "westus")
        #expect(disk["type"] == "Microsoft.Compute/disks")
        #expect(disk["sku"] == ["name": "Standard_LRS", "tier": "Standard"])
        let p = try #require(disk["properties"])
        #expect(p["diskSizeGB"] == 200)
        #expect(p["diskSizeBytes"] == .int(200 * 1_073_741_824))
        #expect(p["diskState"] == "Unattached")
        #expect(p["provisioningState"] == "Succeeded")
        #expect(p["encryption"] == ["type": "EncryptionAtRestWithPlatformKey"])
        #expect(p["networkAccessPolicy"] == "AllowAll")
        #expect(p["publicNetworkAccess"] == "Enabled")
        #expect(p["timeCreated"] == "2026-01-01T00:00:00.000000+00:00")
        #expect(p["uniqueId"]?.stringValue?.count == 36)
        #expect(p["completionPercent"] == nil)
        #expect(p["creationData"] == ["createOption": "Empty"])
        #expect(p["diskIOPSReadWrite"] == nil)
    }

    @Test("Premium SSD v2 and Ultra disks default to 4096-byte sectors and baseline performance")
    func premiumV2AndUltra() throws {
        let h = try Harness()
        let v2 = try h.disk("v2", sizeGB: 200, sku: "premiumv2_lrs")
        #expect(v2["sku"] == ["name": "PremiumV2_LRS", "tier": "Premium"])
        #expect(v2.value(at: "properties.creationData.logicalSectorSize") == 4096)
        #expect(v2.value(at: "properties.diskIOPSReadWrite") == 3000)
        #expect(v2.value(at: "properties.diskMBpsReadWrite") == 125)
        let ultra = try h.disk("u", sizeGB: 200, sku: "UltraSSD_LRS",
                               extra: ["creationData": ["createOption": "Empty", "logicalSectorSize": 512]])
        #expect(ultra["sku"] == ["name": "UltraSSD_LRS", "tier": "Ultra"])
        #expect(ultra.value(at: "properties.creationData.logicalSectorSize") == 512)
        #expect(ultra.value(at: "properties.diskIOPSReadWrite") == 60000)
        let premium = try h.disk("p", sku: "Premium_LRS")
        #expect(premium["sku"] == ["name": "Premium_LRS", "tier": "Premium"])
        #expect(premium.value(at: "properties.creationData.logicalSectorSize") == nil)
    }

    @Test("only Ultra and Premium SSD v2 disks take 4096-byte sectors; only 512 and 4096 exist")
    func sectorSizes() throws {
        let h = try Harness()
        let wrongSku = providerError {
            try h.disk("p", sku: "Premium_LRS", extra: ["creationData": ["createOption": "Empty", "logicalSectorSize": 4096]])
        }
        #expect(wrongSku?.code == "InvalidParameter")
        #expect(wrongSku?.message == "A logical sector size of 4096 is only supported for 'UltraSSD_LRS' and "
            + "'PremiumV2_LRS' disks, not for 'Premium_LRS'.")
        let wrongValue = providerError {
            try h.disk("u", sku: "UltraSSD_LRS", extra: ["creationData": ["createOption": "Empty", "logicalSectorSize": 1024]])
        }
        #expect(wrongValue?.message == "The value '1024' of 'logicalSectorSize' is not valid. Supported values are 512 and 4096.")
    }

    @Test("a disk copied from a missing source is DiskRP's NotFound")
    func missingSource() throws {
        let h = try Harness()
        let error = providerError { try h.diskFrom("d2", source: "nope") }
        #expect(error?.code == "NotFound")
        #expect(error?.message == "Resource nope is not found.")
        #expect(error?.httpStatus == 404)
    }

    @Test("a disk copied from a snapshot inherits size and OS type and records the source's uniqueId")
    func copyFromSnapshot() throws {
        let h = try Harness()
        try h.disk("d1", sizeGB: 16, extra: ["osType": "Linux"])
        let snap = try h.snapshot("s1", of: "d1", incremental: false)
        let disk = try h.diskFrom("d2", source: "s1", sku: "Premium_LRS")
        #expect(disk.value(at: "properties.diskSizeGB") == 16)
        #expect(disk.value(at: "properties.osType") == "Linux")
        #expect(disk.value(at: "properties.creationData.sourceUniqueId") == snap.value(at: "properties.uniqueId"))
        #expect(disk.value(at: "properties.completionPercent") == nil)
        let restored = try h.diskFrom("d3", source: "s1", createOption: "Restore")
        #expect(restored.value(at: "properties.creationData.createOption") == "Restore")
        let shrink = providerError {
            try h.put(disks, "d4", ["location": "westus", "properties": [
                "creationData": ["createOption": "Copy", "sourceResourceId": .string(h.id(snapshots, "s1"))],
                "diskSizeGB": 8]])
        }
        #expect(shrink?.code == "ResizeDiskError")
    }

    @Test("a re-created disk gets a new uniqueId; its old snapshots stay and keep the old sourceUniqueId")
    func recreation() throws {
        let h = try Harness()
        let first = try h.disk("d1")
        try h.snapshot("s1", of: "d1")
        #expect(try h.delete(disks, "d1").change == .deleted)
        h.clock.advance(by: 60)
        let second = try h.disk("d1")
        let oldId = try #require(first.string(at: "properties.uniqueId"))
        let newId = try #require(second.string(at: "properties.uniqueId"))
        #expect(oldId != newId)
        let snap = try h.get(snapshots, "s1")
        #expect(snap.value(at: "properties.creationData.sourceUniqueId") == .string(oldId))
        #expect(snap.value(at: "properties.creationData.sourceResourceId") == .string(h.id(disks, "d1")))
        // The documented filter (same sourceResourceId and sourceUniqueId) no longer matches the old snapshot,
        // and the new disk starts a new family.
        let s2 = try h.snapshot("s2", of: "d1")
        #expect(s2.value(at: "properties.creationData.sourceUniqueId") == .string(newId))
        #expect(s2.value(at: "properties.incrementalSnapshotFamilyId") != snap.value(at: "properties.incrementalSnapshotFamilyId"))
    }

    @Test("a disk attached to a VM cannot be deleted; one with snapshots can")
    func deleteRules() throws {
        let h = try Harness()
        try h.disk("d1")
        let vm = "/subscriptions/\(h.subscription.id)/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
        try h.store.write { tx in
            guard var record = try tx.resource(id: h.id(disks, "d1")) else { return }
            record.body.set(.string(vm), at: "managedBy")
            record.body.set("Attached", at: "properties.diskState")
            try tx.save(record)
        }
        let error = providerError { try h.delete(disks, "d1") }
        #expect(error?.code == "OperationNotAllowed")
        #expect(error?.message == "Disk d1 is attached to VM \(vm).")
        #expect(error?.httpStatus == 409)
        try h.disk("d2")
        try h.snapshot("s2", of: "d2")
        #expect(try h.delete(disks, "d2").change == .deleted)
        #expect(try h.get(snapshots, "s2")["name"] == "s2")
    }

    @Test("a disk's managedBy and other read-only members in a request are ignored")
    func readOnlyIgnored() throws {
        let h = try Harness()
        let disk = try h.put(disks, "d1", ["location": "westus", "managedBy": "/x",
                                           "properties": ["creationData": ["createOption": "Empty"], "diskSizeGB": 4,
                                                          "uniqueId": "mine", "diskState": "Attached"]])
        #expect(disk["managedBy"] == nil)
        #expect(disk.value(at: "properties.uniqueId") != "mine")
        #expect(disk.value(at: "properties.diskState") == "Unattached")
    }

    @Test("validate reports the catalog's and DiskRP's problems without writing")
    func validate() throws {
        let h = try Harness()
        let body: JSONValue = ["location": "westus", "properties": ["creationData": ["createOption": "Empty"]]]
        let diagnostics = h.registry.provider(for: disks).validate(h.request(disks, "d1", body, apiVersion: "2022-03-22"))
        #expect(diagnostics.map(\.code) == ["NoRegisteredProviderFound", "InvalidParameter"])
        #expect(diagnostics.first?.message.hasSuffix("Did you mean '2022-03-02'?") == true)
        #expect(try h.list(disks).isEmpty)
    }
}
