import ArmletCore
@testable import ArmletEngine
import ArmletJSON
import ArmletProviders
import ArmletState
import Foundation
import Testing

/// The ARM front door: subscriptions, groups, resources by id.
@Suite struct ResourceManagerTests {
    @Test func groupsAreCreatedUpdatedListedAndDeletedWithTheirResources() throws {
        let h = try EngineHarness()
        let manager = h.context.resources
        var tags = JSONObject()
        tags["a"] = "b"
        let (updated, created) = try manager.createOrUpdateGroup(name: "RG", location: "West US", tags: tags)
        #expect(!created)
        #expect(updated.name == "rg")
        #expect(ARMBodies.resourceGroup(updated)["tags"] == ["a": "b"])
        #expect(try manager.groups().map(\.name) == ["rg"])
        try h.disk("d1")
        _ = try h.deploy(widgetTemplate(["w1"]))
        try manager.deleteGroup(name: "rg")
        #expect(try manager.groupExists(name: "rg") == false)
        #expect(try h.context.store.read { try $0.resources(subscriptionId: h.subscriptionId) }.isEmpty)
        #expect(try h.context.store.read { try $0.deployments(scope: h.groupId) }.isEmpty)
        let error = try #require(throws: ARMError.self) { try manager.deleteGroup(name: "rg") }
        #expect(error.code == "ResourceGroupNotFound")
        #expect(error.httpStatus == 404)
    }

    @Test func deletingAGroupRemovesSnapshotsStillCopying() throws {
        let h = try EngineHarness()
        let diskId = try #require(try h.disk("d1", sizeGB: 64)["id"]?.stringValue)
        _ = try h.deploy(try seedTemplateText(corrected: true),
                         parameters: ["diskName": "d1", "diskResourceId": .string(diskId)])
        try h.context.resources.deleteGroup(name: "rg")
        #expect(try h.context.store.read { try $0.resources(subscriptionId: h.subscriptionId) }.isEmpty)
    }

    @Test func resourcesByIdGoThroughARMsEnvelopeChecks() throws {
        let h = try EngineHarness()
        let manager = h.context.resources
        let missingGroup = try #require(throws: ARMError.self) {
            try manager.put(id: "/subscriptions/\(h.subscriptionId)/resourceGroups/nope/providers/Microsoft.Compute/disks/d",
                            apiVersion: "2025-01-02", body: ["location": "westus"])
        }
        #expect(missingGroup.message == "Resource group 'nope' could not be found.")
        let badVersion = try #require(throws: ARMError.self) {
            try manager.put(id: h.id("Microsoft.Compute/snapshots", "s"), apiVersion: "2022-03-22", body: ["location": "westus"])
        }
        #expect(badVersion.code == "NoRegisteredProviderFound")
        #expect(badVersion.message.hasSuffix("Did you mean '2022-03-02'?"))
        let missing = try #require(throws: ARMError.self) {
            try manager.get(id: h.id("Microsoft.Compute/disks", "ghost"), apiVersion: "2025-01-02")
        }
        #expect(missing.code == "ResourceNotFound")
        #expect(missing.httpStatus == 404)
        try h.disk("d1")
        #expect(try manager.list(type: "Microsoft.Compute/disks", resourceGroup: "rg").count == 1)
        #expect(try manager.delete(id: h.id("Microsoft.Compute/disks", "d1"), apiVersion: "2025-01-02").change == .deleted)
    }

    @Test func accountSetSelectsTheCurrentSubscription() throws {
        let h = try EngineHarness()
        try h.context.store.write {
            try $0.save(SubscriptionRecord(id: "11111111-1111-1111-1111-111111111111", displayName: "Second",
                                           tenantId: TenantRecord.default.id))
        }
        let manager = h.context.resources
        #expect(try manager.currentSubscription().id == SubscriptionRecord.default.id)
        try manager.setCurrentSubscription("second")
        #expect(try manager.currentSubscription().displayName == "Second")
        #expect(try manager.groups().isEmpty)
        let override = EngineContext(store: h.context.store, clock: h.clock, subscription: SubscriptionRecord.default.id)
        #expect(try override.resources.groups().map(\.name) == ["rg"])
        let error = try #require(throws: ARMError.self) { try manager.setCurrentSubscription("nope") }
        #expect(error.code == "SubscriptionNotFound")
    }
}
