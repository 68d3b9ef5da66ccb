import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Transactions")
struct TransactionTests {
    struct Boom: Error, Equatable {}

    @Test("an error thrown mid-transaction leaves nothing written, and reaches the caller unchanged",
          arguments: StoreKind.allCases)
    func rollback(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        try store.write { try $0.save(disk("kept")) }

        #expect(throws: Boom()) {
            try store.write { state in
                try state.save(ResourceGroupRecord(subscriptionId: sub, name: "rg1", location: "westus", createdTime: t0))
                try state.save(disk("lost"))
                _ = try state.deleteResource(id: disk("kept").id)
                try state.setSetting(.currentSubscription, to: "nobody")
                throw Boom()
            }
        }
        let (groups, resources, current) = try store.read { state in
            (try state.resourceGroups(subscriptionId: sub), try state.resources(subscriptionId: sub),
             try state.setting(.currentSubscription))
        }
        #expect(groups.isEmpty)
        #expect(resources.map(\.name) == ["kept"])
        #expect(current == SubscriptionRecord.default.id)
    }

    @Test("a write's changes are visible to its own reads before commit")
    func readYourWrites() throws {
        let store = try SQLiteStateStore.inMemory()
        let seen = try store.write { state in
            try state.save(disk("d1"))
            return try state.resources(subscriptionId: sub).map(\.name)
        }
        #expect(seen == ["d1"])
    }

    @Test("async read and write run the same bodies; errors roll back", arguments: StoreKind.allCases)
    func async(kind: StoreKind) async throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        try await store.write { try $0.save(disk("a")) }
        await #expect(throws: Boom()) {
            try await store.write { state in
                try state.save(disk("b"))
                throw Boom()
            }
        }
        let names = try await store.read { try $0.resources(subscriptionId: sub).map(\.name) }
        #expect(names == ["a"])
    }

    @Test("a store used through the protocol from many tasks at once")
    func concurrentTasks() async throws {
        let directory = TemporaryDirectory()
        let store: any StateStore = try SQLiteStateStore(directory: directory.path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<20 {
                group.addTask {
                    try await store.write { try $0.save(disk("d\(i)")) }
                    _ = try await store.read { try $0.resources(subscriptionId: sub) }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.read { try $0.resources(subscriptionId: sub).count } == 20)
    }
}
