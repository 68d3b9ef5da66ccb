import ArmletJSON
import ArmletServer
import ArmletState
import Foundation
import HTTPTypes
import Testing

/// The headers ARM's front door puts on responses: request ids and the remaining request budgets.
@Suite struct FrontDoorHeaderTests {
    static let groups = "/subscriptions/\(TestServer.subscription)/resourcegroups"
    static let version = "?api-version=2024-11-01"

    static func fields(_ pairs: [String: String]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs { if let name = HTTPField.Name(name) { fields[name] = value } }
        return fields
    }

    static func isGUID(_ text: String?) -> Bool { text.flatMap(UUID.init(uuidString:)) != nil }

    @Test func correlationAndClientRequestIdsAreEchoed() async throws {
        let server = try TestServer()
        let (given, absent) = try await server.test { client in
            (try await client.send(.get, Self.groups + Self.version,
                                   headers: Self.fields(["x-ms-correlation-request-id": "corr-1",
                                                         "x-ms-client-request-id": "client-1"])),
             try await client.send(.get, Self.groups + Self.version,
                                   headers: Self.fields(["x-ms-client-request-id": "client-2"])))
        }
        #expect(given.header("x-ms-correlation-request-id") == "corr-1")
        #expect(given.header("x-ms-client-request-id") == "client-1")
        #expect(Self.isGUID(given.header("x-ms-request-id")))
        // Without a correlation id the client's request id is not reused: a fresh GUID instead.
        #expect(absent.header("x-ms-client-request-id") == "client-2")
        #expect(Self.isGUID(absent.header("x-ms-correlation-request-id")))
        #expect(absent.header("x-ms-correlation-request-id") != absent.header("x-ms-request-id"))
    }

    @Test func noClientRequestIdIsInventedWhenNoneWasSent() async throws {
        let server = try TestServer()
        let reply = try await server.test { client in try await client.send(.get, Self.groups + Self.version) }
        #expect(reply.header("x-ms-client-request-id") == nil)
        #expect(Self.isGUID(reply.header("x-ms-correlation-request-id")))
    }

    @Test func subscriptionBudgetsCountDownPerKindOfOperation() async throws {
        let server = try TestServer()
        let replies = try await server.test { client in
            [try await client.send(.get, Self.groups + Self.version),
             try await client.send(.head, Self.groups + "/nope" + Self.version),
             try await client.send(.put, Self.groups + "/rg1" + Self.version, body: #"{"location": "westus"}"#),
             try await client.send(.delete, Self.groups + "/rg1" + Self.version),
             try await client.send(.get, Self.groups + "/rg1" + Self.version)]
        }
        #expect(replies[0].header("x-ms-ratelimit-remaining-subscription-reads") == "249")
        #expect(replies[0].header("x-ms-ratelimit-remaining-subscription-global-reads") == "3749")
        #expect(replies[0].header("x-ms-ratelimit-remaining-subscription-writes") == nil)
        #expect(replies[1].status == 404)
        #expect(replies[1].header("x-ms-ratelimit-remaining-subscription-reads") == "248")
        #expect(replies[2].header("x-ms-ratelimit-remaining-subscription-writes") == "199")
        #expect(replies[2].header("x-ms-ratelimit-remaining-subscription-global-writes") == "2999")
        #expect(replies[3].header("x-ms-ratelimit-remaining-subscription-deletes") == "199")
        #expect(replies[3].header("x-ms-ratelimit-remaining-subscription-writes") == nil)
        // An error answer (the group is gone) still reports the budget.
        #expect(replies[4].status == 404 && replies[4].header("x-ms-ratelimit-remaining-subscription-reads") == "247")
    }

    @Test func budgetsRefillWithTheClock() async throws {
        let server = try TestServer()
        let (before, after) = try await server.test { client in
            for _ in 0..<9 { _ = try await client.send(.get, Self.groups + Self.version) }
            let before = try await client.send(.get, Self.groups + Self.version)
            _ = server.clock.advance(by: 1)
            return (before, try await client.send(.get, Self.groups + Self.version))
        }
        #expect(before.header("x-ms-ratelimit-remaining-subscription-reads") == "240")
        // 25 tokens a second, never more than the bucket's 250.
        #expect(after.header("x-ms-ratelimit-remaining-subscription-reads") == "249")
    }

    @Test func tenantLevelRequestsReportTheTenantBudget() async throws {
        let server = try TestServer()
        let reply = try await server.test { client in try await client.send(.get, "/subscriptions?api-version=2022-12-01") }
        #expect(reply.header("x-ms-ratelimit-remaining-tenant-reads") == "249")
        #expect(reply.header("x-ms-ratelimit-remaining-subscription-reads") == nil)
    }

    @Test func identityEndpointsCarryNoBudget() async throws {
        let server = try TestServer()
        let reply = try await server.test { client in
            try await client.send(.get, "/\(TestServer.tenant)/v2.0/.well-known/openid-configuration", tenant: nil)
        }
        #expect(reply.status == 200)
        #expect(reply.header("x-ms-ratelimit-remaining-tenant-reads") == nil)
    }
}
