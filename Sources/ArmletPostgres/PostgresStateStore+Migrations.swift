import ArmletState
import Foundation

extension PostgresStateStore {
    /// The ids of the migrations applied to this database, in order.
    package func appliedMigrations() throws -> [String] {
        try transaction(write: false) { session in
            try session.rows("SELECT id FROM armlet_migrations ORDER BY applied_order").map { try $0.decode(forColumn: "id") }
        }
    }

    /// Applies the migrations this database lacks, holding a lock so that servers starting together
    /// migrate once; refuses a database a newer Armlet migrated.
    func migrate() throws {
        try mapped {
            try pool.transaction { session in
                _ = try session.rows("SELECT pg_advisory_xact_lock(\(Self.migrationLock))")
                try session.execute("""
                    CREATE TABLE IF NOT EXISTS armlet_migrations (
                        id TEXT COLLATE "C" PRIMARY KEY NOT NULL,
                        applied_order BIGINT NOT NULL,
                        applied_time DOUBLE PRECISION NOT NULL
                    )
                    """, [])
                let applied: [String] = try session.rows("SELECT id FROM armlet_migrations")
                    .map { try $0.decode(forColumn: "id") }
                let known = StateSchema.identifiers
                if applied.contains(where: { !known.contains($0) }) {
                    throw StateError.schemaTooNew(path: display)
                }
                for (order, step) in StateSchema.steps.enumerated() where !applied.contains(step.id) {
                    try step.apply(session)
                    try session.execute(
                        "INSERT INTO armlet_migrations (id, applied_order, applied_time) VALUES (?, ?, ?)",
                        [step.id, order, Date().timeIntervalSince1970])
                }
            }
        }
    }
}
