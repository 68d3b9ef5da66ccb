import ArmletState
import Foundation

/// Databases made and dropped beside the state's (for tests, which give each case a database of its
/// own, and for `armlet state import` into a new database).
package enum PostgresAdmin {
    /// Creates the database `name` on the server of `location` (connecting to `location`'s database).
    /// - Throws: ``StateError`` `StateStoreFailed` when it cannot (a bad name, it exists, no rights).
    package static func createDatabase(_ name: String, at location: PostgresLocation) throws {
        try run("CREATE DATABASE \(quoted(name))", at: location)
    }

    /// Drops the database `name` (nothing when it does not exist), closing other sessions on it.
    package static func dropDatabase(_ name: String, at location: PostgresLocation) throws {
        try run("DROP DATABASE IF EXISTS \(quoted(name)) WITH (FORCE)", at: location)
    }

    /// Runs one statement in the database of `location` (tests use it to play another Armlet).
    package static func execute(_ sql: String, at location: PostgresLocation) throws {
        try run(sql, at: location)
    }

    private static func run(_ sql: String, at location: PostgresLocation) throws {
        let pool = PostgresPool(location: location, limit: 1)
        do {
            try pool.withConnection { connection in
                _ = try PostgresSession(connection: connection, logger: pool.queryLogger).run(sql, [])
            }
        } catch {
            throw PostgresFailure.stateError(error, display: location.display, lockTimeout: pool.lockTimeout)
        }
    }

    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
