import ArmletEngine
import ArmletProviders
import ArmletState
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization
import UnixSignals

extension ArmletServer {
    /// Opens the state, loads or creates the certificates and serves until SIGINT or SIGTERM;
    /// `announce` is called once every listener is up (with the ports actually bound).
    /// - Throws: the state's, the certificates' or the server's error.
    package static func run(configuration: ServerConfiguration,
                           announce: @escaping @Sendable (ServerAnnouncement) -> Void) async throws {
        let services = try ServerServices.open(configuration)
        let authority = try CertificateAuthority.loadOrCreate(files: TLSFiles(directory: configuration.tlsDirectory))
        let tenantId = try services.engine(subscription: nil).resources.currentSubscription().tenantId
        let ports = Mutex<(https: Int?, http: Int?)>((nil, nil))
        let expectsHTTP = configuration.httpPort != nil
        let host = configuration.host
        @Sendable func ready(https: Int?, http: Int?) {
            let snapshot = ports.withLock { value -> (Int?, Int?)? in
                if let https { value.https = https }
                if let http { value.http = http }
                guard value.https != nil, !expectsHTTP || value.http != nil else { return nil }
                return (value.https, value.http)
            }
            guard let (httpsPort, httpPort) = snapshot, let httpsPort else { return }
            // SAS URLs from grant-access (here or in the CLI) point at this server's data plane.
            _ = try? services.store.updateSetting(DataPlaneGrants.baseURLKey) { _ in "https://\(host):\(httpsPort)" }
            announce(ServerAnnouncement(httpsURL: "https://\(host):\(httpsPort)",
                                        httpURL: httpPort.map { "http://\(host):\($0)" },
                                        caPath: authority.files.caCertificate,
                                        stateDirectory: services.stateDescription, tenantId: tenantId,
                                        generatedCertificates: authority.generated,
                                        portalSignInLink: services.portal.signInLink(baseURL: "https://\(host):\(httpsPort)")))
        }
        var applications: [any Service] = [
            try httpsApplication(services: services, authority: authority) { port in ready(https: port, http: nil) },
        ]
        if let httpPort = configuration.httpPort {
            applications.append(httpApplication(services: services, port: httpPort) { port in
                ready(https: nil, http: port)
            })
        }
        let group = ServiceGroup(configuration: .init(
            services: applications.map { .init(service: $0) },
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: quietLogger()))
        try await group.run()
    }
}
