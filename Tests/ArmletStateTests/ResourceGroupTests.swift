import ArmletCore
import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Resource groups")
struct ResourceGroupTests {
    @Test("create, look up ignoring case, update keeping the written case, delete", arguments: StoreKind.allCases)
    func crud(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let group = ResourceGroupRecord(subscriptionId: sub, name: "MyGroup", location: "westus",
                                        tags: ["env": "test"], createdTime: t0)
        try store.write { try $0.save(group) }

        let found = try store.read { try $0.resourceGroup(subscriptionId: sub.uppercased(), name: "mygroup") }
        #expect(found == group)
        #expect(found?.id == "/subscriptions/\(sub)/resourceGroups/MyGroup")

        var update = group
        update.name = "MYGROUP"
        update.location = "eastus"
        update.tags = .object(JSONObject())
        update.managedBy = "/subscriptions/\(sub)/resourceGroups/other/providers/Microsoft.Web/sites/app"
        update.changedTime = t0.addingTimeInterval(60)
        try store.write { try $0.save(update) }

        let groups = try store.read { try $0.resourceGroups(subscriptionId: sub) }
        #expect(groups.count == 1, "names are unique per subscription ignoring case")
        #expect(groups.first?.name == "MyGroup", "the first-written case is kept")
        #expect(groups.first?.location == "eastus")
        #expect(groups.first?.tags == .object(JSONObject()))
        #expect(groups.first?.managedBy == update.managedBy)
        #expect(groups.first?.changedTime == t0.addingTimeInterval(60))
        #expect(groups.first?.createdTime == t0)

        #expect(try store.write { try $0.deleteResourceGroup(subscriptionId: sub, name: "MYGROUP") })
        #expect(try store.read { try $0.resourceGroups(subscriptionId: sub) }.isEmpty)
        #expect(try store.write { try $0.deleteResourceGroup(subscriptionId: sub, name: "MyGroup") } == false)
    }

    @Test("groups of the same name live apart in different subscriptions; lists are sorted ignoring case")
    func perSubscription() throws {
        let store = try SQLiteStateStore.inMemory()
        let other = "33333333-0000-0000-0000-000000000000"
        try store.write { state in
            for name in ["beta", "Alpha", "gamma"] {
                try state.save(ResourceGroupRecord(subscriptionId: sub, name: name, location: "westus", createdTime: t0))
            }
            try state.save(ResourceGroupRecord(subscriptionId: other, name: "alpha", location: "northeurope",
                                               provisioningState: .deleting, createdTime: t0))
        }
        #expect(try store.read { try $0.resourceGroups(subscriptionId: sub).map(\.name) } == ["Alpha", "beta", "gamma"])
        let otherGroups = try store.read { try $0.resourceGroups(subscriptionId: other) }
        #expect(otherGroups.map(\.location) == ["northeurope"])
        #expect(otherGroups.first?.provisioningState == .deleting)
    }
}
