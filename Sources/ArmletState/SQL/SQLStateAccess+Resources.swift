import ArmletCore
import ArmletJSON
import Foundation

extension SQLStateAccess {
    // MARK: Resource groups

    package func resourceGroup(subscriptionId: String, name: String) throws -> ResourceGroupRecord? {
        try session.row("""
            SELECT * FROM resource_groups WHERE subscription_key = ? AND name_key = ?
            """, [Self.key(subscriptionId), Self.key(name)]).map(Self.resourceGroup(from:))
    }

    package func subscriptionAndGroup(subscriptionId: String, groupName: String?) throws
        -> (subscription: SubscriptionRecord?, group: ResourceGroupRecord?) {
        guard let groupName else { return (try subscription(id: subscriptionId), nil) }
        // The two tables share no column name, so one row holds both records.
        guard let row = try session.row("""
            SELECT s.*, g.* FROM subscriptions s
            LEFT JOIN resource_groups g ON g.subscription_key = s.id_key AND g.name_key = ?
            WHERE s.id_key = ?
            """, [Self.key(groupName), Self.key(subscriptionId)]) else { return (nil, nil) }
        let groupFound: String? = try row.decode(forColumn: "name")
        return (try Self.subscription(from: row), try groupFound.map { _ in try Self.resourceGroup(from: row) })
    }

    package func resourceGroups(subscriptionId: String) throws -> [ResourceGroupRecord] {
        try session.rows("""
            SELECT * FROM resource_groups WHERE subscription_key = ? ORDER BY name_key
            """, [Self.key(subscriptionId)]).map(Self.resourceGroup(from:))
    }

    package func save(_ group: ResourceGroupRecord) throws {
        try session.execute("""
            INSERT INTO resource_groups (subscription_key, name_key, subscription_id, name, location, tags,
                managed_by, provisioning_state, created_time, changed_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (subscription_key, name_key) DO UPDATE SET location = excluded.location,
                tags = excluded.tags, managed_by = excluded.managed_by,
                provisioning_state = excluded.provisioning_state, created_time = excluded.created_time,
                changed_time = excluded.changed_time
            """, [
                Self.key(group.subscriptionId), Self.key(group.name), group.subscriptionId, group.name,
                group.location, Self.text(group.tags), group.managedBy, group.provisioningState.rawValue,
                Self.seconds(group.createdTime), Self.seconds(group.changedTime),
            ])
    }

    package func deleteResourceGroup(subscriptionId: String, name: String) throws -> Bool {
        try session.execute("DELETE FROM resource_groups WHERE subscription_key = ? AND name_key = ?",
                            [Self.key(subscriptionId), Self.key(name)]) > 0
    }

    private static func resourceGroup(from row: SQLRow) throws -> ResourceGroupRecord {
        ResourceGroupRecord(
            subscriptionId: try row.decode(forColumn: "subscription_id"),
            name: try row.decode(forColumn: "name"),
            location: try row.decode(forColumn: "location"),
            tags: try json(row, "tags"),
            managedBy: try row.decode(forColumn: "managed_by"),
            provisioningState: ProvisioningState(rawValue: try row.decode(forColumn: "provisioning_state")),
            createdTime: try date(row, "created_time"),
            changedTime: try date(row, "changed_time"))
    }

    // MARK: Resources

    package func resource(id: String) throws -> ResourceRecord? {
        try session.row("SELECT * FROM resources WHERE id_key = ?", [Self.key(id)])
            .map(Self.resource(from:))
    }

    package func resources(matching query: ResourceQuery) throws -> [ResourceRecord] {
        var conditions: [String] = []
        var arguments: [any SQLBindable] = []
        if let subscriptionId = query.subscriptionId {
            conditions.append("subscription_key = ?")
            arguments += [Self.key(subscriptionId)]
        }
        if let resourceGroup = query.resourceGroup {
            conditions.append("resource_group_key = ?")
            arguments += [Self.key(resourceGroup)]
        }
        if let type = query.type {
            conditions.append("type_key = ?")
            arguments += [Self.key(type)]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try session.rows("SELECT * FROM resources \(filter) ORDER BY id_key", arguments)
            .map(Self.resource(from:))
    }

    package func resources(under parentId: String) throws -> [ResourceRecord] {
        // A key range rather than LIKE: names may contain '_' and '%', and the range uses the primary key.
        // '0' is the character after '/', so the range holds exactly the ids that continue with '/'.
        var parent = Self.key(parentId)
        while parent.hasSuffix("/") { parent.removeLast() }
        return try session.rows("""
            SELECT * FROM resources WHERE id_key >= ? AND id_key < ? ORDER BY id_key
            """, [parent + "/", parent + "0"]).map(Self.resource(from:))
    }

    package func save(_ resource: ResourceRecord) throws {
        try session.execute("""
            INSERT INTO resources (id_key, id, subscription_key, subscription_id, resource_group_key, resource_group,
                type_key, type, name, api_version, location, body, etag, provisioning_state, created_time,
                changed_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id_key) DO UPDATE SET api_version = excluded.api_version,
                location = excluded.location, body = excluded.body, etag = excluded.etag,
                provisioning_state = excluded.provisioning_state, created_time = excluded.created_time,
                changed_time = excluded.changed_time
            """, [
                Self.key(resource.id), resource.id, Self.key(resource.subscriptionId), resource.subscriptionId,
                resource.resourceGroup.map(Self.key), resource.resourceGroup, Self.key(resource.type), resource.type,
                resource.name, resource.apiVersion, resource.location, Self.text(resource.body), resource.etag,
                resource.provisioningState.rawValue, Self.seconds(resource.createdTime),
                Self.seconds(resource.changedTime),
            ])
    }

    package func deleteResource(id: String) throws -> Bool {
        try session.execute("DELETE FROM copy_jobs WHERE resource_key = ?", [Self.key(id)])
        return try session.execute("DELETE FROM resources WHERE id_key = ?", [Self.key(id)]) > 0
    }

    static func resource(from row: SQLRow) throws -> ResourceRecord {
        ResourceRecord(
            id: try row.decode(forColumn: "id"),
            subscriptionId: try row.decode(forColumn: "subscription_id"),
            resourceGroup: try row.decode(forColumn: "resource_group"),
            type: try row.decode(forColumn: "type"),
            name: try row.decode(forColumn: "name"),
            apiVersion: try row.decode(forColumn: "api_version"),
            location: try row.decode(forColumn: "location"),
            body: try json(row, "body"),
            etag: try row.decode(forColumn: "etag"),
            provisioningState: ProvisioningState(rawValue: try row.decode(forColumn: "provisioning_state")),
            createdTime: try date(row, "created_time"),
            changedTime: try date(row, "changed_time"))
    }
}
