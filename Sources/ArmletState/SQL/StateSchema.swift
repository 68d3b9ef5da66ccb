/// The schema of both SQL stores, as migrations applied in order and recorded by id (SQLite: GRDB's
/// `grdb_migrations`; PostgreSQL: `armlet_migrations`).
///
/// Never edit a shipped migration; add a new one. Ids are stored twice: as written, and lower-cased
/// in a `*_key` column that every lookup uses (ARM ids and names compare ignoring case). Times are
/// REAL seconds since 1970 (exact round trips); JSON bodies are compact JSON text. The DDL is written
/// in SQLite's types; a PostgreSQL session translates them (``SQLSession/executeSchema(_:)``).
package enum StateSchema {
    /// One migration: its id and what it does.
    package struct Step: Sendable {
        /// The id recorded once applied.
        package let id: String
        /// Applies the migration inside the caller's transaction.
        package let apply: @Sendable (any SQLSession) throws -> Void
    }

    /// Every migration, in order.
    package static let steps: [Step] = [
        Step(id: "v1-schema") { try $0.executeSchema(v1Schema) },
        Step(id: "v1-defaults", apply: insertDefaults),
        Step(id: "v2-on-error-deployment") {
            try $0.executeSchema("ALTER TABLE deployments ADD COLUMN on_error_deployment TEXT")
        },
    ]

    /// The tables of the state, parents before children (the order an import inserts them in), each
    /// with the columns that order its rows.
    package static let tables: [(name: String, order: String)] = [
        ("settings", "key"), ("tenants", "id_key"), ("subscriptions", "id_key"),
        ("resource_groups", "subscription_key, name_key"), ("resources", "id_key"), ("deployments", "id_key"),
        ("deployment_operations", "deployment_key, sequence"), ("copy_jobs", "resource_key"), ("async_operations", "id_key"),
    ]

    /// Every migration id, in order.
    package static var identifiers: [String] { steps.map(\.id) }

    private static let v1Schema = """
            CREATE TABLE settings (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            );
            CREATE TABLE tenants (
                id_key TEXT PRIMARY KEY NOT NULL,
                id TEXT NOT NULL,
                display_name TEXT NOT NULL,
                country_code TEXT NOT NULL
            );
            CREATE TABLE subscriptions (
                id_key TEXT PRIMARY KEY NOT NULL,
                id TEXT NOT NULL,
                display_name TEXT NOT NULL,
                tenant_id TEXT NOT NULL,
                state TEXT NOT NULL
            );
            CREATE TABLE resource_groups (
                subscription_key TEXT NOT NULL,
                name_key TEXT NOT NULL,
                subscription_id TEXT NOT NULL,
                name TEXT NOT NULL,
                location TEXT NOT NULL,
                tags TEXT NOT NULL,
                managed_by TEXT,
                provisioning_state TEXT NOT NULL,
                created_time REAL NOT NULL,
                changed_time REAL NOT NULL,
                PRIMARY KEY (subscription_key, name_key)
            );
            CREATE TABLE resources (
                id_key TEXT PRIMARY KEY NOT NULL,
                id TEXT NOT NULL,
                subscription_key TEXT NOT NULL,
                subscription_id TEXT NOT NULL,
                resource_group_key TEXT,
                resource_group TEXT,
                type_key TEXT NOT NULL,
                type TEXT NOT NULL,
                name TEXT NOT NULL,
                api_version TEXT NOT NULL,
                location TEXT,
                body TEXT NOT NULL,
                etag TEXT,
                provisioning_state TEXT NOT NULL,
                created_time REAL NOT NULL,
                changed_time REAL NOT NULL
            );
            CREATE INDEX resources_by_group ON resources (subscription_key, resource_group_key);
            CREATE INDEX resources_by_type ON resources (type_key, subscription_key);
            CREATE TABLE deployments (
                id_key TEXT PRIMARY KEY NOT NULL,
                scope_key TEXT NOT NULL,
                scope TEXT NOT NULL,
                name TEXT NOT NULL,
                subscription_id TEXT NOT NULL,
                resource_group TEXT,
                location TEXT,
                template TEXT NOT NULL,
                parameters TEXT NOT NULL,
                mode TEXT NOT NULL,
                provisioning_state TEXT NOT NULL,
                outputs TEXT,
                error TEXT,
                timestamp REAL NOT NULL,
                duration REAL NOT NULL,
                correlation_id TEXT NOT NULL,
                template_hash TEXT
            );
            CREATE INDEX deployments_by_scope ON deployments (scope_key, timestamp);
            CREATE TABLE deployment_operations (
                deployment_key TEXT NOT NULL REFERENCES deployments (id_key) ON DELETE CASCADE,
                operation_key TEXT NOT NULL,
                sequence INTEGER NOT NULL,
                deployment_id TEXT NOT NULL,
                operation_id TEXT NOT NULL,
                provisioning_operation TEXT NOT NULL,
                resource_id TEXT,
                resource_type TEXT,
                resource_name TEXT,
                provisioning_state TEXT NOT NULL,
                status_code TEXT,
                status_message TEXT,
                timestamp REAL NOT NULL,
                duration REAL NOT NULL,
                PRIMARY KEY (deployment_key, operation_key)
            );
            CREATE TABLE copy_jobs (
                resource_key TEXT PRIMARY KEY NOT NULL,
                resource_id TEXT NOT NULL,
                source_resource_id TEXT NOT NULL,
                start_time REAL NOT NULL,
                duration_seconds REAL,
                total_bytes INTEGER,
                bytes_per_second REAL,
                error TEXT
            );
            CREATE TABLE async_operations (
                id_key TEXT PRIMARY KEY NOT NULL,
                id TEXT NOT NULL,
                kind TEXT NOT NULL,
                status TEXT NOT NULL,
                start_time REAL NOT NULL,
                end_time REAL,
                resource_id TEXT,
                error TEXT,
                properties TEXT
            );
            """

    /// The default tenant and subscription, selected as current, so a fresh store is usable at once.
    /// Plain SQL on purpose: a migration must not change meaning when the record code evolves.
    private static func insertDefaults(_ session: any SQLSession) throws {
        let tenant = TenantRecord.default
        let subscription = SubscriptionRecord.default
        try session.execute(
            "INSERT INTO tenants (id_key, id, display_name, country_code) VALUES (?, ?, ?, ?)",
            [tenant.id.lowercased(), tenant.id, tenant.displayName, tenant.countryCode])
        try session.execute(
            "INSERT INTO subscriptions (id_key, id, display_name, tenant_id, state) VALUES (?, ?, ?, ?, ?)",
            [subscription.id.lowercased(), subscription.id, subscription.displayName,
                        subscription.tenantId, subscription.state])
        try session.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
            [SettingKey.currentSubscription.rawValue, subscription.id])
    }
}
