import ArmletJSON
import ArmletPostgres
import ArmletState
import ArmletTestSupport
import Foundation
import Testing

/// 2026-01-01T00:00:00Z, the instant most tests start from.
let t0 = Date(timeIntervalSince1970: 1_767_225_600)

/// A scratch directory removed when the last reference goes away.
final class TemporaryDirectory: Sendable {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "armlet-state-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
}

/// The ways tests open a store; CRUD tests run against each: SQLite in memory and in a file, and
/// PostgreSQL when `ARMLET_TEST_POSTGRES_URL` names a server (scripts/test.sh starts one).
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory, file, postgres

    var testDescription: String { rawValue }

    /// The kinds this run can open: PostgreSQL only when a server is configured (said loudly when not).
    static var allCases: [StoreKind] {
        TestPostgres.location != nil || TestPostgres.required ? [.memory, .file, .postgres] : [.memory, .file]
    }

    /// A fresh store of this kind, with the object that must outlive it (a directory, a database).
    func open() throws -> (store: any StateStore, directory: AnyObject?) {
        switch self {
        case .memory:
            return (try SQLiteStateStore.inMemory(), nil)
        case .file:
            let directory = TemporaryDirectory()
            return (try SQLiteStateStore(directory: directory.path), directory)
        case .postgres:
            let database = try TestPostgres.Database()
            return (try PostgresStateStore(location: database.location), database)
        }
    }
}

let sub = SubscriptionRecord.default.id

func rgId(_ group: String) -> String { "/subscriptions/\(sub)/resourceGroups/\(group)" }

/// A disk record in `group` with a small body.
func disk(_ name: String, group: String = "rg1", at time: Date = t0, sizeGB: Int64 = 8) -> ResourceRecord {
    let id = "\(rgId(group))/providers/Microsoft.Compute/disks/\(name)"
    return ResourceRecord(
        id: id, subscriptionId: sub, resourceGroup: group, type: "Microsoft.Compute/disks", name: name,
        apiVersion: "2025-01-02", location: "westus",
        body: ["id": .string(id), "name": .string(name), "type": "Microsoft.Compute/disks", "location": "westus",
               "properties": ["diskSizeGB": .int(sizeGB), "provisioningState": "Succeeded"]],
        etag: "\"1\"", createdTime: time)
}
