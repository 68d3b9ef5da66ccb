package import NIOSSL

extension CertificateAuthority {
    /// The NIOSSL server configuration presenting the server certificate (TLS 1.2 or newer).
    /// - Throws: NIOSSL's error when the PEM files cannot be read.
    package func serverTLSConfiguration() throws -> TLSConfiguration {
        let chain = try NIOSSLCertificate.fromPEMFile(files.serverCertificate).map { NIOSSLCertificateSource.certificate($0) }
        let key = try NIOSSLPrivateKey(file: files.serverKey, format: .pem)
        var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain,
                                                                     privateKey: .privateKey(key))
        configuration.minimumTLSVersion = .tlsv12
        return configuration
    }
}
