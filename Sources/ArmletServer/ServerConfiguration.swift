import ArmletState
package import ArmletExpressions
package import Foundation

/// How `armlet serve` listens: the loopback address, the HTTPS port (and an optional plain-HTTP one),
/// the state directory, the request body limit and the list page size.
///
/// The server binds only to loopback by default: it accepts any client secret (see ``TokenIssuer``),
/// so it must never be reachable from another machine.
package struct ServerConfiguration: Sendable {
    /// The address to bind, `127.0.0.1` by default.
    package var host: String
    /// The HTTPS port; 0 picks a free port (the chosen one is reported once the server runs).
    package var port: Int
    /// The plain-HTTP port for SDK users who pass `enforce_https=False`; nil serves HTTPS only.
    package var httpPort: Int?
    /// The state directory; nil means `$ARMLET_HOME`, else `~/.armlet`.
    package var stateDirectory: String?
    /// A PostgreSQL state's URL (`--state-url`); nil means `$ARMLET_STATE_URL`, else the directory's SQLite.
    package var stateURL: String?
    /// The largest request body accepted, in bytes; larger ones get 413 `RequestContentTooLarge`.
    /// ARM's own limit is 4 MB, the default here.
    package var maximumBodySize: Int
    /// How many entries one page of a list holds before a `nextLink` is given.
    package var pageSize: Int
    /// How long issued access tokens stay valid, in (real) seconds.
    package var tokenLifetime: TimeInterval
    /// Where a line per request goes (`METHOD path → status`), or nil for no request log.
    package var requestLog: (@Sendable (String) -> Void)?
    /// The environment `ARMLET_HOME` and `ARMLET_CLOCK` are read from.
    package var environment: [String: String]
    /// How long a connection may stay silent (no request, or a request head or body not arriving)
    /// before it is closed; this also bounds a TLS handshake that never completes.
    package var idleTimeout: Duration = .seconds(30)
    /// How long a request body may take to arrive in full before 408 `RequestTimeout`.
    package var bodyTimeout: Duration = .seconds(30)
    /// Connections served at once; further ones wait in the listen backlog until one closes.
    package var maximumConnections = 512
    /// The bounds of one request's template evaluation (validate, what-if, deployments): the standard
    /// budget with a 20-second deadline.
    package var evaluationLimits = EvaluationBudget.Limits.standard(deadline: 20)

    /// The default HTTPS port of `armlet serve`.
    package static let defaultPort = 8443
    /// ARM's request size limit (4 MB).
    package static let defaultMaximumBodySize = 4 * 1024 * 1024

    /// A configuration with Armlet's defaults.
    package init(host: String = "127.0.0.1", port: Int = ServerConfiguration.defaultPort, httpPort: Int? = nil,
                stateDirectory: String? = nil, stateURL: String? = nil, maximumBodySize: Int = ServerConfiguration.defaultMaximumBodySize,
                pageSize: Int = 100, tokenLifetime: TimeInterval = 3600,
                requestLog: (@Sendable (String) -> Void)? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.host = host
        self.port = port
        self.httpPort = httpPort
        self.stateDirectory = stateDirectory
        self.stateURL = stateURL
        self.maximumBodySize = maximumBodySize
        self.pageSize = max(1, pageSize)
        self.tokenLifetime = tokenLifetime
        self.requestLog = requestLog
        self.environment = environment
    }

    /// The directory holding `state.sqlite` (unless the state is in PostgreSQL), `tls/` and `identity/`.
    package var resolvedStateDirectory: String {
        stateDirectory ?? SQLiteStateStore.defaultDirectory(environment: environment)
    }

    /// Where the CA, the server certificate and their keys live: `<state dir>/tls`.
    package var tlsDirectory: String { (resolvedStateDirectory as NSString).appendingPathComponent("tls") }

    /// Where the token signing key lives: `<state dir>/identity`.
    package var identityDirectory: String { (resolvedStateDirectory as NSString).appendingPathComponent("identity") }
}
