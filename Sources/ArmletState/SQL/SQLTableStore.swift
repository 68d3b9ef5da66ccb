/// A ``StateStore`` kept in SQL tables of ``StateSchema``: what `armlet state export` and `import`
/// read and write row by row, so a whole state moves between SQLite and PostgreSQL unchanged.
package protocol SQLTableStore: StateStore {
    /// Runs `body` on the store's SQL in one transaction (a write transaction when `write`), committed
    /// when it returns and rolled back when it throws.
    func withSQL<T>(write: Bool, _ body: (any SQLSession) throws -> T) throws -> T
}
