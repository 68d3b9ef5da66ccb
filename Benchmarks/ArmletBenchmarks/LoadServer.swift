import ArmletPostgres
import ArmletServer
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The real ARM application served in-process on a free loopback port (port 0, the bound one
/// learned from `onServerRunning`) over a fresh temporary state directory, with the CA and leaf
/// `CertificateAuthority` creates there. It runs in a `ServiceGroup` that ``stop()`` shuts down
/// gracefully before removing the directory. The clock is the system clock (no `ARMLET_CLOCK`).
struct LoadServer: Sendable {
    /// How the application is served.
    enum Transport: String, Sendable {
        case https = "HTTPS"
        case http = "HTTP"
    }

    let transport: Transport
    let directory: String
    let services: ServerServices
    let authority: CertificateAuthority
    let port: Int
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    /// Starts `count` servers on one state — a new SQLite directory, or a new database on the
    /// PostgreSQL server `postgres` names — sharing one directory for TLS and signing key (so one
    /// token serves them all, as for processes sharing `ARMLET_HOME`); returns once all listen.
    /// - Throws: the state's, the certificates' or the server's error.
    static func start(_ transport: Transport, count: Int = 1, postgres: PostgresLocation? = nil) async throws -> [LoadServer] {
        let directory = NSTemporaryDirectory() + "armlet-load-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var servers: [LoadServer] = []
        do {
            var url: String?
            if var location = postgres {
                location.database = "armlet_load_" + UUID().uuidString.prefix(8).lowercased()
                try PostgresAdmin.createDatabase(location.database, at: postgres ?? location)
                url = "postgresql://\(location.user)@\(location.host):\(location.port)/\(location.database)"
            }
            for _ in 0..<max(1, count) {
                servers.append(try await start(transport, directory: directory, url: url))
            }
            return servers
        } catch {
            for server in servers { try? await server.stop() }
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    private static func start(_ transport: Transport, directory: String, url: String?) async throws -> LoadServer {
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, stateDirectory: directory, stateURL: url,
                                                environment: [:])
        let services = try ServerServices.open(configuration)
        let authority = try CertificateAuthority.loadOrCreate(files: TLSFiles(directory: configuration.tlsDirectory))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let announce: @Sendable (Int) async -> Void = { port in
            continuation.yield(port)
            continuation.finish()
        }
        let service: any Service = switch transport {
        case .https: try ArmletServer.httpsApplication(services: services, authority: authority, onServerRunning: announce)
        case .http: ArmletServer.httpApplication(services: services, port: 0, onServerRunning: announce)
        }
        var logger = Logger(label: "armlet.benchmarks.load")
        logger.logLevel = .warning
        let group = ServiceGroup(configuration: .init(services: [.init(service: service)], logger: logger))
        let running = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        guard let port = await ports.first(where: { _ in true }) else {
            try await running.value
            throw LoadError("the \(transport.rawValue) server stopped before it listened")
        }
        return LoadServer(transport: transport, directory: directory, services: services, authority: authority,
                          port: port, group: group, running: running)
    }

    /// Shuts the service group down gracefully, waits for it and removes the state directory.
    /// - Throws: the server's error, if it failed while running.
    func stop() async throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        await group.triggerGracefulShutdown()
        try await running.value
    }
}

/// A load phase's failure to set up or to run, with what went wrong.
struct LoadError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
