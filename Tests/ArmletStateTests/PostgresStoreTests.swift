import ArmletJSON
import ArmletPostgres
import ArmletState
import ArmletTestSupport
import Foundation
import Testing

/// What only the PostgreSQL store has to show: its migrations, several processes (here: several
/// pools, each as a server would hold) writing one database, its lock timeout and its URL.
@Suite("PostgreSQL state", .enabled(if: TestPostgres.location != nil || TestPostgres.required))
struct PostgresStoreTests {
    @Test("a new database is migrated and seeded; reopening applies nothing twice and keeps the data")
    func migrations() throws {
        let database = try TestPostgres.Database()
        let store = try PostgresStateStore(location: database.location)
        #expect(try store.appliedMigrations() == StateSchema.identifiers)
        #expect(try store.read { try $0.currentSubscription()?.id } == SubscriptionRecord.default.id)
        try store.write { try $0.save(disk("kept")) }
        let again = try PostgresStateStore(location: database.location)
        #expect(try again.appliedMigrations() == StateSchema.identifiers)
        #expect(try again.read { try $0.resources(subscriptionId: sub).map(\.name) } == ["kept"])
        #expect(try again.read { try $0.subscriptions().count } == 1)
    }

    @Test("a database a newer Armlet migrated is refused with StateSchemaTooNew")
    func schemaTooNew() throws {
        let database = try TestPostgres.Database()
        let store = try PostgresStateStore(location: database.location)
        _ = store
        try PostgresAdmin.execute("INSERT INTO armlet_migrations (id, applied_order, applied_time) VALUES ('v99-future', 99, 0)",
                                  at: database.location)
        let error = try #require(throws: StateError.self) { try PostgresStateStore(location: database.location) }
        #expect(error.code == "StateSchemaTooNew")
        #expect(error.message.contains(database.location.display))
    }

    @Test("servers opening a new database at once all end up migrated, with one default subscription")
    func concurrentOpen() async throws {
        let database = try TestPostgres.Database()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask { _ = try PostgresStateStore(location: database.location) }
            }
            try await group.waitForAll()
        }
        let store = try PostgresStateStore(location: database.location)
        #expect(try await store.read { try $0.subscriptions().count } == 1)
        #expect(try store.appliedMigrations() == StateSchema.identifiers)
    }

    @Test("ten writers on two servers check a limit of 7 and insert: exactly 7 get in, nothing is lost")
    func serialisedWriters() async throws {
        let database = try TestPostgres.Database()
        let servers = [try PostgresStateStore(location: database.location), try PostgresStateStore(location: database.location)]
        let counter: SettingKey = "test.counter"
        let admitted = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<10 {
                group.addTask {
                    try servers[i % 2].write { state in
                        // The read-check-write the snapshot limit does: a lost race would admit an 8th.
                        let count = try state.resources(subscriptionId: sub).count
                        let total = Int(try state.setting(counter) ?? "0") ?? 0
                        try state.setSetting(counter, to: String(total + 1))
                        guard count < 7 else { return false }
                        try state.save(disk("d\(i)"))
                        return true
                    }
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(admitted == 7)
        #expect(try await servers[0].read { try $0.resources(subscriptionId: sub).count } == 7)
        #expect(try servers[1].readSetting(counter) == "10")
    }

    @Test("a writer waits for another server's transaction; with a short timeout it fails with StateLocked")
    func lockTimeout() async throws {
        let database = try TestPostgres.Database()
        let holder = try PostgresStateStore(location: database.location)
        let impatient = try PostgresStateStore(location: database.location, lockTimeout: 0.1)
        let entered = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        // The holder runs on a thread of its own: blocking the test's cooperative threads could
        // starve other suites' tasks.
        let holding = Task { try await offCooperativePool {
            try holder.write { state in
                try state.setSetting("holder", to: "was here")
                entered.signal()
                release.wait()
            }
        } }
        entered.wait()
        let error = try #require(throws: StateError.self) { try impatient.write { try $0.setSetting("probe", to: "x") } }
        #expect(error.code == "StateLocked")
        #expect(error.message.contains(database.location.display))
        release.signal()
        try await holding.value
        try await impatient.write { try $0.setSetting("probe", to: "after") }
        #expect(try impatient.readSetting("holder") == "was here")
    }

    @Test("readSetting and updateSetting inside a transaction join it (the stored clock relies on it)")
    func nestedSettings() throws {
        let database = try TestPostgres.Database()
        let store = try PostgresStateStore(location: database.location)
        let seen = try store.write { state in
            try state.setSetting("inner", to: "1")
            let read = try store.readSetting("inner")
            let updated = try store.updateSetting("inner") { old in String((Int(old ?? "0") ?? 0) + 1) }
            return (read, updated)
        }
        #expect(seen.0 == "1")
        #expect(seen.1 == "2")
        #expect(try store.readSetting("inner") == "2")
        // Outside a transaction they run in their own.
        #expect(try store.updateSetting("outer") { _ in "x" } == "x")
    }

    @Test("bad URLs and unreachable servers are clear errors", arguments: [
        ("mysql://u@h/db", "must start with 'postgresql://'"),
        ("postgresql://h/db", "names no user"),
        ("postgresql://u@h", "names no database"),
        ("postgresql://u:secret@h/db?sslmode=require", "only sslmode=disable"),
    ])
    func badURLs(url: String, reason: String) throws {
        let error = try #require(throws: StateError.self) { try PostgresLocation(url: url) }
        #expect(error.code == "InvalidStateURL")
        #expect(error.message.contains(reason))
        #expect(!error.message.contains("secret"))
    }

    @Test("a server that does not answer is StateStoreFailed naming it")
    func unreachable() throws {
        let location = try PostgresLocation(url: "postgresql://armlet@127.0.0.1:1/armlet")
        let error = try #require(throws: StateError.self) { try PostgresStateStore(location: location) }
        #expect(error.code == "StateStoreFailed")
        #expect(error.message.contains("postgresql://armlet@127.0.0.1:1/armlet"))
        #expect(error.message.contains("cannot connect"))
    }
}
