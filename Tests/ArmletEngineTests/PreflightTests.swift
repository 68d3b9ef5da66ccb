import ArmletCore
@testable import ArmletEngine
import ArmletJSON
import ArmletState
import Foundation
import Testing

/// Preflight: every problem at once, each with ARM's code, message and template position.
@Suite struct PreflightTests {
    static func snapshot(_ name: String, source: String, apiVersion: String = "2022-03-02",
                         incremental: String = "true") -> String {
        """
        {"type": "Microsoft.Compute/snapshots", "apiVersion": "\(apiVersion)", "name": "\(name)",
         "location": "[resourceGroup().location]",
         "properties": {"creationData": {"createOption": "Copy", "sourceResourceId": "\(source)"},
                        "incremental": \(incremental)}}
        """
    }

    static func template(_ resources: [String]) -> String {
        """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
        \(resources.joined(separator: ",\n"))
          ]
        }
        """
    }

    @Test func missingDependencyIsReportedAsARMReportsIt() throws {
        let h = try EngineHarness()
        let extra = #"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2024-01-01", "name": "b", "dependsOn": ["nope"]}"#
        let error = try h.preflightError(widgetTemplate(["a"], extra: extra))
        #expect(error.code == "InvalidTemplate")
        #expect(error.message == "Deployment template validation failed: 'The resource 'nope' is not defined in the "
                + "template. Please see https://aka.ms/arm-syntax for usage details.'.")
        #expect(error.location?.line == 6)
        #expect(error.additionalInfo.first?["type"] == "TemplateViolation")
    }

    @Test func cyclicDependencyIsReported() throws {
        let h = try EngineHarness()
        let a = #"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2024-01-01", "name": "a", "dependsOn": ["b"]}"#
        let b = #"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2024-01-01", "name": "b", "dependsOn": ["a"]}"#
        let error = try h.preflightError(Self.template([a, b]))
        #expect(error.code == "InvalidTemplate")
        #expect(error.message.contains("Circular dependency detected on resource"))
    }

    @Test func incrementalMustBeABoolean() throws {
        let h = try EngineHarness()
        let diskId = try #require(try h.disk("d1")["id"]?.stringValue)
        let error = try h.preflightError(Self.template([Self.snapshot("s1", source: diskId, incremental: "\"yes\"")]))
        #expect(error.code == "InvalidTemplateDeployment")
        #expect(error.details.map(\.code) == ["InvalidRequestContent"])
        #expect(error.details.first?.target == "properties.incremental")
        #expect(error.details.first?.location?.line == 8)
    }

    @Test func incrementalOnADiskIsAnError() throws {
        let h = try EngineHarness()
        let disk = """
        {"type": "Microsoft.Compute/disks", "apiVersion": "2022-03-02", "name": "d2", "location": "westus",
         "sku": {"name": "Standard_LRS"},
         "properties": {"creationData": {"createOption": "Empty"}, "diskSizeGB": 4, "incremental": true}}
        """
        let error = try h.preflightError(Self.template([disk]))
        let all = error.details.flatMap { [$0] + $0.details }
        #expect(all.contains { $0.target == "properties.incremental" && $0.code == "UnknownProperty" })
    }

    @Test func incrementalNeedsAnApiVersionThatHasIt() throws {
        let h = try EngineHarness()
        let diskId = try #require(try h.disk("d1")["id"]?.stringValue)
        let error = try h.preflightError(Self.template([Self.snapshot("s1", source: diskId, apiVersion: "2018-06-01")]))
        let all = error.details.flatMap { [$0] + $0.details }
        #expect(all.contains { $0.target == "properties.incremental" && $0.code == "PropertyNotInApiVersion" })
    }

    @Test func changingIncrementalOnAnExistingSnapshotIsRefusedBeforeWriting() throws {
        let h = try EngineHarness()
        let diskId = try #require(try h.disk("d1", sku: "Standard_LRS", sectorSize: nil)["id"]?.stringValue)
        _ = try h.deploy(Self.template([Self.snapshot("s1", source: diskId)]))
        let error = try h.preflightError(Self.template([Self.snapshot("s1", source: diskId, incremental: "false")]))
        let inner = try #require(error.details.first { $0.code == "PreflightValidationCheckFailed" }?.details.first)
        #expect(inner.code == "PropertyChangeNotAllowed")
        #expect(inner.message == "Changing property 'incremental' is not allowed.")
        #expect(inner.location?.line == 8)
    }

    @Test func sourceMustExistAndBeADisk() throws {
        let h = try EngineHarness()
        let missing = h.id("Microsoft.Compute/disks", "ghost")
        let error = try h.preflightError(Self.template([Self.snapshot("s1", source: missing)]))
        let inner = try #require(error.details.first?.details.first)
        #expect(inner.code == "NotFound")
        #expect(inner.message == "Resource ghost is not found.")
    }

    @Test func theSnapshotRateLimitCountsSnapshotsOfTheSameTemplate() throws {
        let h = try EngineHarness()
        let diskId = try #require(try h.disk("d1", sku: "Standard_LRS", sectorSize: nil)["id"]?.stringValue)
        let snapshots = (1...8).map { Self.snapshot("s\($0)", source: diskId) }
        let error = try h.preflightError(Self.template(snapshots))
        let inner = try #require(error.details.first?.details)
        #expect(inner.count == 1)
        #expect(inner.first?.code == "OperationNotAllowed")
        #expect(inner.first?.message.contains("Up to 7 incremental snapshots per disk") == true)
        #expect(try h.resourceIds().count == 1)
    }

    @Test func allProblemsAreReportedAtOnce() throws {
        let h = try EngineHarness()
        let error = try h.preflightError(Self.template([
            Self.snapshot("s1", source: h.id("Microsoft.Compute/disks", "ghost"), apiVersion: "2022-03-22"),
            Self.snapshot("s2", source: h.id("Microsoft.Compute/disks", "ghost")),
        ]))
        #expect(error.details.map(\.code) == ["NoRegisteredProviderFound", "PreflightValidationCheckFailed"])
    }

    @Test func aMissingGroupIsResourceGroupNotFound() throws {
        let h = try EngineHarness()
        var request = try h.request(widgetTemplate(["a"]))
        request.target = .resourceGroup("nope")
        let error = try #require(throws: ARMError.self) { try h.context.deployments.deploy(request) }
        #expect(error.code == "ResourceGroupNotFound")
        #expect(error.message == "Resource group 'nope' could not be found.")
        #expect(error.httpStatus == 404)
    }
}

/// Nested deployments Armlet cannot expand are refused before anything is written.
@Suite struct DeferredNestedDeploymentTests {
    @Test func aLinkedTemplateIsRefusedAtPreflight() throws {
        let h = try EngineHarness()
        let linked = #"{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "linked", "properties": {"mode": "Incremental", "templateLink": {"uri": "https://example.com/t.json"}}}"#
        let error = try h.preflightError(widgetTemplate(["a"], extra: linked))
        #expect(error.code == "InvalidTemplate")
        #expect(error.message == "Armlet cannot deploy the nested deployment 'linked' yet: The template is linked by "
                + "'templateLink'; Armlet expands linked templates when deploying.")
        #expect(try h.resourceIds().isEmpty)
    }
}

/// The documented sector-size rule, found by preflight's dry run.
@Suite struct SectorSizePreflightTests {
    @Test func aSnapshotWith4096ByteSectorsOnlyMakesPremiumV2OrUltraDisks() throws {
        let h = try EngineHarness()
        let diskId = try #require(try h.disk("data1")["id"]?.stringValue)
        _ = try h.deploy(try seedTemplateText(corrected: true), name: "snap",
                         parameters: ["diskName": "data1", "diskResourceId": .string(diskId)])
        h.clock.advance(by: 600)
        let snapshotId = h.id("Microsoft.Compute/snapshots", "data1_snapshot1")
        func disk(_ sku: String) -> String {
            """
            {"type": "Microsoft.Compute/disks", "apiVersion": "2022-03-02", "name": "restored-\(sku.lowercased())",
             "location": "westus", "sku": {"name": "\(sku)"},
             "properties": {"creationData": {"createOption": "Copy", "sourceResourceId": "\(snapshotId)"}}}
            """
        }
        let error = try h.preflightError(PreflightTests.template([disk("Standard_LRS")]))
        let inner = try #require(error.details.first?.details.first)
        #expect(inner.code == "InvalidParameter")
        #expect(inner.message == "Snapshot 'data1_snapshot1' has a logical sector size of 4096 and can only be used to "
                + "create 'PremiumV2_LRS' or 'UltraSSD_LRS' disks, not 'Standard_LRS'.")
        #expect(inner.location?.line == 6)
        let ok = try h.context.deployments.validate(try h.request(PreflightTests.template([disk("PremiumV2_LRS")])))
        #expect(ok.isValid)
    }
}
