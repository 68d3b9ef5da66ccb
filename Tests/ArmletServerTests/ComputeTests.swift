import ArmletJSON
import ArmletProviders
import ArmletServer
import ArmletState
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing

/// Disks and snapshots over HTTP: DiskRP's 202 + polling, the documented incremental snapshot
/// workflow with `completionPercent` moving with the clock, access grants, lists and paging.
@Suite struct ComputeTests {
    static let sub = TestServer.subscription
    static let group = "/subscriptions/\(sub)/resourceGroups/rg1"
    static let disks = group + "/providers/Microsoft.Compute/disks"
    static let snapshots = group + "/providers/Microsoft.Compute/snapshots"
    static let version = "?api-version=2025-01-02"

    func prepared() async throws -> TestServer {
        let server = try TestServer(pageSize: 1)
        _ = try await server.test { client in
            try await client.send(.put, Self.group + "?api-version=2024-11-01", body: #"{"location": "westus"}"#)
        }
        return server
    }

    @Test func diskCreationIsALongRunningOperation() async throws {
        let server = try await prepared()
        try await server.test { client in
            let put = try await client.send(.put, Self.disks + "/disk1" + Self.version, body: """
                {"location": "westus", "sku": {"name": "PremiumV2_LRS"},
                 "properties": {"creationData": {"createOption": "Empty", "logicalSectorSize": 4096}, "diskSizeGB": 8}}
                """)
            #expect(put.status == 202)
            #expect(put.json.at("properties.provisioningState")?.stringValue == "Updating")
            #expect(put.header("Retry-After") == "1")
            let status = try #require(put.header("Azure-AsyncOperation"))
            #expect(status.contains("/providers/Microsoft.Compute/locations/westus/DiskOperations/"))
            #expect(status.contains("api-version=2025-01-02"))
            let location = try #require(put.header("Location"))
            #expect(location == status + "&monitor=true")

            let operation = try await client.send(.get, pathAndQuery(status))
            #expect(operation.status == 200)
            #expect(operation.json["status"]?.stringValue == "Succeeded")
            #expect(operation.json.at("properties.output.properties.creationData.logicalSectorSize")?.intValue == 4096)
            #expect(operation.json["startTime"]?.stringValue?.hasSuffix("+00:00") == true)

            let final = try await client.send(.get, pathAndQuery(location))
            #expect(final.status == 200)
            #expect(final.json["name"]?.stringValue == "disk1")
            #expect(final.json.at("properties.provisioningState")?.stringValue == "Succeeded")

            let get = try await client.send(.get, Self.disks + "/disk1" + Self.version)
            #expect(get.status == 200)
            #expect(get.json.at("sku.name")?.stringValue == "PremiumV2_LRS")
            #expect(get.json.at("properties.diskState")?.stringValue == "Unattached")
        }
    }

    @Test func incrementalSnapshotCompletesWithTheClock() async throws {
        let server = try await prepared()
        let diskId = "/subscriptions/\(Self.sub)/resourceGroups/rg1/providers/Microsoft.Compute/disks/disk1"
        try await server.test { client in
            _ = try await client.send(.put, Self.disks + "/disk1" + Self.version, body: """
                {"location": "westus", "sku": {"name": "PremiumV2_LRS"},
                 "properties": {"creationData": {"createOption": "Empty", "logicalSectorSize": 4096}, "diskSizeGB": 64}}
                """)
            let lookup = try await client.send(.get, Self.snapshots + "/disk1" + Self.version)
            #expect(lookup.status == 404)
            #expect(lookup.errorCode == "ResourceNotFound")
            #expect(lookup.errorMessage == "The Resource 'Microsoft.Compute/snapshots/disk1' under resource group 'rg1' "
                        + "was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix")

            let put = try await client.send(.put, Self.snapshots + "/snap1" + Self.version, body: """
                {"location": "westus", "tags": {}, "sku": {"name": "Standard_LRS"},
                 "properties": {"creationData": {"createOption": "Copy", "sourceResourceId": "\(diskId)"}, "incremental": true}}
                """)
            #expect(put.status == 202)
            let final = try await client.send(.get, pathAndQuery(put.header("Location")))
            #expect(final.status == 200)
            #expect(final.json.at("properties.completionPercent") == .double(0) || final.json.at("properties.completionPercent") == .int(0))
            #expect(final.json.at("properties.creationData.logicalSectorSize")?.intValue == 4096)

            server.clock.advance(by: 30)
            let midway = try await client.send(.get, Self.snapshots + "/snap1" + Self.version)
            let percent = midway.json.at("properties.completionPercent").flatMap(Self.number) ?? -1
            #expect(percent > 0 && percent < 100)

            server.clock.advance(by: 3600)
            let done = try await client.send(.get, Self.snapshots + "/snap1" + Self.version)
            #expect(done.json.at("properties.completionPercent").flatMap(Self.number) == 100)
            #expect(done.json.at("properties.incremental")?.boolValue == true)
        }
    }

    @Test func listsPageByGroupAndSubscription() async throws {
        let server = try await prepared()
        try await server.test { client in
            for name in ["d1", "d2"] {
                _ = try await client.send(.put, Self.disks + "/\(name)" + Self.version, body: """
                    {"location": "westus", "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}
                    """)
            }
            let first = try await client.send(.get, Self.disks + Self.version)
            #expect(first.json["value"]?.arrayValue?.count == 1)
            let next = try #require(first.json["nextLink"]?.stringValue)
            #expect(next.contains("$skiptoken=1"))
            let second = try await client.send(.get, pathAndQuery(next))
            #expect(second.json["value"]?[0]?["name"]?.stringValue == "d2")
            #expect(second.json["nextLink"] == nil)

            let bySubscription = try await client.send(.get, "/subscriptions/\(Self.sub)/providers/Microsoft.Compute/disks"
                                                         + Self.version + "&$skiptoken=1")
            #expect(bySubscription.json["value"]?[0]?["name"]?.stringValue == "d2")
        }
    }

    @Test func accessGrantsAndDeletion() async throws {
        let server = try await prepared()
        try await server.test { client in
            _ = try await client.send(.put, Self.disks + "/d1" + Self.version, body: """
                {"location": "westus", "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}
                """)
            let grant = try await client.send(.post, Self.disks + "/d1/beginGetAccess" + Self.version,
                                              body: #"{"access": "Read", "durationInSeconds": 3600}"#)
            #expect(grant.status == 202)
            let granted = try await client.send(.get, pathAndQuery(grant.header("Location")))
            #expect(granted.status == 200)
            #expect(granted.json["accessSAS"]?.stringValue?.isEmpty == false)
            let state = try await client.send(.get, Self.disks + "/d1" + Self.version)
            #expect(state.json.at("properties.diskState")?.stringValue == "ActiveSAS")

            let revoke = try await client.send(.post, Self.disks + "/d1/endGetAccess" + Self.version)
            #expect(revoke.status == 202)
            #expect(try await client.send(.get, pathAndQuery(revoke.header("Location"))).status == 200)

            let patch = try await client.send(.patch, Self.disks + "/d1" + Self.version, body: #"{"tags": {"k": "v"}}"#)
            #expect(patch.status == 202)
            #expect(try await client.send(.get, pathAndQuery(patch.header("Location"))).json.at("tags.k")?.stringValue == "v")

            let delete = try await client.send(.delete, Self.disks + "/d1" + Self.version)
            #expect(delete.status == 202)
            let status = try await client.send(.get, pathAndQuery(delete.header("Azure-AsyncOperation")))
            #expect(status.json["status"]?.stringValue == "Succeeded")
            #expect(try await client.send(.get, Self.disks + "/d1" + Self.version).status == 404)
            #expect(try await client.send(.delete, Self.disks + "/d1" + Self.version).status == 204)
        }
    }

    @Test func resourcesInAMissingGroupAre404() async throws {
        let server = try TestServer()
        let reply = try await server.test { client in
            try await client.send(.put, "/subscriptions/\(Self.sub)/resourceGroups/nope/providers/Microsoft.Compute/disks/d"
                                      + Self.version, body: #"{"location": "westus", "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}"#)
        }
        #expect(reply.status == 404 && reply.errorCode == "ResourceGroupNotFound")
    }

    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }
}
