import ArmletJSON
import Foundation
import HTTPTypes
import Testing

/// Deployments at subscription, management group and tenant scope over HTTP: what
/// `az deployment sub|mg|tenant create` sends, with the resources and records each leaves.
@Suite struct ScopeDeploymentTests {
    static let version = "?api-version=2025-04-01"
    static let subscription = "/subscriptions/\(TestServer.subscription)"
    static let subDeployments = subscription + "/providers/Microsoft.Resources/deployments"
    static let tenantDeployments = "/providers/Microsoft.Resources/deployments"

    static func body(_ template: String, location: String? = "westus", parameters: String = "{}") -> String {
        let where_ = location.map { #""location": "\#($0)", "# } ?? ""
        return #"{\#(where_)"properties": {"mode": "Incremental", "parameters": \#(parameters), "template": \#(template)}}"#
    }

    @Test func aSubscriptionDeploymentCreatesTheGroupAndDeploysIntoIt() async throws {
        let server = try TestServer()
        let template = try DeploymentTests.template("subscription-group-and-disk.json")
        try await server.test { client in
            let put = try await client.send(.put, Self.subDeployments + "/sd" + Self.version,
                                            body: Self.body(template, parameters: #"{"groupName": {"value": "made-rg"}}"#))
            #expect(put.status == 201)
            #expect(put.json["location"] == "westus")
            let shown = try await client.send(.get, Self.subDeployments + "/sd" + Self.version)
            #expect(shown.json.at("properties.provisioningState") == "Succeeded")
            #expect(shown.json.at("properties.outputs.diskId.value")
                    == .string(Self.subscription + "/resourceGroups/made-rg/providers/Microsoft.Compute/disks/contosodisk1"))
            let group = try await client.send(.get, Self.subscription + "/resourcegroups/made-rg?api-version=2024-11-01")
            #expect(group.status == 200 && group.json["location"] == "westus")
            let disk = try await client.send(.get, Self.subscription
                                             + "/resourceGroups/made-rg/providers/Microsoft.Compute/disks/contosodisk1?api-version=2024-03-02")
            #expect(disk.json.at("properties.diskSizeGB") == 4)
            let operations = try await client.send(.get, Self.subDeployments + "/sd/operations" + Self.version)
            let targets = operations.json["value"]?.arrayValue?.compactMap { $0.at("properties.targetResource.resourceType")?.stringValue }
            #expect(targets == ["Microsoft.Resources/resourceGroups", "Microsoft.Resources/deployments"])
            let nested = try await client.send(.get, Self.subscription
                                               + "/resourceGroups/made-rg/providers/Microsoft.Resources/deployments/disk" + Self.version)
            #expect(nested.json.at("properties.provisioningState") == "Succeeded")
            let list = try await client.send(.get, Self.subDeployments + Self.version)
            #expect(list.json["value"]?.arrayValue?.count == 1)
        }
    }

    @Test func aSubscriptionDeploymentNeedsAKnownLocation() async throws {
        let server = try TestServer()
        let template = try DeploymentTests.template("subscription-group-and-disk.json")
        try await server.test { client in
            let missing = try await client.send(.put, Self.subDeployments + "/sd" + Self.version,
                                                body: Self.body(template, location: nil))
            #expect(missing.status == 400 && missing.errorCode == "InvalidDeployment")
            let atlantis = try await client.send(.post, Self.subDeployments + "/sd/validate" + Self.version,
                                                 body: Self.body(template, location: "atlantis"))
            #expect(atlantis.status == 400 && atlantis.errorCode == "LocationNotAvailableForDeployment")
            #expect(try server.fingerprint().contains("made-rg") == false)
        }
    }

    @Test func tenantAndManagementGroupDeployments() async throws {
        let server = try TestServer()
        let mg = """
            {"$schema": "https://schema.management.azure.com/schemas/2019-08-01/tenantDeploymentTemplate.json#",
             "contentVersion": "1.0.0.0",
             "resources": [{"type": "Microsoft.Management/managementGroups", "apiVersion": "2021-04-01", "name": "mg1",
                            "properties": {"displayName": "First"}}]}
            """
        let inMG = """
            {"$schema": "https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#",
             "contentVersion": "1.0.0.0", "resources": [],
             "outputs": {"mg": {"type": "string", "value": "[managementGroup().name]"}}}
            """
        try await server.test { client in
            let tenant = try await client.send(.put, Self.tenantDeployments + "/t1" + Self.version, body: Self.body(mg))
            #expect(tenant.status == 201)
            let mgDeployments = "/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Resources/deployments"
            let put = try await client.send(.put, mgDeployments + "/m1" + Self.version, body: Self.body(inMG))
            #expect(put.status == 201)
            let shown = try await client.send(.get, mgDeployments + "/m1" + Self.version)
            #expect(shown.json.at("properties.outputs.mg.value") == "mg1")
            let unknown = try await client.send(
                .post, "/providers/Microsoft.Management/managementGroups/nope/providers/Microsoft.Resources/deployments/m1/validate"
                    + Self.version, body: Self.body(inMG))
            #expect(unknown.status == 404 && unknown.errorCode == "ManagementGroupNotFound")
        }
    }

    @Test func linksAndTemplatesTogetherAreRefused() async throws {
        let server = try TestServer()
        try await server.test { client in
            let both = try await client.send(.put, Self.subDeployments + "/x" + Self.version, body: """
                {"location": "westus", "properties": {"mode": "Incremental", "template": {}, "templateLink": {"uri": "https://example.com/t.json"}}}
                """)
            #expect(both.status == 400 && both.errorCode == "InvalidRequestContent")
            let parametersLink = try await client.send(.put, Self.subDeployments + "/x" + Self.version, body: """
                {"location": "westus", "properties": {"mode": "Incremental", "template": {"$schema": "s", "contentVersion": "1.0.0.0", "resources": []}, "parametersLink": {"uri": "https://example.com/p.json"}}}
                """)
            #expect(parametersLink.status == 400 && parametersLink.text.contains("parametersLink"))
        }
    }
}
