import ArmletState
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// A few connections to one PostgreSQL database, lent to one caller at a time.
///
/// The stores' bodies are synchronous, so a caller blocks on the connection's futures from its own
/// thread (never an event loop's). A connection that failed is closed and replaced on the next use.
package final class PostgresPool: @unchecked Sendable {
    /// The database.
    package let location: PostgresLocation
    /// How long a statement waits for a lock (another server's write) before `StateLocked`.
    package let lockTimeout: Double
    private let limit: Int
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var lent = 0
    private var nextID = 0
    private let logger = Logger(label: "armlet.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// A pool of at most `limit` connections to `location`; nothing connects until first use.
    package init(location: PostgresLocation, limit: Int = 8, lockTimeout: Double = 10) {
        self.location = location
        self.limit = max(1, limit)
        self.lockTimeout = lockTimeout
    }

    deinit {
        for connection in idle { Self.close(connection) }
    }

    /// Runs `body` with a connection of its own, waiting for one while all are lent.
    /// - Throws: ``StateError`` `StateStoreFailed` when no connection can be made; `body`'s error.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let connection = try acquire()
        var healthy = true
        defer { release(connection, healthy: healthy) }
        do {
            return try body(connection)
        } catch {
            healthy = !connection.isClosed && !PostgresFailure.isConnectionLoss(error)
            throw error
        }
    }

    private func acquire() throws -> PostgresConnection {
        condition.lock()
        while idle.isEmpty && lent >= limit { condition.wait() }
        if let connection = idle.popLast() {
            lent += 1
            condition.unlock()
            if !connection.isClosed { return connection }
            condition.lock()
            lent -= 1
            condition.unlock()
            return try acquire()
        }
        lent += 1
        nextID += 1
        let id = nextID
        condition.unlock()
        do {
            return try connect(id: id)
        } catch {
            condition.lock()
            lent -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func release(_ connection: PostgresConnection, healthy: Bool) {
        condition.lock()
        lent -= 1
        if healthy && !connection.isClosed {
            idle.append(connection)
        } else {
            Self.close(connection)
        }
        condition.signal()
        condition.unlock()
    }

    private func connect(id: Int) throws -> PostgresConnection {
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        do {
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: id,
                logger: logger).wait()
            let milliseconds = Int(lockTimeout * 1000)
            do {
                _ = try connection.query(PostgresQuery(unsafeSQL: "SET lock_timeout = \(milliseconds)"), logger: logger).wait()
            } catch {
                Self.close(connection)
                throw error
            }
            return connection
        } catch {
            throw StateError.failed(path: location.display, detail: "cannot connect to PostgreSQL: \(PostgresFailure.describe(error))")
        }
    }

    /// Closes `connection`, keeping it alive until it is closed (PostgresNIO insists).
    private static func close(_ connection: PostgresConnection) {
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// The logger queries are sent with (silent).
    var queryLogger: Logger { logger }
}
