import ArmletCore
import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Deployments and deployment operations")
struct DeploymentTests {
    static let template: JSONValue = [
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "contentVersion": "1.0.0.0",
        "resources": [],
        "outputs": ["x": ["type": "int", "value": 1]],
    ]

    func deployment(_ name: String, group: String = "rg1", at time: Date = t0) -> DeploymentRecord {
        DeploymentRecord(scope: rgId(group), name: name, subscriptionId: sub, resourceGroup: group,
                         template: Self.template, parameters: ["size": ["value": 8]], mode: .incremental,
                         provisioningState: .accepted, timestamp: time,
                         correlationId: "6a9d0a1c-0000-0000-0000-000000000001", templateHash: "1234567890")
    }

    @Test("create, find by scope and name ignoring case, finish, delete", arguments: StoreKind.allCases)
    func crud(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let started = deployment("Deploy1")
        try store.write { try $0.save(started) }
        #expect(try store.read { try $0.deployment(scope: rgId("RG1").lowercased(), name: "deploy1") } == started)
        #expect(started.id == "/subscriptions/\(sub)/resourceGroups/rg1/providers/Microsoft.Resources/deployments/Deploy1")

        var failed = deployment("DEPLOY1")
        failed.provisioningState = .failed
        failed.mode = .complete
        failed.error = ["code": "DeploymentFailed", "message": "At least one resource deployment operation failed."]
        failed.outputs = ["x": ["type": "Int", "value": 1]]
        failed.duration = 1.25
        failed.timestamp = t0.addingTimeInterval(2)
        try store.write { try $0.save(failed) }

        let stored = try #require(try store.read { try $0.deployment(scope: rgId("rg1"), name: "Deploy1") })
        #expect(stored.name == "Deploy1", "the first-written name is kept")
        #expect(stored.provisioningState == .failed)
        #expect(stored.mode == .complete)
        #expect(stored.error == failed.error)
        #expect(stored.outputs == failed.outputs)
        #expect(stored.duration == 1.25)
        #expect(stored.template == Self.template)
        #expect(stored.parameters == ["size": ["value": 8]])

        #expect(try store.write { try $0.deleteDeployment(scope: rgId("rg1") + "/", name: "deploy1") })
        #expect(try store.read { try $0.deployment(scope: rgId("rg1"), name: "Deploy1") } == nil)
    }

    @Test("list by scope, oldest first; other scopes apart; subscription scope works too")
    func listByScope() throws {
        let store = try SQLiteStateStore.inMemory()
        let subscriptionScope = DeploymentRecord(
            scope: "/subscriptions/\(sub)", name: "subDeploy", subscriptionId: sub, resourceGroup: nil,
            location: "westus", template: Self.template, timestamp: t0, correlationId: "c")
        try store.write { state in
            try state.save(deployment("second", at: t0.addingTimeInterval(10)))
            try state.save(deployment("first", at: t0))
            try state.save(deployment("elsewhere", group: "rg2"))
            try state.save(subscriptionScope)
        }
        #expect(try store.read { try $0.deployments(scope: rgId("RG1")).map(\.name) } == ["first", "second"])
        #expect(try store.read { try $0.deployments(scope: rgId("rg2")).map(\.name) } == ["elsewhere"])
        #expect(try store.read { try $0.deployments(scope: "/subscriptions/\(sub)") } == [subscriptionScope])
        #expect(subscriptionScope.id == "/subscriptions/\(sub)/providers/Microsoft.Resources/deployments/subDeploy")
    }

    @Test("operations keep their order, update in place, and go with their deployment", arguments: StoreKind.allCases)
    func operations(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let dep = deployment("dep")
        let diskId = "\(rgId("rg1"))/providers/Microsoft.Compute/disks/disk1"
        let create = DeploymentOperationRecord(
            deploymentId: dep.id.uppercased(), operationId: "08584A", provisioningOperation: "Create",
            resourceId: diskId, resourceType: "Microsoft.Compute/disks", resourceName: "disk1",
            provisioningState: .running, timestamp: t0)
        let outputs = DeploymentOperationRecord(
            deploymentId: dep.id, operationId: "08584B", provisioningOperation: "EvaluateDeploymentOutput",
            provisioningState: .succeeded, statusCode: "OK", timestamp: t0.addingTimeInterval(1))
        try store.write { state in
            try state.save(dep)
            try state.save(create)
            try state.save(outputs)
        }
        var done = create
        done.provisioningState = .succeeded
        done.statusCode = "OK"
        done.statusMessage = ["status": "OK"]
        done.duration = 3.5
        try store.write { try $0.save(done) }

        let listed = try store.read { try $0.deploymentOperations(deploymentId: dep.id.lowercased()) }
        #expect(listed.map(\.operationId) == ["08584A", "08584B"], "first-saved order survives an update")
        #expect(listed.first?.deploymentId == dep.id, "the deployment id comes back as the deployment wrote it")
        #expect(listed.first?.provisioningState == .succeeded)
        #expect(listed.first?.statusMessage == ["status": "OK"])
        #expect(listed.first?.duration == 3.5)
        #expect(try store.read { try $0.deploymentOperation(deploymentId: dep.id, operationId: "08584a") }?.resourceId == diskId)

        // Re-saving the deployment (a re-run under the same name) keeps operations until they are cleared.
        try store.write { try $0.save(dep) }
        #expect(try store.read { try $0.deploymentOperations(deploymentId: dep.id) }.count == 2)
        #expect(try store.write { try $0.deleteDeploymentOperations(deploymentId: dep.id) } == 2)

        try store.write { state in
            try state.save(create)
            _ = try state.deleteDeployment(scope: dep.scope, name: dep.name)
        }
        #expect(try store.read { try $0.deploymentOperations(deploymentId: dep.id) }.isEmpty)
    }

    @Test("an operation of an unknown deployment is refused with DeploymentNotFound")
    func orphanOperation() throws {
        let store = try SQLiteStateStore.inMemory()
        let operation = DeploymentOperationRecord(deploymentId: "/subscriptions/x/resourceGroups/y/providers/Microsoft.Resources/deployments/none",
                                                  operationId: "1", provisioningState: .running, timestamp: t0)
        #expect {
            try store.write { try $0.save(operation) }
        } throws: { error in
            (error as? StateError)?.code == "DeploymentNotFound"
        }
    }
}
