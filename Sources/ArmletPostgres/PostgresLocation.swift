package import ArmletState
import Foundation

/// Where a PostgreSQL state lives: `postgresql://user[:password]@host[:port]/database`, as given by
/// `ARMLET_STATE_URL` or `--state-url`.
package struct PostgresLocation: Sendable, Hashable {
    /// The environment variable naming the state's URL.
    package static let urlVariable = "ARMLET_STATE_URL"

    /// The server's host name or address.
    package var host: String
    /// The server's port (5432 unless the URL says otherwise).
    package var port: Int
    /// The role to connect as.
    package var user: String
    /// The role's password, if any.
    package var password: String?
    /// The database holding the state.
    package var database: String

    /// The URL without its password, for messages.
    package var display: String { "postgresql://\(user)@\(host):\(port)/\(database)" }

    /// Reads `url`.
    /// - Throws: ``StateError`` `InvalidStateURL` naming what is wrong.
    package init(url: String) throws(StateError) {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(),
              scheme == "postgresql" || scheme == "postgres" else {
            throw Self.invalid(url, "it must start with 'postgresql://'")
        }
        guard let host = parts.host, !host.isEmpty else { throw Self.invalid(url, "it names no host") }
        guard let user = parts.user, !user.isEmpty else { throw Self.invalid(url, "it names no user (postgresql://USER@HOST/DB)") }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw Self.invalid(url, "it names no database (postgresql://USER@HOST:PORT/DATABASE)")
        }
        if let port = parts.port, !(1...65535).contains(port) { throw Self.invalid(url, "the port \(port) is out of range") }
        if let query = parts.queryItems, let unknown = query.first(where: { !["sslmode"].contains($0.name) }) {
            throw Self.invalid(url, "the parameter '\(unknown.name)' is not supported")
        }
        if let mode = parts.queryItems?.first(where: { $0.name == "sslmode" })?.value, mode != "disable" {
            throw Self.invalid(url, "only sslmode=disable is supported (TLS to PostgreSQL is not implemented)")
        }
        self.host = host
        self.port = parts.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        self.password = parts.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
    }

    /// The location `ARMLET_STATE_URL` names in `environment`, or nil when it is unset or empty.
    package static func fromEnvironment(_ environment: [String: String]) throws(StateError) -> PostgresLocation? {
        guard let url = environment[urlVariable], !url.isEmpty else { return nil }
        return try PostgresLocation(url: url)
    }

    private static func invalid(_ url: String, _ reason: String) -> StateError {
        let shown = redacted(url)
        return StateError(code: "InvalidStateURL", message: """
            The state URL '\(shown)' is not valid: \(reason). Use postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE.
            """)
    }

    /// `url` with its password replaced by `***`.
    private static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return url }
        if parts.password != nil { parts.password = "***" }
        return parts.string ?? url
    }
}
