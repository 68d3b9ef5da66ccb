import ArmletCore
import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Resources")
struct ResourceTests {
    @Test("get by id ignoring case keeps the id as written; update replaces body and times", arguments: StoreKind.allCases)
    func crud(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let original = disk("Disk1")
        try store.write { try $0.save(original) }

        let found = try store.read { try $0.resource(id: original.id.uppercased()) }
        #expect(found == original)

        var update = disk("DISK1", at: t0, sizeGB: 16)
        update.changedTime = t0.addingTimeInterval(5)
        update.provisioningState = .updating
        update.etag = "\"2\""
        try store.write { try $0.save(update) }

        let stored = try #require(try store.read { try $0.resource(id: original.id) })
        #expect(stored.id == original.id, "the first-written id is kept")
        #expect(stored.name == "Disk1")
        #expect(stored.body["properties"]?["diskSizeGB"] == .int(16))
        #expect(stored.provisioningState == .updating)
        #expect(stored.etag == "\"2\"")
        #expect(stored.changedTime == t0.addingTimeInterval(5))

        #expect(try store.write { try $0.deleteResource(id: original.id.lowercased()) })
        #expect(try store.read { try $0.resource(id: original.id) } == nil)
        #expect(try store.write { try $0.deleteResource(id: original.id) } == false)
    }

    @Test("bodies round-trip exactly: integers stay integers, doubles stay doubles, key order and case kept")
    func bodyRoundTrip() throws {
        let store = try SQLiteStateStore.inMemory()
        var record = disk("d")
        record.body = try JSONReader.value("""
            {"Name":"d","properties":{"completionPercent":0.0,"diskSizeBytes":8589934592,"ratio":0.1,
             "text":"tab\\tquote\\"ünï","list":[null,true,{"b":1,"A":2}]},"zeta":1}
            """)
        record.createdTime = Date(timeIntervalSince1970: 1_767_225_600.123456)
        try store.write { try $0.save(record) }
        let stored = try #require(try store.read { try $0.resource(id: record.id) })
        #expect(stored == record)
        #expect(stored.body.objectValue?.keys == ["Name", "properties", "zeta"])
        #expect(stored.body["properties"]?["completionPercent"] == .double(0))
        #expect(stored.body["properties"]?["list"]?[2]?.objectValue?.keys == ["b", "A"])
        #expect(stored.createdTime == record.createdTime, "times are stored without losing precision")
    }

    @Test("list by group, subscription and type, ignoring case", arguments: StoreKind.allCases)
    func queries(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let otherSub = "44444444-0000-0000-0000-000000000000"
        var snapshot = disk("snap1", group: "RG2")
        snapshot.type = "Microsoft.Compute/snapshots"
        snapshot.id = "\(rgId("RG2"))/providers/Microsoft.Compute/snapshots/snap1"
        var foreign = disk("elsewhere")
        foreign.subscriptionId = otherSub
        foreign.id = "/subscriptions/\(otherSub)/resourceGroups/rg1/providers/Microsoft.Compute/disks/elsewhere"
        try store.write { state in
            for record in [disk("b"), disk("A"), disk("c", group: "rg2"), snapshot, foreign] { try state.save(record) }
        }

        let inGroup = try store.read { try $0.resources(subscriptionId: sub, resourceGroup: "RG1") }
        #expect(inGroup.map(\.name) == ["A", "b"])
        let inGroup2 = try store.read { try $0.resources(subscriptionId: sub.uppercased(), resourceGroup: "rg2") }
        #expect(inGroup2.map(\.name) == ["c", "snap1"])
        let inSubscription = try store.read { try $0.resources(subscriptionId: sub) }
        #expect(inSubscription.map(\.name) == ["A", "b", "c", "snap1"])
        let disks = try store.read { try $0.resources(type: "microsoft.compute/DISKS") }
        #expect(disks.map(\.name) == ["A", "b", "c", "elsewhere"])
        let disksHere = try store.read { try $0.resources(type: "Microsoft.Compute/disks", subscriptionId: sub) }
        #expect(disksHere.map(\.name) == ["A", "b", "c"])
        let snapshots = try store.read {
            try $0.resources(matching: ResourceQuery(subscriptionId: sub, resourceGroup: "rg2",
                                                     type: "Microsoft.Compute/snapshots"))
        }
        #expect(snapshots == [snapshot])
        #expect(try store.read { try $0.resources(matching: ResourceQuery()) }.count == 5)
    }

    @Test("children by parent id prefix: descendants only, not siblings whose names merely start alike")
    func children() throws {
        let store = try SQLiteStateStore.inMemory()
        let parent = "\(rgId("rg1"))/providers/Microsoft.Storage/storageAccounts/acct"
        func child(_ suffix: String, type: String) -> ResourceRecord {
            ResourceRecord(id: parent + suffix, subscriptionId: sub, resourceGroup: "rg1", type: type,
                           name: String(suffix.split(separator: "/").last ?? ""), apiVersion: "2023-01-01",
                           body: .object(JSONObject()), createdTime: t0)
        }
        let service = child("/blobServices/default", type: "Microsoft.Storage/storageAccounts/blobServices")
        let container = child("/blobServices/default/containers/c_1",
                              type: "Microsoft.Storage/storageAccounts/blobServices/containers")
        let sibling = child("2", type: "Microsoft.Storage/storageAccounts")      // ".../acct2"
        let underscore = child("_x/blobServices/default", type: "Microsoft.Storage/storageAccounts/blobServices")
        let account = child("", type: "Microsoft.Storage/storageAccounts")
        try store.write { state in
            for record in [account, service, container, sibling, underscore] { try state.save(record) }
        }
        #expect(try store.read { try $0.resources(under: parent.uppercased()) } == [service, container])
        #expect(try store.read { try $0.resources(under: parent + "/") } == [service, container])
        #expect(try store.read { try $0.resources(under: service.id) } == [container])
        #expect(try store.read { try $0.resources(under: container.id) }.isEmpty)
    }
}
