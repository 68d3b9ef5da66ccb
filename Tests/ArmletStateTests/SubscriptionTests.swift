import ArmletJSON
import ArmletState
import Foundation
import Testing

@Suite("Subscriptions, tenants and settings")
struct SubscriptionTests {
    @Test("subscriptions: create, look up ignoring case, update, delete", arguments: StoreKind.allCases)
    func crud(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let second = SubscriptionRecord(id: "AAAAAAAA-0000-0000-0000-00000000000B", displayName: "Second",
                                        tenantId: TenantRecord.default.id)
        try store.write { try $0.save(second) }
        #expect(try store.read { try $0.subscription(id: "aaaaaaaa-0000-0000-0000-00000000000b") } == second)
        #expect(try store.read { try $0.subscriptions().map(\.id) } == [SubscriptionRecord.default.id, second.id])

        var renamed = second
        renamed.displayName = "Renamed"
        renamed.state = "Disabled"
        renamed.id = second.id.lowercased()
        try store.write { try $0.save(renamed) }
        let stored = try store.read { try $0.subscription(id: second.id) }
        #expect(stored?.id == second.id, "the id keeps the case it was first written in")
        #expect(stored?.displayName == "Renamed")
        #expect(stored?.state == "Disabled")

        #expect(try store.write { try $0.deleteSubscription(id: second.id.lowercased()) })
        #expect(try store.write { try $0.deleteSubscription(id: second.id) } == false)
        #expect(try store.read { try $0.subscription(id: second.id) } == nil)
    }

    @Test("tenants: create and list", arguments: StoreKind.allCases)
    func tenants(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let contoso = TenantRecord(id: "11111111-2222-3333-4444-555555555555", displayName: "Contoso",
                                   countryCode: "DE")
        try store.write { try $0.save(contoso) }
        #expect(try store.read { try $0.tenant(id: contoso.id.uppercased()) } == contoso)
        #expect(try store.read { try $0.tenants() } == [TenantRecord.default, contoso])
    }

    @Test("account set: the current subscription is a setting", arguments: StoreKind.allCases)
    func currentSubscription(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let other = SubscriptionRecord(id: "22222222-0000-0000-0000-000000000000", displayName: "Other",
                                       tenantId: TenantRecord.default.id)
        try store.write { state in
            try state.save(other)
            try state.setSetting(.currentSubscription, to: other.id)
        }
        #expect(try store.read { try $0.currentSubscription() } == other)
        #expect(try store.readSetting(.currentSubscription) == other.id)

        try store.write { try $0.setSetting(.currentSubscription, to: nil) }
        #expect(try store.read { try $0.currentSubscription() } == nil)
        #expect(try store.readSetting(.currentSubscription) == nil)
    }

    @Test("updateSetting transforms the old value atomically", arguments: StoreKind.allCases)
    func updateSetting(kind: StoreKind) throws {
        let (store, directory) = try kind.open()
        defer { withExtendedLifetime(directory) {} }
        let key: SettingKey = "test.counter"
        #expect(try store.updateSetting(key) { String(Int($0 ?? "0").map { $0 + 1 } ?? -1) } == "1")
        #expect(try store.updateSetting(key) { String(Int($0 ?? "0").map { $0 + 1 } ?? -1) } == "2")
        // Inside a transaction it joins that transaction, and rolls back with it.
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try store.write { _ in
                try store.updateSetting(key) { _ in "99" }
                #expect(try store.readSetting(key) == "99")
                throw Abort()
            }
        }
        #expect(try store.readSetting(key) == "2")
    }
}
