import Foundation
internal import GRDB

extension SQLiteStateStore {
    package func read<T>(_ body: (any StateReader) throws -> T) throws -> T {
        try guarded { try reading { try body(SQLStateAccess(session: $0)) } }
    }

    /// Runs `body` on a read connection (``ReadConnections``; the writer's for an in-memory store),
    /// in one read transaction: every read of the store goes through here.
    private func reading<T>(_ body: (GRDBSession) throws -> T) throws -> T {
        func run(_ db: Database) throws -> T {
            try Self.inReadTransaction(db) { try body(GRDBSession(db: db)) }
        }
        guard let readers else { return try writer.unsafeReentrantRead(run) }
        return try readers.withConnection(run)
    }

    /// Runs `body` in one read transaction on `db` (one snapshot for all its statements), begun and
    /// ended with statements prepared once per connection: GRDB's own read compiles `BEGIN` and
    /// `COMMIT` afresh each time, which cost a GET of a disk more than its two queries' own work.
    /// Inside a transaction already, `body` just runs in it.
    static func inReadTransaction<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        guard !db.isInsideTransaction else { return try body() }
        try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
        let result: T
        do {
            result = try body()
        } catch {
            try? db.cachedStatement(sql: "ROLLBACK TRANSACTION").execute()
            throw error
        }
        try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
        return result
    }

    package func write<T>(_ body: (any StateTransaction) throws -> T) throws -> T {
        try guarded { try writer.write { db in try body(SQLStateAccess(session: GRDBSession(db: db))) } }
    }

    package func read<T: Sendable>(_ body: @escaping @Sendable (any StateReader) throws -> T) async throws -> T {
        try await offCooperativePool { try self.read(body) }
    }

    package func write<T: Sendable>(_ body: @escaping @Sendable (any StateTransaction) throws -> T) async throws -> T {
        try await offCooperativePool { try self.write(body) }
    }

    package func withSQL<T>(write: Bool, _ body: (any SQLSession) throws -> T) throws -> T {
        try guarded {
            write ? try writer.write { db in try body(GRDBSession(db: db)) } : try reading(body)
        }
    }

    package func readSetting(_ key: SettingKey) throws -> String? {
        try guarded { try writer.unsafeReentrantRead { db in try SQLStateAccess(session: GRDBSession(db: db)).setting(key) } }
    }

    @discardableResult
    package func updateSetting(_ key: SettingKey, _ transform: (String?) -> String?) throws -> String? {
        try guarded {
            try writer.unsafeReentrantWrite { db in
                func update() throws -> String? {
                    try SQLStateAccess(session: GRDBSession(db: db)).updateSetting(key, transform)
                }
                guard !db.isInsideTransaction else { return try update() }
                var value: String?
                try db.inTransaction(Database.TransactionKind.immediate) {
                    value = try update()
                    return Database.TransactionCompletion.commit
                }
                return value
            }
        }
    }

    /// Runs `work`, turning SQLite's errors into ``StateError``s and passing every other error through.
    func guarded<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw mapped(error)
        }
    }

    func mapped(_ error: any Error) -> any Error {
        switch error {
        case is DatabaseError, is RowDecodingError: Self.stateError(error, path: path, busyTimeout: busyTimeout)
        default: error
        }
    }
}
