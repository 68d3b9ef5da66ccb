import Foundation
internal import GRDB
import Synchronization

/// Read-only connections to the state file, one lent to each read and taken back after it.
///
/// GRDB's `DatabasePool` lends its readers through a semaphore, a dispatch group, a concurrent queue
/// and a lock, which cost a GET of a disk more than both its queries' own work in SQLite; here a
/// mutex-guarded list does it. The connections are what the pool's readers are — the same file
/// opened read-only, in WAL mode beside the pool's writer — and each read still runs in one
/// transaction (``SQLiteStateStore/inReadTransaction(_:_:)``), so it sees one committed state.
final class ReadConnections: Sendable {
    /// How many idle connections are kept; more may be open at once while reads overlap.
    static let keptIdle = 8

    private let path: String
    private let configuration: Configuration
    private let idle = Mutex<[DatabaseQueue]>([])

    /// Connections to `path`, opened read-only with `configuration`'s busy handling.
    init(path: String, configuration: Configuration) {
        var readOnly = configuration
        readOnly.readonly = true
        readOnly.label = (configuration.label ?? "armlet-state") + ".reader"
        self.path = path
        self.configuration = readOnly
    }

    /// Runs `body` on an idle connection (opened when none is idle), outside any transaction.
    func withConnection<T>(_ body: (Database) throws -> T) throws -> T {
        let lent = try idle.withLock { $0.popLast() } ?? DatabaseQueue(path: path, configuration: configuration)
        defer {
            idle.withLock { connections in
                if connections.count < Self.keptIdle { connections.append(lent) }
            }
        }
        return try lent.inDatabase(body)
    }
}
