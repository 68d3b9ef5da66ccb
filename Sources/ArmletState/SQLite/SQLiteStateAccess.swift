import ArmletJSON
import Foundation
internal import GRDB

/// A ``StateTransaction`` over one GRDB connection inside a transaction (read-only in ``StateStore/read(_:)``).
///
/// Split by record family into extensions (`+Resources`, `+Deployments`, `+Jobs`); this file holds
/// settings, tenants and subscriptions and the column helpers.
struct SQLiteStateAccess: StateTransaction {
    let db: Database

    static func key(_ text: String) -> String { text.lowercased() }

    // Statements are prepared once per connection and reused (GRDB's statement cache): compiling one
    // per call, with GRDB's authorizer and region bookkeeping, cost more than running it.

    func fetchRow(sql: String, arguments: StatementArguments = StatementArguments()) throws -> Row? {
        try Row.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }

    func fetchRows(sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Row] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    func fetchString(sql: String, arguments: StatementArguments = StatementArguments()) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }

    func execute(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    func afterTransaction(commit: @escaping @Sendable () -> Void, rollback: @escaping @Sendable () -> Void) {
        db.afterNextTransaction(onCommit: { _ in commit() }, onRollback: { _ in rollback() })
    }

    // MARK: Settings

    func setting(_ key: SettingKey) throws -> String? {
        try fetchString(sql: "SELECT value FROM settings WHERE key = ?", arguments: [key.rawValue])
    }

    func setSetting(_ key: SettingKey, to value: String?) throws {
        if let value {
            try execute(sql: """
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, arguments: [key.rawValue, value])
        } else {
            try execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key.rawValue])
        }
    }

    // MARK: Tenants

    func tenant(id: String) throws -> TenantRecord? {
        try fetchRow(sql: "SELECT * FROM tenants WHERE id_key = ?", arguments: [Self.key(id)])
            .map(Self.tenant(from:))
    }

    func tenants() throws -> [TenantRecord] {
        try fetchRows(sql: "SELECT * FROM tenants ORDER BY id_key").map(Self.tenant(from:))
    }

    func save(_ tenant: TenantRecord) throws {
        try execute(sql: """
            INSERT INTO tenants (id_key, id, display_name, country_code) VALUES (?, ?, ?, ?)
            ON CONFLICT (id_key) DO UPDATE SET display_name = excluded.display_name,
                country_code = excluded.country_code
            """, arguments: [Self.key(tenant.id), tenant.id, tenant.displayName, tenant.countryCode])
    }

    private static func tenant(from row: Row) throws -> TenantRecord {
        TenantRecord(id: try row.decode(forColumn: "id"), displayName: try row.decode(forColumn: "display_name"),
                     countryCode: try row.decode(forColumn: "country_code"))
    }

    // MARK: Subscriptions

    func subscription(id: String) throws -> SubscriptionRecord? {
        try fetchRow(sql: "SELECT * FROM subscriptions WHERE id_key = ?", arguments: [Self.key(id)])
            .map(Self.subscription(from:))
    }

    func subscriptions() throws -> [SubscriptionRecord] {
        try fetchRows(sql: "SELECT * FROM subscriptions ORDER BY id_key").map(Self.subscription(from:))
    }

    func save(_ subscription: SubscriptionRecord) throws {
        try execute(sql: """
            INSERT INTO subscriptions (id_key, id, display_name, tenant_id, state) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id_key) DO UPDATE SET display_name = excluded.display_name,
                tenant_id = excluded.tenant_id, state = excluded.state
            """, arguments: [Self.key(subscription.id), subscription.id, subscription.displayName,
                             subscription.tenantId, subscription.state])
    }

    func deleteSubscription(id: String) throws -> Bool {
        try execute(sql: "DELETE FROM subscriptions WHERE id_key = ?", arguments: [Self.key(id)])
        return db.changesCount > 0
    }

    private static func subscription(from row: Row) throws -> SubscriptionRecord {
        SubscriptionRecord(id: try row.decode(forColumn: "id"), displayName: try row.decode(forColumn: "display_name"),
                           tenantId: try row.decode(forColumn: "tenant_id"), state: try row.decode(forColumn: "state"))
    }
}

// MARK: Column helpers

extension SQLiteStateAccess {
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
    static func json(_ row: Row, _ column: String) throws -> JSONValue {
        let text: String = try row.decode(forColumn: column)
        do {
            return try JSONReader.value(text)
        } catch {
            throw StateError(code: "StateCorrupt",
                             message: "A stored JSON value in column '\(column)' does not parse: \(error.message)")
        }
    }

    /// The JSON stored in `column`, or nil for SQL NULL.
    static func optionalJSON(_ row: Row, _ column: String) throws -> JSONValue? {
        let text: String? = try row.decode(forColumn: column)
        return try text.map { _ in try json(row, column) }
    }

    /// The time stored in `column`.
    static func date(_ row: Row, _ column: String) throws -> Date {
        Date(timeIntervalSince1970: try row.decode(forColumn: column))
    }

    /// The time stored in `column`, or nil for SQL NULL.
    static func optionalDate(_ row: Row, _ column: String) throws -> Date? {
        let seconds: Double? = try row.decode(forColumn: column)
        return seconds.map(Date.init(timeIntervalSince1970:))
    }
}
