@testable import ArmletServer
import Testing

@Suite struct SubscriptionTenantsTests {
    @Test func aFoundTenantIsRememberedAndAMissingSubscriptionIsAskedAgain() throws {
        let tenants = SubscriptionTenants()
        var loads = 0
        for _ in 0..<3 {
            #expect(tenants.tenant(of: "SUB-1", load: { loads += 1; return "Tenant-A" }) == "tenant-a")
        }
        #expect(loads == 1)
        #expect(tenants.tenant(of: "sub-1", load: { loads += 1; return "other" }) == "tenant-a")
        var misses = 0
        for _ in 0..<3 { #expect(tenants.tenant(of: "sub-2", load: { misses += 1; return nil }) == nil) }
        #expect(misses == 3)
    }
}
