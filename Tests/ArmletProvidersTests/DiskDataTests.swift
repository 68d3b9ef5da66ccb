import ArmletBlocks
import ArmletCore
import ArmletJSON
@testable import ArmletProviders
import ArmletState
import Foundation
import Testing

/// Disks and snapshots holding data: volumes shared by snapshots and restores, copies paced by the
/// bytes they move, volumes following their transaction, and the VM-style writes of `armlet disk write`.
@Suite struct DiskDataTests {
    static let mib = 1 << 20

    /// A harness whose disks keep data in a fresh file block store (copies at 64 MiB/s).
    static func harness() throws -> (Harness, any BlockStore) {
        let directory = NSTemporaryDirectory() + "armlet-disk-data-" + UUID().uuidString
        let blocks = try FileBlockStore(directory: directory)
        return (try Harness(simulation: ComputeSimulation(copyBandwidthMiBps: 64), blocks: blocks), blocks)
    }

    static func write(_ h: Harness, _ disk: String, at offset: Int, _ count: Int, seed: UInt8 = 1) throws {
        let record = try #require(try h.store.read { try $0.resource(id: h.id(disks, disk)) })
        let volumes = h.blocks.map(DiskVolumes.init(store:))
        try h.store.write { state in
            try DiskWrites.apply(.write([UInt8](repeating: seed, count: count)), at: Int64(offset), to: record,
                                 volumes: volumes, in: state, now: h.clock.now())
        }
    }

    static func premiumV2(_ h: Harness, _ name: String) throws {
        try h.put(disks, name, ["location": "westus", "sku": ["name": "PremiumV2_LRS"],
                                "properties": ["diskSizeGB": 64, "creationData": ["createOption": "Empty"]]])
    }

    static func incremental(_ h: Harness, _ name: String, of disk: String) throws {
        try h.put(snapshots, name, ["location": "westus", "properties": [
            "incremental": true, "creationData": ["createOption": "Copy", "sourceResourceId": .string(h.id(disks, disk))]]])
    }

    static func percent(_ h: Harness, _ type: String, _ name: String) throws -> JSONValue? {
        try h.get(type, name).value(at: "properties.completionPercent")
    }

    @Test func aCopyTakesTheTimeOfTheBytesChangedSinceTheFamilysLastSnapshot() throws {
        let (h, _) = try Self.harness()
        try Self.premiumV2(h, "d1")
        try Self.write(h, "d1", at: 0, 64 * Self.mib)
        try Self.incremental(h, "s1", of: "d1")
        _ = h.clock.advance(by: 0.5)
        #expect(try Self.percent(h, snapshots, "s1") == .double(50), "64 MiB at 64 MiB/s: half done after 0.5 s")
        _ = h.clock.advance(by: 0.5)
        #expect(try Self.percent(h, snapshots, "s1") == .double(100))
        try Self.write(h, "d1", at: 32 * Self.mib, 32 * Self.mib, seed: 2)
        try Self.incremental(h, "s2", of: "d1")
        _ = h.clock.advance(by: 0.25)
        #expect(try Self.percent(h, snapshots, "s2") == .double(50), "only the 32 MiB changed since s1 move")
        _ = h.clock.advance(by: 0.25)
        try Self.incremental(h, "s3", of: "d1")
        #expect(try Self.percent(h, snapshots, "s3") == .double(100), "nothing changed since s2: nothing to move")
    }

    @Test func aRestoreSharesTheSnapshotsPagesAndCopiesWhatWasWritten() throws {
        let (h, blocks) = try Self.harness()
        try Self.premiumV2(h, "d1")
        try Self.write(h, "d1", at: 4 * Self.mib, 16 * Self.mib, seed: 7)
        try Self.incremental(h, "s1", of: "d1")
        _ = h.clock.advance(by: 1)
        try h.put(disks, "restored", ["location": "westus", "sku": ["name": "PremiumV2_LRS"], "properties": [
            "creationData": ["createOption": "Copy", "sourceResourceId": .string(h.id(snapshots, "s1"))]]])
        _ = h.clock.advance(by: 0.125)
        #expect(try Self.percent(h, disks, "restored") == .double(50), "16 MiB at 64 MiB/s")
        let volume = try #require(DiskVolumes.name(of: try h.get(disks, "restored")))
        #expect(try blocks.read(volume, at: Int64(4 * Self.mib), length: 512) == [UInt8](repeating: 7, count: 512))
        #expect(try blocks.pageRanges(volume, in: nil) == [Int64(4 * Self.mib)..<Int64(20 * Self.mib)])
    }

    @Test func volumesFollowTheirTransaction() throws {
        let (h, blocks) = try Self.harness()
        try Self.premiumV2(h, "d1")
        try Self.write(h, "d1", at: 0, Self.mib)
        let request = h.request(snapshots, "s1", ["location": "westus", "properties": [
            "incremental": true, "creationData": ["createOption": "Copy", "sourceResourceId": .string(h.id(disks, "d1"))]]])
        let provider = h.registry.provider(for: snapshots)
        struct Abort: Error {}
        var made: String?
        #expect(throws: Abort.self) {
            try h.store.write { state in
                made = DiskVolumes.name(of: try provider.put(request, in: state).body ?? .null)
                throw Abort()
            }
        }
        let name = try #require(made)
        #expect(try !blocks.exists(name), "a rolled-back creation leaves no volume")
        try Self.incremental(h, "s1", of: "d1")
        let snapshot = try #require(DiskVolumes.name(of: try h.get(snapshots, "s1")))
        let stored = try blocks.storedBytes()
        try h.delete(snapshots, "s1")
        #expect(try !blocks.exists(snapshot), "a deleted snapshot's volume goes once the deletion commits")
        #expect(try blocks.storedBytes() == stored, "the disk still holds the shared pages")
    }

    @Test func deletingEndsTheGrantsOfTheResource() throws {
        let (h, _) = try Self.harness()
        try Self.premiumV2(h, "d1")
        let sas = try #require(try h.action(disks, "d1", "beginGetAccess",
                                            ["access": "Read", "durationInSeconds": 60]).body?["accessSAS"]?.stringValue)
        let url = try #require(URLComponents(string: sas))
        let query = Dictionary(uniqueKeysWithValues: (url.queryItems ?? []).map { ($0.name, $0.value ?? "") })
        let now = h.clock.now()
        let grant = try h.store.read { try DataPlaneGrants.verify(path: url.path, query: query, now: now, in: $0) }
        #expect(grant.resourceId == h.id(disks, "d1") && !grant.canWrite && grant.size == 64 << 30)
        try h.action(disks, "d1", "endGetAccess")
        try h.delete(disks, "d1")
        #expect(throws: DataPlaneDenial.self) {
            try h.store.read { try DataPlaneGrants.verify(path: url.path, query: query, now: now, in: $0) }
        }
    }

    @Test func diskWritesAreCheckedAsAVMsWouldBe() throws {
        let (h, _) = try Self.harness()
        try Self.premiumV2(h, "d1")
        func refusal(_ offset: Int, _ count: Int, disk: String = "d1") -> ARMError? {
            do {
                try Self.write(h, disk, at: offset, count)
                return nil
            } catch {
                return error as? ARMError
            }
        }
        #expect(refusal(0, 512) == nil, "the first write makes the disk's 64 GiB volume")
        #expect(refusal(100, 512)?.code == "InvalidParameter")
        #expect(refusal(0, 100)?.code == "InvalidParameter")
        #expect(refusal(64 << 30, 512)?.message.contains("ends beyond the disk's 68719476736 bytes") == true)
        try h.put(disks, "up", ["location": "westus", "properties": ["creationData": [
            "createOption": "Upload", "uploadSizeBytes": .int(20_972_032)]]])
        #expect(refusal(0, 512, disk: "up")?.code == "OperationNotAllowed", "an upload disk is written through its SAS")
        try h.patch(disks, "d1", ["properties": ["diskSizeGB": 128]])
        #expect(refusal(100 << 30, 512) == nil, "a grown disk takes writes in its new part")
    }

    @Test func anUploadDiskGoesReadyActiveUnattached() throws {
        let (h, _) = try Self.harness()
        let created = try h.put(disks, "up", ["location": "westus", "properties": ["creationData": [
            "createOption": "Upload", "uploadSizeBytes": .int(20_972_032)]]])
        #expect(created.value(at: "properties.diskState") == "ReadyToUpload")
        try h.action(disks, "up", "beginGetAccess", ["access": "Write", "durationInSeconds": 60])
        #expect(try h.get(disks, "up").value(at: "properties.diskState") == "ActiveUpload")
        let early = providerError { try Self.incremental(h, "s1", of: "up") }
        #expect(early?.code == "OperationNotAllowed" && early?.message.contains("while its upload is open") == true)
        try h.action(disks, "up", "endGetAccess")
        #expect(try h.get(disks, "up").value(at: "properties.diskState") == "Unattached")
        try Self.incremental(h, "s1", of: "up")
    }
}

/// `ARMLET_COPY_MIBPS`: the background copy's bandwidth from the environment.
@Suite struct CopyBandwidthSettingTests {
    @Test func aPositiveNumberSetsTheBandwidthAndAnythingElseIsRefused() throws {
        #expect(try ComputeSimulation(environment: [:]).copyBandwidthMiBps == 1024)
        #expect(try ComputeSimulation(environment: ["ARMLET_COPY_MIBPS": " 2.5 "]).copyBandwidthMiBps == 2.5)
        for bad in ["fast", "0", "-1", "nan", "inf", "1e12"] {
            let error = #expect(throws: ARMError.self) {
                try ComputeSimulation(environment: ["ARMLET_COPY_MIBPS": bad])
            }
            #expect(error?.code == "InvalidConfiguration")
            #expect(error?.message == "ARMLET_COPY_MIBPS='\(bad)' is not valid: give the background copy's bandwidth "
                        + "as a positive number of MiB per second.")
        }
    }
}
