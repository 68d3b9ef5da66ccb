@testable import ArmletServer
import Testing

@Suite struct PortalPathsTests {
    @Test func thePortalClaimsItsPathInAnyCaseAndNothingElse() {
        for path in ["/portal", "/portal/", "/PORTAL/signin", "/Portal/subscriptions/x"] {
            #expect(PortalPaths.claims(path), "\(path)")
        }
        for path in ["/", "/portals", "/portalx/y", "/subscriptions/x/portal", "/port", ""] {
            #expect(!PortalPaths.claims(path), "\(path)")
        }
    }
}
