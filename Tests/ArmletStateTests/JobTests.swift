import ArmletCore
import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Copy jobs and long-running operations")
struct JobTests {
    @Test("copy jobs: both paces round-trip, lookups ignore case, deleting the resource deletes its job",
          arguments: StoreKind.allCases)
    func copyJobs(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let source = disk("disk1")
        let snapshotId = "\(rgId("rg1"))/providers/Microsoft.Compute/snapshots/Snap1"
        var snapshot = disk("Snap1")
        snapshot.id = snapshotId
        snapshot.type = "Microsoft.Compute/snapshots"
        let byDuration = CopyJob(resourceId: snapshotId, sourceResourceId: source.id, startTime: t0, pace: .duration(600))
        let byThroughput = CopyJob(resourceId: source.id, sourceResourceId: snapshotId, startTime: t0,
                                   pace: .throughput(totalBytes: 8 << 30, bytesPerSecond: 67_108_864),
                                   error: ["errorCode": "CopySourceNotFound", "errorMessage": "gone"])
        try store.write { state in
            try state.save(source)
            try state.save(snapshot)
            try state.save(byDuration)
            try state.save(byThroughput)
        }
        #expect(try store.read { try $0.copyJob(resourceId: snapshotId.lowercased()) } == byDuration)
        #expect(try store.read { try $0.copyJob(resourceId: source.id) } == byThroughput)
        #expect(try store.read { try $0.copyJobs().count } == 2)

        var restarted = byDuration
        restarted.startTime = t0.addingTimeInterval(100)
        restarted.pace = .throughput(totalBytes: 1024, bytesPerSecond: 1)
        try store.write { try $0.save(restarted) }
        #expect(try store.read { try $0.copyJob(resourceId: snapshotId) } == restarted)

        try store.write { _ = try $0.deleteResource(id: snapshotId) }
        #expect(try store.read { try $0.copyJob(resourceId: snapshotId) } == nil)
        #expect(try store.write { try $0.deleteCopyJob(resourceId: source.id.uppercased()) })
        #expect(try store.read { try $0.copyJobs() }.isEmpty)
    }

    @Test("long-running operations: in progress, then finished", arguments: StoreKind.allCases)
    func asyncOperations(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let id = "5D0C3A1E-9B7F-4C1A-8E2D-000000000001"
        let started = AsyncOperationRecord(id: id, kind: "Microsoft.Compute/DiskOperations", status: "InProgress",
                                           startTime: t0, resourceId: disk("disk1").id)
        try store.write { try $0.save(started) }
        #expect(try store.read { try $0.asyncOperation(id: id.lowercased()) } == started)

        var failed = started
        failed.status = .failed
        failed.endTime = t0.addingTimeInterval(2)
        failed.error = ["code": "Conflict", "message": "busy"]
        failed.properties = ["output": ["name": "disk1"]]
        try store.write { try $0.save(failed) }
        let stored = try store.read { try $0.asyncOperation(id: id) }
        #expect(stored == failed)
        #expect(stored?.status.isTerminal == true)

        #expect(try store.write { try $0.deleteAsyncOperation(id: id) })
        #expect(try store.read { try $0.asyncOperation(id: id) } == nil)
    }
}
