import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

@Suite("Snapshots")
struct SnapshotTests {
    @Test("an incremental snapshot records its disk, the disk's uniqueId and a family shared by its siblings")
    func incremental() throws {
        let h = try Harness()
        let disk = try h.disk("d1", sizeGB: 8, extra: ["osType": "Windows", "hyperVGeneration": "V2"])
        let s1 = try h.snapshot("s1", of: "d1")
        #expect(s1["sku"] == ["name": "Standard_LRS", "tier": "Standard"])
        let p = try #require(s1["properties"])
        #expect(p["incremental"] == true)
        #expect(p.value(at: "creationData.sourceResourceId") == .string(h.id(disks, "d1")))
        #expect(p.value(at: "creationData.sourceUniqueId") == disk.value(at: "properties.uniqueId"))
        #expect(p["diskSizeGB"] == 8)
        #expect(p["osType"] == "Windows")
        #expect(p["hyperVGeneration"] == "V2")
        #expect(p["diskState"] == "Unattached")
        #expect(p["completionPercent"] == nil, "a Standard_LRS disk's snapshot is usable at once")
        #expect(p["uniqueId"] != disk.value(at: "properties.uniqueId"))
        let family = try #require(p["incrementalSnapshotFamilyId"]?.stringValue)
        h.clock.advance(by: 60)
        let s2 = try h.snapshot("s2", of: "d1")
        #expect(s2.value(at: "properties.incrementalSnapshotFamilyId") == .string(family))
        let listed = try h.list(snapshots).filter {
            $0.string(at: "properties.creationData.sourceResourceId") == h.id(disks, "d1")
                && $0.bool(at: "properties.incremental") == true
        }
        #expect(listed.count == 2)
    }

    @Test("a snapshot without a SKU gets the catalog default Standard_LRS; a full snapshot has no family")
    func fullSnapshot() throws {
        let h = try Harness()
        try h.disk("d1", sku: "Premium_LRS")
        let full = try h.snapshot("s1", of: "d1", incremental: false, sku: nil)
        #expect(full["sku"] == ["name": "Standard_LRS", "tier": "Standard"])
        #expect(full.value(at: "properties.incremental") == false)
        #expect(full.value(at: "properties.incrementalSnapshotFamilyId") == nil)
        let premium = try h.snapshot("s2", of: "d1", incremental: false, sku: "Premium_LRS")
        #expect(premium["sku"] == ["name": "Premium_LRS", "tier": "Premium"])
        let copy = try h.snapshot("s3", of: "s1", sourceType: snapshots, incremental: false)
        #expect(copy.value(at: "properties.creationData.sourceUniqueId") == full.value(at: "properties.uniqueId"))
    }

    @Test("incremental snapshots always use standard storage")
    func incrementalPremium() throws {
        let h = try Harness()
        try h.disk("d1")
        let error = providerError { try h.snapshot("s1", of: "d1", sku: "Premium_LRS") }
        #expect(error?.code == "InvalidParameter")
        #expect(error?.message == "Incremental snapshots always use standard storage; the SKU 'Premium_LRS' is not "
            + "supported. Use 'Standard_LRS' or 'Standard_ZRS'.")
        #expect(error?.target == "sku.name")
    }

    @Test("an incremental snapshot's source must be a managed disk, not a snapshot")
    func sourceMustBeDisk() throws {
        let h = try Harness()
        try h.disk("d1")
        try h.snapshot("s1", of: "d1")
        let error = providerError { try h.snapshot("s2", of: "s1", sourceType: snapshots) }
        #expect(error?.code == "InvalidParameter")
        #expect(error?.message == "The source '\(h.id(snapshots, "s1"))' of an incremental snapshot must be a managed "
            + "disk; incremental snapshots cannot be created from a snapshot with createOption 'Copy'.")
    }

    @Test("an incremental snapshot must be in its disk's subscription")
    func sameSubscription() throws {
        let h = try Harness()
        try h.disk("d1")
        let other = SubscriptionRecord(id: "00000000-0000-0000-0000-000000000002", displayName: "Other",
                                       tenantId: TenantRecord.default.id)
        try h.store.write { try $0.save(other) }
        let error = providerError { try h.snapshot("s1", of: "d1", subscription: other) }
        #expect(error?.code == "InvalidParameter")
        #expect(error?.message == "An incremental snapshot of disk '\(h.id(disks, "d1"))' can only be created in the "
            + "disk's subscription, not in subscription '\(other.id)'.")
        // A full snapshot may be taken from elsewhere.
        #expect(try h.snapshot("s2", of: "d1", incremental: false, subscription: other)["name"] == "s2")
    }

    @Test("at most 7 incremental snapshots of a disk in any 5 minutes")
    func rateLimit() throws {
        let h = try Harness()
        try h.disk("d1")
        for i in 1...7 {
            try h.snapshot("s\(i)", of: "d1")
            h.clock.advance(by: 30)
        }
        let error = providerError { try h.snapshot("s8", of: "d1") }
        #expect(error?.code == "OperationNotAllowed")
        #expect(error?.httpStatus == 409)
        #expect(error?.message == "Up to 7 incremental snapshots per disk can be created every 5 minutes. "
            + "Disk 'd1' has reached this limit; retry later.")
        // Full snapshots and other disks are not counted.
        try h.snapshot("full", of: "d1", incremental: false)
        try h.disk("d2")
        try h.snapshot("other", of: "d2")
        // 5 minutes after the first one, a slot is free again.
        h.clock.set(t0.addingTimeInterval(300))
        try h.snapshot("s8", of: "d1")
        #expect(providerError { try h.snapshot("s9", of: "d1") }?.code == "OperationNotAllowed")
    }

    @Test("a disk can have at most 500 incremental snapshots")
    func totalLimit() throws {
        let h = try Harness()
        try h.disk("d1")
        let first = try h.snapshot("s1", of: "d1")
        // 498 more siblings, stored as the provider stores them but dated a day earlier, so only the total counts.
        try h.store.write { tx in
            guard let template = try tx.resource(id: h.id(snapshots, "s1")) else { return }
            for i in 2...499 {
                var record = template
                record.id = h.id(snapshots, "s\(i)")
                record.name = "s\(i)"
                record.body.set(.string(record.id), at: "id")
                record.body.set(.string(record.name), at: "name")
                record.createdTime = t0.addingTimeInterval(-86_400)
                try tx.save(record)
            }
        }
        h.clock.advance(by: 60)
        let last = try h.snapshot("s500", of: "d1")
        #expect(last.value(at: "properties.incrementalSnapshotFamilyId") == first.value(at: "properties.incrementalSnapshotFamilyId"))
        h.clock.advance(by: 60)
        let error = providerError { try h.snapshot("s501", of: "d1") }
        #expect(error?.code == "OperationNotAllowed")
        #expect(error?.message == "A total of 500 incremental snapshots can be created for a single disk. "
            + "Disk 'd1' already has 500; delete some before creating more.")
        try h.delete(snapshots, "s1")
        try h.snapshot("s501", of: "d1")
    }

    @Test("the limits are settings")
    func configurableLimits() throws {
        let h = try Harness(simulation: ComputeSimulation(incrementalSnapshotsPerWindow: 2, maximumIncrementalSnapshotsPerDisk: 3))
        try h.disk("d1")
        try h.snapshot("a", of: "d1")
        try h.snapshot("b", of: "d1")
        #expect(providerError { try h.snapshot("c", of: "d1") }?.message.hasPrefix("Up to 2 incremental") == true)
        h.clock.advance(by: 301)
        try h.snapshot("c", of: "d1")
        #expect(providerError { try h.snapshot("d", of: "d1") }?.message.hasPrefix("A total of 3") == true)
    }

    @Test("incremental cannot change after creation, by PUT or PATCH")
    func incrementalImmutable() throws {
        let h = try Harness()
        try h.disk("d1")
        try h.snapshot("s1", of: "d1")
        let put = providerError { try h.snapshot("s1", of: "d1", incremental: false) }
        #expect(put?.code == "PropertyChangeNotAllowed")
        #expect(put?.message == "Changing property 'incremental' is not allowed.")
        #expect(put?.target == "incremental")
        let patch = providerError { try h.patch(snapshots, "s1", ["properties": ["incremental": false]]) }
        #expect(patch?.message == "Changing property 'incremental' is not allowed.")
        // Repeating the same body is an update, not an error (re-deploying a template).
        let again = try h.snapshot("s1", of: "d1")
        #expect(again.value(at: "properties.incremental") == true)
    }

    @Test("creationData cannot change after creation")
    func creationDataImmutable() throws {
        let h = try Harness()
        try h.disk("d1")
        try h.disk("d2")
        try h.snapshot("s1", of: "d1")
        let error = providerError { try h.snapshot("s1", of: "d2") }
        #expect(error?.code == "PropertyChangeNotAllowed")
        #expect(error?.message == "Changing property 'creationData.sourceResourceId' is not allowed.")
    }

    @Test("a snapshot inherits a 4096 sector size, and then only creates Premium SSD v2 or Ultra disks")
    func sector4096() throws {
        let h = try Harness()
        try h.disk("v2", sizeGB: 4, sku: "PremiumV2_LRS")
        let snap = try h.snapshot("s1", of: "v2")
        #expect(snap.value(at: "properties.creationData.logicalSectorSize") == 4096)
        h.clock.advance(by: 3600)
        let error = providerError { try h.diskFrom("p", source: "s1", sku: "Premium_LRS") }
        #expect(error?.code == "InvalidParameter")
        #expect(error?.message == "Snapshot 's1' has a logical sector size of 4096 and can only be used to create "
            + "'PremiumV2_LRS' or 'UltraSSD_LRS' disks, not 'Premium_LRS'.")
        let defaultSku = providerError { try h.diskFrom("std", source: "s1") }
        #expect(defaultSku?.code == "InvalidParameter")
        let ok = try h.diskFrom("u", source: "s1", sku: "UltraSSD_LRS")
        #expect(ok.value(at: "properties.creationData.logicalSectorSize") == 4096)
        // A 512-byte snapshot (of a standard disk) creates any disk.
        try h.disk("d1")
        let s512 = try h.snapshot("s2", of: "d1")
        #expect(s512.value(at: "properties.creationData.logicalSectorSize") == nil)
        #expect(try h.diskFrom("from512", source: "s2", sku: "StandardSSD_LRS")["name"] == "from512")
    }

    @Test("the documented template's snapshot (no SKU, API version 2022-03-02) deploys as an incremental Standard_LRS snapshot")
    func documentedTemplate() throws {
        let h = try Harness()
        try h.disk("contosodisk1", sizeGB: 4, sku: "PremiumV2_LRS")
        let body: JSONValue = [
            "location": "westus",
            "properties": ["creationData": ["createOption": "Copy", "sourceResourceId": .string(h.id(disks, "contosodisk1"))],
                           "incremental": true],
        ]
        let provider = h.registry.provider(for: snapshots)
        let typo = provider.validate(h.request(snapshots, "contosodisk1_snapshot1", body, apiVersion: "2022-03-22"))
        #expect(typo.map(\.code) == ["NoRegisteredProviderFound"])
        let request = h.request(snapshots, "contosodisk1_snapshot1", body, apiVersion: "2022-03-02")
        #expect(provider.validate(request).isEmpty)
        let result = try h.store.write { try provider.put(request, in: $0) }
        #expect(result.isLongRunning)
        let snap = try #require(result.body)
        #expect(snap["sku"] == ["name": "Standard_LRS", "tier": "Standard"])
        #expect(snap.value(at: "properties.creationData.logicalSectorSize") == 4096)
        #expect(snap.value(at: "properties.completionPercent") == .double(0))
        #expect(try h.store.read { try $0.resource(id: request.id) }?.apiVersion == "2022-03-02")
    }
}
