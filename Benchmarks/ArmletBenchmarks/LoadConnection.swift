import ArmletServer
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOSSL

/// One keep-alive HTTP/1.1 connection to a ``LoadServer`` (HummingbirdTesting's `TestClient`).
///
/// Over HTTPS it trusts only the server's generated CA and checks the leaf for `localhost`, one of
/// its subject alternative names: NIOSSL refuses an IP address as the SNI name, so the TCP connection
/// goes to 127.0.0.1 while the TLS name is `localhost`. Every request carries the `Host` the server
/// builds its URLs (`Azure-AsyncOperation`, `nextLink`) from.
struct LoadConnection: Sendable {
    private let client: TestClient
    private let authority: String
    /// The bearer token sent with every request, once known.
    var token: String?

    /// Opens a connection (the TLS handshake happens with the first request).
    /// - Throws: NIOSSL's error when the CA file cannot be read.
    static func open(to server: LoadServer) throws -> LoadConnection {
        var tls: TLSConfiguration?
        if server.transport == .https {
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.trustRoots = .file(server.authority.files.caCertificate)
            configuration.minimumTLSVersion = .tlsv12
            tls = configuration
        }
        let client = TestClient(host: "127.0.0.1", port: server.port,
                                configuration: .init(tlsConfiguration: tls, timeout: .seconds(10),
                                                     serverName: tls == nil ? nil : "localhost"))
        client.connect()
        return LoadConnection(client: client, authority: "127.0.0.1:\(server.port)")
    }

    /// Sends one request; `body` goes as JSON unless `form` is set.
    /// - Throws: the transport's error (connection closed, timeout, TLS failure).
    func send(_ method: HTTPRequest.Method, _ path: String, body: String? = nil, form: Bool = false) async throws
        -> LoadReply {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer " + token }
        if body != nil { headers[.contentType] = form ? "application/x-www-form-urlencoded" : "application/json" }
        let request = TestClient.Request(path, method: method, authority: authority, headers: headers,
                                         body: body.map { ByteBuffer(string: $0) })
        let response = try await client.execute(request)
        return LoadReply(status: Int(response.status.code), headers: response.headers,
                         text: response.body.map { String(buffer: $0) } ?? "")
    }

    /// Sends `bytes` with `headers` (no token: the disks' data plane authorizes by SAS); the reply's
    /// body as bytes.
    /// - Throws: the transport's error.
    func sendBytes(_ method: HTTPRequest.Method, _ path: String, bytes: [UInt8]? = nil,
                   headers: HTTPFields = [:]) async throws -> (status: Int, bytes: Int, text: String) {
        let request = TestClient.Request(path, method: method, authority: authority, headers: headers,
                                         body: bytes.map { ByteBuffer(bytes: $0) })
        let response = try await client.execute(request)
        let count = response.body?.readableBytes ?? 0
        let text = count < 1 << 16 ? (response.body.map { String(buffer: $0) } ?? "") : ""
        return (Int(response.status.code), count, text)
    }

    /// Closes the connection.
    func close() async {
        try? await client.shutdown()
    }
}

/// A response as the load clients need it.
struct LoadReply: Sendable {
    let status: Int
    let headers: HTTPFields
    let text: String

    /// The value of the header `name`, if present.
    func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }
}
