import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletServer
import ArmletState
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing

/// Deployments over HTTP with the seed templates: the documented workflow (a Premium SSD v2 disk,
/// then an incremental snapshot of it), preflight errors, lenient bodies, status documents and
/// operations — and that the CLI's engine sees the same state.
@Suite struct DeploymentTests {
    static let version = "?api-version=2025-04-01"
    static let group = "/subscriptions/\(TestServer.subscription)/resourcegroups/rg1"
    static let deployments = group + "/providers/Microsoft.Resources/deployments"
    static let diskId = "/subscriptions/\(TestServer.subscription)/resourceGroups/rg1/providers/Microsoft.Compute/disks/disk1"

    static func template(_ file: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Templates/" + file), encoding: .utf8)
    }

    /// A body as `az` sends it: the template's text spliced in behind an unquoted `template` key.
    static func body(_ templateText: String, parameters: String) -> String {
        """
        {"properties": {"parameters": \(parameters), "mode": "Incremental", template: \(templateText)}}
        """
    }

    static func createGroup(_ client: TestServer.Client) async throws {
        let group = try await client.send(.put, Self.group + "?api-version=2024-11-01", body: #"{"location": "westus"}"#)
        #expect(group.status == 201)
    }

    /// PUTs a deployment and polls its status document to the end; returns the PUT and the document.
    static func deploy(_ client: TestServer.Client, name: String, body: String) async throws
        -> (put: TestServer.Reply, status: JSONValue) {
        let put = try await client.send(.put, Self.deployments + "/\(name)" + Self.version, body: body)
        let statusURL = put.header("Azure-AsyncOperation")
        guard put.status == 201 || put.status == 200, let statusURL else { return (put, .null) }
        #expect(statusURL.contains("/deployments/\(name)/operationStatuses/"))
        let status = try await client.send(.get, pathAndQuery(statusURL))
        #expect(status.status == 200)
        return (put, status.json)
    }

    @Test func theDocumentedWorkflowOverHTTP() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await Self.createGroup(client)
            let disk = try await Self.deploy(client, name: "disk",
                                             body: Self.body(try Self.template("premium-v2-disk.json"),
                                                             parameters: #"{"diskName": {"value": "disk1"}}"#))
            #expect(disk.put.status == 201)
            #expect(disk.put.json.at("properties.provisioningState")?.stringValue == "Accepted")
            #expect(disk.status["status"]?.stringValue == "Succeeded")

            let parameters = #"{"diskName": {"value": "disk1"}, "diskResourceId": {"value": "\#(Self.diskId)"}}"#
            let snap = try await Self.deploy(client, name: "snap",
                                             body: Self.body(try Self.template("incremental-snapshot.corrected.json"),
                                                             parameters: parameters))
            #expect(snap.put.status == 201)
            #expect(snap.status["status"]?.stringValue == "Succeeded")
            #expect(snap.status["error"] == nil)

            let shown = try await client.send(.get, Self.deployments + "/snap" + Self.version)
            #expect(shown.status == 200)
            #expect(shown.json.at("properties.provisioningState")?.stringValue == "Succeeded")
            #expect(shown.json["name"]?.stringValue == "snap")
            #expect(shown.json.at("properties.parameters.diskName.value")?.stringValue == "disk1")

            let snapshot = try await client.send(
                .get, Self.group + "/providers/Microsoft.Compute/snapshots/disk1_snapshot1?api-version=2022-03-02")
            #expect(snapshot.status == 200)
            #expect(snapshot.json["name"]?.stringValue == "disk1_snapshot1")
            #expect(snapshot.json["location"]?.stringValue == "westus")
            #expect(snapshot.json.at("properties.incremental")?.boolValue == true)
            #expect(snapshot.json.at("properties.creationData.sourceResourceId")?.stringValue?.lowercased()
                    == Self.diskId.lowercased())
            let diskBody = try await client.send(.get, Self.group + "/providers/Microsoft.Compute/disks/disk1"
                                                 + "?api-version=2022-03-02")
            let uniqueId = try #require(diskBody.json.at("properties.uniqueId")?.stringValue)
            #expect(snapshot.json.at("properties.creationData.sourceUniqueId")?.stringValue == uniqueId)

            // Redeploying answers 200; the list, operations and export see both deployments.
            let again = try await Self.deploy(client, name: "snap",
                                              body: Self.body(try Self.template("incremental-snapshot.corrected.json"),
                                                              parameters: parameters))
            #expect(again.put.status == 200)
            let list = try await client.send(.get, Self.deployments + Self.version)
            #expect(list.json["value"]?.arrayValue?.compactMap { $0["name"]?.stringValue }.sorted() == ["disk", "snap"])
            let operations = try await client.send(.get, Self.group + "/deployments/snap/operations" + Self.version)
            #expect(operations.status == 200)
            let targets = operations.json["value"]?.arrayValue?.compactMap {
                $0.at("properties.targetResource.resourceName")?.stringValue
            }
            #expect(targets?.contains("disk1_snapshot1") == true)
            let exported = try await client.send(.post, Self.deployments + "/snap/exportTemplate" + Self.version)
            #expect(exported.status == 200)
            #expect(exported.json.at("template.resources")?.arrayValue?.count == 1)
            let cancel = try await client.send(.post, Self.deployments + "/snap/cancel" + Self.version)
            #expect(cancel.status == 409)

            // The CLI's engine over the same state directory sees what HTTP changed.
            let context = try EngineConfiguration(stateDirectory: server.directory, environment: [:]).open()
            let record = try context.deployments.deployment(at: .resourceGroup("rg1"), name: "snap")
            #expect(record.provisioningState == .succeeded)
            let seen = try context.resources.get(id: Self.diskId.replacingOccurrences(of: "disks/disk1",
                                                                                      with: "snapshots/disk1_snapshot1"),
                                                 apiVersion: "2022-03-02")
            #expect(seen.at("properties.incremental")?.boolValue == true)

            let deleted = try await client.send(.delete, Self.deployments + "/snap" + Self.version)
            #expect(deleted.status == 202)
            let done = try await client.send(.get, pathAndQuery(deleted.header("Location")))
            #expect(done.status == 204)
            #expect(try await client.send(.get, Self.deployments + "/snap" + Self.version).status == 404)
            #expect(try await client.send(.delete, Self.deployments + "/snap" + Self.version).status == 204)
        }
    }

    @Test func validatingTheDocumentedTemplateAsWrittenFails() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await Self.createGroup(client)
            let parameters = #"{"diskName": {"value": "disk1"}, "diskResourceId": {"value": "\#(Self.diskId)"}}"#
            let body = Self.body(try Self.template("incremental-snapshot.json"), parameters: parameters)
            let validated = try await client.send(.post, Self.deployments + "/snap/validate" + Self.version, body: body)
            #expect(validated.status == 400)
            #expect(validated.errorCode == "InvalidTemplateDeployment")
            #expect(validated.text.contains("NoRegisteredProviderFound"))
            #expect(validated.text.contains("Did you mean '2022-03-02'?"))
            let violation = validated.json.at("error.details")?[0]?["additionalInfo"]?[0]
            #expect(violation?["type"] == "TemplateViolation")
            #expect(violation?["info"]?["lineNumber"]?.intValue != nil && violation?["info"]?["linePosition"]?.intValue != nil)
            let put = try await client.send(.put, Self.deployments + "/snap" + Self.version, body: body)
            #expect(put.status == 400 && put.errorCode == "InvalidTemplateDeployment")
            // A PUT that fails preflight carries the same located inner errors as validate.
            #expect(put.json.at("error.details") == validated.json.at("error.details"))
            #expect(try await client.send(.get, Self.deployments + "/snap" + Self.version).status == 404)
        }
    }

    /// The mode is read ignoring case, Incremental when absent; anything else is ARM's 400.
    @Test func deploymentModeIsCheckedIgnoringCase() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await Self.createGroup(client)
            let template = try Self.template("premium-v2-disk.json")
            let complete = #"{"properties": {"mode": "complete", "template": \#(template)}}"#
            let validated = try await client.send(.post, Self.deployments + "/disk/validate" + Self.version, body: complete)
            #expect(validated.status == 200 && validated.json.at("properties.mode")?.stringValue == "Complete")
            let partial = #"{"properties": {"mode": "Partial", "template": \#(template)}}"#
            let refused = try await client.send(.post, Self.deployments + "/disk/validate" + Self.version, body: partial)
            #expect(refused.status == 400 && refused.errorCode == "InvalidDeploymentMode")
            #expect(refused.json.at("error.message")?.stringValue
                    == "The deployment mode must be 'Incremental' or 'Complete'.")
        }
    }

    @Test func validateAcceptsALenientBody() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await Self.createGroup(client)
            let body = """
            // az splices the file in verbatim
            {"properties": {"mode": "Incremental", /* no parameters */ template: \(try Self.template("premium-v2-disk.json"))}}
            """
            let validated = try await client.send(.post, Self.deployments + "/disk/validate" + Self.version, body: body)
            #expect(validated.status == 200)
            #expect(validated.json.at("properties.provisioningState")?.stringValue == "Succeeded")
            #expect(validated.json.at("properties.validatedResources")?.arrayValue?.count == 1)
            let broken = try await client.send(.post, Self.deployments + "/disk/validate" + Self.version,
                                               body: "{properties: {template: ")
            #expect(broken.status == 400 && broken.errorCode == "InvalidRequestContent")
            let whatIf = try await client.send(.post, Self.deployments + "/disk/whatIf" + Self.version, body: body)
            #expect(whatIf.status == 200)
            #expect(whatIf.json["status"]?.stringValue == "Succeeded")
            #expect(whatIf.json.at("properties.changes")?.arrayValue?.compactMap { $0["changeType"]?.stringValue } == ["Create"])
        }
    }

    @Test func aFailedDeploymentReportsItsErrorInTheStatusDocument() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await Self.createGroup(client)
            // The disk deploys; the second resource reads a property the disk does not have, which
            // only shows once the disk exists: preflight passes, the deployment fails at apply time.
            let template = """
                {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                 "contentVersion": "1.0.0.0",
                 "resources": [
                   {"type": "Microsoft.Compute/disks", "apiVersion": "2022-03-02", "name": "d1", "location": "westus",
                    "sku": {"name": "Standard_LRS"}, "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4}},
                   {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "sa1",
                    "location": "westus", "dependsOn": ["d1"],
                    "properties": {"note": "[reference(resourceId('Microsoft.Compute/disks', 'd1')).missingProperty]"}}
                 ]}
                """
            let failed = try await Self.deploy(client, name: "snap", body: Self.body(template, parameters: "{}"))
            #expect(failed.put.status == 201)
            #expect(failed.status["status"]?.stringValue == "Failed")
            #expect(failed.status.at("error.code")?.stringValue == "DeploymentFailed")
            let shown = try await client.send(.get, Self.deployments + "/snap" + Self.version)
            #expect(shown.json.at("properties.provisioningState")?.stringValue == "Failed")
            let operations = try await client.send(.get, Self.deployments + "/snap/operations" + Self.version)
            let states = operations.json["value"]?.arrayValue?.compactMap { $0.at("properties.provisioningState")?.stringValue }
            #expect(states == ["Succeeded", "Failed"])
        }
    }
}
