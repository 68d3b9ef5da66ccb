import ArmletJSON
import ArmletState
import Foundation
import Testing

/// Reads of a state file run on read-only connections of their own: they see what any store on the
/// file committed, one snapshot per read, and never anything a read could change.
@Suite("Read connections")
struct ReadConnectionTests {
    @Test("a read sees what another store on the file committed, and one snapshot throughout")
    func snapshots() throws {
        let directory = TemporaryDirectory()
        let reader = try SQLiteStateStore(directory: directory.path)
        let writer = try SQLiteStateStore(directory: directory.path)
        try writer.write { try $0.save(disk("d1")) }
        #expect(try reader.read { try $0.resources(subscriptionId: sub).count } == 1)

        // A write committed while a read is under way stays out of that read, and shows in the next.
        let counts = try reader.read { state -> (Int, Int) in
            let before = try state.resources(subscriptionId: sub).count
            try writer.write { try $0.save(disk("d2")) }
            return (before, try state.resources(subscriptionId: sub).count)
        }
        #expect(counts.0 == 1 && counts.1 == 1)
        #expect(try reader.read { try $0.resources(subscriptionId: sub).count } == 2)
    }

    @Test("many reads at once all answer, and a failed read leaves the next one working")
    func overlappingReads() async throws {
        let directory = TemporaryDirectory()
        let store = try SQLiteStateStore(directory: directory.path)
        try await store.write { try $0.save(disk("d1")) }
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<32 {
                group.addTask { try await store.read { try $0.resources(subscriptionId: sub).count } }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 1, count: 32))

        struct Stop: Error {}
        await #expect(throws: Stop.self) { try await store.read { _ -> Int in throw Stop() } }
        #expect(try await store.read { try $0.resources(subscriptionId: sub).count } == 1)
    }
}
