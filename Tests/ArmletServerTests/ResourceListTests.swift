import ArmletJSON
import ArmletServer
import Foundation
import HTTPTypes
import Testing

/// `GET …/resources` (Resources_List, Resources_ListByResourceGroup) and the tag filter of the
/// resource-group list.
@Suite struct ResourceListTests {
    static let sub = "/subscriptions/\(TestServer.subscription)"
    static let resources = sub + "/resources"
    static let version = "api-version=2024-11-01"

    /// rg1 (westus): disk1 {env: dev}, disk2 {env: prod}; rg2 (eastus, tag team=a): other-disk {env: dev}.
    static func prepared() async throws -> TestServer {
        let server = try TestServer()
        try await server.test { client in
            _ = try await client.send(.put, sub + "/resourcegroups/rg1?" + version, body: #"{"location": "westus"}"#)
            _ = try await client.send(.put, sub + "/resourcegroups/rg2?" + version,
                                      body: #"{"location": "eastus", "tags": {"team": "a"}}"#)
            for (group, name, location, env) in [("rg1", "disk1", "westus", "dev"), ("rg1", "disk2", "westus", "prod"),
                                                 ("rg2", "other-disk", "East US", "dev")] {
                let put = try await client.send(
                    .put, sub + "/resourceGroups/\(group)/providers/Microsoft.Compute/disks/\(name)?api-version=2025-01-02",
                    body: """
                    {"location": "\(location)", "tags": {"env": "\(env)"}, "sku": {"name": "Standard_LRS"},
                     "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}
                    """)
                #expect(put.status == 202 || put.status == 200)
            }
        }
        return server
    }

    static func names(_ reply: TestServer.Reply) -> [String] {
        (reply.json["value"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
    }

    static func filter(_ text: String) -> String {
        resources + "?" + version + "&$filter=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text)
    }

    @Test func listsEveryResourceInTheGenericShape() async throws {
        let server = try await Self.prepared()
        let reply = try await server.test { client in try await client.send(.get, Self.resources + "?" + Self.version) }
        #expect(reply.status == 200)
        #expect(Self.names(reply) == ["disk1", "disk2", "other-disk"])
        let first = try #require(reply.json["value"]?.arrayValue?.first?.objectValue)
        #expect(first["id"]?.stringValue == "/subscriptions/\(TestServer.subscription)/resourceGroups/rg1/providers/Microsoft.Compute/disks/disk1")
        #expect(first["type"]?.stringValue == "Microsoft.Compute/disks")
        #expect(first["location"]?.stringValue == "westus")
        #expect(first["sku"]?["name"]?.stringValue == "Standard_LRS")
        #expect(first["tags"]?["env"]?.stringValue == "dev")
        #expect(first["properties"] == nil && first["createdTime"] == nil)
        #expect(reply.json["nextLink"] == nil)
    }

    @Test func listsOneGroup() async throws {
        let server = try await Self.prepared()
        let (rg1, missing) = try await server.test { client in
            (try await client.send(.get, Self.sub + "/resourceGroups/RG1/resources?" + Self.version),
             try await client.send(.get, Self.sub + "/resourceGroups/nope/resources?" + Self.version))
        }
        #expect(Self.names(rg1) == ["disk1", "disk2"])
        #expect(missing.status == 404 && missing.errorCode == "ResourceGroupNotFound")
    }

    @Test(arguments: [
        ("resourceType eq 'microsoft.compute/DISKS'", ["disk1", "disk2", "other-disk"]),
        ("resourceType eq 'Microsoft.Compute/snapshots'", []),
        ("name eq 'DISK1'", ["disk1"]),
        ("name ne 'disk1'", ["disk2", "other-disk"]),
        ("location eq 'East US'", ["other-disk"]),
        ("resourceGroup eq 'rg2'", ["other-disk"]),
        ("substringof('DISK', name)", ["disk1", "disk2", "other-disk"]),
        ("substringof('other', name)", ["other-disk"]),
        ("resourceType eq 'Microsoft.Compute/disks' and location eq 'westus'", ["disk1", "disk2"]),
        ("name eq 'disk1' or name eq 'other-disk'", ["disk1", "other-disk"]),
        ("(name eq 'disk1' or name eq 'disk2') and substringof('2', name)", ["disk2"]),
        ("tagName eq 'env'", ["disk1", "disk2", "other-disk"]),
        ("tagName eq 'ENV' and tagValue eq 'dev'", ["disk1", "other-disk"]),
        ("tagValue eq 'prod' and tagName eq 'env'", ["disk2"]),
        ("tagName eq 'env' and startswith(tagValue, 'pr')", ["disk2"]),
        ("tagName eq 'missing'", []),
    ])
    func filters(filter: String, expected: [String]) async throws {
        let server = try await Self.prepared()
        let reply = try await server.test { client in try await client.send(.get, Self.filter(filter)) }
        #expect(reply.status == 200)
        #expect(Self.names(reply) == expected)
    }

    @Test func tagFiltersListWithoutTags() async throws {
        let server = try await Self.prepared()
        let reply = try await server.test { client in try await client.send(.get, Self.filter("tagName eq 'env'")) }
        #expect(reply.json["value"]?.arrayValue?.allSatisfy { $0["tags"] == nil } == true)
    }

    @Test(arguments: [
        "foo eq 'x'",
        "name eq disk1",
        "name eq 'disk1",
        "name gt 'a'",
        "tagName eq 'env' and location eq 'westus'",
        "tagValue eq 'dev'",
        "substringof('a', location)",
        "name eq 'a' and",
    ])
    func unreadableFiltersAre400(filter: String) async throws {
        let server = try await Self.prepared()
        let reply = try await server.test { client in try await client.send(.get, Self.filter(filter)) }
        #expect(reply.status == 400)
        #expect(reply.errorCode == "InvalidFilterInQueryString")
        #expect(reply.errorMessage == "Invalid $filter '\(filter)' specified in the query string.")
    }

    @Test func topPagesWithNextLink() async throws {
        let server = try await Self.prepared()
        let (names, pages, bad) = try await server.test { client in
            var names: [String] = []
            var pages = 0
            var next: String? = "https://h" + Self.resources + "?" + Self.version + "&$top=2"
            while let link = next {
                let page = try await client.send(.get, pathAndQuery(link))
                #expect(page.status == 200)
                #expect((page.json["value"]?.arrayValue?.count ?? 0) <= 2)
                names += Self.names(page)
                next = page.json["nextLink"]?.stringValue
                if let next { #expect(next.contains("%24top=2") || next.contains("$top=2")) }
                pages += 1
            }
            return (names, pages, try await client.send(.get, Self.resources + "?" + Self.version + "&$top=0"))
        }
        #expect(pages == 2)
        #expect(names == ["disk1", "disk2", "other-disk"])
        #expect(bad.status == 400 && bad.errorCode == "InvalidTopInQueryString")
    }

    @Test func expandAddsTimesAndState() async throws {
        let server = try await Self.prepared()
        let reply = try await server.test { client in
            try await client.send(.get, Self.resources + "?" + Self.version + "&$expand=createdTime,changedTime,provisioningState")
        }
        let first = try #require(reply.json["value"]?.arrayValue?.first)
        #expect(first["createdTime"]?.stringValue == "2026-01-01T00:00:00+00:00")
        #expect(first["changedTime"]?.stringValue == "2026-01-01T00:00:00+00:00")
        #expect(first["provisioningState"]?.stringValue == "Succeeded")
    }

    @Test func groupListFiltersByTag() async throws {
        let server = try await Self.prepared()
        let (tagged, valued, byName) = try await server.test { client in
            (try await client.send(.get, Self.sub + "/resourcegroups?" + Self.version + "&$filter=tagName%20eq%20'team'"),
             try await client.send(.get, Self.sub + "/resourcegroups?" + Self.version
                 + "&$filter=tagName%20eq%20'team'%20and%20tagValue%20eq%20'b'"),
             try await client.send(.get, Self.sub + "/resourcegroups?" + Self.version + "&$filter=name%20eq%20'rg1'"))
        }
        #expect(Self.names(tagged) == ["rg2"])
        #expect(Self.names(valued) == [])
        #expect(byName.status == 400 && byName.errorCode == "InvalidFilterInQueryString")
    }
}
