package import Foundation
internal import GRDB

/// The embedded ``StateStore``: one SQLite file in WAL mode, shared by every `armlet` process and the
/// server that use the same state directory.
///
/// Open it with ``init(directory:environment:busyTimeout:)`` (the file `state.sqlite` in `--state-dir`,
/// else `$ARMLET_HOME`, else `~/.armlet`), ``init(path:busyTimeout:)``, or ``inMemory()`` for tests.
/// Opening creates the directory, applies pending migrations, and on a new file inserts the default
/// tenant and subscription (``TenantRecord/default``, ``SubscriptionRecord/default``) and selects the
/// subscription as current.
///
/// Writers are serialised: a write from a second process waits up to `busyTimeout` seconds for the
/// first to commit, then fails with `StateLocked`. Readers never wait for writers (WAL).
package struct SQLiteStateStore: SQLTableStore {
    /// The name of the database file inside the state directory.
    package static let fileName = "state.sqlite"
    /// The environment variable naming the state directory.
    package static let homeVariable = "ARMLET_HOME"

    /// The database file (`:memory:` for an in-memory store).
    package let path: String
    /// How long a write waits for another process's write, in seconds.
    package let busyTimeout: TimeInterval
    let writer: any DatabaseWriter
    /// The connections reads use, for a file (an in-memory store reads through `writer`).
    let readers: ReadConnections?

    /// The state directory: `$ARMLET_HOME` when set and not empty, else `~/.armlet`.
    package static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment[homeVariable], !home.isEmpty { return expandingTilde(home, environment: environment) }
        return expandingTilde("~/.armlet", environment: environment)
    }

    /// Opens (creating if needed) `state.sqlite` in `directory`, or in ``defaultDirectory(environment:)``
    /// when `directory` is nil.
    /// - Throws: ``StateError``: `StateUnwritable` when the directory cannot be created, `StateCorrupt`
    ///   for a file that is not an Armlet database, `StateSchemaTooNew`, `StateLocked`.
    package init(directory: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                busyTimeout: TimeInterval = 10) throws(StateError) {
        let folder = directory.map { Self.expandingTilde($0, environment: environment) }
            ?? Self.defaultDirectory(environment: environment)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: folder, detail: Self.describe(error))
        }
        try self.init(path: (folder as NSString).appendingPathComponent(Self.fileName), busyTimeout: busyTimeout)
    }

    /// Opens (creating if needed) the database file at `path`; its directory must exist.
    /// - Throws: ``StateError`` as ``init(directory:environment:busyTimeout:)``.
    package init(path: String, busyTimeout: TimeInterval = 10) throws(StateError) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "armlet-state"
        // Switching a new file to WAL takes an exclusive lock without SQLite's busy handler, so processes
        // that open a new file at the same moment retry here, within the same busy timeout.
        let pause: TimeInterval = 0.02
        var attempts = max(1, Int(busyTimeout / pause))
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try self.init(writer: pool, readers: ReadConnections(path: path, configuration: configuration),
                              path: path, busyTimeout: busyTimeout)
                return
            } catch {
                let failure = Self.stateError(error, path: path, busyTimeout: busyTimeout)
                attempts -= 1
                guard failure.code == "StateLocked", attempts > 0 else { throw failure }
                Thread.sleep(forTimeInterval: pause)
            }
        }
    }

    /// A private store in memory, migrated and seeded like a new file; for tests of higher layers.
    package static func inMemory() throws(StateError) -> SQLiteStateStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: Configuration())
        } catch {
            throw stateError(error, path: ":memory:", busyTimeout: 0)
        }
        return try SQLiteStateStore(writer: queue, readers: nil, path: ":memory:", busyTimeout: 0)
    }

    private init(writer: any DatabaseWriter, readers: ReadConnections?, path: String,
                 busyTimeout: TimeInterval) throws(StateError) {
        self.writer = writer
        self.readers = readers
        self.path = path
        self.busyTimeout = busyTimeout
        try migrate()
    }

    /// The ids of the migrations applied to this database, in order.
    package func appliedMigrations() throws -> [String] {
        try guarded { try writer.read { db in try Migrations.migrator.appliedIdentifiers(db) } }
            .sorted { (Migrations.identifiers.firstIndex(of: $0) ?? .max) < (Migrations.identifiers.firstIndex(of: $1) ?? .max) }
    }

    /// The ids of every migration this version of Armlet knows, in order.
    package static var knownMigrations: [String] { Migrations.identifiers }

    private func migrate() throws(StateError) {
        let migrator = Migrations.migrator
        do {
            if try writer.read(migrator.hasBeenSuperseded) {
                throw StateError.schemaTooNew(path: path)
            }
            try migrator.migrate(writer)
        } catch let error as StateError {
            throw error
        } catch {
            // Two processes opening a new file at once may both try the first migration; the loser
            // fails, but the schema is there.
            if (try? writer.read(migrator.hasCompletedMigrations)) == true { return }
            throw Self.stateError(error, path: path, busyTimeout: busyTimeout)
        }
    }
}
