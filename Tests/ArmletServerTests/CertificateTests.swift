import ArmletJSON
import ArmletProviders
import ArmletServer
import ArmletState
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOSSL
import SwiftASN1
import Testing
import X509

@Suite struct CertificateTests {
    func temporaryFiles() -> TLSFiles {
        TLSFiles(directory: NSTemporaryDirectory() + "armlet-tls-" + UUID().uuidString + "/tls")
    }

    @Test func generatesCAAndLeafWithLoopbackNames() throws {
        let files = temporaryFiles()
        let authority = try CertificateAuthority.loadOrCreate(files: files)
        #expect(authority.generated)
        let names = try #require(try authority.serverCertificate.extensions.subjectAlternativeNames)
        #expect(names.contains(.dnsName("localhost")))
        #expect(names.contains(.ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1]))))
        #expect(try authority.serverCertificate.extensions.basicConstraints == .notCertificateAuthority)
        #expect(try authority.caCertificate.extensions.basicConstraints == .isCertificateAuthority(maxPathLength: 0))
        #expect(authority.serverCertificate.issuer == authority.caCertificate.subject)
        #expect(authority.caCertificate.publicKey.isValidSignature(authority.serverCertificate.signature,
                                                                    for: authority.serverCertificate))
        let keyAttributes = try FileManager.default.attributesOfItem(atPath: files.serverKey)
        #expect((keyAttributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func reusesValidFilesAndReissuesOnlyTheLeaf() throws {
        let files = temporaryFiles()
        let first = try CertificateAuthority.loadOrCreate(files: files)
        let second = try CertificateAuthority.loadOrCreate(files: files)
        #expect(!second.generated)
        #expect(second.caCertificate == first.caCertificate)
        #expect(second.serverCertificate == first.serverCertificate)

        try FileManager.default.removeItem(atPath: files.serverCertificate)
        let third = try CertificateAuthority.loadOrCreate(files: files)
        #expect(third.generated)
        #expect(third.caCertificate == first.caCertificate)
        #expect(third.serverCertificate.serialNumber != first.serverCertificate.serialNumber)
    }

    @Test func liveHTTPSServerIsTrustedThroughTheCA() async throws {
        let server = try TestServer()
        let authority = try CertificateAuthority.loadOrCreate(files: TLSFiles(directory: server.services.configuration.tlsDirectory))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = try ArmletServer.httpsApplication(services: server.servicesOnPort(0), authority: authority) { port in
            continuation.yield(port)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .file(authority.files.caCertificate)
            tls.certificateVerification = .fullVerification
            let reply = try await TestClient.withClient(
                host: "127.0.0.1", port: port,
                configuration: .init(tlsConfiguration: tls, serverName: "localhost")
            ) { client in
                try await client.get("/metadata/endpoints?api-version=2022-09-01")
            }
            #expect(reply.status == .ok)
            let body = try #require(reply.body.map { String(buffer: $0) })
            #expect(body.contains("\"resourceManager\":\"https://"))
            group.cancelAll()
        }
    }
}

extension TestServer {
    /// The same services listening on `port` (0: any free port).
    func servicesOnPort(_ port: Int) -> ServerServices {
        var configuration = services.configuration
        configuration.port = port
        return ServerServices(configuration: configuration, store: store, clock: clock, signingKey: services.issuer.key)
    }
}
