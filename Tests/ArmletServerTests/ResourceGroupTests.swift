import ArmletJSON
import ArmletProviders
import ArmletServer
import ArmletState
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing

@Suite struct ResourceGroupTests {
    static let groups = "/subscriptions/\(TestServer.subscription)/resourcegroups"

    @Test func lifecycle() async throws {
        let server = try TestServer()
        try await server.test { client in
            let created = try await client.send(.put, Self.groups + "/rg1?api-version=2024-11-01",
                                                body: #"{"location": "West US", "tags": {"env": "dev"}}"#)
            #expect(created.status == 201)
            #expect(created.json["id"]?.stringValue == "/subscriptions/\(TestServer.subscription)/resourceGroups/rg1")
            #expect(created.json["location"]?.stringValue == "westus")
            #expect(created.json.at("properties.provisioningState")?.stringValue == "Succeeded")

            let again = try await client.send(.put, "/SUBSCRIPTIONS/\(TestServer.subscription)/resourceGroups/RG1?api-version=2024-11-01",
                                              body: #"{"location": "westus"}"#)
            #expect(again.status == 200)
            #expect(again.json["name"]?.stringValue == "rg1")

            let moved = try await client.send(.put, Self.groups + "/rg1?api-version=2024-11-01", body: #"{"location": "eastus"}"#)
            #expect(moved.status == 409 && moved.errorCode == "InvalidResourceGroupLocation")

            let noLocation = try await client.send(.put, Self.groups + "/rg2?api-version=2024-11-01", body: "{}")
            #expect(noLocation.status == 400 && noLocation.errorCode == "LocationRequired")

            let patched = try await client.send(.patch, Self.groups + "/rg1?api-version=2024-11-01", body: #"{"tags": {"a": "b"}}"#)
            #expect(patched.status == 200 && patched.json.at("tags.a")?.stringValue == "b")

            #expect(try await client.send(.head, Self.groups + "/rg1?api-version=2024-11-01").status == 204)
            #expect(try await client.send(.head, Self.groups + "/nope?api-version=2024-11-01").status == 404)
            let missing = try await client.send(.get, Self.groups + "/nope?api-version=2024-11-01")
            #expect(missing.status == 404 && missing.errorCode == "ResourceGroupNotFound")
            #expect(missing.errorMessage == "Resource group 'nope' could not be found.")

            let deleted = try await client.send(.delete, Self.groups + "/rg1?api-version=2024-11-01")
            #expect(deleted.status == 202)
            #expect(deleted.header("Retry-After") == "1")
            let location = try #require(deleted.header("Location"))
            #expect(location.contains("/subscriptions/\(TestServer.subscription)/operationresults/"))
            let poll = try await client.send(.get, pathAndQuery(location))
            #expect(poll.status == 200)
            #expect(try await client.send(.get, Self.groups + "/rg1?api-version=2024-11-01").status == 404)
            let deleteMissing = try await client.send(.delete, Self.groups + "/rg1?api-version=2024-11-01")
            #expect(deleteMissing.status == 404)
        }
    }

    @Test func listPagesWithNextLink() async throws {
        let server = try TestServer(pageSize: 2)
        let names = try await server.test { client in
            for name in ["a", "b", "c"] {
                _ = try await client.send(.put, Self.groups + "/\(name)?api-version=2024-11-01", body: #"{"location": "westus"}"#)
            }
            var names: [String] = []
            var next: String? = Self.groups + "?api-version=2024-11-01"
            var pages = 0
            while let link = next {
                let page = try await client.send(.get, pathAndQuery(link.hasPrefix("/") ? "https://h" + link : link))
                #expect(page.status == 200)
                names += (page.json["value"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
                next = page.json["nextLink"]?.stringValue
                pages += 1
            }
            #expect(pages == 2)
            return names
        }
        #expect(names == ["a", "b", "c"])
    }

    @Test func deletingAGroupDeletesItsResources() async throws {
        let server = try TestServer()
        try await server.test { client in
            _ = try await client.send(.put, Self.groups + "/rg1?api-version=2024-11-01", body: #"{"location": "westus"}"#)
            let disk = Self.groups + "/rg1/providers/Microsoft.Compute/disks/d1?api-version=2025-01-02"
            let put = try await client.send(.put, disk, body: #"{"location": "westus", "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}"#)
            #expect(put.status == 202)
            #expect(try await client.send(.delete, Self.groups + "/rg1?api-version=2024-11-01").status == 202)
        }
        let remaining = try await server.store.read { try $0.resources(subscriptionId: TestServer.subscription) }
        #expect(remaining.isEmpty)
    }
}
