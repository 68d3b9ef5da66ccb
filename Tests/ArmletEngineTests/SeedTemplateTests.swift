import ArmletCore
@testable import ArmletEngine
import ArmletJSON
import ArmletState
import ArmletTemplate
import Foundation
import Testing

/// The done-list: the documented template as written fails preflight; corrected, it deploys.
@Suite struct SeedTemplateTests {
    @Test func documentedTemplateFailsPreflightWithTheHintAtItsApiVersion() throws {
        let h = try EngineHarness()
        let loaded = try TemplateLoaderHelper.seed(corrected: false)
        let request = DeploymentRequest(name: "incremental-snapshot", resourceGroup: "rg", template: loaded)
        let error = try #require(throws: ARMError.self) { try h.context.deployments.deploy(request) }
        #expect(error.code == "InvalidTemplateDeployment")
        #expect(error.message.hasPrefix("The template deployment 'incremental-snapshot' is not valid according to the "
                                        + "validation procedure. The tracking id is '"))
        let detail = try #require(error.details.first)
        #expect(error.details.count == 1)
        #expect(detail.code == "NoRegisteredProviderFound")
        #expect(detail.message.hasPrefix("No registered resource provider found for location 'westus' and API version "
                                         + "'2022-03-22' for type 'snapshots'. The supported api-versions are '"))
        #expect(detail.message.hasSuffix("Did you mean '2022-03-02'?"))
        #expect(detail.location?.line == 19)
        #expect(detail.location?.column == 5)
        #expect(detail.location?.file.hasSuffix("Templates/incremental-snapshot.json") == true)
        #expect(detail.additionalInfo.first?["info"]?["lineNumber"] == 19)
        // Nothing was written: no resources, no deployment record.
        #expect(try h.resourceIds().isEmpty)
        #expect(try h.context.deployments.deployments(at: .resourceGroup("rg")).isEmpty)
    }

    @Test func correctedTemplateDeploysAnIncrementalSnapshotOfTheDisk() throws {
        let h = try EngineHarness()
        let disk = try h.disk("data1")
        let diskId = try #require(disk["id"]?.stringValue)
        let loaded = try TemplateLoaderHelper.seed(corrected: true)
        let request = DeploymentRequest(name: "snap", resourceGroup: "rg", template: loaded,
                                        parameters: .init([.init(name: "diskName", value: "data1"),
                                                           .init(name: "diskResourceId", value: .string(diskId))]))
        let record = try h.context.deployments.deploy(request)
        #expect(record.provisioningState == .succeeded)
        #expect(record.error == Optional<JSONValue>.none)
        let snapshot = try h.resource(h.id("Microsoft.Compute/snapshots", "data1_snapshot1"))
        #expect(snapshot["name"] == "data1_snapshot1")
        #expect(snapshot["location"] == "westus")
        #expect(snapshot["properties"]?["incremental"] == true)
        #expect(snapshot["properties"]?["creationData"]?["sourceResourceId"] == .string(diskId))
        #expect(snapshot["properties"]?["creationData"]?["sourceUniqueId"] == disk["properties"]?["uniqueId"])
        #expect(snapshot["properties"]?["creationData"]?["logicalSectorSize"] == 4096)
        let operations = try h.context.deployments.operations(at: .resourceGroup("rg"), name: "snap")
        #expect(operations.map(\.provisioningState) == [.succeeded])
        #expect(operations.first?.resourceId == h.id("Microsoft.Compute/snapshots", "data1_snapshot1"))
    }

    @Test func backgroundCopyShowsThroughCompletionPercentAsTheClockMoves() throws {
        let h = try EngineHarness()
        let diskId = try #require(try h.disk("data1", sizeGB: 8)["id"]?.stringValue)
        let request = DeploymentRequest(name: "snap", resourceGroup: "rg",
                                        template: try TemplateLoaderHelper.seed(corrected: true),
                                        parameters: .init([.init(name: "diskName", value: "data1"),
                                                           .init(name: "diskResourceId", value: .string(diskId))]))
        _ = try h.context.deployments.deploy(request)
        let id = h.id("Microsoft.Compute/snapshots", "data1_snapshot1")
        #expect(try h.resource(id)["properties"]?["completionPercent"] == .double(0))
        h.clock.advance(by: 4)
        #expect(try h.resource(id)["properties"]?["completionPercent"] == .double(50))
        h.clock.advance(by: 60)
        #expect(try h.resource(id)["properties"]?["completionPercent"] == .double(100))
    }
}

enum TemplateLoaderHelper {
    static func seed(corrected: Bool) throws -> ArmletTemplate.LoadedTemplate {
        let name = corrected ? "incremental-snapshot.corrected.json" : "incremental-snapshot.json"
        return try ArmletTemplate.TemplateLoader.load(path: repositoryRoot.appendingPathComponent("Templates/\(name)").path)
    }
}

/// Deploying the corrected template again updates the snapshot in place.
@Suite struct SeedRedeployTests {
    @Test func redeployingTheSnapshotTemplateIsIdempotent() throws {
        let h = try EngineHarness()
        let diskId = try #require(try h.disk("data1", sku: "Standard_LRS", sectorSize: nil)["id"]?.stringValue)
        let parameters: [String: JSONValue] = ["diskName": "data1", "diskResourceId": .string(diskId)]
        let text = try seedTemplateText(corrected: true)
        let first = try h.deploy(text, name: "snap", parameters: parameters)
        let uniqueId = try h.resource(h.id("Microsoft.Compute/snapshots", "data1_snapshot1"))["properties"]?["uniqueId"]
        h.clock.advance(by: 60)
        let second = try h.deploy(text, name: "snap", parameters: parameters)
        #expect(first.provisioningState == .succeeded)
        #expect(second.provisioningState == .succeeded)
        #expect(try h.resourceIds().count == 2)
        #expect(try h.resource(h.id("Microsoft.Compute/snapshots", "data1_snapshot1"))["properties"]?["uniqueId"] == uniqueId)
    }
}
