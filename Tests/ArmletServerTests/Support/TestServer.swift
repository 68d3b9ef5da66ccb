import ArmletBlocks
import ArmletJSON
import ArmletProviders
import ArmletServer
import ArmletState
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A server over a fresh temporary state directory with a virtual clock, driven through
/// HummingbirdTesting's router client (no network).
struct TestServer {
    let directory: String
    let store: SQLiteStateStore
    let clock: VirtualClock
    let services: ServerServices

    static let subscription = SubscriptionRecord.default.id
    static let tenant = TenantRecord.default.id
    static let otherTenant = "11111111-2222-3333-4444-555555555555"
    static let otherSubscription = "99999999-0000-0000-0000-000000000009"

    /// A server; with `blocks` its disks keep data in a block store under the directory (the data plane).
    init(pageSize: Int = 100, maximumBodySize: Int = ServerConfiguration.defaultMaximumBodySize,
         blocks: Bool = false) throws {
        directory = NSTemporaryDirectory() + "armlet-server-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        store = try SQLiteStateStore(directory: directory)
        clock = VirtualClock(Date(timeIntervalSince1970: 1_767_225_600)) // 2026-01-01T00:00:00Z
        let configuration = ServerConfiguration(port: 8443, stateDirectory: directory, maximumBodySize: maximumBodySize,
                                                pageSize: pageSize, environment: [:])
        let key = try SigningKey.loadOrCreate(directory: configuration.identityDirectory)
        let blockStore: (any BlockStore)? = blocks ? try FileBlockStore(directory: directory + "/blocks") : nil
        services = ServerServices(configuration: configuration, store: store, clock: clock,
                                  registry: .standard(blocks: blockStore), blocks: blockStore, signingKey: key)
        try store.write { state in
            try state.save(TenantRecord(id: Self.otherTenant, displayName: "Other Directory"))
            try state.save(SubscriptionRecord(id: Self.otherSubscription, displayName: "Other", tenantId: Self.otherTenant))
        }
    }

    /// Runs `body` with a router test client.
    func test<T: Sendable>(_ body: @Sendable (Client) async throws -> T) async throws -> T {
        let app = Application(responder: ArmletServer.responder(services: services, scheme: "https"))
        return try await app.test(.router) { client in try await body(Client(base: client, server: self)) }
    }

    /// A signed token for `tenant`.
    func token(tenant: String = TestServer.tenant, audience: String = "https://management.core.windows.net/") throws
        -> String {
        let claims = services.issuer.claims(tenantId: tenant, clientId: "test-client", audience: audience,
                                            issuer: "https://127.0.0.1:8443/\(tenant)/v2.0")
        return try services.issuer.token(for: claims)
    }

    /// Everything a request could change, as one comparable value.
    func fingerprint() throws -> String {
        try store.read { state in
            var parts: [String] = []
            for subscription in try state.subscriptions() {
                parts.append("sub \(subscription.id) \(subscription.tenantId)")
                for group in try state.resourceGroups(subscriptionId: subscription.id) {
                    parts.append("group \(group.id) \(group.location) \(JSONWriter.write(group.tags, style: .compact))")
                }
                for resource in try state.resources(subscriptionId: subscription.id) {
                    parts.append("resource \(resource.id) \(JSONWriter.write(resource.body, style: .compact))")
                }
            }
            parts.append("jobs \(try state.copyJobs().count)")
            return parts.joined(separator: "\n")
        }
    }

    struct Client: Sendable {
        let base: any TestClientProtocol
        let server: TestServer

        /// Sends a request with a token of `tenant` (nil: no Authorization header).
        /// Sends `bytes` with `headers` and no token (the data plane authorizes by SAS); the reply's bytes too.
        func sendBytes(_ method: HTTPRequest.Method, _ uri: String, bytes: [UInt8]? = nil,
                       headers: HTTPFields = [:]) async throws -> (reply: Reply, bytes: [UInt8]) {
            let response = try await base.execute(uri: uri, method: method, headers: headers,
                                                  body: bytes.map { ByteBuffer(bytes: $0) })
            let data = Array(response.body.readableBytesView)
            return (Reply(status: Int(response.status.code), headers: response.headers,
                          text: String(decoding: data, as: UTF8.self)), data)
        }

        func send(_ method: HTTPRequest.Method, _ uri: String, body: String? = nil,
                  tenant: String? = TestServer.tenant, headers: HTTPFields = [:]) async throws -> Reply {
            var fields = headers
            if let tenant { fields[.authorization] = "Bearer " + (try server.token(tenant: tenant)) }
            if body != nil { fields[.contentType] = "application/json" }
            let response = try await base.execute(uri: uri, method: method, headers: fields,
                                                  body: body.map { ByteBuffer(string: $0) })
            return Reply(status: Int(response.status.code), headers: response.headers,
                         text: String(buffer: response.body))
        }
    }

    struct Reply: Sendable {
        let status: Int
        let headers: HTTPFields
        let text: String

        var json: JSONValue { (try? JSONReader.value(text)) ?? .null }
        var errorCode: String? { json["error"]?["code"]?.stringValue }
        var errorMessage: String? { json["error"]?["message"]?.stringValue }
        func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }
    }
}

extension JSONValue {
    /// The value at a dotted path (`properties.creationData.createOption`).
    func at(_ path: String) -> JSONValue? {
        var current: JSONValue? = self
        for key in path.split(separator: ".") { current = current?[String(key)] }
        return current
    }
}

/// The path of a URL (`https://host:port/a/b?c` → `/a/b?c`), for replaying Location headers.
func pathAndQuery(_ url: String?) -> String {
    guard let url, let range = url.range(of: "://") else { return url ?? "" }
    let rest = url[range.upperBound...]
    guard let slash = rest.firstIndex(of: "/") else { return "/" }
    return String(rest[slash...])
}
