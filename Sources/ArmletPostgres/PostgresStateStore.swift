package import ArmletState
import Foundation
import PostgresNIO

/// The ``StateStore`` for several servers: every record in one PostgreSQL database
/// (`ARMLET_STATE_URL` or `--state-url`), with the same statements and migrations as the SQLite store.
///
/// Writers are serialised across every process sharing the database, as SQLite serialises them: a
/// write transaction starts by taking one transaction-scoped advisory lock, so the engine's
/// read-check-write rules (name conflicts, the snapshot limits, deployment leases) hold with several
/// servers exactly as with one. A writer waits up to the pool's lock timeout, then fails with
/// `StateLocked`. Reads see one snapshot (`REPEATABLE READ`) and never wait for writers. When a
/// server dies mid-transaction PostgreSQL rolls its transaction back and frees the lock.
package struct PostgresStateStore: SQLTableStore {
    /// The connections.
    package let pool: PostgresPool
    /// The advisory lock every write transaction holds.
    static let writeLock: Int64 = 0x4152_4D4C_0001
    /// The advisory lock migrations hold.
    static let migrationLock: Int64 = 0x4152_4D4C_0002

    /// The transaction running on this thread (or task), so ``readSetting(_:)`` and
    /// ``updateSetting(_:_:)`` can join it.
    @TaskLocal static var current: Joined?

    /// A transaction a nested call may join.
    final class Joined: @unchecked Sendable {
        let pool: ObjectIdentifier
        let session: PostgresSession
        init(pool: ObjectIdentifier, session: PostgresSession) {
            self.pool = pool
            self.session = session
        }
    }

    /// Opens the state at `location`, applying pending migrations (and, on a new database, the
    /// default tenant and subscription, as the SQLite store does).
    /// - Throws: ``StateError``: `StateStoreFailed` when PostgreSQL cannot be reached, `StateSchemaTooNew`.
    package init(location: PostgresLocation, lockTimeout: Double = 10) throws {
        self.init(pool: PostgresPool(location: location, lockTimeout: lockTimeout))
        try migrate()
    }

    /// A store over an existing pool (the block store shares it).
    package init(pool: PostgresPool) {
        self.pool = pool
    }

    /// What messages call the state: its URL without the password.
    package var display: String { pool.location.display }

    // MARK: - Transactions

    package func read<T>(_ body: (any StateReader) throws -> T) throws -> T {
        try transaction(write: false) { session in try body(SQLStateAccess(session: session)) }
    }

    package func write<T>(_ body: (any StateTransaction) throws -> T) throws -> T {
        try transaction(write: true) { session in try body(SQLStateAccess(session: session)) }
    }

    package func read<T: Sendable>(_ body: @escaping @Sendable (any StateReader) throws -> T) async throws -> T {
        try await offCooperativePool { try self.read(body) }
    }

    package func write<T: Sendable>(_ body: @escaping @Sendable (any StateTransaction) throws -> T) async throws -> T {
        try await offCooperativePool { try self.write(body) }
    }

    package func withSQL<T>(write: Bool, _ body: (any SQLSession) throws -> T) throws -> T {
        try transaction(write: write) { session in try body(session) }
    }

    package func readSetting(_ key: SettingKey) throws -> String? {
        if let joined = joined() { return try mapped { try SQLStateAccess(session: joined).setting(key) } }
        return try read { try $0.setting(key) }
    }

    @discardableResult
    package func updateSetting(_ key: SettingKey, _ transform: (String?) -> String?) throws -> String? {
        if let joined = joined() { return try mapped { try SQLStateAccess(session: joined).updateSetting(key, transform) } }
        return try write { try $0.updateSetting(key, transform) }
    }

    private func joined() -> PostgresSession? {
        guard let current = Self.current, current.pool == ObjectIdentifier(pool) else { return nil }
        return current.session
    }

    /// Runs `body` in one transaction on a pooled connection: committed when it returns, rolled back
    /// when it throws; the session's hooks follow.
    func transaction<T>(write: Bool, _ body: (PostgresSession) throws -> T) throws -> T {
        try mapped {
            let begin = write ? "BEGIN ISOLATION LEVEL READ COMMITTED" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
            let lock = write ? ["SELECT pg_advisory_xact_lock(\(Self.writeLock))"] : []
            return try pool.transaction(begin, prelude: lock) { session in
                try Self.$current.withValue(Joined(pool: ObjectIdentifier(pool), session: session)) {
                    try body(session)
                }
            }
        }
    }

    /// Runs `work`, turning PostgreSQL's errors into ``StateError``s.
    func mapped<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw PostgresFailure.stateError(error, display: display, lockTimeout: pool.lockTimeout)
        }
    }
}
