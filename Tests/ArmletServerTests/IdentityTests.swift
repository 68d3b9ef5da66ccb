import ArmletCore
import ArmletJSON
import ArmletProviders
import ArmletServer
import ArmletState
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing

@Suite struct IdentityTests {
    @Test func cloudMetadataHasWhatAzCloudRegisterReads() async throws {
        let server = try TestServer()
        let reply = try await server.test { try await $0.send(.get, "/metadata/endpoints?api-version=2022-09-01", tenant: nil) }
        #expect(reply.status == 200)
        #expect(reply.json["name"]?.stringValue == "Armlet")
        #expect(reply.json["resourceManager"]?.stringValue?.hasPrefix("https://") == true)
        #expect(reply.json.at("authentication.loginEndpoint")?.stringValue?.hasPrefix("https://") == true)
        #expect(reply.json.at("authentication.audiences")?[0]?.stringValue == "https://management.core.windows.net/")
    }

    @Test func openIDConfigurationPointsAtTheTokenEndpoint() async throws {
        let server = try TestServer()
        let tenant = TestServer.tenant
        let (v2, v1, unknown) = try await server.test { client in
            (try await client.send(.get, "/\(tenant)/v2.0/.well-known/openid-configuration", tenant: nil),
             try await client.send(.get, "/\(tenant)/.well-known/openid-configuration", tenant: nil),
             try await client.send(.get, "/not-a-tenant/v2.0/.well-known/openid-configuration", tenant: nil))
        }
        #expect(v2.status == 200)
        #expect(v2.json["token_endpoint"]?.stringValue?.hasSuffix("/\(tenant)/oauth2/v2.0/token") == true)
        #expect(v2.json["authorization_endpoint"]?.stringValue?.hasSuffix("/\(tenant)/oauth2/v2.0/authorize") == true)
        #expect(v2.json["issuer"]?.stringValue?.hasSuffix("/\(tenant)/v2.0") == true)
        #expect(v1.json["token_endpoint"]?.stringValue?.hasSuffix("/\(tenant)/oauth2/token") == true)
        #expect(unknown.status == 400)
        #expect(unknown.errorCode == "invalid_tenant")
    }

    @Test func clientCredentialsTokensAreSignedAndAccepted() async throws {
        let server = try TestServer()
        let tenant = TestServer.tenant
        let form = "client_id=abc&grant_type=client_credentials&client_info=1&client_secret=s3cret"
            + "&scope=https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default"
        let (token, listed) = try await server.test { client in
            let token = try await client.send(.post, "/\(tenant)/oauth2/v2.0/token", body: form, tenant: nil,
                                              headers: [.contentType: "application/x-www-form-urlencoded"])
            let accessToken = token.json["access_token"]?.stringValue ?? ""
            let listed = try await client.send(.get, "/subscriptions?api-version=2022-12-01", tenant: nil,
                                               headers: [.authorization: "Bearer \(accessToken)"])
            return (token, listed)
        }
        #expect(token.status == 200)
        #expect(token.json["token_type"]?.stringValue == "Bearer")
        #expect(token.json["expires_in"]?.intValue == 3600)
        let claims = try server.services.validator.validate(token: token.json["access_token"]?.stringValue ?? "")
        #expect(claims.tenantId == tenant)
        #expect(claims.audience == "https://management.core.windows.net/")
        #expect(claims.applicationId == "abc")
        #expect(listed.status == 200)
        let subscriptions = listed.json["value"]?.arrayValue ?? []
        #expect(subscriptions.map { $0["subscriptionId"]?.stringValue } == [TestServer.subscription])
        #expect(subscriptions.first?["state"]?.stringValue == "Enabled")
        #expect(subscriptions.first?["tenantId"]?.stringValue == tenant)
    }

    @Test func version1TokenEndpointUsesResource() async throws {
        let server = try TestServer()
        let reply = try await server.test { client in
            try await client.send(.post, "/\(TestServer.otherTenant)/oauth2/token",
                                  body: "grant_type=client_credentials&client_id=x&client_secret=y&resource=https://management.azure.com/",
                                  tenant: nil)
        }
        #expect(reply.status == 200)
        let claims = try server.services.validator.validate(token: reply.json["access_token"]?.stringValue ?? "")
        #expect(claims.tenantId == TestServer.otherTenant)
        #expect(claims.audience == "https://management.azure.com/")
        #expect(reply.json["expires_on"]?.stringValue != nil)
    }

    @Test func tokenEndpointRefusesOtherGrantsAndMissingSecrets() async throws {
        let server = try TestServer()
        let path = "/\(TestServer.tenant)/oauth2/v2.0/token"
        let (grant, secret, scope) = try await server.test { client in
            (try await client.send(.post, path, body: "grant_type=password&client_id=a", tenant: nil),
             try await client.send(.post, path, body: "grant_type=client_credentials&client_id=a&scope=x/.default", tenant: nil),
             try await client.send(.post, path, body: "grant_type=client_credentials&client_id=a&client_secret=b&scope=openid",
                                   tenant: nil))
        }
        #expect(grant.status == 400 && grant.json["error"]?.stringValue == "unsupported_grant_type")
        #expect(secret.status == 401 && secret.json["error"]?.stringValue == "invalid_client")
        #expect(scope.status == 400 && scope.json["error"]?.stringValue == "invalid_scope")
    }

    @Test func tenantsAndSubscriptionsAreFilteredByTheTokensTenant() async throws {
        let server = try TestServer()
        let (mine, theirs) = try await server.test { client in
            (try await client.send(.get, "/tenants?api-version=2022-12-01"),
             try await client.send(.get, "/subscriptions?api-version=2022-12-01", tenant: TestServer.otherTenant))
        }
        #expect(mine.json["value"]?.arrayValue?.map { $0["tenantId"]?.stringValue } == [TestServer.tenant])
        #expect(theirs.json["value"]?.arrayValue?.map { $0["subscriptionId"]?.stringValue } == [TestServer.otherSubscription])
    }

    @Test func validatorRejectsExpiredForeignAndMisaddressedTokens() throws {
        let server = try TestServer()
        let issuer = TokenIssuer(key: server.services.issuer.key, lifetime: 60,
                                 clock: VirtualClockWrapper.at(Date().addingTimeInterval(-7200)))
        let expired = try issuer.token(for: issuer.claims(tenantId: TestServer.tenant, clientId: "c",
                                                          audience: "https://management.azure.com", issuer: "i"))
        #expect(throws: ARMError.self) { try server.services.validator.validate(token: expired) }
        do {
            _ = try server.services.validator.validate(token: expired)
        } catch {
            #expect(error.code == "ExpiredAuthenticationToken" && error.httpStatus == 401)
        }
        let foreignKey = try SigningKey.loadOrCreate(directory: NSTemporaryDirectory() + "armlet-key-" + UUID().uuidString)
        let foreign = try TokenIssuer(key: foreignKey).token(for: server.services.issuer.claims(
            tenantId: TestServer.tenant, clientId: "c", audience: "https://management.azure.com", issuer: "i"))
        do {
            _ = try server.services.validator.validate(token: foreign)
            Issue.record("a token signed by another key was accepted")
        } catch {
            #expect(error.code == "InvalidAuthenticationToken")
        }
        let graph = try server.token(audience: "https://graph.microsoft.com")
        do {
            _ = try server.services.validator.validate(token: graph)
            Issue.record("a Graph token was accepted")
        } catch {
            #expect(error.code == "InvalidAuthenticationTokenAudience")
        }
    }

    @Test func signingKeySurvivesRestarts() throws {
        let directory = NSTemporaryDirectory() + "armlet-key-" + UUID().uuidString
        let first = try SigningKey.loadOrCreate(directory: directory)
        let second = try SigningKey.loadOrCreate(directory: directory)
        #expect(first.keyId == second.keyId)
        let token = try TokenIssuer(key: first).token(for: TokenIssuer(key: first).claims(
            tenantId: "t", clientId: "c", audience: "https://management.azure.com/", issuer: "i"))
        #expect(try TokenValidator(key: second).validate(token: token).tenantId == "t")
    }
}


enum VirtualClockWrapper {
    static func at(_ date: Date) -> VirtualClock { VirtualClock(date) }
}
