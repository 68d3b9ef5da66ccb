import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

@Suite("Background copy")
struct BackgroundCopyTests {
    @Test("a Premium SSD v2 snapshot succeeds at once and its completionPercent rises with the clock")
    func snapshotProgress() throws {
        let h = try Harness()
        try h.disk("v2", sizeGB: 4, sku: "PremiumV2_LRS")
        let created = try h.snapshot("s1", of: "v2")
        #expect(created.value(at: "properties.provisioningState") == "Succeeded")
        #expect(created.value(at: "properties.completionPercent") == .double(0))
        // 4 GiB at the default 1024 MiB/s: four seconds of clock time.
        h.clock.advance(by: 1)
        #expect(try h.get(snapshots, "s1").value(at: "properties.completionPercent") == .double(25))
        h.clock.advance(by: 1.5)
        #expect(try h.get(snapshots, "s1").value(at: "properties.completionPercent") == .double(62.5))
        h.clock.advance(by: 1.5)
        let done = try h.get(snapshots, "s1")
        #expect(done.value(at: "properties.completionPercent") == .double(100))
        #expect(done.value(at: "properties.provisioningState") == "Succeeded")
        let job = try #require(try h.store.read { try $0.copyJob(resourceId: h.id(snapshots, "s1")) })
        #expect(job.sourceResourceId == h.id(disks, "v2"))
        #expect(job.startTime == t0)
        // The stored body holds no percentage; reads compute it.
        let stored = try h.store.read { try $0.resource(id: h.id(snapshots, "s1")) }
        #expect(stored?.body.value(at: "properties.completionPercent") == nil)
    }

    @Test("an Ultra snapshot copies too; the list shows the progress of each")
    func listProgress() throws {
        let h = try Harness()
        try h.disk("u", sizeGB: 8, sku: "UltraSSD_LRS")
        try h.snapshot("s1", of: "u")
        try h.disk("d", sizeGB: 8)
        try h.snapshot("s2", of: "d")
        h.clock.advance(by: 2)
        let percents = try h.list(snapshots).map { $0.value(at: "properties.completionPercent") }
        #expect(percents == [.double(25), nil])
    }

    @Test("an unfinished snapshot cannot be the source of a disk, a snapshot or an access grant")
    func unfinishedSource() throws {
        let h = try Harness()
        try h.disk("v2", sizeGB: 4, sku: "PremiumV2_LRS")
        try h.snapshot("s1", of: "v2")
        h.clock.advance(by: 2)
        let error = providerError { try h.diskFrom("restored", source: "s1", sku: "PremiumV2_LRS") }
        #expect(error?.code == "OperationNotAllowed")
        #expect(error?.httpStatus == 409)
        #expect(error?.message == "The snapshot 's1' cannot be used yet: its background copy is not complete "
            + "(completionPercent is 50). Wait until completionPercent is 100.")
        #expect(providerError { try h.snapshot("full", of: "s1", sourceType: snapshots, incremental: false) }?.code
            == "OperationNotAllowed")
        #expect(providerError {
            try h.action(snapshots, "s1", "beginGetAccess", ["access": "Read", "durationInSeconds": 3600])
        }?.code == "OperationNotAllowed")
        #expect(try h.store.read { try $0.resource(id: h.id(disks, "restored")) } == nil)
    }

    @Test("a disk restored from a finished Premium SSD v2 snapshot copies in the background and is unusable until done")
    func restoredDisk() throws {
        let h = try Harness()
        try h.disk("v2", sizeGB: 4, sku: "PremiumV2_LRS")
        try h.snapshot("s1", of: "v2")
        h.clock.advance(by: 10)
        let disk = try h.diskFrom("restored", source: "s1", sku: "PremiumV2_LRS")
        #expect(disk.value(at: "properties.completionPercent") == .double(0))
        #expect(disk.value(at: "properties.provisioningState") == "Succeeded")
        let blocked = providerError { try h.snapshot("s2", of: "restored") }
        #expect(blocked?.message == "The disk 'restored' cannot be used yet: its background copy is not complete "
            + "(completionPercent is 0). Wait until completionPercent is 100.")
        // While the copy reads from the snapshot, the snapshot cannot be deleted.
        let deleting = providerError { try h.delete(snapshots, "s1") }
        #expect(deleting?.code == "OperationNotAllowed")
        #expect(deleting?.message == "The snapshot 's1' cannot be deleted while the background copy into 'restored' "
            + "is not complete.")
        h.clock.advance(by: 4)
        #expect(try h.get(disks, "restored").value(at: "properties.completionPercent") == .double(100))
        try h.snapshot("s2", of: "restored")
        #expect(try h.delete(snapshots, "s1").change == .deleted)
    }

    @Test("the copy speed is a setting")
    func bandwidth() throws {
        let h = try Harness(simulation: ComputeSimulation(copyBandwidthMiBps: 256))
        try h.disk("v2", sizeGB: 4, sku: "PremiumV2_LRS")
        try h.snapshot("s1", of: "v2")
        h.clock.advance(by: 4)
        #expect(try h.get(snapshots, "s1").value(at: "properties.completionPercent") == .double(25))
        h.clock.advance(by: 12)
        #expect(try h.get(snapshots, "s1").value(at: "properties.completionPercent") == .double(100))
    }

    @Test("deleting a resource removes its copy job")
    func deleteRemovesJob() throws {
        let h = try Harness()
        try h.disk("v2", sizeGB: 4, sku: "PremiumV2_LRS")
        try h.snapshot("s1", of: "v2")
        try h.delete(snapshots, "s1")
        #expect(try h.store.read { try $0.copyJob(resourceId: h.id(snapshots, "s1")) } == nil)
    }
}
