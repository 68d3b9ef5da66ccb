import ArmletCore
@testable import ArmletEngine
import ArmletJSON
import ArmletProviders
import ArmletState
import Foundation
import Testing

/// Applying plans: atomicity, modes, idempotence, outputs, nested deployments, operations.
@Suite struct ApplyTests {
    static let threeFlaky = """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "resources": [
        {"type": "Microsoft.Armlet/flaky", "apiVersion": "2024-01-01", "name": "first", "properties": {}},
        {"type": "Microsoft.Armlet/flaky", "apiVersion": "2024-01-01", "name": "second", "properties": {},
         "dependsOn": ["first"]},
        {"type": "Microsoft.Armlet/flaky", "apiVersion": "2024-01-01", "name": "fail-third", "properties": {},
         "dependsOn": ["second"]},
        {"type": "Microsoft.Armlet/flaky", "apiVersion": "2024-01-01", "name": "fourth", "properties": {},
         "dependsOn": ["fail-third"]}
      ]
    }
    """

    @Test func aFailingThirdResourceLeavesTheFirstTwoAndAFailedRecord() throws {
        var registry = ProviderRegistry.standard()
        registry.register(FlakyProvider())
        let h = try EngineHarness(registry: registry)
        let record = try h.deploy(Self.threeFlaky)
        #expect(record.provisioningState == .failed)
        let error = try #require(record.error.flatMap { ARMError(json: $0) })
        #expect(error.code == "DeploymentFailed")
        #expect(error.message == "At least one resource deployment operation failed. Please list deployment operations "
                + "for details. Please see https://aka.ms/arm-deployment-operations for usage details.")
        #expect(error.target == record.id)
        #expect(error.details.map(\.code) == ["Conflict"])
        #expect(error.details.map(\.message) == ["The widget 'fail-third' is busy."])
        #expect(try h.resourceIds() == [h.id("Microsoft.Armlet/flaky", "first"), h.id("Microsoft.Armlet/flaky", "second")])
        let operations = try h.context.deployments.operations(at: .resourceGroup("rg"), name: "main")
        #expect(operations.map(\.resourceName) == ["first", "second", "fail-third"])
        #expect(operations.map(\.provisioningState) == [.succeeded, .succeeded, .failed])
        #expect(operations[2].statusCode == "Conflict")
        #expect(operations[2].statusMessage?["error"]?["code"] == "Conflict")
        let shown = try h.context.deployments.deployment(at: .resourceGroup("rg"), name: "main")
        #expect(shown.provisioningState == .failed)
    }

    @Test func completeModeDeletesWhatTheTemplateNoLongerHas() throws {
        let h = try EngineHarness()
        _ = try h.deploy(widgetTemplate(["a", "b"]), name: "one")
        let record = try h.deploy(widgetTemplate(["a"]), name: "two", mode: .complete)
        #expect(record.provisioningState == .succeeded)
        #expect(try h.resourceIds() == [h.id("Microsoft.Storage/storageAccounts", "a")])
        let operations = try h.context.deployments.operations(at: .resourceGroup("rg"), name: "two")
        #expect(operations.map(\.provisioningOperation) == ["Create", "Delete"])
        #expect(operations.last?.resourceId == h.id("Microsoft.Storage/storageAccounts", "b"))
        // Deployments are not resources: both records stay.
        #expect(try h.context.deployments.deployments(at: .resourceGroup("rg")).map(\.name).sorted() == ["one", "two"])
    }

    @Test func incrementalModeLeavesOtherResources() throws {
        let h = try EngineHarness()
        _ = try h.deploy(widgetTemplate(["a", "b"]), name: "one")
        let b = try h.context.store.read { try $0.resource(id: h.id("Microsoft.Storage/storageAccounts", "b")) }
        let second = try h.deploy(widgetTemplate(["a"]), name: "two")
        #expect(second.provisioningState == .succeeded)
        #expect(try h.resourceIds() == [h.id("Microsoft.Storage/storageAccounts", "a"), h.id("Microsoft.Storage/storageAccounts", "b")])
        // `b` is not in the second template: left exactly as it was, and no operation touches it.
        #expect(try h.context.store.read { try $0.resource(id: h.id("Microsoft.Storage/storageAccounts", "b")) } == b)
        let operations = try h.context.deployments.operations(at: .resourceGroup("rg"), name: "two")
        #expect(operations.map(\.provisioningOperation) == ["Create"])
        #expect(operations.map(\.resourceId) == [h.id("Microsoft.Storage/storageAccounts", "a")])
    }

    @Test func redeployingTheSameTemplateUpdatesInPlace() throws {
        let h = try EngineHarness()
        let first = try h.deploy(widgetTemplate(["a", "b"]))
        h.clock.advance(by: 10)
        let second = try h.deploy(widgetTemplate(["a", "b"]))
        #expect(second.provisioningState == .succeeded)
        #expect(try h.resourceIds().count == 2)
        #expect(try h.context.deployments.deployments(at: .resourceGroup("rg")).count == 1)
        #expect(try h.context.deployments.operations(at: .resourceGroup("rg"), name: "main").count == 2)
        #expect(second.correlationId != first.correlationId)
        let a = try h.context.store.read { try $0.resource(id: h.id("Microsoft.Storage/storageAccounts", "a")) }
        #expect(a?.createdTime == t0)
        #expect(a?.changedTime == t0.addingTimeInterval(10))
    }

    @Test func outputsReadDeployedResourcesThroughReference() throws {
        let h = try EngineHarness()
        let outputs = """
        "size": {"type": "int", "value": "[reference(resourceId('Microsoft.Storage/storageAccounts', 'a')).size]"},
        "state": {"type": "string", "value": "[reference('a', '2024-01-01', 'Full').properties.provisioningState]"},
        "name": {"type": "string", "value": "[resourceGroup().name]"}
        """
        let record = try h.deploy(widgetTemplate(["a"], outputs: outputs))
        #expect(record.provisioningState == .succeeded)
        #expect(record.outputs == ["size": ["type": "Int", "value": 1], "state": ["type": "String", "value": "Succeeded"],
                                   "name": ["type": "String", "value": "rg"]])
    }

    @Test func deferredPropertiesResolveFromStateBeforeApply() throws {
        let h = try EngineHarness()
        let extra = #"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2024-01-01", "name": "copy", "properties": {"sizeOfA": "[reference('a').size]"}}"#
        let record = try h.deploy(widgetTemplate(["a"], extra: extra))
        #expect(record.provisioningState == .succeeded)
        let copy = try h.context.store.read { try $0.resource(id: h.id("Microsoft.Storage/storageAccounts", "copy")) }
        #expect(copy?.body["properties"]?["sizeOfA"] == 1)
    }

    @Test func nestedDeploymentsAreRecordedAsDeploymentsOfTheirOwn() throws {
        let h = try EngineHarness()
        let nested = """
        {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "inner",
         "properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "inner"},
          "template": {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
            "contentVersion": "1.0.0.0",
            "resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2024-01-01", "name": "innerwidget",
                           "properties": {"size": 2}}],
            "outputs": {"answer": {"type": "int", "value": 42}}}}}
        """
        let record = try h.deploy(widgetTemplate(["a"], extra: nested))
        #expect(record.provisioningState == .succeeded)
        let names = try h.context.deployments.deployments(at: .resourceGroup("rg")).map(\.name).sorted()
        #expect(names == ["inner", "main"])
        let inner = try h.context.deployments.deployment(at: .resourceGroup("rg"), name: "inner")
        #expect(inner.provisioningState == .succeeded)
        #expect(inner.outputs == ["answer": ["type": "Int", "value": 42]])
        #expect(try h.context.deployments.operations(at: .resourceGroup("rg"), name: "inner").map(\.resourceName)
                == ["innerwidget"])
        let outer = try h.context.deployments.operations(at: .resourceGroup("rg"), name: "main")
        #expect(outer.map(\.resourceName) == ["a", "inner"])
        #expect(try h.resourceIds().contains(h.id("Microsoft.Storage/storageAccounts", "innerwidget")))
    }

    /// ARM's `DeploymentExtended`: no `null` members and no `resourceGroup` (the CLI adds those).
    @Test func deploymentShapeAsARMReturnsIt() throws {
        let h = try EngineHarness()
        let extra = #"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2024-01-01", "name": "b", "dependsOn": ["a"], "properties": {}}"#
        let record = try h.deploy(widgetTemplate(["a"], extra: extra, outputs: #""o": {"type": "string", "value": "x"}"#))
        let json = try h.context.deployments.json(record)
        #expect(json["type"] == "Microsoft.Resources/deployments")
        #expect(json["resourceGroup"] == nil && json["location"] == nil && json["tags"] == nil)
        #expect(!JSONWriter.write(json).contains("null"))
        #expect(json["properties"]?["outputResources"]?[0] == ["id": .string(h.id("Microsoft.Storage/storageAccounts", "a"))])
        #expect(json["properties"]?["provisioningState"] == "Succeeded")
        #expect(json["properties"]?["mode"] == "Incremental")
        #expect(json["properties"]?["duration"] == "PT0S")
        #expect(json["properties"]?["timestamp"] == "2026-01-01T00:00:00+00:00")
        #expect(json["properties"]?["outputs"] == ["o": ["type": "String", "value": "x"]])
        #expect(json["properties"]?["outputResources"]?.arrayValue?.count == 2)
        #expect(json["properties"]?["dependencies"]?[0]?["resourceName"] == "b")
        #expect(json["properties"]?["dependencies"]?[0]?["dependsOn"]?[0]?["resourceName"] == "a")
        let operations = try h.context.deployments.operations(at: .resourceGroup("rg"), name: "main")
        let op = h.context.deployments.json(operations[0])
        #expect(op["properties"]?["targetResource"]?["resourceName"] == "a")
        #expect(op["properties"]?["provisioningOperation"] == "Create")
        #expect(op["properties"]?["statusCode"] == "Created")
    }
}
