import ArmletCore
@testable import ArmletEngine
import ArmletJSON
import ArmletProviders
import ArmletState
import Testing

/// `onErrorDeployment`: a failed deployment redeploys an earlier successful one of its scope.
@Suite struct OnErrorDeploymentTests {
    static func harness() throws -> EngineHarness {
        var registry = ProviderRegistry.standard()
        registry.register(FlakyProvider())
        return try EngineHarness(registry: registry)
    }

    static func flaky(_ names: [String]) -> String {
        let resources = names.map {
            #"{"type": "Microsoft.Armlet/flaky", "apiVersion": "2024-01-01", "name": "\#($0)", "properties": {}}"#
        }.joined(separator: ", ")
        return """
            {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "contentVersion": "1.0.0.0", "resources": [\(resources)]}
            """
    }

    @Test(arguments: [OnErrorDeployment.lastSuccessful, .specificDeployment("good")])
    func aFailedDeploymentRedeploysTheEarlierOne(_ onError: OnErrorDeployment) throws {
        let h = try Self.harness()
        #expect(try h.deploy(Self.flaky(["a"]), name: "good").provisioningState == .succeeded)
        var request = try h.request(Self.flaky(["b", "fail-c"]), name: "bad")
        request.onErrorDeployment = onError
        let failed = try h.context.deployments.deploy(request)
        #expect(failed.provisioningState == .failed)
        #expect(failed.record.onErrorDeployment == [
            "provisioningState": "Succeeded", "type": .string(onError.typeName), "deploymentName": "good",
        ])
        // The redeployment is a deployment of its own, run again after the failure.
        let good = try h.context.deployments.deployment(at: .resourceGroup("rg"), name: "good")
        #expect(good.provisioningState == .succeeded && good.record.timestamp >= failed.record.timestamp)
        let json = try h.context.deployments.json(failed)
        #expect(json["properties"]?["onErrorDeployment"]?["deploymentName"] == "good")
    }

    @Test func aSuccessfulDeploymentOnlyNamesItsFallback() throws {
        let h = try Self.harness()
        _ = try h.deploy(Self.flaky(["a"]), name: "good")
        var request = try h.request(Self.flaky(["b"]), name: "next")
        request.onErrorDeployment = .lastSuccessful
        let done = try h.context.deployments.deploy(request)
        #expect(done.provisioningState == .succeeded)
        #expect(done.record.onErrorDeployment == ["type": "LastSuccessful", "deploymentName": "good"])
    }

    @Test func withoutAnEarlierSuccessThereIsNothingToRedeploy() throws {
        let h = try Self.harness()
        var request = try h.request(Self.flaky(["b"]), name: "first")
        request.onErrorDeployment = .lastSuccessful
        let error = try #require(throws: ARMError.self) { try h.context.deployments.deploy(request) }
        #expect(error.code == "InvalidOnErrorDeployment")
        request.onErrorDeployment = .specificDeployment("nope")
        #expect(throws: ARMError.self) { try h.context.deployments.deploy(request) }
        #expect(try h.context.deployments.deployments(at: .resourceGroup("rg")).isEmpty)
    }
}
