import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Migrations")
struct MigrationTests {
    @Test("a new file is migrated to the latest schema and seeded with the default subscription")
    func fromEmpty() throws {
        let directory = TemporaryDirectory()
        let store = try SQLiteStateStore(directory: directory.path)
        #expect(store.path == directory.file("state.sqlite"))
        #expect(FileManager.default.fileExists(atPath: store.path))
        #expect(try store.appliedMigrations() == SQLiteStateStore.knownMigrations)
        #expect(SQLiteStateStore.knownMigrations == ["v1-schema", "v1-defaults", "v2-on-error-deployment"])

        let (subscriptions, tenants, current) = try store.read { state in
            (try state.subscriptions(), try state.tenants(), try state.currentSubscription())
        }
        #expect(subscriptions == [SubscriptionRecord(id: "00000000-0000-0000-0000-000000000001",
                                                     displayName: "Armlet Local Subscription",
                                                     tenantId: "00000000-0000-0000-0000-000000000000",
                                                     state: "Enabled")])
        #expect(tenants == [TenantRecord.default])
        #expect(current == SubscriptionRecord.default)
    }

    @Test("reopening applies nothing twice and keeps the data")
    func reopen() throws {
        let directory = TemporaryDirectory()
        try SQLiteStateStore(directory: directory.path).write { try $0.save(disk("disk1")) }
        let again = try SQLiteStateStore(directory: directory.path)
        #expect(try again.appliedMigrations() == SQLiteStateStore.knownMigrations)
        #expect(try again.read { try $0.resource(id: disk("disk1").id) } == disk("disk1"))
        #expect(try again.read { try $0.subscriptions().count } == 1)
    }

    @Test("a database written by a newer Armlet is refused with StateSchemaTooNew", .enabled(if: sqliteShell != nil))
    func newerSchema() throws {
        let directory = TemporaryDirectory()
        let store = try SQLiteStateStore(directory: directory.path)
        // Pretend a later Armlet ran a migration this one does not know.
        try store.write { _ in }
        try runSQLite(store.path, "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future');")
        #expect {
            _ = try SQLiteStateStore(directory: directory.path)
        } throws: { error in
            (error as? StateError)?.code == "StateSchemaTooNew"
                && (error as? StateError)?.message.contains("newer version of Armlet") == true
        }
    }

    @Test("the in-memory store is migrated and seeded like a file")
    func inMemory() throws {
        let store = try SQLiteStateStore.inMemory()
        #expect(store.path == ":memory:")
        #expect(try store.appliedMigrations() == SQLiteStateStore.knownMigrations)
        #expect(try store.read { try $0.currentSubscription() } == SubscriptionRecord.default)
    }
}
