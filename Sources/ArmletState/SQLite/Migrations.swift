internal import GRDB

/// ``StateSchema``'s migrations as GRDB's migrator applies them to a SQLite file.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in StateSchema.steps {
            migrator.registerMigration(step.id) { db in try step.apply(GRDBSession(db: db)) }
        }
        return migrator
    }

    /// Every migration id, in order.
    static var identifiers: [String] { StateSchema.identifiers }
}
