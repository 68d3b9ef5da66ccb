package import ArmletJSON
package import ArmletState
import Crypto
import Foundation
import SwiftASN1
package import X509

/// The server's TLS identity: a local certificate authority and a server certificate it signed for
/// `IP:127.0.0.1` and `DNS:localhost`, both P-256, kept as PEM files under `<state dir>/tls`.
///
/// ``loadOrCreate(files:clock:)`` reuses what is on disk while it is still good, so a client that
/// trusted the CA once keeps trusting the server across restarts. When only the server certificate
/// is unusable (expired soon, wrong names, not signed by the CA) it is re-issued by the same CA.
/// The CA is never marked as anything but a local, path-length-0 authority and the leaf is not a CA
/// (clients reject a leaf with `CA:TRUE`).
package struct CertificateAuthority: Sendable {
    /// The CA certificate.
    package let caCertificate: Certificate
    /// The server certificate.
    package let serverCertificate: Certificate
    /// Where the PEM files are.
    package let files: TLSFiles
    /// Whether this call wrote new files (a CA, a leaf or both).
    package let generated: Bool

    /// How long the CA is valid.
    static let caValidity: TimeInterval = 10 * 365 * 86_400
    /// How long a server certificate is valid (below the 825 days some clients enforce).
    static let leafValidity: TimeInterval = 800 * 86_400
    /// A server certificate closer than this to its end is re-issued.
    static let renewalMargin: TimeInterval = 7 * 86_400

    /// Loads the CA and server certificate from `files`, creating whatever is missing or unusable.
    /// `clock` is real time by default: certificates are checked by clients against their wall clock.
    /// - Throws: ``TLSSetupError`` when the files cannot be read or written.
    package static func loadOrCreate(files: TLSFiles, clock: any ArmletState.Clock = SystemClock()) throws
        -> CertificateAuthority {
        let now = clock.now()
        try createDirectory(files.directory)
        var generated = false
        let ca: (certificate: Certificate, key: P256.Signing.PrivateKey)
        if let existing = try? loadCA(files, now: now) {
            ca = existing
        } else {
            ca = try makeCA(now: now)
            try write(ca.certificate.serializeAsPEM().pemString, to: files.caCertificate, secret: false)
            try write(ca.key.pemRepresentation, to: files.caKey, secret: true)
            generated = true
        }
        let leaf: Certificate
        if !generated, let existing = try? loadLeaf(files, issuer: ca.certificate, now: now) {
            leaf = existing
        } else {
            let key = P256.Signing.PrivateKey()
            leaf = try makeLeaf(key: key, ca: ca, now: now)
            try write(leaf.serializeAsPEM().pemString, to: files.serverCertificate, secret: false)
            try write(key.pemRepresentation, to: files.serverKey, secret: true)
            generated = true
        }
        return CertificateAuthority(caCertificate: ca.certificate, serverCertificate: leaf, files: files,
                                    generated: generated)
    }

    /// The names every server certificate carries.
    package static let subjectAlternativeNames: [GeneralName] = [
        .dnsName("localhost"),
        .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
    ]

    // MARK: - Making

    static func makeCA(now: Date) throws -> (certificate: Certificate, key: P256.Signing.PrivateKey) {
        let key = P256.Signing.PrivateKey()
        let publicKey = Certificate.PublicKey(key.publicKey)
        let name = try DistinguishedName {
            OrganizationName("Armlet")
            CommonName("Armlet Local CA")
        }
        let extensions = try Certificate.Extensions {
            Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
            Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            SubjectKeyIdentifier(hash: publicKey)
        }
        let certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey,
            notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(caValidity),
            issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions,
            issuerPrivateKey: Certificate.PrivateKey(key))
        return (certificate, key)
    }

    static func makeLeaf(key: P256.Signing.PrivateKey, ca: (certificate: Certificate, key: P256.Signing.PrivateKey),
                         now: Date) throws -> Certificate {
        let publicKey = Certificate.PublicKey(key.publicKey)
        let subject = try DistinguishedName {
            OrganizationName("Armlet")
            CommonName("localhost")
        }
        let authorityKey = try ca.certificate.extensions.subjectKeyIdentifier?.keyIdentifier
        let extensions = try Certificate.Extensions {
            Critical(BasicConstraints.notCertificateAuthority)
            Critical(KeyUsage(digitalSignature: true))
            try ExtendedKeyUsage([.serverAuth])
            SubjectAlternativeNames(subjectAlternativeNames)
            SubjectKeyIdentifier(hash: publicKey)
            AuthorityKeyIdentifier(keyIdentifier: authorityKey)
        }
        return try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey,
            notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(leafValidity),
            issuer: ca.certificate.subject, subject: subject, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: extensions, issuerPrivateKey: Certificate.PrivateKey(ca.key))
    }

    // MARK: - Loading

    static func loadCA(_ files: TLSFiles, now: Date) throws -> (certificate: Certificate, key: P256.Signing.PrivateKey) {
        let certificate = try Certificate(pemEncoded: try read(files.caCertificate))
        let key = try P256.Signing.PrivateKey(pemRepresentation: try read(files.caKey))
        guard certificate.publicKey == Certificate.PublicKey(key.publicKey),
              certificate.notValidAfter > now.addingTimeInterval(renewalMargin),
              case .isCertificateAuthority? = try certificate.extensions.basicConstraints
        else { throw TLSSetupError(message: "The CA in '\(files.directory)' is not usable.") }
        return (certificate, key)
    }

    static func loadLeaf(_ files: TLSFiles, issuer: Certificate, now: Date) throws -> Certificate {
        let certificate = try Certificate(pemEncoded: try read(files.serverCertificate))
        let key = try P256.Signing.PrivateKey(pemRepresentation: try read(files.serverKey))
        let names = try certificate.extensions.subjectAlternativeNames.map(Array.init) ?? []
        guard certificate.publicKey == Certificate.PublicKey(key.publicKey),
              certificate.issuer == issuer.subject,
              issuer.publicKey.isValidSignature(certificate.signature, for: certificate),
              certificate.notValidAfter > now.addingTimeInterval(renewalMargin),
              subjectAlternativeNames.allSatisfy(names.contains)
        else { throw TLSSetupError(message: "The server certificate in '\(files.directory)' is not usable.") }
        return certificate
    }

    // MARK: - Files

    static func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw TLSSetupError(message: "Cannot create the folder '\(path)': \(error.localizedDescription)")
        }
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw TLSSetupError(message: "Cannot read '\(path)'.") }
        return text
    }

    static func write(_ text: String, to path: String, secret: Bool) throws {
        let attributes: [FileAttributeKey: Any] = [.posixPermissions: secret ? 0o600 : 0o644]
        guard FileManager.default.createFile(atPath: path, contents: Data((text + "\n").utf8), attributes: attributes)
        else { throw TLSSetupError(message: "Cannot write '\(path)'.") }
    }
}

/// The server's TLS identity could not be loaded or created.
package struct TLSSetupError: ArmletError, Hashable {
    package var code: String { "TLSSetupFailed" }
    package var message: String
    package var location: SourceLocation? { nil }

    /// An error with `message`.
    package init(message: String) { self.message = message }
}
