/// Where Armlet keeps the simulated Azure: subscriptions, resource groups, resources, deployments and
/// their operations, copy jobs, long-running operations and settings.
///
/// Every access runs inside one transaction: ``write(_:)`` commits when its body returns and
/// rolls back everything when it throws, so a failure never leaves half a change behind. Bodies are
/// synchronous — do the thinking before, keep transactions short, and never start a transaction from
/// inside another on the same store (SQLite's connection is not reentrant). The async variants run the
/// same bodies off the caller's thread, for the server.
///
/// SQLite (``SQLiteStateStore``) is the embedded implementation; a PostgreSQL one can implement the
/// same protocol over a blocking client on its own thread, since the bodies are synchronous.
package protocol StateStore: Sendable {
    /// Runs `body` in a read-only transaction that sees one consistent state.
    /// - Throws: the body's error unchanged, or a ``StateError``.
    func read<T>(_ body: (any StateReader) throws -> T) throws -> T

    /// Runs `body` in a write transaction, committing when it returns and rolling back when it throws.
    /// A second process writing at the same time makes this wait (up to the store's busy timeout).
    /// - Throws: the body's error unchanged (after rolling back), or a ``StateError`` such as `StateLocked`.
    func write<T>(_ body: (any StateTransaction) throws -> T) throws -> T

    /// ``read(_:)`` without blocking the calling task's thread.
    func read<T: Sendable>(_ body: @escaping @Sendable (any StateReader) throws -> T) async throws -> T

    /// ``write(_:)`` without blocking the calling task's thread.
    func write<T: Sendable>(_ body: @escaping @Sendable (any StateTransaction) throws -> T) async throws -> T

    /// The setting `key`, read in its own transaction or in the one already running on this thread.
    ///
    /// Unlike ``read(_:)`` this may be called from inside a transaction body; ``StoredClock``
    /// relies on it, because code inside a transaction asks the clock for the time.
    func readSetting(_ key: SettingKey) throws -> String?

    /// Replaces the setting `key` with `transform(old)` (nil removes it) atomically, joining the
    /// transaction already running on this thread if there is one; returns the new value.
    @discardableResult
    func updateSetting(_ key: SettingKey, _ transform: (String?) -> String?) throws -> String?
}
