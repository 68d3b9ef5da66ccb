import ArmletCore
@testable import ArmletEngine
import ArmletJSON
import ArmletProviders
import ArmletState
import ArmletTemplate
import Foundation
import Testing

/// The YAML twins deploy like their JSON originals, and problems point into the YAML file.
@Suite struct YAMLTemplateTests {
    static func load(_ name: String) throws -> LoadedTemplate {
        try TemplateLoader.load(path: repositoryRoot.appendingPathComponent("Templates/\(name)").path)
    }

    @Test func theCorrectedYAMLTemplateDeploys() throws {
        let h = try EngineHarness()
        let diskId = try #require(try h.disk("data1")["id"]?.stringValue)
        let request = DeploymentRequest(name: "snap", resourceGroup: "rg",
                                        template: try Self.load("incremental-snapshot.corrected.yaml"),
                                        parameters: .init([.init(name: "diskName", value: "data1"),
                                                           .init(name: "diskResourceId", value: .string(diskId))]))
        let record = try h.context.deployments.deploy(request)
        #expect(record.provisioningState == .succeeded)
        #expect(try h.resource(h.id("Microsoft.Compute/snapshots", "data1_snapshot1"))["properties"]?["incremental"] == true)
    }

    @Test func theDocumentedYAMLTemplateFailsAtItsApiVersionLine() throws {
        let h = try EngineHarness()
        let request = DeploymentRequest(name: "snap", resourceGroup: "rg",
                                        template: try Self.load("incremental-snapshot.yaml"))
        let error = try #require(try h.context.deployments.validate(request).error)
        let detail = try #require(error.details.first)
        #expect(detail.code == "NoRegisteredProviderFound")
        #expect(detail.location?.line == 14)
        #expect(detail.location?.file.hasSuffix("incremental-snapshot.yaml") == true)
    }

    @Test func independentResourcesStillDeployAfterAFailure() throws {
        var registry = ArmletProviders.ProviderRegistry.standard()
        registry.register(FlakyProvider())
        let h = try EngineHarness(registry: registry)
        let template = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {"type": "Microsoft.Armlet/flaky", "apiVersion": "2024-01-01", "name": "fail-one", "properties": {}},
            {"type": "Microsoft.Armlet/flaky", "apiVersion": "2024-01-01", "name": "after", "properties": {},
             "dependsOn": ["fail-one"]},
            {"type": "Microsoft.Armlet/flaky", "apiVersion": "2024-01-01", "name": "independent", "properties": {}}
          ]
        }
        """
        let record = try h.deploy(template)
        #expect(record.provisioningState == .failed)
        #expect(try h.resourceIds() == [h.id("Microsoft.Armlet/flaky", "independent")])
        let names = try h.context.deployments.operations(at: .resourceGroup("rg"), name: "main").compactMap(\.resourceName)
        #expect(names.sorted() == ["fail-one", "independent"])
    }
}
