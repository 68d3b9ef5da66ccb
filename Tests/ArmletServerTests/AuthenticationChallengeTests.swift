import ArmletJSON
import ArmletServer
import Foundation
import HTTPTypes
import Testing

/// ARM's 401s: the `WWW-Authenticate` challenge, and tokens from an issuer Armlet does not write.
@Suite struct AuthenticationChallengeTests {
    static let groups = "/subscriptions/\(TestServer.subscription)/resourcegroups?api-version=2024-11-01"
    /// The base URL of the router test client's requests.
    static let base = "https://localhost"

    /// `Bearer authorization_uri="…", error="invalid_token", error_description="…"` split into its parameters.
    static func challenge(_ header: String?) -> [String: String] {
        guard let header, header.hasPrefix("Bearer ") else { return [:] }
        var result: [String: String] = [:]
        let pattern = #/([a-z_]+)="([^"]*)"/#
        for match in header.dropFirst("Bearer ".count).matches(of: pattern) {
            result[String(match.1)] = String(match.2)
        }
        return result
    }

    @Test func aMissingTokenIsChallengedWithTheSubscriptionsTenant() async throws {
        let server = try TestServer()
        let (mine, theirs, tenantLevel) = try await server.test { client in
            (try await client.send(.get, Self.groups, tenant: nil),
             try await client.send(.get, "/subscriptions/\(TestServer.otherSubscription)/resourcegroups?api-version=2024-11-01",
                                   tenant: nil),
             try await client.send(.get, "/subscriptions?api-version=2022-12-01", tenant: nil))
        }
        #expect(mine.status == 401 && mine.errorCode == "AuthenticationFailed")
        let header = try #require(mine.header("WWW-Authenticate"))
        #expect(header.hasPrefix("Bearer authorization_uri=\""))
        let parameters = Self.challenge(header)
        // The router test client addresses the server as `https://localhost`.
        #expect(parameters["authorization_uri"] == Self.base + "/\(TestServer.tenant)")
        #expect(parameters["error"] == "invalid_token")
        #expect(parameters["error_description"] == "Authentication failed. The 'Authorization' header is missing.")
        #expect(Self.challenge(theirs.header("WWW-Authenticate"))["authorization_uri"]
            == Self.base + "/\(TestServer.otherTenant)")
        #expect(Self.challenge(tenantLevel.header("WWW-Authenticate"))["authorization_uri"] == Self.base + "/common")
    }

    @Test func aBadTokenIsChallengedWithItsReason() async throws {
        let server = try TestServer()
        let reply = try await server.test { client in
            try await client.send(.get, Self.groups, tenant: nil, headers: [.authorization: "Bearer not-a-token"])
        }
        #expect(reply.status == 401 && reply.errorCode == "InvalidAuthenticationToken")
        #expect(Self.challenge(reply.header("WWW-Authenticate"))["error_description"] == "The access token is invalid.")
    }

    @Test func successfulResponsesCarryNoChallenge() async throws {
        let server = try TestServer()
        let reply = try await server.test { client in try await client.send(.get, Self.groups) }
        #expect(reply.status == 200 && reply.header("WWW-Authenticate") == nil)
    }

    func token(_ server: TestServer, issuer: String) throws -> String {
        let claims = server.services.issuer.claims(tenantId: TestServer.tenant, clientId: "c",
                                                   audience: "https://management.azure.com/", issuer: issuer)
        return try server.services.issuer.token(for: claims)
    }

    @Test func tokensFromAnotherIssuerAreRefused() async throws {
        let server = try TestServer()
        let wrongTenant = try token(server, issuer: "https://127.0.0.1:8443/\(TestServer.otherTenant)/v2.0")
        let notAURL = try token(server, issuer: "i")
        let (first, second) = try await server.test { client in
            (try await client.send(.get, Self.groups, tenant: nil, headers: [.authorization: "Bearer " + wrongTenant]),
             try await client.send(.get, Self.groups, tenant: nil, headers: [.authorization: "Bearer " + notAURL]))
        }
        #expect(first.status == 401 && first.errorCode == "InvalidAuthenticationTokenTenant")
        #expect(first.errorMessage == "The access token is from the wrong issuer 'https://127.0.0.1:8443/\(TestServer.otherTenant)/v2.0'. "
            + "It must match the tenant '\(Self.base)/\(TestServer.tenant)/v2.0' associated with this subscription. "
            + "Please use the authority (URL) '\(Self.base)/\(TestServer.tenant)' to get the token.")
        #expect(first.header("WWW-Authenticate") != nil)
        #expect(second.status == 401 && second.errorCode == "InvalidAuthenticationTokenTenant")
    }

    @Test func bothIssuerShapesOnAnyOfTheServersAddressesAreAccepted() async throws {
        let server = try TestServer()
        let version1 = try token(server, issuer: "https://127.0.0.1:8443/\(TestServer.tenant)/")
        let otherAddress = try token(server, issuer: "http://localhost:8080/\(TestServer.tenant.uppercased())/v2.0")
        let (first, second) = try await server.test { client in
            (try await client.send(.get, Self.groups, tenant: nil, headers: [.authorization: "Bearer " + version1]),
             try await client.send(.get, Self.groups, tenant: nil, headers: [.authorization: "Bearer " + otherAddress]))
        }
        #expect(first.status == 200)
        #expect(second.status == 200)
    }
}
