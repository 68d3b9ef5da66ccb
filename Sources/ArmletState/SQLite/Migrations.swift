internal import GRDB

/// The schema, as GRDB migrations applied in order and recorded in `grdb_migrations`.
///
/// Never edit a shipped migration; add a new one. Ids are stored twice: as written, and lower-cased
/// in a `*_key` column that every lookup uses (ARM ids and names compare ignoring case). Times are
/// REAL seconds since 1970 (exact round trips); JSON bodies are compact JSON text.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema", migrate: createSchema)
        migrator.registerMigration("v1-defaults", migrate: insertDefaults)
        migrator.registerMigration("v2-on-error-deployment") { db in
            try db.execute(sql: "ALTER TABLE deployments ADD COLUMN on_error_deployment TEXT")
        }
        return migrator
    }

    /// Every migration id, in order.
    static var identifiers: [String] { migrator.migrations }

    private static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
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
            """)
    }

    /// The default tenant and subscription, selected as current, so a fresh store is usable at once.
    /// Plain SQL on purpose: a migration must not change meaning when the record code evolves.
    private static func insertDefaults(_ db: Database) throws {
        let tenant = TenantRecord.default
        let subscription = SubscriptionRecord.default
        try db.execute(
            sql: "INSERT INTO tenants (id_key, id, display_name, country_code) VALUES (?, ?, ?, ?)",
            arguments: [tenant.id.lowercased(), tenant.id, tenant.displayName, tenant.countryCode])
        try db.execute(
            sql: "INSERT INTO subscriptions (id_key, id, display_name, tenant_id, state) VALUES (?, ?, ?, ?, ?)",
            arguments: [subscription.id.lowercased(), subscription.id, subscription.displayName,
                        subscription.tenantId, subscription.state])
        try db.execute(
            sql: "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
            arguments: [SettingKey.currentSubscription.rawValue, subscription.id])
    }
}
