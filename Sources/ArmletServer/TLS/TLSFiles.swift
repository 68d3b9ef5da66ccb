import Foundation

/// The PEM files of the server's TLS identity under `<state dir>/tls`: a local CA (the file a client
/// trusts via `REQUESTS_CA_BUNDLE` or `connection_verify`) and the server certificate it signed.
package struct TLSFiles: Sendable, Hashable {
    /// The folder holding the files.
    package let directory: String

    /// The files in `directory`.
    package init(directory: String) { self.directory = directory }

    /// The CA certificate: what clients trust.
    package var caCertificate: String { path("ca.pem") }
    /// The CA's private key (mode 0600).
    package var caKey: String { path("ca-key.pem") }
    /// The server (leaf) certificate, `IP:127.0.0.1` and `DNS:localhost`.
    package var serverCertificate: String { path("server.pem") }
    /// The server certificate's private key (mode 0600).
    package var serverKey: String { path("server-key.pem") }

    private func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
}
