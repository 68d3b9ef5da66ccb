import ArmletJSON
import ArmletServer
import Foundation
import HTTPTypes
import Testing

/// `POST /subscriptions/{s}/resourcegroups/{rg}/exportTemplate` (ResourceGroups_ExportTemplate).
@Suite struct ResourceGroupExportTests {
    static let group = "/subscriptions/\(TestServer.subscription)/resourcegroups/rg1"
    static let export = group + "/exportTemplate?api-version=2025-04-01"
    static let diskId = "/subscriptions/\(TestServer.subscription)/resourceGroups/rg1/providers/Microsoft.Compute/disks/disk-1"

    static func prepared() async throws -> TestServer {
        let server = try TestServer()
        try await server.test { client in
            _ = try await client.send(.put, group + "?api-version=2024-11-01", body: #"{"location": "westus"}"#)
            let put = try await client.send(.put, diskId + "?api-version=2025-01-02", body: """
                {"location": "westus", "tags": {"env": "dev"}, "sku": {"name": "Premium_LRS"},
                 "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}
                """)
            #expect(put.status == 202 || put.status == 200)
        }
        return server
    }

    @Test func exportsEveryResourceWithParameterisedNames() async throws {
        let server = try await Self.prepared()
        let reply = try await server.test { client in
            try await client.send(.post, Self.export,
                                  body: #"{"resources": ["*"], "options": "IncludeParameterDefaultValue,includecomments"}"#)
        }
        #expect(reply.status == 200)
        #expect(reply.json["error"] == nil)
        let template = try #require(reply.json["template"])
        #expect(template["$schema"]?.stringValue?.hasSuffix("deploymentTemplate.json#") == true)
        #expect(template["contentVersion"]?.stringValue == "1.0.0.0")
        #expect(template.at("parameters.disks_disk_1_name.defaultValue")?.stringValue == "disk-1")
        #expect(template.at("parameters.disks_disk_1_name.type")?.stringValue == "String")
        let resources = try #require(template["resources"]?.arrayValue)
        #expect(resources.count == 1)
        let disk = try #require(resources.first)
        #expect(disk["type"]?.stringValue == "Microsoft.Compute/disks")
        #expect(disk["apiVersion"]?.stringValue == "2025-01-02")
        #expect(disk["name"]?.stringValue == "[parameters('disks_disk_1_name')]")
        #expect(disk["location"]?.stringValue == "westus")
        #expect(disk.at("tags.env")?.stringValue == "dev")
        #expect(disk.at("sku.name")?.stringValue == "Premium_LRS")
        #expect(disk["dependsOn"] == nil && disk["id"] == nil)
        #expect(disk.at("properties.diskSizeGB") == .int(4))
        #expect(disk.at("properties.creationData.createOption")?.stringValue == "Empty")
        // What the service alone sets is not exported.
        for readOnly in ["provisioningState", "timeCreated", "uniqueId", "diskState", "diskSizeBytes"] {
            #expect(disk.at("properties.\(readOnly)") == nil, "\(readOnly) was exported")
        }
    }

    @Test func withoutDefaultsOrParameters() async throws {
        let server = try await Self.prepared()
        let (plain, literal) = try await server.test { client in
            (try await client.send(.post, Self.export, body: #"{"resources": ["*"]}"#),
             try await client.send(.post, Self.export,
                                   body: #"{"resources": ["*"], "options": "SkipResourceNameParameterization"}"#))
        }
        #expect(plain.json.at("template.parameters.disks_disk_1_name") == ["type": "String"])
        #expect(literal.json.at("template.parameters") == .object(JSONObject()))
        #expect(literal.json.at("template.resources")?.arrayValue?.first?["name"]?.stringValue == "disk-1")
    }

    @Test func namedResourcesAndOnesNotInTheGroup() async throws {
        let server = try await Self.prepared()
        let missing = Self.diskId.replacingOccurrences(of: "disk-1", with: "nope")
        let reply = try await server.test { client in
            try await client.send(.post, Self.export, body: """
                {"resources": ["\(Self.diskId.uppercased())", "\(missing)"]}
                """)
        }
        #expect(reply.status == 200)
        #expect(reply.json.at("error.code")?.stringValue == "ExportTemplateCompletedWithErrors")
        #expect(reply.json.at("error.details")?.arrayValue?.first?["target"]?.stringValue == missing)
        #expect(reply.json.at("template.resources")?.arrayValue?.count == 1)
    }

    @Test func refusals() async throws {
        let server = try await Self.prepared()
        let replies = try await server.test { client in
            [try await client.send(.post, Self.export, body: #"{"resources": ["*"], "options": "Verbose"}"#),
             try await client.send(.post, Self.export, body: #"{"options": "IncludeComments"}"#),
             try await client.send(.post, Self.export, body: #"{"resources": ["*"], "outputFormat": "Bicep"}"#),
             try await client.send(.post, Self.export.replacingOccurrences(of: "rg1", with: "nope"),
                                   body: #"{"resources": ["*"]}"#),
             try await client.send(.get, Self.export)]
        }
        #expect(replies[0].status == 400 && replies[0].errorCode == "InvalidRequestContent")
        #expect(replies[1].status == 400 && replies[1].errorCode == "InvalidRequestContent")
        #expect(replies[2].status == 400 && replies[2].errorCode == "InvalidRequestContent")
        #expect(replies[3].status == 404 && replies[3].errorCode == "ResourceGroupNotFound")
        #expect(replies[4].status == 405)
    }
}
