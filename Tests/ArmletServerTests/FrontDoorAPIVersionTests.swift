import ArmletJSON
import ArmletServer
import Foundation
import HTTPTypes
import Testing

/// ARM serves resource groups and its own listings itself: an api-version it does not have is
/// `InvalidApiVersionParameter` with the supported versions, not a provider's `NoRegisteredProviderFound`.
@Suite struct FrontDoorAPIVersionTests {
    static let sub = "/subscriptions/\(TestServer.subscription)"

    @Test(arguments: [
        ("GET", "/resourcegroups/rg1"), ("PUT", "/resourcegroups/rg1"), ("GET", "/resourcegroups"),
        ("GET", "/resources"), ("GET", "/resourcegroups/rg1/resources"), ("POST", "/resourcegroups/rg1/exportTemplate"),
    ])
    func unknownVersionsAreInvalidApiVersionParameter(method: String, path: String) async throws {
        let server = try TestServer()
        let before = try server.fingerprint()
        let reply = try await server.test { client in
            try await client.send(.init(method) ?? .get, Self.sub + path + "?api-version=2099-01-01",
                                  body: method == "GET" ? nil : #"{"location": "westus", "resources": ["*"]}"#)
        }
        #expect(reply.status == 400)
        #expect(reply.errorCode == "InvalidApiVersionParameter")
        let message = try #require(reply.errorMessage)
        #expect(message.hasPrefix("The api-version '2099-01-01' is invalid. The supported versions are '2025-04-01,2025-03-01,"))
        #expect(message.hasSuffix(",2015-11-01'."))
        #expect(try server.fingerprint() == before)
    }

    @Test func knownVersionsStillWork() async throws {
        let server = try TestServer()
        let reply = try await server.test { client in
            try await client.send(.put, Self.sub + "/resourcegroups/rg1?api-version=2021-04-01", body: #"{"location": "westus"}"#)
        }
        #expect(reply.status == 201)
    }
}
