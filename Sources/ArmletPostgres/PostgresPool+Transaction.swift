import Foundation
import PostgresNIO

extension PostgresPool {
    /// Runs `body` in one transaction (opened by `begin`, then the statements of `prelude`) on a pooled
    /// connection: committed when it returns, rolled back when it throws; the session's hooks follow the
    /// outcome. `begin` and `prelude` are sent without waiting: their answers come with the body's first
    /// statement's (or the commit's), one round trip for all.
    func transaction<T>(_ begin: String = "BEGIN", prelude: [String] = [], _ body: (PostgresSession) throws -> T) throws -> T {
        try withConnection { connection in
            let session = PostgresSession(connection: connection, logger: queryLogger)
            session.send(begin)
            for statement in prelude { session.send(statement) }
            do {
                let value = try body(session)
                try session.execute("COMMIT", [])
                session.finish(committed: true)
                return value
            } catch {
                try? session.settle()
                if !connection.isClosed { _ = try? session.execute("ROLLBACK", []) }
                session.finish(committed: false)
                throw error
            }
        }
    }
}
