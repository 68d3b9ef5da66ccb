package import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore

/// The local ARM endpoint: HTTPS on loopback (and optionally plain HTTP) speaking enough of the ARM
/// REST API — identity, subscriptions, resource groups, disks and snapshots with their long-running
/// operations — for the Azure CLI and the Python SDKs.
///
/// Requests pass, in order: request log → request ids → ARM error rendering → body limit (413) →
/// the disks' data plane (``DataPlaneMiddleware``: `/md-…/<container>/<blob>` with a SAS) → the portal
/// (``PortalMiddleware``: `/portal/…` with its session cookie) → routing (paths ignore case) → `api-version` (400) → authentication (401) → rate-limit headers →
/// authorization (403) → the handler.
package enum ArmletServer {
    /// The responder chain for `services`, handing out `scheme` URLs.
    package static func responder(services: ServerServices, scheme: String) -> ARMResponder {
        let router = Router(context: ARMRequestContext.self)
        router.add(middleware: RequestLogMiddleware(sink: services.configuration.requestLog))
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: ARMErrorMiddleware())
        router.add(middleware: BodyLimitMiddleware(limit: services.configuration.maximumBodySize,
                                                      timeout: services.configuration.bodyTimeout))
        router.add(middleware: DataPlaneMiddleware(services: services))
        router.add(middleware: PortalMiddleware(services: services, scheme: scheme))
        router.add(middleware: RoutingMiddleware())
        router.add(middleware: APIVersionMiddleware())
        router.add(middleware: AuthenticationMiddleware(services: services, scheme: scheme))
        router.add(middleware: RateLimitMiddleware(budget: services.rateLimits))
        router.add(middleware: AuthorizationMiddleware(engine: services.engine(subscription: nil)))
        return ARMResponder(chain: router.middlewares.constructResponder(
            finalResponder: ARMDispatcher(services: services, scheme: scheme)))
    }

    /// The HTTPS application on `services.configuration.port` with the CA-signed server certificate.
    /// - Throws: NIOSSL's error when the certificate files cannot be read.
    package static func httpsApplication(services: ServerServices, authority: CertificateAuthority,
                                        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        throws -> some ApplicationProtocol {
        let configuration = services.configuration
        return Application(
            responder: responder(services: services, scheme: "https"),
            server: try .tls(.http1(configuration: channelConfiguration(configuration)),
                             tlsConfiguration: authority.serverTLSConfiguration()),
            configuration: applicationConfiguration(configuration, port: configuration.port),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: quietLogger())
    }

    /// The plain-HTTP application on `port` (for SDK users passing `enforce_https=False`).
    package static func httpApplication(services: ServerServices, port: Int,
                                       onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        Application(
            responder: responder(services: services, scheme: "http"),
            server: .http1(configuration: channelConfiguration(services.configuration)),
            configuration: applicationConfiguration(services.configuration, port: port),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: quietLogger())
    }

    /// The HTTP/1.1 channel: connections silent for the idle timeout are closed.
    static func channelConfiguration(_ configuration: ServerConfiguration) -> HTTP1Channel.Configuration {
        HTTP1Channel.Configuration(idleTimeout: TimeAmount(configuration.idleTimeout))
    }

    /// The listener: address, server name and the cap on connections served at once.
    static func applicationConfiguration(_ configuration: ServerConfiguration, port: Int) -> ApplicationConfiguration {
        ApplicationConfiguration(address: .hostname(configuration.host, port: port), serverName: "Armlet",
                                 availableConnectionsDelegate: MaximumAvailableConnections(configuration.maximumConnections))
    }

    static func quietLogger() -> Logger {
        var logger = Logger(label: "armlet.server")
        logger.logLevel = .warning
        return logger
    }
}

/// The server's responder: the middleware chain ending in ``ARMDispatcher``.
package struct ARMResponder: HTTPResponder {
    package typealias Context = ARMRequestContext
    let chain: any HTTPResponder<ARMRequestContext>

    package func respond(to request: Request, context: Context) async throws -> Response {
        try await chain.respond(to: request, context: context)
    }
}
