import ArmletJSON
import Foundation

/// The ``StateTransaction`` of both SQL stores: the same statements over a SQLite connection
/// (``SQLiteStateStore``) or a PostgreSQL one, inside a transaction (read-only in ``StateStore/read(_:)``).
///
/// Split by record family into extensions (`+Resources`, `+Deployments`, `+Jobs`); this file holds
/// settings, tenants and subscriptions and the column helpers.
package struct SQLStateAccess<Session: SQLSession>: StateTransaction {
    let session: Session

    /// Access through `session`, which must be inside a transaction.
    package init(session: Session) { self.session = session }

    static func key(_ text: String) -> String { text.lowercased() }

    package func afterTransaction(commit: @escaping @Sendable () -> Void, rollback: @escaping @Sendable () -> Void) {
        session.afterTransaction(commit: commit, rollback: rollback)
    }

    // MARK: Settings

    package func setting(_ key: SettingKey) throws -> String? {
        try session.string("SELECT value FROM settings WHERE key = ?", [key.rawValue])
    }

    package func setSetting(_ key: SettingKey, to value: String?) throws {
        if let value {
            try session.execute("""
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, [key.rawValue, value])
        } else {
            try session.execute("DELETE FROM settings WHERE key = ?", [key.rawValue])
        }
    }

    // MARK: Tenants

    package func tenant(id: String) throws -> TenantRecord? {
        try session.row("SELECT * FROM tenants WHERE id_key = ?", [Self.key(id)])
            .map(Self.tenant(from:))
    }

    package func tenants() throws -> [TenantRecord] {
        try session.rows("SELECT * FROM tenants ORDER BY id_key").map(Self.tenant(from:))
    }

    package func save(_ tenant: TenantRecord) throws {
        try session.execute("""
            INSERT INTO tenants (id_key, id, display_name, country_code) VALUES (?, ?, ?, ?)
            ON CONFLICT (id_key) DO UPDATE SET display_name = excluded.display_name,
                country_code = excluded.country_code
            """, [Self.key(tenant.id), tenant.id, tenant.displayName, tenant.countryCode])
    }

    private static func tenant(from row: SQLRow) throws -> TenantRecord {
        TenantRecord(id: try row.decode(forColumn: "id"), displayName: try row.decode(forColumn: "display_name"),
                     countryCode: try row.decode(forColumn: "country_code"))
    }

    // MARK: Subscriptions

    package func subscription(id: String) throws -> SubscriptionRecord? {
        try session.row("SELECT * FROM subscriptions WHERE id_key = ?", [Self.key(id)])
            .map(Self.subscription(from:))
    }

    package func subscriptions() throws -> [SubscriptionRecord] {
        try session.rows("SELECT * FROM subscriptions ORDER BY id_key").map(Self.subscription(from:))
    }

    package func save(_ subscription: SubscriptionRecord) throws {
        try session.execute("""
            INSERT INTO subscriptions (id_key, id, display_name, tenant_id, state) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id_key) DO UPDATE SET display_name = excluded.display_name,
                tenant_id = excluded.tenant_id, state = excluded.state
            """, [Self.key(subscription.id), subscription.id, subscription.displayName,
                             subscription.tenantId, subscription.state])
    }

    package func deleteSubscription(id: String) throws -> Bool {
        return try session.execute("DELETE FROM subscriptions WHERE id_key = ?", [Self.key(id)]) > 0
    }

    static func subscription(from row: SQLRow) throws -> SubscriptionRecord {
        SubscriptionRecord(id: try row.decode(forColumn: "id"), displayName: try row.decode(forColumn: "display_name"),
                           tenantId: try row.decode(forColumn: "tenant_id"), state: try row.decode(forColumn: "state"))
    }
}

// MARK: Column helpers

extension SQLStateAccess {
    /// Compact JSON text for a JSON column.
    static func text(_ value: JSONValue) -> String {
        JSONWriter.write(value, style: .compact)
    }

    /// Compact JSON text, or SQL NULL.
    static func text(_ value: JSONValue?) -> String? {
        value.map { JSONWriter.write($0, style: .compact) }
    }

    /// Seconds since 1970, the form times are stored in.
    static func seconds(_ date: Date) -> Double { date.timeIntervalSince1970 }

    /// The JSON stored in `column`.
    /// - Throws: ``StateError`` `StateCorrupt` when the text no longer parses.
    static func json(_ row: SQLRow, _ column: String) throws -> JSONValue {
        let text: String = try row.decode(forColumn: column)
        do {
            return try JSONReader.value(text)
        } catch {
            throw StateError(code: "StateCorrupt",
                             message: "A stored JSON value in column '\(column)' does not parse: \(error.message)")
        }
    }

    /// The JSON stored in `column`, or nil for SQL NULL.
    static func optionalJSON(_ row: SQLRow, _ column: String) throws -> JSONValue? {
        let text: String? = try row.decode(forColumn: column)
        return try text.map { _ in try json(row, column) }
    }

    /// The time stored in `column`.
    static func date(_ row: SQLRow, _ column: String) throws -> Date {
        Date(timeIntervalSince1970: try row.decode(forColumn: column))
    }

    /// The time stored in `column`, or nil for SQL NULL.
    static func optionalDate(_ row: SQLRow, _ column: String) throws -> Date? {
        let seconds: Double? = try row.decode(forColumn: column)
        return seconds.map(Date.init(timeIntervalSince1970:))
    }
}
