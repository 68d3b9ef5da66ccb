/// One connection inside one transaction of a SQL database: what ``SQLStateAccess`` runs its
/// statements on, so that SQLite and PostgreSQL keep the state with the same statements.
///
/// Statements use `?` placeholders and the SQL both engines understand (`ON CONFLICT … DO UPDATE`,
/// `||`, `coalesce`); text keys compare byte by byte in both (PostgreSQL's columns are `COLLATE "C"`).
package protocol SQLSession: SendableMetatype {
    /// The rows `sql` returns with `arguments` bound to its placeholders in order.
    func rows(_ sql: String, _ arguments: [any SQLBindable]) throws -> [SQLRow]
    /// Runs `sql` and returns how many rows it changed.
    @discardableResult func execute(_ sql: String, _ arguments: [any SQLBindable]) throws -> Int
    /// Runs schema statements (`CREATE TABLE …; CREATE INDEX …`) written in SQLite's types; a
    /// PostgreSQL session translates them.
    func executeSchema(_ script: String) throws
    /// Registers work that follows the transaction's fate (see ``StateTransaction/afterTransaction(commit:rollback:)``).
    func afterTransaction(commit: @escaping @Sendable () -> Void, rollback: @escaping @Sendable () -> Void)
}

extension SQLSession {
    /// The rows `sql` returns (a statement without placeholders).
    package func rows(_ sql: String) throws -> [SQLRow] {
        try rows(sql, [])
    }

    /// The first row, or nil.
    package func row(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> SQLRow? {
        try rows(sql, arguments).first
    }

    /// The first column of the first row as text, or nil.
    package func string(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> String? {
        guard let row = try row(sql, arguments), let first = row.names.first else { return nil }
        return try row.decode(forColumn: first)
    }
}
