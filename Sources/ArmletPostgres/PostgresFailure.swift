import ArmletState
import PostgresNIO

/// What PostgreSQL's errors mean to a store.
enum PostgresFailure {
    /// Whether `error` lost the connection (it must not go back to the pool).
    static func isConnectionLoss(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown: return true
        default: return false
        }
    }

    /// The SQLSTATE of a server error (`55P03` lock not available, …).
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// A sentence for a person (PSQLError's own description hides everything on purpose).
    static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo {
            let message = info[.message] ?? "error"
            return info[.sqlState].map { "\(message) (SQLSTATE \($0))" } ?? message
        }
        if let underlying = error.underlying { return "\(underlying)" }
        return String(reflecting: error.code)
    }

    /// The ``StateError`` for a PostgreSQL failure of the state at `display`; other errors pass through.
    static func stateError(_ error: any Error, display: String, lockTimeout: Double) -> any Error {
        if error is StateError || !(error is PSQLError) { return error }
        switch sqlState(error) {
        case "55P03", "40P01", "40001":
            return StateError.locked(path: display, timeout: lockTimeout)
        case let state? where state.hasPrefix("42"):
            return StateError.corrupt(path: display, detail: describe(error))
        default:
            return StateError.failed(path: display, detail: describe(error))
        }
    }
}
