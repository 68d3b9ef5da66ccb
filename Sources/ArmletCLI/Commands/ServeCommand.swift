import ArgumentParser
import ArmletServer
import Foundation
import Synchronization

/// `armlet serve`: the local ARM endpoint for the Azure CLI and the Python SDKs.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the ARM REST API over HTTPS on 127.0.0.1 for the Azure CLI and the Azure SDKs.",
        discussion: """
        The first start creates a local CA and a server certificate (IP:127.0.0.1, DNS:localhost) under \
        <state dir>/tls and a token signing key under <state dir>/identity; later starts reuse them. \
        The server prints the CA path and the exact commands that point `az` at it. It works on the same \
        state as the other armlet commands, which may run at the same time.

        Any client id and secret are accepted by the token endpoint: the server is for local use only and \
        listens on loopback.

        Examples:
          armlet serve
          armlet serve --port 9443 --http-port 9080 --state-dir /tmp/armlet-demo
        """
    )

    @Option(help: "The HTTPS port (0 picks a free one).")
    var port: Int = ServerConfiguration.defaultPort

    @Option(name: .customLong("http-port"), help: "Also serve plain HTTP on this port (Python SDK with enforce_https=False).")
    var httpPort: Int?

    @Option(name: .customLong("state-dir"), help: "The state directory (default: $ARMLET_HOME, else ~/.armlet).")
    var stateDirectory: String?

    @Option(name: .customLong("state-url"),
            help: "A PostgreSQL state shared by several servers: postgresql://USER@HOST:PORT/DB (default: $ARMLET_STATE_URL, else the state directory's SQLite).")
    var stateURL: String?

    @Option(name: .customLong("max-body-size"), help: "The largest request body accepted, in bytes.")
    var maximumBodySize: Int = ServerConfiguration.defaultMaximumBodySize

    @Flag(help: "Log every request to standard error.")
    var debug = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        if let httpPort, !(0...65535).contains(httpPort) {
            throw ValidationError("--http-port must be between 0 and 65535.")
        }
        guard maximumBodySize > 0 else { throw ValidationError("--max-body-size must be positive.") }
    }

    func run() throws {
        let console = Console.current
        var requestLog: (@Sendable (String) -> Void)?
        if debug { requestLog = { line in console.err(line + "\n") } }
        let configuration = ServerConfiguration(
            port: port, httpPort: httpPort, stateDirectory: stateDirectory, stateURL: stateURL, maximumBodySize: maximumBodySize,
            requestLog: requestLog)
        let outcome = Mutex<(any Error)?>(nil)
        let finished = DispatchSemaphore(value: 0)
        // ArgumentParser runs this command synchronously; the server is async, so park this thread.
        Task {
            do {
                try await ArmletServer.run(configuration: configuration) { announcement in
                    console.out(announcement.text + "\n")
                }
            } catch {
                outcome.withLock { $0 = error }
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.withLock({ $0 }) { throw error }
    }
}
