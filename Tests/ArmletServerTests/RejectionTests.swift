import ArmletJSON
import ArmletProviders
import ArmletServer
import ArmletState
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing

/// Requests that must be refused with the right 4xx and change nothing.
@Suite struct RejectionTests {
    static let sub = TestServer.subscription
    static let group = "/subscriptions/\(sub)/resourcegroups/rg1"
    static let disk = group + "/providers/Microsoft.Compute/disks/d1"
    static let diskBody = """
        {"location": "westus", "sku": {"name": "PremiumV2_LRS"},
         "properties": {"creationData": {"createOption": "Empty", "logicalSectorSize": 4096}, "diskSizeGB": 4}}
        """

    /// A server with group `rg1`.
    func server(maximumBodySize: Int = ServerConfiguration.defaultMaximumBodySize) async throws -> TestServer {
        let server = try TestServer(maximumBodySize: maximumBodySize)
        let reply = try await server.test { try await $0.send(.put, Self.group + "?api-version=2024-11-01", body: #"{"location": "westus"}"#) }
        #expect(reply.status == 201)
        return server
    }

    @Test func missingTokenIs401AuthenticationFailed() async throws {
        let server = try await server()
        let before = try server.fingerprint()
        let reply = try await server.test { try await $0.send(.put, Self.disk + "?api-version=2025-01-02", body: Self.diskBody, tenant: nil) }
        #expect(reply.status == 401)
        #expect(reply.errorCode == "AuthenticationFailed")
        #expect(reply.errorMessage == "Authentication failed. The 'Authorization' header is missing.")
        #expect(try server.fingerprint() == before)
    }

    @Test func badTokensAre401InvalidAuthenticationToken() async throws {
        let server = try await server()
        let before = try server.fingerprint()
        let (garbage, unsigned, basic) = try await server.test { client in
            (try await client.send(.delete, Self.group + "?api-version=2024-11-01", tenant: nil,
                                   headers: [.authorization: "Bearer not.a.token"]),
             try await client.send(.delete, Self.group + "?api-version=2024-11-01", tenant: nil,
                                   headers: [.authorization: "Bearer eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ4In0."]),
             try await client.send(.delete, Self.group + "?api-version=2024-11-01", tenant: nil,
                                   headers: [.authorization: "Basic dXNlcjpwYXNz"]))
        }
        #expect(garbage.status == 401 && garbage.errorCode == "InvalidAuthenticationToken")
        #expect(garbage.errorMessage == "The access token is invalid.")
        #expect(unsigned.status == 401 && unsigned.errorCode == "InvalidAuthenticationToken")
        #expect(basic.status == 401 && basic.errorCode == "AuthenticationFailed")
        #expect(try server.fingerprint() == before)
    }

    @Test func anotherTenantsTokenIs403AndChangesNothing() async throws {
        let server = try await server()
        let before = try server.fingerprint()
        let other = TestServer.otherTenant
        let (read, write, delete, list) = try await server.test { client in
            (try await client.send(.get, Self.group + "?api-version=2024-11-01", tenant: other),
             try await client.send(.put, Self.disk + "?api-version=2025-01-02", body: Self.diskBody, tenant: other),
             try await client.send(.delete, Self.group + "?api-version=2024-11-01", tenant: other),
             try await client.send(.get, "/subscriptions/\(Self.sub)/resourcegroups?api-version=2024-11-01", tenant: other))
        }
        for reply in [read, write, delete, list] {
            #expect(reply.status == 403)
            #expect(reply.errorCode == "AuthorizationFailed")
        }
        #expect(try server.fingerprint() == before)
        // And the other tenant's own subscription works with its own token.
        let own = try await server.test { client in
            try await client.send(.put, "/subscriptions/\(TestServer.otherSubscription)/resourcegroups/theirs?api-version=2024-11-01",
                                  body: #"{"location": "eastus"}"#, tenant: other)
        }
        #expect(own.status == 201)
    }

    @Test func missingApiVersionIs400() async throws {
        let server = try await server()
        let before = try server.fingerprint()
        let (put, list) = try await server.test { client in
            (try await client.send(.put, Self.disk, body: Self.diskBody),
             try await client.send(.get, "/subscriptions"))
        }
        for reply in [put, list] {
            #expect(reply.status == 400)
            #expect(reply.errorCode == "MissingApiVersionParameter")
            #expect(reply.errorMessage == "The api-version query parameter (?api-version=) is required for all requests.")
        }
        #expect(try server.fingerprint() == before)
    }

    @Test func unknownApiVersionIsRefused() async throws {
        let server = try await server()
        let before = try server.fingerprint()
        let (disk, group) = try await server.test { client in
            (try await client.send(.put, Self.disk + "?api-version=2022-03-22", body: Self.diskBody),
             try await client.send(.put, "/subscriptions/\(Self.sub)/resourcegroups/rg2?api-version=2099-01-01",
                                   body: #"{"location": "westus"}"#))
        }
        #expect(disk.status == 400)
        #expect(disk.errorCode == "NoRegisteredProviderFound")
        #expect(disk.errorMessage?.contains("API version '2022-03-22' for type 'disks'") == true)
        #expect(disk.errorMessage?.contains("Did you mean '2022-03-02'?") == true)
        // ARM serves resource groups itself: an unknown version is its own InvalidApiVersionParameter.
        #expect(group.status == 400 && group.errorCode == "InvalidApiVersionParameter")
        #expect(try server.fingerprint() == before)
    }

    @Test func malformedBodyIs400InvalidRequestContent() async throws {
        let server = try await server()
        let before = try server.fingerprint()
        let (broken, array, tags) = try await server.test { client in
            (try await client.send(.put, Self.disk + "?api-version=2025-01-02", body: #"{"location": "westus", "#),
             try await client.send(.put, Self.disk + "?api-version=2025-01-02", body: "[1, 2]"),
             try await client.send(.patch, Self.group + "?api-version=2024-11-01", body: #"{"tags": {"a": 1}}"#))
        }
        for reply in [broken, array, tags] {
            #expect(reply.status == 400)
            #expect(reply.errorCode == "InvalidRequestContent")
        }
        #expect(try server.fingerprint() == before)
    }

    @Test func oversizedBodyIs413() async throws {
        let server = try await server(maximumBodySize: 1024)
        let before = try server.fingerprint()
        let padding = String(repeating: "x", count: 2048)
        let body = #"{"location": "westus", "tags": {"pad": "\#(padding)"}}"#
        let (declared, streamed) = try await server.test { client in
            (try await client.send(.put, Self.group + "?api-version=2024-11-01", body: body,
                                   headers: [.contentLength: String(body.utf8.count)]),
             try await client.send(.put, Self.group + "?api-version=2024-11-01", body: body))
        }
        for reply in [declared, streamed] {
            #expect(reply.status == 413)
            #expect(reply.errorCode == "RequestContentTooLarge")
        }
        #expect(try server.fingerprint() == before)
    }

    @Test func unknownPathsAre404WithAnARMBody() async throws {
        let server = try TestServer()
        let reply = try await server.test { try await $0.send(.get, "/nothing/here/at/all?api-version=1") }
        #expect(reply.status == 404)
        #expect(reply.errorCode == "InvalidResourceType")
    }
}
