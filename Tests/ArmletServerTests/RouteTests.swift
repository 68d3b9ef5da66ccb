import ArmletCore
import ArmletEngine
import ArmletJSON
import ArmletProviders
@testable import ArmletServer
import ArmletState
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Testing

@Suite struct RouteTests {
    @Test func pathsIgnoreCaseAndCollapseSlashes() throws {
        let a = try #require(ARMRoute(path: "/subscriptions/S1/resourceGroups/RG1/providers/Microsoft.Compute/disks/d1"))
        let b = try #require(ARMRoute(path: "//SUBSCRIPTIONS/S1//RESOURCEGROUPS/RG1/PROVIDERS/microsoft.compute/DISKS/d1"))
        guard case .resource(let idA) = a, case .resource(let idB) = b else {
            Issue.record("expected resources, got \(a) and \(b)")
            return
        }
        #expect(idA.name == "d1" && idB.name == "d1")
        #expect(idA.isType("Microsoft.Compute/disks") && idB.isType("Microsoft.Compute/disks"))
        #expect(idB.resourceGroup == "RG1")
    }

    @Test func identityRoutesArePublic() {
        #expect(ARMRoute(path: "/metadata/endpoints") == .cloudMetadata)
        #expect(ARMRoute(path: "/t1/v2.0/.well-known/openid-configuration") == .openIDConfiguration(tenant: "t1", version2: true))
        #expect(ARMRoute(path: "/t1/oauth2/v2.0/token") == .token(tenant: "t1", version2: true))
        #expect(ARMRoute(path: "/t1/oauth2/token") == .token(tenant: "t1", version2: false))
        #expect(ARMRoute(path: "/t1/oauth2/token")?.isPublic == true)
        #expect(ARMRoute(path: "/subscriptions")?.isPublic == false)
    }

    @Test func collectionsActionsAndOperations() {
        #expect(ARMRoute(path: "/subscriptions/s/providers/Microsoft.Compute/snapshots")
            == .resourceCollection(subscription: "s", group: nil, type: "Microsoft.Compute/snapshots", parentId: nil))
        #expect(ARMRoute(path: "/subscriptions/s/resourcegroups/g/providers/Microsoft.Compute/disks")
            == .resourceCollection(subscription: "s", group: "g", type: "Microsoft.Compute/disks", parentId: nil))
        #expect(ARMRoute(path: "/subscriptions/s/providers/Microsoft.Compute/locations/westus/DiskOperations/op1")
            == .diskOperation(subscription: "s", location: "westus", id: "op1"))
        #expect(ARMRoute(path: "/subscriptions/s/operationresults/op2") == .operationResult(subscription: "s", id: "op2"))
        guard case .resourceAction(let id, let action)? =
            ARMRoute(path: "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/snapshots/s1/beginGetAccess")
        else {
            Issue.record("expected an action")
            return
        }
        #expect(id.name == "s1" && action == "beginGetAccess")
        #expect(ARMRoute(path: "/subscriptions/s/resourcegroups/g/providers/Microsoft.Resources/deployments/d/validate")
            == .deploymentAction(.group("s", "g"), name: "d", action: "validate"))
        #expect(ARMRoute(path: "/subscriptions/s/resourcegroups/g/deployments/d/operations")
            == .deploymentOperations(.group("s", "g"), name: "d"))
        #expect(ARMRoute(path: "/nothing/here/at/all") == nil)
    }

    @Test func deploymentsAtEveryScope() {
        #expect(ARMRoute(path: "/subscriptions/s/providers/Microsoft.Resources/deployments/d")
            == .deployment(DeploymentScopeRef(subscription: "s", target: .subscription), name: "d"))
        #expect(ARMRoute(path: "/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Resources/deployments/d/whatIf")
            == .deploymentAction(DeploymentScopeRef(subscription: nil, target: .managementGroup("mg1")), name: "d",
                                 action: "whatIf"))
        #expect(ARMRoute(path: "/providers/Microsoft.Resources/deployments")
            == .deployments(DeploymentScopeRef(subscription: nil, target: .tenant)))
        #expect(ARMRoute(path: "/providers/Microsoft.Resources/deployments/d/operations/o1")
            == .deploymentOperation(DeploymentScopeRef(subscription: nil, target: .tenant), name: "d", id: "o1"))
        #expect(ARMRoute(path: "/providers/Microsoft.Resources/calculateTemplateHash") == .templateHash)
    }

    @Test func lenientBodiesQuoteBareKeysOnly() throws {
        let body = """
            {"properties": {"parameters": {"a": {"value": "x: y"}}, "mode": "Incremental", template:{
              // a comment with key: value
              "$schema": "s", /* block, b: c */ "resources": [true, false, null],
              contentVersion: "1.0.0.0"
            }}}
            """
        let value = try LenientJSON.read(Array(body.utf8))
        #expect(value.at("properties.template.contentVersion")?.stringValue == "1.0.0.0")
        #expect(value.at("properties.parameters.a.value")?.stringValue == "x: y")
        #expect(value.at("properties.template.resources") == [true, false, nil])
        #expect(throws: JSONReadError.self) { try LenientJSON.read(Array("{template: }".utf8)) }
    }
}
