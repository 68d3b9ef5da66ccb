import Foundation
import PostgresNIO

extension PostgresPool {
    /// Runs `body` in one transaction (opened by `begin`) on a pooled connection: committed when it
    /// returns, rolled back when it throws; the session's hooks follow the outcome.
    func transaction<T>(_ begin: String = "BEGIN", _ body: (PostgresSession) throws -> T) throws -> T {
        try withConnection { connection in
            let session = PostgresSession(connection: connection, logger: queryLogger)
            try session.execute(begin, [])
            do {
                let value = try body(session)
                try session.execute("COMMIT", [])
                session.finish(committed: true)
                return value
            } catch {
                if !connection.isClosed { _ = try? session.execute("ROLLBACK", []) }
                session.finish(committed: false)
                throw error
            }
        }
    }
}
