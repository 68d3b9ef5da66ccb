import ArmletJSON
import ArmletState
import Foundation
import Testing

/// The one-query lookups a resource request makes must answer exactly as the separate lookups do.
@Suite("Joined lookups")
struct JoinedLookupTests {
    @Test("subscriptionAndGroup: both, the subscription alone, neither", arguments: StoreKind.allCases)
    func subscriptionAndGroup(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let group = ResourceGroupRecord(subscriptionId: sub, name: "MyGroup", location: "westus",
                                        tags: ["env": "test"], createdTime: t0)
        try store.write { try $0.save(group) }

        let both = try store.read { try $0.subscriptionAndGroup(subscriptionId: sub.uppercased(), groupName: "MYGROUP") }
        #expect(both.subscription == SubscriptionRecord.default)
        #expect(both.group == group)
        #expect(both.group == (try store.read { try $0.resourceGroup(subscriptionId: sub, name: "mygroup") }))

        let noGroup = try store.read { try $0.subscriptionAndGroup(subscriptionId: sub, groupName: "missing") }
        #expect(noGroup.subscription == SubscriptionRecord.default)
        #expect(noGroup.group == nil)

        let noName = try store.read { try $0.subscriptionAndGroup(subscriptionId: sub, groupName: nil) }
        #expect(noName.subscription == SubscriptionRecord.default)
        #expect(noName.group == nil)

        let other = "00000000-0000-0000-0000-0000000000ff"
        let neither = try store.read { try $0.subscriptionAndGroup(subscriptionId: other, groupName: "MyGroup") }
        #expect(neither.subscription == nil)
        #expect(neither.group == nil)
    }

    @Test("resourceAndCopyJob: with a copy, without one, no resource", arguments: StoreKind.allCases)
    func resourceAndCopyJob(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let source = disk("Source")
        let copied = disk("Copied")
        let job = CopyJob(resourceId: copied.id, sourceResourceId: source.id, startTime: t0, pace: .duration(600))
        try store.write { state in
            try state.save(source)
            try state.save(copied)
            try state.save(job)
        }

        let withJob = try store.read { try $0.resourceAndCopyJob(id: copied.id.uppercased()) }
        #expect(withJob.resource == copied)
        #expect(withJob.copyJob == job)
        #expect(withJob.copyJob == (try store.read { try $0.copyJob(resourceId: copied.id) }))

        let withoutJob = try store.read { try $0.resourceAndCopyJob(id: source.id) }
        #expect(withoutJob.resource == source)
        #expect(withoutJob.copyJob == nil)

        let missing = try store.read { try $0.resourceAndCopyJob(id: disk("Nothing").id) }
        #expect(missing.resource == nil)
        #expect(missing.copyJob == nil)
    }
}
